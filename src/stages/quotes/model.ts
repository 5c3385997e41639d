/**
 * The cue model: an averaged perceptron that decides, for a candidate word in its sentence,
 * whether it is an attribution cue. Trained on PolNeAR train by scripts/quotes-train.ts; the
 * weights and the candidate vocabulary live in models/quotes/cue-model.json (see the model card,
 * models/quotes/README.md). Features are a handful of strings per candidate (the word, its part of
 * speech, its neighbours, three facts of its sentence); the stage scores a candidate with about twenty
 * look-ups of integer keys (the ids of those strings); what the sentence holds is found once per sentence.
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
  emitFeatures(v, i, from, to, STRING_PARTS, (t, a, b, c) => {
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

/**
 * The parts features are made of, for token k of the view: its lower-case word and its tag, and a literal ("<s>", "true",
 * a shape). As strings (`STRING_PARTS`, for training and cueFeatures) or as the ids the model's weights are kept under
 * (for scoring: comparing numbers, not strings).
 */
interface Parts<P> { word(v: TokenView, k: number): P; tag(v: TokenView, k: number): P; lit(s: string): P }
const STRING_PARTS: Parts<string> = { word: (v, k) => v.low[k]!, tag: (v, k) => v.tokens[k]!.pos, lit: (s) => s };
type Emit<P> = (t: number, a: P, b?: P, c?: P) => void;

/** The features of cueFeatures, handed to `emit` part by part (scoring then builds no strings). */
function emitFeatures<P>(v: TokenView, i: number, from: number, to: number, parts: Parts<P>, emit: Emit<P>): void {
  const bos = parts.lit('<s>'), eos = parts.lit('</s>'), yes = parts.lit('true'), no = parts.lit('false');
  const bool = (x: boolean): P => (x ? yes : no);
  const w = parts.word(v, i);
  const p = parts.tag(v, i);
  const at = (k: number) => (k >= from && k < to ? parts.word(v, k) : k < from ? bos : eos);
  const pos = (k: number) => (k >= from && k < to ? parts.tag(v, k) : k < from ? bos : eos);
  emit(T['w']!, w); emit(T['p']!, p); emit(T['wp']!, w, p);
  emit(T['w-1']!, at(i - 1)); emit(T['p-1']!, pos(i - 1)); emit(T['w+1']!, at(i + 1)); emit(T['p+1']!, pos(i + 1));
  emit(T['w+1w']!, w, at(i + 1)); emit(T['w-1w']!, at(i - 1), w); emit(T['p-1p+1']!, pos(i - 1), p, pos(i + 1));
  emit(T['p+1p+2']!, pos(i + 1), pos(i + 2)); emit(T['p-2p-1']!, pos(i - 2), pos(i - 1));
  emit(T['first']!, bool(i === from)); emit(T['last2']!, bool(to - i <= 2)); emit(T['shape']!, parts.lit(shape(v.tokens[i]!.text)));
  const q = parts.lit(v.inQuote?.[i] ? '1' : '0');
  emit(T['w+2']!, at(i + 2)); emit(T['q']!, q); emit(T['qw']!, q, w);
  // the sentence around it (computed once per sentence), each with the word's tag
  const sent = sentenceInfo(v, from, to);
  let k = i - 1;
  while (k >= from && v.tokens[k]!.pos === 'ADV') k--;
  emit(T['sq']!, bool(sent.quoted), q, p);
  emit(T['pas']!, bool(k >= from && PASSIVE_AUX.has(v.low[k]!)), p);
  emit(T['say']!, bool(sent.says - (isSayVerb(v, i) ? 1 : 0) > 0), p);
}

/** Ids of the model's strings stay under this, so that a template and a third part's id share one 32-bit key word. */
const ID_SPAN = 2 ** 20;

/**
 * The weights, keyed by their template and the ids of their one to three parts, in an open-addressing hash table of typed
 * arrays (three key words and a value per slot): a look-up compares integers and allocates nothing. `ids` gives each string
 * of the weights' features its id.
 */
class WeightTable {
  readonly ids = new Map<string, number>();
  skipped = 0;
  private keys: Int32Array;
  private values: Float64Array;
  private mask: number;

