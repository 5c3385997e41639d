/** Cue words from resources/en/places/cues.tsv, not-places.txt and reader-cues.tsv, loaded once. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resourcesDir } from '../../util/datasets.js';
import { placeKey } from './normalize.js';
import { commonWords } from '../../util/wordlist.js';

export interface Cues {
  locative: Set<string>;
  /** words naming a part of the place after them ("North London", "Downtown Mansfield") */
  part: Set<string>;
  person: Set<string>;
  street: Set<string>;
  org: Set<string>;
  feature: Set<string>;
  /** plurals of the feature words ("counties", "parishes") and their feature word */
  featurePlural: Map<string, string>;
  people: Set<string>;
  speech: Set<string>;
  /** nouns after a name and 's that make the name a person's ("Parkinson's disease") */
  eponym: Set<string>;
  calendar: Set<string>;
  title: Set<string>;
  /** given names and surnames, and ordinary English words (lower case) */
  givenNames: Set<string>;
  commonWords: Set<string>;
  /** place keys the gazetteer recognizer skips */
  notPlaces: Set<string>;
  /** signs of the readers' countries (currency signs, press conventions) and those countries (reader-cues.tsv) */
  reader: [string, string[]][];
}

let cues: Cues | null = null;

export function placeCues(): Cues {
  if (cues) return cues;
  const dir = join(resourcesDir('en'), 'places');
  const c: Cues = { locative: new Set(), part: new Set(), person: new Set(), street: new Set(), org: new Set(), feature: new Set(), featurePlural: new Map(), people: new Set(), speech: new Set(), eponym: new Set(), calendar: new Set(), title: new Set(), givenNames: words(dir, 'given-names.txt'), commonWords: commonWords(), notPlaces: new Set(), reader: [] };
  for (const line of readFileSync(join(dir, 'cues.tsv'), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [kind, word] = line.split('\t').map((s) => s.trim());
    const set = c[kind as keyof Omit<Cues, 'notPlaces' | 'reader' | 'featurePlural'>];
    if (set && word) set.add(word.toLowerCase());
  }
  for (const f of c.feature) {
    const plural = /[^aeiou]y$/.test(f) ? `${f.slice(0, -1)}ies` : /(s|sh|ch|x|z)$/.test(f) ? `${f}es` : `${f}s`;
    // "mountains", "islands" are feature words of their own
    if (!c.feature.has(plural) && !(f.endsWith('s') && c.feature.has(f.slice(0, -1)))) c.featurePlural.set(plural, f);
  }
  for (const line of readFileSync(join(dir, 'not-places.txt'), 'utf8').split('\n')) {
    if (line.trim() && !line.startsWith('#')) c.notPlaces.add(placeKey(line.trim()));
  }
  for (const line of readFileSync(join(dir, 'reader-cues.tsv'), 'utf8').split('\n')) {
    const [sign, countries] = line.split('\t');
    if (sign && countries && !line.startsWith('#')) c.reader.push([sign, countries.trim().split('|')]);
  }
  cues = c;
  return c;
}

function words(dir: string, file: string): Set<string> {
  return new Set(readFileSync(join(dir, file), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')));
}
