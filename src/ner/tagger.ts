/**
 * Tagging words with the trained model: `tagWords(words, sentStarts)` → a BIO label id per
 * word (see labels.ts), and `spansOf(labels)` → typed token ranges.
 */
import { DocFeatures } from './features.js';
import { Scratch, decodeDoc } from './decode.js';
import { LABELS, O, isInside, typeOf, TYPES, type NerType } from './labels.js';
import { loadModel, type NerModel } from './model.js';

const scratch = new Scratch();

/** Tag one document's words (sentences start at `sentStarts`); returns label ids. */
export function tagWords(words: readonly string[], sentStarts: readonly number[], model: NerModel = loadModel()): Uint8Array {
  const out = new Uint8Array(words.length);
  if (!words.length) return out;
  const starts = sentStarts.length && sentStarts[0] === 0 ? sentStarts : [0, ...sentStarts];
  const df = new DocFeatures(words, starts, model.gazetteer, model.mask, true, model.clusters);
  decodeDoc(df, model.weights, model.mask, out, scratch);
  return out;
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
