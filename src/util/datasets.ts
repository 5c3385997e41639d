import { existsSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (the folder holding package.json), whether running from src or dist. */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(resolve(dir, 'package.json'))) return dir;
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
