/**
 * Word lists kept as data: resources/<lang>/<folder>/<file>, one entry per line, # comments.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resourcesDir } from './datasets.js';

const lists = new Map<string, Set<string>>();

/**
 * A word list of resources/en/entities/ (or of another folder of resources/en/; one entry per
 * line, # comments), read once and shared by every caller (who must not change it).
 */
export function wordList(file: string, folder = 'entities'): Set<string> {
  const key = `${folder}/${file}`;
  let list = lists.get(key);
  if (!list) {
    list = new Set(readFileSync(join(resourcesDir('en'), folder, file), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
    lists.set(key, list);
  }
  return list;
}

/** Ordinary English words in lower case (resources/en/places/common-words.txt), for every stage that asks. */
export const commonWords = (): Set<string> => wordList('common-words.txt', 'places');

let stop: Set<string> | null = null;
/** English stop words (resources/en/story/stopwords.txt, several a line), for every stage that asks. */
export function stopWords(): Set<string> {
  stop ??= new Set(readFileSync(join(resourcesDir('en'), 'story', 'stopwords.txt'), 'utf8').split('\n')
    .filter((l) => l.trim() && !l.startsWith('#')).flatMap((l) => l.trim().split(/\s+/)));
  return stop;
}
