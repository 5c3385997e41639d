/** Shared test helpers: the published JSON Schema validator and sample inputs. */
import Ajv2020 from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { datasetsDir, projectRoot } from '../src/util/datasets.js';

export const SEED = resolve(datasetsDir(), '..', 'seed', '000_554aa86091631b34.txt');
export const SCHEMA_FILE = resolve(projectRoot(), 'schema', 'document.schema.json');
export const CLI = resolve(projectRoot(), 'dist', 'src', 'cli', 'main.js');

let validator: ((d: unknown) => boolean) & { errors?: unknown } | null = null;

/** Validate against the committed JSON Schema; returns the errors (empty when valid). */
export function schemaErrors(doc: unknown): string[] {
  if (!validator) {
    const ajv = new Ajv2020.default({ allErrors: true, strict: false });
    validator = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));
  }
  return validator(doc) ? [] : ((validator.errors as { instancePath: string; message: string }[]) ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
