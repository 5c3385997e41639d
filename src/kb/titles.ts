/**
 * Titles that name an office (resources/en/entities/titles.tsv: title, office, sector), written
 * before or after a person's name, and the head words of every title and honorific: read by the
 * entities stage (roles of persons) and the quotes stage (a speaker described by title).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resourcesDir } from '../util/datasets.js';
import { wordList } from '../util/wordlist.js';

export interface Titles { byKey: Map<string, { office: string; sector: string | null }>; maxWords: number }
let titles: Titles | null = null;

export function titleTable(): Titles {
  if (titles) return titles;
  const byKey = new Map<string, { office: string; sector: string | null }>();
  let maxWords = 1;
  for (const line of readFileSync(join(resourcesDir('en'), 'entities', 'titles.tsv'), 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [title, office, sector] = line.split('\t');
    if (!title || !office) continue;
    byKey.set(title, { office, sector: sector || null });
    maxWords = Math.max(maxWords, title.split(' ').length);
  }
  return (titles = { byKey, maxWords });
}

let heads: Set<string> | null = null;

/**
 * The head word of each title and honorific, lower case: the word before its first "of"/"for", else
 * its last word ("minister of foreign affairs" → minister, "chief of staff" → chief, "judge"). Built
 * once and shared by every caller (who must not change it).
 */
export function titleHeads(): Set<string> {
  if (heads) return heads;
  heads = new Set<string>();
  for (const title of titleTable().byKey.keys()) {
    const words = title.split(' ');
    const of = words.findIndex((x, i) => i > 0 && (x === 'of' || x === 'for'));
    heads.add(words[of > 0 ? of - 1 : words.length - 1]!.replace(/\.$/, ''));
  }
  for (const t of wordList('person-titles.txt')) heads.add(t);
  return heads;
}

