/**
 * Train the quotes stage's cue model (models/quotes/cue-model.json) on PolNeAR train.
 *
 *   node dist/scripts/quotes-train.js [--epochs 6] [--threshold T] [--holdout] [--seed S | --seeds N (16)] [--min-weight W (0.5)]
 *
 * 1. The candidate vocabulary: lower-cased words that are inside a gold cue at least MIN_CUE
 *    times and in at least MIN_RATE of their occurrences (plus every word of the cue lexicon),
 *    counted on the articles the model learns from (with --holdout, not on the fifth held out).
 * 2. An averaged perceptron over the features of model.ts (`cueFeatures`), one example per
 *    occurrence of a candidate word: positive when the word lies inside a gold cue span. N
 *    perceptrons (--seeds N, shuffling seeds 1 … N; 16 by default) are averaged into one weight
 *    vector: a single perceptron's decisions hang on the order it saw the examples in (seeds alone
 *    move cue overlap F1 by about 0.004); the average is steadier. `--seed S` trains the one
 *    perceptron of seed S instead (the shipped model until 2026-12-01 was seed 12345 alone).
 * 3. Weights under MIN_WEIGHT (0.5) in magnitude are dropped, to keep the file small.
 * 4. The decision threshold: the best cue-word F1 on the fifth of train held out, for a model
 *    trained on the other four fifths with the candidates counted there (as --holdout does).
 * Only train is read; dev stays for evaluation.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { heldOutFifth, readPolnear } from '../eval/brat-attributions.js';
import { quoteLexicon } from '../src/stages/quotes/lexicon.js';
import { cueFeatures, score, type CueModelFile } from '../src/stages/quotes/model.js';
import { tokenView, type TokenView } from '../src/stages/quotes/cues.js';
import { structure } from '../src/stages/structure/index.js';
import { inQuoteFlags } from '../src/stages/quotes/index.js';
import { findQuotes } from '../src/stages/quotes/quoteMarks.js';
import { datasetsDir, projectRoot } from '../src/util/datasets.js';

const MIN_CUE = 1;
const MIN_RATE = 0.02;
const args = process.argv.slice(2);
const opt = (name: string): string | undefined => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
/** weights smaller than this are dropped (a smaller file, the same decisions but for a handful) */
const MIN_WEIGHT = Number(opt('--min-weight') ?? 0.5);
/** the shuffling seeds of the perceptrons averaged: the one seed --seed S, else 1 … N (--seeds N, 16 by default) */
const SEEDS = opt('--seed') ? [Number(opt('--seed'))] : Array.from({ length: Number(opt('--seeds') ?? 16) }, (_, k) => k + 1);
const epochs = Number(opt('--epochs') ?? 6);
/** --holdout: train on four fifths of train only (to tune the stage on the fifth held out) */
const holdoutOnly = args.includes('--holdout');
/** --threshold T: use this decision threshold instead of the best held-out cue-word F1 */
const fixedThreshold = opt('--threshold');

interface Sent { v: TokenView; from: number; to: number; labels: boolean[]; doc: number }

const docs = readPolnear(datasetsDir(), 'train');
const sents: Sent[] = [];
/**
 * How often each word occurs, and how often inside a gold cue, in the articles the shipped model
 * learns from (with --holdout, not the held-out fifth: its words stay unseen).
 */
const cueCount = new Map<string, number>();
const allCount = new Map<string, number>();
/** the same counts without the held-out fifth, for the threshold choice (see below) */
const partCue = new Map<string, number>();
const partAll = new Map<string, number>();
docs.forEach((d, di) => {
  const st = structure(d.text);
  const v: TokenView = tokenView(st.tokens, quoteLexicon('en'));
  const lexq = quoteLexicon('en');
  v.inQuote = inQuoteFlags(v, st.paragraphs.map((p) => findQuotes(d.text, p.start, p.end, lexq.quotePairs)));
  const inCue = new Uint8Array(d.text.length);
  for (const a of d.attributions) for (const [x, y] of a.cue) for (let i = x; i < y && i < inCue.length; i++) inCue[i] = 1;
  const labels = st.tokens.map((t) => { for (let i = t.start; i < t.end; i++) if (inCue[i]) return true; return false; });
  const counts: [Map<string, number>, Map<string, number>][] = [];
  if (!heldOutFifth(di)) counts.push([partCue, partAll]);
  if (!(holdoutOnly && heldOutFifth(di))) counts.push([cueCount, allCount]);
  for (const [cue, all] of counts) st.tokens.forEach((_, i) => {
    const w = v.low[i]!;
    all.set(w, (all.get(w) ?? 0) + 1);
    if (labels[i]) cue.set(w, (cue.get(w) ?? 0) + 1);
  });
  for (const s of st.sentences) sents.push({ v, from: s.tokenStart, to: s.tokenEnd, labels, doc: di });
});
const lex = quoteLexicon('en');
/** The candidate words: cue words by the counts, and every word of the cue lexicon. */
function candidates(cue: Map<string, number>, all: Map<string, number>): Set<string> {
  const out = new Set<string>();
  for (const [w, n] of cue) if (n >= MIN_CUE && n / all.get(w)! >= MIN_RATE && /[a-z]/.test(w)) out.add(w);
  for (const w of lex.cueForms.keys()) out.add(w);
  return out;
}
const vocab = candidates(cueCount, allCount);
/**
 * The candidates counted on the four fifths: the threshold is chosen with these, so that the full
 * run picks the threshold the `--holdout` run picks (with the candidates of all of train, the held-out
 * fifth's own cue words were proposed there, unseen by the four-fifths model, and words that are
 * candidates on the four fifths only were left out: -3.5 against -3 for the shipped features).
 */
