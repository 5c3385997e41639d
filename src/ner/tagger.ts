/**
 * Tagging words with the trained model: `tagWords(words, sentStarts)` → a BIO label id per
 * word (see labels.ts), and `spansOf(labels)` → typed token ranges.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resourcesDir } from '../util/datasets.js';
import { DocFeatures } from './features.js';
import { Scratch, decodeDoc } from './decode.js';
import { LABELS, O, bOf, iOf, isInside, typeOf, TYPES, type NerType } from './labels.js';
import { loadModel, type NerModel } from './model.js';

const scratch = new Scratch();

/** Tag one document's words (sentences start at `sentStarts`); returns label ids. */
export function tagWords(words: readonly string[], sentStarts: readonly number[], model: NerModel = loadModel()): Uint8Array {
  const out = new Uint8Array(words.length);
  if (!words.length) return out;
  const starts = sentStarts.length && sentStarts[0] === 0 ? sentStarts : [0, ...sentStarts];
  const df = new DocFeatures(words, starts, model.gazetteer, model.mask, true, model.clusters);
  decodeDoc(df, model.weights, model.mask, out, scratch);
  retypeFacilities(words, out, starts);
  return out;
}

let facilityHeads: Set<string> | null = null;
const LOC = TYPES.indexOf('LOC');

/**
 * Facilities are places: an ORG span whose last word heads facility names (resources/en/entities/
 * facilities.txt: museum, airport, stadium, street, ...) becomes LOC, in place. CoNLL-2003 training
 * types some facilities ORG ("Kansai International Airport") and the model follows the words
 * before the head ("Space", "Aviation"); Universal NER, the out-of-domain convention, tags them LOC.
 */
export function retypeFacilities(words: readonly string[], labels: Uint8Array, sentStarts: readonly number[]): void {
  facilityHeads ??= new Set(readFileSync(join(resourcesDir('en'), 'entities', 'facilities.txt'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
  for (const s of spansOf(labels, sentStarts)) {
    if (s.type !== 'ORG' || !facilityHeads.has(words[s.end - 1]!.toLowerCase())) continue;
    for (let i = s.start; i < s.end; i++) labels[i] = i === s.start ? bOf(LOC) : iOf(LOC);
  }
}

/** Label ids as BIO strings. */
export const labelNames = (labels: Uint8Array): string[] => Array.from(labels, (l) => LABELS[l]!);

export interface TokenSpan { start: number; end: number; type: NerType }

/** Entity spans (token index ranges, end exclusive) from BIO label ids. */
export function spansOf(labels: ArrayLike<number>, sentStarts?: readonly number[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  const starts = new Set(sentStarts ?? []);
  let cur: TokenSpan | null = null;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]!;
    const continues = cur && isInside(l) && TYPES[typeOf(l)] === cur.type && !starts.has(i);
    if (continues) { cur!.end = i + 1; continue; }
    if (cur) out.push(cur);
    cur = l === O ? null : { start: i, end: i + 1, type: TYPES[typeOf(l)]! };
  }
  if (cur) out.push(cur);
  return out;
}
