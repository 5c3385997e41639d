/**
 * The cue model: an averaged perceptron that decides, for a candidate word in its sentence,
 * whether it is an attribution cue. Trained on PolNeAR train by scripts/quotes-train.ts; the
 * weights and the candidate vocabulary live in models/quotes/cue-model.json (see the model card,
 * models/quotes/README.md). Features are a handful of strings per candidate (the word, its part of
 * speech, its neighbours, three facts of its sentence), so scoring a candidate costs about twenty
 * map look-ups; what the sentence holds is found once per sentence.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../util/datasets.js';
import type { TokenView } from './cues.js';
import { fold, quoteGrammar, quoteLexicon } from './lexicon.js';

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
  /** the candidate's score (what isCue compares with the threshold) */
  score?: (v: TokenView, i: number, from: number, to: number) => number;
  /** weights of the file that could not be read back into features (none in the shipped file) */
  skipped?: number;
}

/** forms of "be" and "get" before a participle: a passive ("was told", "got criticized") */
const PASSIVE_AUX = quoteGrammar('en').passiveAuxiliaries!;

interface SentenceInfo { v: TokenView | null; from: number; to: number; quoted: boolean; says: number }
let lastSentence: SentenceInfo = { v: null, from: -1, to: -1, quoted: false, says: 0 };
/**
 * What the sentence [from, to) holds, for cueFeatures: whether it quotes (a token inside quote
 * marks, or a quote mark of quote-marks.tsv), and how many verbs of saying of the cue lexicon
 * (meaning neutral, tagged VERB) it has. Candidates are scored sentence by sentence, so the last
 * sentence's answer is kept.
 */
function sentenceInfo(v: TokenView, from: number, to: number): SentenceInfo {
  if (lastSentence.v === v && lastSentence.from === from && lastSentence.to === to) return lastSentence;
  const lex = quoteLexicon('en');
  const marks = quoteMarks ??= new Set([...lex.quotePairs].flatMap(([open, close]) => [open, ...close].map(fold)));
  let quoted = false, says = 0;
  for (let k = from; k < to; k++) {
    if (!quoted && (v.inQuote?.[k] || marks.has(v.low[k]!))) quoted = true;
    if (isSayVerb(v, k)) says++;
  }
  return (lastSentence = { v, from, to, quoted, says });
}
let quoteMarks: Set<string> | undefined;
const isSayVerb = (v: TokenView, k: number): boolean => v.tokens[k]!.pos === 'VERB' && quoteLexicon('en').cueForms.get(v.low[k]!)?.meaning === 'neutral';

const shape = (w: string): string => (/^[A-Z]/.test(w) ? 'X' : /^[a-z]/.test(w) ? 'x' : /^\d/.test(w) ? 'd' : w);

/**
 * The feature strings of candidate token i of the sentence [from, to): the word, its tag and its
 * neighbours', its place in the sentence and inside quote marks; and, each with the word's tag,
 * whether the sentence quotes, whether a form of "be"/"get" stands before the word past adverbs
 * (a passive: "was told", "is widely expected"), and whether another verb of saying is in the
 * sentence.
 */
export function cueFeatures(v: TokenView, i: number, from: number, to: number): string[] {
  const f: string[] = [];
  emitFeatures(v, i, from, to, (t, a, b, c) => {
    const name = TEMPLATES[t]![0];
    f.push(b === undefined ? `${name}=${a}` : c === undefined ? `${name}=${a}|${b}` : `${name}=${a}|${b}|${c}`);
  });
  return f;
}

/** The feature templates in cueFeatures' order, each with how many parts its features have (the string form is `name=a|b|c`). */
const TEMPLATES: readonly (readonly [string, number])[] = [
  ['w', 1], ['p', 1], ['wp', 2], ['w-1', 1], ['p-1', 1], ['w+1', 1], ['p+1', 1], ['w+1w', 2], ['w-1w', 2], ['p-1p+1', 3],
  ['p+1p+2', 2], ['p-2p-1', 2], ['first', 1], ['last2', 1], ['shape', 1], ['w+2', 1], ['q', 1], ['qw', 2], ['sq', 3], ['pas', 2], ['say', 2],
];
const T = Object.fromEntries(TEMPLATES.map(([name], k) => [name, k])) as Record<string, number>;
/** One feature: its template (an index into TEMPLATES) and its one to three parts. */
type Emit = (t: number, a: string, b?: string, c?: string) => void;
const bool = (x: boolean): string => (x ? 'true' : 'false');