const partVocab = candidates(partCue, partAll);

// examples, with the article they come from (for the held-out threshold choice)
const X: string[][] = [];
const Y: number[] = [];
const D: number[] = [];
/** whether the example's word is a candidate of the shipped model (V), of the four fifths (P) */
const V: boolean[] = [];
const P: boolean[] = [];
for (const s of sents) for (let i = s.from; i < s.to; i++) {
  const w = s.v.low[i]!;
  if (!vocab.has(w) && !partVocab.has(w)) continue;
  X.push(cueFeatures(s.v, i, s.from, s.to)); Y.push(s.labels[i] ? 1 : -1); D.push(s.doc); V.push(vocab.has(w)); P.push(partVocab.has(w));
}
console.error(`quotes-train: ${docs.length} articles, ${vocab.size} candidate words, ${V.filter(Boolean).length} examples (${Y.filter((y, i) => y > 0 && V[i]).length} cues)`);

/** The examples' feature strings as ids (training looks weights up in arrays, not maps). */
const featureIds = new Map<string, number>();
const featureNames: string[] = [];
const XI = X.map((f) => Int32Array.from(f, (k) => {
  let id = featureIds.get(k);
  if (id === undefined) { id = featureNames.length; featureIds.set(k, id); featureNames.push(k); }
  return id;
}));

/** One averaged perceptron over the examples `use` accepts, shuffled by `seed` (deterministic). */
function perceptron(use: (i: number) => boolean, seed: number): { bias: number; weights: Float64Array } {
  const w = new Float64Array(featureNames.length), u = new Float64Array(featureNames.length);
  let b = 0, ub = 0, c = 1;
  const order = X.map((_, i) => i).filter(use);
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [order[i], order[j]] = [order[j]!, order[i]!]; }
    for (const i of order) {
      const f = XI[i]!, y = Y[i]!;
      let s = b;
      for (const k of f) s += w[k]!;
      if (y * s <= 0) {
        for (const k of f) { w[k]! += y; u[k]! += y * c; }
        b += y; ub += y * c;
      }
      c++;
    }
  }
  for (let k = 0; k < w.length; k++) w[k] = w[k]! - u[k]! / c;
  return { bias: b - ub / c, weights: w };
}

/** The mean of the perceptrons of SEEDS, weights rounded and small ones dropped. */
function train(use: (i: number) => boolean): { bias: number; weights: Map<string, number> } {
  const sum = new Float64Array(featureNames.length);
  let bias = 0;
  for (const seed of SEEDS) {
    const m = perceptron(use, seed);
    bias += m.bias;
    for (let k = 0; k < sum.length; k++) sum[k] = sum[k]! + m.weights[k]!;
  }
  const weights = new Map<string, number>();
  sum.forEach((val, k) => {
    const avg = Math.round((val / SEEDS.length) * 1000) / 1000;
    if (Math.abs(avg) >= MIN_WEIGHT) weights.set(featureNames[k]!, avg);
  });
  return { bias: Math.round((bias / SEEDS.length) * 1000) / 1000, weights };
}

// the decision threshold: best cue-word F1 on a fifth of the train articles held out
const held = (i: number) => heldOutFifth(D[i]!) && P[i]!;
const part = train((i) => !heldOutFifth(D[i]!) && P[i]!);
let best = { t: 0, f: -1 };
for (let t = -6; t <= 1.001; t += 0.5) {
  let tp = 0, fp = 0, fn = 0;
  X.forEach((f, i) => {
    if (!held(i)) return;
    const yes = score(part, f) > t;
    if (yes && Y[i]! > 0) tp++; else if (yes) fp++; else if (Y[i]! > 0) fn++;
  });
  const f = (2 * tp) / (2 * tp + fp + fn);
  console.error(`threshold ${t.toFixed(2)}: held-out cue-word F1 ${f.toFixed(4)}`);
  if (f > best.f) best = { t, f };
}
{
  let tp = 0, fp = 0, fn = 0;
  X.forEach((f, i) => { if (heldOutFifth(D[i]!) || !P[i]) return; const yes = score(part, f) > best.t; if (yes && Y[i]! > 0) tp++; else if (yes) fp++; else if (Y[i]! > 0) fn++; });
  console.error(`training-part cue-word F1 ${((2 * tp) / (2 * tp + fp + fn)).toFixed(4)}`);
}
console.error(`quotes-train: threshold ${best.t} (held-out F1 ${best.f.toFixed(4)}); training on all of train`);
if (fixedThreshold !== undefined) best = { t: Number(fixedThreshold), f: best.f };
const full = holdoutOnly ? part : train((i) => V[i]!);
const model: CueModelFile = { version: 1, vocab: [...vocab].sort(), bias: full.bias, threshold: best.t, weights: Object.fromEntries(full.weights) };
const weights = model.weights;
const dir = join(projectRoot(), 'models', 'quotes');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'cue-model.json'), JSON.stringify(model));
console.error(`quotes-train: wrote ${Object.keys(weights).length} weights to ${join(dir, 'cue-model.json')}`);
