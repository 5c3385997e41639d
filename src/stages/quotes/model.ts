/**
 * The cue model: an averaged perceptron that decides, for a candidate word in its sentence,
 * whether it is an attribution cue. Trained on PolNeAR train by scripts/quotes-train.ts; the
 * weights and the candidate vocabulary live in models/quotes/cue-model.json (see the model card,
 * models/quotes/README.md). Features are a handful of strings per candidate (the word, its part of
 * speech, its neighbours), so scoring a candidate costs about a dozen map look-ups.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../util/datasets.js';
import type { TokenView } from './cues.js';

export interface CueModelFile {
  version: 1;
  /** the words (lower case) the model scores; other words are never cues unless in the lexicon */
  vocab: string[];
  bias: number;
  /** a word is a cue when its score is above this (chosen on held-out train articles) */
  threshold: number;
  weights: Record<string, number>;
}

export interface CueModel {
  vocab: Set<string>;
  /** offset moves the threshold for this candidate (see cueThresholdOffset) */
  isCue: (v: TokenView, i: number, from: number, to: number, offset?: number) => boolean;
}

const shape = (w: string): string => (/^[A-Z]/.test(w) ? 'X' : /^[a-z]/.test(w) ? 'x' : /^\d/.test(w) ? 'd' : w);

/** The feature strings of candidate token i of the sentence [from, to). */
export function cueFeatures(v: TokenView, i: number, from: number, to: number): string[] {
  const w = v.low[i]!;
  const p = v.tokens[i]!.pos;
  const at = (k: number) => (k >= from && k < to ? v.low[k]! : k < from ? '<s>' : '</s>');
  const pos = (k: number) => (k >= from && k < to ? v.tokens[k]!.pos : k < from ? '<s>' : '</s>');
  const f = [
    `w=${w}`, `p=${p}`, `wp=${w}|${p}`,
    `w-1=${at(i - 1)}`, `p-1=${pos(i - 1)}`, `w+1=${at(i + 1)}`, `p+1=${pos(i + 1)}`,
    `w+1w=${w}|${at(i + 1)}`, `w-1w=${at(i - 1)}|${w}`, `p-1p+1=${pos(i - 1)}|${p}|${pos(i + 1)}`,
    `p+1p+2=${pos(i + 1)}|${pos(i + 2)}`, `p-2p-1=${pos(i - 2)}|${pos(i - 1)}`,
    `first=${i === from}`, `last2=${to - i <= 2}`, `shape=${shape(v.tokens[i]!.text)}`,
    `w+2=${at(i + 2)}`, `q=${v.inQuote?.[i] ?? 0}`, `qw=${v.inQuote?.[i] ?? 0}|${w}`,
  ];
  return f;
}

export function score(m: { bias: number; weights: Record<string, number> | Map<string, number> }, feats: string[]): number {
  let s = m.bias;
  if (m.weights instanceof Map) { for (const f of feats) s += m.weights.get(f) ?? 0; }
  else for (const f of feats) s += m.weights[f] ?? 0;
  return s;
}

/**
 * How far a content-word candidate's threshold moves by its class: a verb of the cue lexicon (a verb
 * of saying known a priori) and a word right after a comma (", saying …", ", said X", ", adding …")
 * are taken at a lower score. Chosen on the held-out fifth of train with the four-fifths model
 * (a plateau: lexicon −0.5 to −1, comma −1.5 to −3 score alike) and checked on dev; see the model
 * card.
 */
const LEXICON_VERB_OFFSET = -1;
const AFTER_COMMA_OFFSET = -2;

export function cueThresholdOffset(v: TokenView, i: number, from: number, lexiconVerb: boolean): number {
  return (lexiconVerb ? LEXICON_VERB_OFFSET : 0) + (i > from && v.low[i - 1] === ',' ? AFTER_COMMA_OFFSET : 0);
}

let loaded: CueModel | null | undefined;

/** The committed cue model, or null when there is none (the lexicon alone decides then). */
export function cueModel(): CueModel | null {
  if (loaded !== undefined) return loaded;
  const file = join(projectRoot(), 'models', 'quotes', 'cue-model.json');
  if (!existsSync(file)) return (loaded = null);
  const raw = JSON.parse(readFileSync(file, 'utf8')) as CueModelFile;
  const weights = new Map(Object.entries(raw.weights));
  const m = { bias: raw.bias, weights };
  loaded = {
    vocab: new Set(raw.vocab),
    isCue: (v, i, from, to, offset = 0) => score(m, cueFeatures(v, i, from, to)) > (raw.threshold ?? 0) + offset,
  };
  return loaded;
}