  constructor(weights: [string, number][]) {
    let size = 1;
    while (size < weights.length * 2) size *= 2;
    this.mask = size - 1;
    this.keys = new Int32Array(size * 3).fill(-1);
    this.values = new Float64Array(size);
    const id = (s: string): number => { let n = this.ids.get(s); if (n === undefined) this.ids.set(s, (n = this.ids.size)); return n; };
    for (const [key, value] of weights) {
      const eq = key.indexOf('=');
      const t = T[key.slice(0, eq)];
      const arity = t === undefined ? 0 : TEMPLATES[t]![1];
      const parts = arity === 1 ? [key.slice(eq + 1)] : key.slice(eq + 1).split('|');
      // a feature of another version, or one with a word that holds "|" (which cannot be told apart)
      if (t === undefined || eq < 0 || parts.length !== arity) { this.skipped++; continue; }
      const [a, b = -1, c = -1] = parts.map(id);
      this.put(t, a!, b, c, value);
    }
    if (this.ids.size >= ID_SPAN) throw new Error(`cue model: ${this.ids.size} distinct feature strings, more than the ${ID_SPAN} the scorer keys`);
  }

  private slot(t: number, a: number, b: number, c: number): number {
    const k3 = t * ID_SPAN * 2 + c + 1;
    let h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 1, 0x85ebca77) ^ Math.imul(k3, 0xc2b2ae3d)) & this.mask;
    for (;;) {
      const o = h * 3;
      const k = this.keys[o]!;
      if (k === -1 || (k === a && this.keys[o + 1] === b && this.keys[o + 2] === k3)) return h;
      h = (h + 1) & this.mask;
    }
  }

  private put(t: number, a: number, b: number, c: number, value: number): void {
    const h = this.slot(t, a, b, c);
    this.keys[h * 3] = a; this.keys[h * 3 + 1] = b; this.keys[h * 3 + 2] = t * ID_SPAN * 2 + c + 1;
    this.values[h] = value;
  }

  /** The weight of the feature (template t, parts a, b, c; -1 for a part it has not), 0 if the model has none. */
  get(t: number, a: number, b: number, c: number): number {
    const h = this.slot(t, a, b, c);
    return this.keys[h * 3] === -1 ? 0 : this.values[h]!;
  }
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
  const table = new WeightTable(Object.entries(raw.weights));
  const { ids } = table;
  // each view's words and tags as ids, looked up once per view and token, when a feature first asks (-1: a string no
  // feature of the model holds)
  const viewIds = new WeakMap<TokenView, Int32Array>();
  let current: Int32Array = new Int32Array(0);
  let view: TokenView | null = null;
  const wordId = (v: TokenView, k: number): number => {
    let n = current[2 * k]!;
    if (n === -2) current[2 * k] = n = ids.get(v.low[k]!) ?? -1;
    return n;
  };
  const tagId = (v: TokenView, k: number): number => {
    let n = current[2 * k + 1]!;
    if (n === -2) current[2 * k + 1] = n = ids.get(v.tokens[k]!.pos) ?? -1;
    return n;
  };
  const idParts: Parts<number> = { word: wordId, tag: tagId, lit: (s) => ids.get(s) ?? -1 };
  // the score summed in cueFeatures' order, as `score` sums it, but with no feature strings built nor compared
  let sum = 0;
  // (a part no feature holds is -1, as a part the template has not: the table holds no such key, and its weight is 0)
  const add: Emit<number> = (t, a, b = -1, c = -1) => { if (a >= 0) sum += table.get(t, a, b, c); };
  const scoreOf = (v: TokenView, i: number, from: number, to: number): number => {
    sum = raw.bias;
    if (v !== view) {
      view = v;
      let x = viewIds.get(v);
      if (!x) viewIds.set(v, (x = new Int32Array(2 * v.tokens.length).fill(-2)));
      current = x;
    }
    emitFeatures(v, i, from, to, idParts, add);
    return sum;
  };
  loaded = {
    vocab: new Set(raw.vocab),
    isCue: (v, i, from, to, offset = 0) => scoreOf(v, i, from, to) > (raw.threshold ?? 0) + offset,
    score: scoreOf,
    skipped: table.skipped,
  };
  return loaded;
}
