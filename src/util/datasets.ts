import { existsSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

/** The project root (the folder holding package.json), whether running from src or dist; found once (stages ask for it per document). */
export function projectRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(resolve(dir, 'package.json'))) return (root = dir);
    dir = resolve(dir, '..');
  }
  throw new Error('cannot find the sitrep project root');
}

/** The annotated corpora: $SITREP_DATASETS, else ../shared/datasets beside the project. */
export function datasetsDir(): string {
  return process.env.SITREP_DATASETS ? resolve(process.env.SITREP_DATASETS) : resolve(projectRoot(), '..', 'shared', 'datasets');
}

/** The language resources folder for a language: resources/<lang>/ in the project. */
export function resourcesDir(lang = 'en'): string {
  return resolve(projectRoot(), 'resources', lang);
}
