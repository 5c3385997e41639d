/**
 * Words for the story layer: tokenizing, stop words and a light stemmer that folds inflections
 * ("arrested", "arrests", "arresting" -> "arrest") and a few irregular forms from
 * resources/en/story/irregular.tsv. Bounded on odd input: tokens are capped in length.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resourcesDir } from '../util/datasets.js';
import { stopWords } from '../util/wordlist.js';

const MAX_TOKEN = 40;

let irregular: Map<string, string> | null = null;
let eventNouns: Set<string> | null = null;

function lines(file: string): string[] {
  return readFileSync(join(resourcesDir('en'), 'story', file), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
}

export { stopWords };

function irregulars(): Map<string, string> {
  irregular ??= new Map(lines('irregular.tsv').map((l) => l.split('\t') as [string, string]));
  return irregular;
}

/** Lemmas of nouns that name events ("attack", "summit"), used by the fallback trigger detector. */
export function eventNounStems(): Set<string> {
  eventNouns ??= new Set(lines('event-nouns.txt').flatMap((l) => l.trim().split(/\s+/)).map(stem));
  return eventNouns;
}

let abbreviations: Map<string, string> | null = null;

/** The full form of an abbreviated word of a name (resources/en/story/name-abbreviations.tsv), else the word. */
export function unabbreviate(w: string): string {
  abbreviations ??= new Map(lines('name-abbreviations.tsv').map((l) => l.split('\t').map((x) => x.trim()) as [string, string]));
  return abbreviations.get(w) ?? w;
}

let derivation: [string, string][] | null = null;

/**
 * The event root of a stem: derivational suffixes (resources/en/story/derivation.tsv) folded so
 * that a verb and its nominalization meet ("negotiation" and "negotiated" -> "negotiat").
 */
export function eventRoot(stemmed: string): string {
  derivation ??= lines('derivation.tsv').map((l) => { const [suf, rep] = l.split('\t'); return [suf!.trim(), (rep ?? '').trim()] as [string, string]; })
    .sort((a, b) => b[0].length - a[0].length);
  if (/\d/.test(stemmed)) return stemmed;
  for (const [suf, rep] of derivation) {
    if (!stemmed.endsWith(suf) || stemmed.length - suf.length < MIN_ROOT) continue;
    const root = `${stemmed.slice(0, -suf.length)}${rep}`.replace(/([bdfgklmnprt])\1$/, '$1');
    return root.length > 3 && root.endsWith('e') ? root.slice(0, -1) : root;
  }
  return stemmed;
}

const MIN_ROOT = 4;

/** Word classes of a file of the story layer, one class a line: event root (`eventRoot`) -> class numbers. */
function wordClasses(file: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  lines(file).forEach((l, i) => {
    for (const w of l.trim().split(/\s+/)) { const s = phraseRoot(w.split('_')); const f = out.get(s) ?? []; if (!f.includes(i)) f.push(i); out.set(s, f); }
  });
  return out;
}

/** The event root of a word, or of a phrase ("open fire": its words' roots joined by '_'), as the word-class files key them. */
export function phraseRoot(words: string[]): string {
  return words.map((w) => eventRoot(stem(w))).join('_');
}

let families: Map<string, number[]> | null = null;
let synonyms: Map<string, number[]> | null = null;

/** Event-word families (resources/en/story/event-families.txt): event root (`eventRoot`) -> family numbers. */
export function eventFamilies(root: string): number[] {
  families ??= wordClasses('event-families.txt');
  return families.get(root) ?? [];
}

/** Synonym classes of event words (resources/en/story/synonyms.txt, from WordNet): event root -> class numbers. */
export function eventSynonyms(root: string): number[] {
  synonyms ??= wordClasses('synonyms.txt');
  return synonyms.get(root) ?? [];
}

/** Lower-cased word tokens with their offsets. */
export function wordSpans(text: string): { w: string; start: number; end: number }[] {
  const out: { w: string; start: number; end: number }[] = [];
  const re = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const w = m[0].length > MAX_TOKEN ? m[0].slice(0, MAX_TOKEN) : m[0];
    out.push({ w: w.toLowerCase().replace(/['’]s$/, ''), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function words(text: string): string[] {
  return wordSpans(text).map((s) => s.w);
}

const VOWEL = /[aeiouy]/;

/**
 * A light stemmer: irregular table, then -ies/-ied/-ing/-ed/-es/-s (a plural -s word looked up in
 * the table again: "shots" -> "shoot"), doubled consonants, final e.
 */
export function stem(word: string): string {
  const table = irregulars();
  let w = word.toLowerCase();
  w = table.get(w) ?? w;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if ((w.endsWith('ies') || w.endsWith('ied')) && w.length <= 4) w = w.slice(0, -1);
  else if (w.endsWith('ies') || w.endsWith('ied')) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ing') && VOWEL.test(w.slice(0, -3)) && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && VOWEL.test(w.slice(0, -2)) && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('es') && /(?:ss|sh|ch|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) {
    w = w.slice(0, -1);
    w = table.get(w) ?? w;
  }
  if (/([bdfgklmnprt])\1$/.test(w) && !/(?:ll|ss)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** Content-word stems of a text (stop words, numbers-only tokens of one digit and 1-letter words dropped). */
export function contentStems(text: string): string[] {
  const sw = stopWords();
  const out: string[] = [];
  for (const { w } of wordSpans(text)) {
    if (w.length < 2 || sw.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}

/** 32-bit FNV-1a hash of a string. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
