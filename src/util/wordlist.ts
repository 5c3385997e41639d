/**
 * Word lists kept as data: resources/<lang>/<folder>/<file>, one entry per line, # comments.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resourcesDir } from './datasets.js';

/** A word list of resources/en/entities/ (or of another folder of resources/en/; one entry per line, # comments). */
export function wordList(file: string, folder = 'entities'): Set<string> {
  return new Set(readFileSync(join(resourcesDir('en'), folder, file), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
}

let common: Set<string> | null = null;
/** Ordinary English words in lower case (resources/en/places/common-words.txt), read once for every stage that asks. */
export function commonWords(): Set<string> {
  return (common ??= wordList('common-words.txt', 'places'));
}
