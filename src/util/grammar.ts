/**
 * Function words an engine reads by role ("the prepositions that open a target", "words that join
 * the parts of a name"), kept as data in resources/<lang>/<folder>/grammar.yaml: each key a list of
 * lower-case words or tokens. Loaded once per file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { resourcesDir } from './datasets.js';

/** Word lists by role; reading a list the file lacks is an error naming the file. */
export type GrammarWords = Readonly<Record<string, ReadonlySet<string>>>;

const cache = new Map<string, GrammarWords>();

export function grammarWords(folder: string, lang = 'en'): GrammarWords {
  const file = join(resourcesDir(lang), folder, 'grammar.yaml');
  const hit = cache.get(file);
  if (hit) return hit;
  const data = parseYaml(readFileSync(file, 'utf8')) as Record<string, unknown> | null;
  const sets: Record<string, ReadonlySet<string>> = {};
  for (const [key, list] of Object.entries(data ?? {})) {
    if (!Array.isArray(list) || !list.every((w) => typeof w === 'string')) throw new Error(`${file}: "${key}" is not a list of words`);
    sets[key] = new Set(list as string[]);
  }
  const words: GrammarWords = new Proxy(sets, {
    get(target, key) {
      if (typeof key === 'string' && !(key in target)) throw new Error(`${file}: no word list "${key}"`);
      return target[key as string];
    },
  });
  cache.set(file, words);
  return words;
}
