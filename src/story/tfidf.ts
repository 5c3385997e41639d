/**
 * TF-IDF with an incremental IDF: document frequencies grow as documents are added, so a new
 * document is weighted against everything seen so far. Vectors are sparse maps, L2-normalized
 * and pruned to their heaviest terms so that memory per document is bounded.
 */
import { contentStems, stopWords, unabbreviate, wordSpans } from './text.js';
import { countryByName } from '../kb/countries.js';

export type Vec = Map<string, number>;

export const DOC_TERMS = 80;

export class Idf {
  df = new Map<string, number>();
  n = 0;

  /** Count a document's distinct terms; returns the terms whose frequency changed. */
  add(terms: Iterable<string>): string[] {
    this.n++;
    const changed: string[] = [];
    for (const t of new Set(terms)) { this.df.set(t, (this.df.get(t) ?? 0) + 1); changed.push(t); }
    return changed;
  }

  idf(term: string): number {
    return Math.log((this.n + 1) / ((this.df.get(term) ?? 0) + 1)) + 1;
  }
}

export function termCounts(stems: string[]): Map<string, number> {
  const tf = new Map<string, number>();
  for (const s of stems) tf.set(s, (tf.get(s) ?? 0) + 1);
  return tf;
}

/** Log-scaled TF times IDF, pruned to the top `keep` terms, L2-normalized. */
export function tfidfVector(tf: Map<string, number>, idf: Idf, keep = DOC_TERMS): Vec {
  const weighted = [...tf].map(([t, c]) => [t, (1 + Math.log(c)) * idf.idf(t)] as [string, number]);
  weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return normalize(new Map(weighted.slice(0, keep)));
}

export function normalize(v: Vec): Vec {
  let s = 0;
  for (const x of v.values()) s += x * x;
  const n = Math.sqrt(s) || 1;
  const out: Vec = new Map();
  for (const [k, x] of v) out.set(k, x / n);
  return out;
}

export function cosine(a: Vec, b: Vec): number {
  const [small, big] = a.size < b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [k, x] of small) { const y = big.get(k); if (y !== undefined) s += x * y; }
  return s;
}

/** Add `v` (times `w`) into the running sum `sum`. */
export function addInto(sum: Vec, v: Vec, w = 1): void {
  for (const [k, x] of v) sum.set(k, (sum.get(k) ?? 0) + x * w);
}

/** The top `keep` terms of a vector, normalized (a story centroid). */
export function prune(v: Vec, keep: number): Vec {
  return normalize(new Map([...v].sort((a, b) => b[1] - a[1]).slice(0, keep)));
}

/** Stems of a document's text, with its title counted twice (titles name the story). */
export function docStems(title: string | null, text: string): string[] {
  const t = title ? contentStems(title) : [];
  return [...t, ...t, ...contentStems(text.slice(0, MAX_CHARS))];
}

const MAX_CHARS = 30000;

/**
 * Names and numbers of a text (capitalized words not opening a sentence, digits), lower-cased
 * and prefixed '@': the participants, places and dates that tell one story from another of the
 * same kind (two earthquakes, two arrests). Abbreviated words are spelled out ("Mt" -> "mount");
 * with `countries`, a one-word name of a country, an alias or a demonym stands for the country
 * ("Australian", "Australia" -> '@country:AU'; "British", "Britain", "UK" -> '@country:GB'), so
 * reports that say where the people are from and reports that name the country meet.
 */
export function nameTerms(title: string | null, text: string, countries = false): string[] {
  const out: string[] = [];
  const sw = stopWords();
  for (const src of [title ?? '', text.slice(0, MAX_CHARS)]) {
    for (const w of wordSpans(src)) {
      const c = src[w.start]!;
      if (!(/\p{Lu}/u.test(c) || /\d/.test(c)) || sw.has(w.w) || w.w.length < 2) continue;
      const before = src.slice(Math.max(0, w.start - 3), w.start);
      if (w.start === 0 || /[.!?\n]\s*["'“‘]?\s*$/.test(before)) continue;
      const country = countries ? countryByName(w.w) : null;
      out.push(country ? `@country:${country.iso2}` : `@${unabbreviate(w.w)}`);
    }
  }
  return out;
}