/** The features of cueFeatures, handed to `emit` part by part (scoring then needs no new strings). */
function emitFeatures(v: TokenView, i: number, from: number, to: number, emit: Emit): void {
  const w = v.low[i]!;
  const p = v.tokens[i]!.pos;
  const at = (k: number) => (k >= from && k < to ? v.low[k]! : k < from ? '<s>' : '</s>');
  const pos = (k: number) => (k >= from && k < to ? v.tokens[k]!.pos : k < from ? '<s>' : '</s>');
  emit(T['w']!, w); emit(T['p']!, p); emit(T['wp']!, w, p);
  emit(T['w-1']!, at(i - 1)); emit(T['p-1']!, pos(i - 1)); emit(T['w+1']!, at(i + 1)); emit(T['p+1']!, pos(i + 1));
  emit(T['w+1w']!, w, at(i + 1)); emit(T['w-1w']!, at(i - 1), w); emit(T['p-1p+1']!, pos(i - 1), p, pos(i + 1));
  emit(T['p+1p+2']!, pos(i + 1), pos(i + 2)); emit(T['p-2p-1']!, pos(i - 2), pos(i - 1));
  emit(T['first']!, bool(i === from)); emit(T['last2']!, bool(to - i <= 2)); emit(T['shape']!, shape(v.tokens[i]!.text));
  const q = v.inQuote?.[i] ? '1' : '0';
  emit(T['w+2']!, at(i + 2)); emit(T['q']!, q); emit(T['qw']!, q, w);
  // the sentence around it (computed once per sentence), each with the word's tag
  const sent = sentenceInfo(v, from, to);
  let k = i - 1;
  while (k >= from && v.tokens[k]!.pos === 'ADV') k--;
  emit(T['sq']!, bool(sent.quoted), q, p);
  emit(T['pas']!, bool(k >= from && PASSIVE_AUX.has(v.low[k]!)), p);
  emit(T['say']!, bool(sent.says - (isSayVerb(v, i) ? 1 : 0) > 0), p);
}

/** The weights by template, then by each part in turn: a feature is looked up with the strings it is made of. */
type Node = Map<string, Node | number>;
function weightTree(weights: Iterable<[string, number]>): { tree: Node[]; skipped: number } {
  const tree = TEMPLATES.map((): Node => new Map());
  let skipped = 0;
  for (const [key, value] of weights) {
    const eq = key.indexOf('=');
    const t = T[key.slice(0, eq)];
    const arity = t === undefined ? 0 : TEMPLATES[t]![1];
    const parts = arity === 1 ? [key.slice(eq + 1)] : key.slice(eq + 1).split('|');
    // a feature of another version, or one with a word that holds "|" (which cannot be told apart)
    if (t === undefined || eq < 0 || parts.length !== arity) { skipped++; continue; }
    let node = tree[t]!;
    for (let n = 0; n < parts.length - 1; n++) {
      let next = node.get(parts[n]!);
      if (next === undefined) node.set(parts[n]!, (next = new Map()));
      node = next as Node;
    }
    node.set(parts[parts.length - 1]!, value);
  }
  return { tree, skipped };
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
  const { tree, skipped } = weightTree(Object.entries(raw.weights));
  // the score summed in cueFeatures' order, as `score` sums it, but with no feature strings built
  let sum = 0;
  const add: Emit = (t, a, b, c) => {
    let n = tree[t]!.get(a);
    if (b !== undefined && n !== undefined && typeof n !== 'number') {
      n = n.get(b);
      if (c !== undefined && n !== undefined && typeof n !== 'number') n = n.get(c);
    }
    if (typeof n === 'number') sum += n;
  };
  const scoreOf = (v: TokenView, i: number, from: number, to: number): number => {
    sum = raw.bias;
    emitFeatures(v, i, from, to, add);
    return sum;
  };
  loaded = {
    vocab: new Set(raw.vocab),
    isCue: (v, i, from, to, offset = 0) => scoreOf(v, i, from, to) > (raw.threshold ?? 0) + offset,
    score: scoreOf,
    skipped,
  };
  return loaded;
}
