/**
 * Train the quotes stage's cue model (models/quotes/cue-model.json) on PolNeAR train.
 *
 *   node dist/scripts/quotes-train.js [--epochs 6] [--threshold T] [--holdout]
 *
 * 1. The candidate vocabulary: lower-cased words that are inside a gold cue at least MIN_CUE
 *    times and in at least MIN_RATE of their occurrences (plus every word of the cue lexicon),
 *    counted on the articles the model learns from (with --holdout, not on the fifth held out).
 * 2. An averaged perceptron over the features of model.ts (`cueFeatures`), one example per
 *    occurrence of a candidate word: positive when the word lies inside a gold cue span.
 * 3. Weights that round to zero at 3 decimals are dropped, to keep the file small.
 * Only train is read; dev stays for evaluation.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { heldOutFifth, readPolnearAnnotations } from '../eval/brat-attributions.js';
import { quoteLexicon, fold } from '../src/stages/quotes/lexicon.js';
import { cueFeatures, score, type CueModelFile } from '../src/stages/quotes/model.js';
import type { TokenView } from '../src/stages/quotes/cues.js';
import { structure } from '../src/stages/structure/index.js';
import { inQuoteFlags } from '../src/stages/quotes/index.js';
import { findQuotes } from '../src/stages/quotes/quoteMarks.js';
import { datasetsDir, projectRoot } from '../src/util/datasets.js';

const MIN_CUE = 1;
const MIN_RATE = 0.02;
/** weights smaller than this are dropped (a smaller file, the same decisions but for a handful) */
const MIN_WEIGHT = 1;
const args = process.argv.slice(2);
const opt = (name: string): string | undefined => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const epochs = Number(opt('--epochs') ?? 6);
/** --holdout: train on four fifths of train only (to tune the stage on the fifth held out) */
const holdoutOnly = args.includes('--holdout');
/** --threshold T: use this decision threshold instead of the best held-out cue-word F1 */
const fixedThreshold = opt('--threshold');
const learner = opt('--learner') ?? 'perceptron';
const iterations = Number(opt('--iterations') ?? 200);
const lambda = Number(opt('--lambda') ?? 1e-5);
const rate = Number(opt('--rate') ?? 1);
const bags = Number(opt('--bags') ?? 1);
const soft = args.includes('--soft');
const posWeight = Number(opt('--pos-weight') ?? 1);
const minWeight = Number(opt('--min-weight') ?? (learner === 'logreg' ? 0.01 : MIN_WEIGHT));

interface Sent { v: TokenView; from: number; to: number; labels: number[]; doc: number }

const docs = readPolnearAnnotations(datasetsDir(), 'train');
const sents: Sent[] = [];
/**
 * How often each word occurs, and how often inside a gold cue, in the articles the shipped model
 * learns from (with --holdout, not the held-out fifth: its words stay unseen).
 */
const cueCount = new Map<string, number>();
const allCount = new Map<string, number>();
docs.forEach((d, di) => {
  const st = structure(d.text);
  const v: TokenView = { tokens: st.tokens, low: st.tokens.map((t) => fold(t.text)) };
  const lexq = quoteLexicon('en');
  v.inQuote = inQuoteFlags(v, st.paragraphs.map((p) => findQuotes(d.text, p.start, p.end, lexq.quotePairs)));
  // with --soft, the share of the article's annotators that put the token inside a cue
  const annotations = soft ? d.annotations : [d.annotations[0]!];
  const labels = new Array<number>(st.tokens.length).fill(0);
  for (const ann of annotations) {
    const inCue = new Uint8Array(d.text.length);
    for (const a of ann) for (const [x, y] of a.cue) for (let i = x; i < y && i < inCue.length; i++) inCue[i] = 1;
    st.tokens.forEach((t, k) => { for (let i = t.start; i < t.end; i++) if (inCue[i]) { labels[k]! += 1 / annotations.length; return; } });
  }
  if (!(holdoutOnly && heldOutFifth(di))) st.tokens.forEach((_, i) => {
    const w = v.low[i]!;
    allCount.set(w, (allCount.get(w) ?? 0) + 1);
    if (labels[i]! >= 0.5) cueCount.set(w, (cueCount.get(w) ?? 0) + 1);
  });
  for (const s of st.sentences) sents.push({ v, from: s.tokenStart, to: s.tokenEnd, labels, doc: di });
});
const lex = quoteLexicon('en');
const vocab = new Set<string>();
for (const [w, n] of cueCount) if (n >= MIN_CUE && n / allCount.get(w)! >= MIN_RATE && /[a-z]/.test(w)) vocab.add(w);
for (const w of lex.cueForms.keys()) vocab.add(w);

// examples, with the article they come from (for the held-out threshold choice)
const X: string[][] = [];
const Y: number[] = [];
/** the soft label: the share of annotators that marked the word as (part of) a cue */
const S: number[] = [];
const D: number[] = [];
for (const s of sents) for (let i = s.from; i < s.to; i++) if (vocab.has(s.v.low[i]!)) { X.push(cueFeatures(s.v, i, s.from, s.to)); Y.push(s.labels[i]! >= 0.5 ? 1 : -1); S.push(s.labels[i]!); D.push(s.doc); }
console.error(`quotes-train: ${docs.length} articles, ${vocab.size} candidate words, ${X.length} examples (${Y.filter((y) => y > 0).length} cues)`);

/** Averaged perceptron over the examples `use` accepts (deterministic shuffle). */
function trainPerceptron(use: (i: number) => boolean): { bias: number; weights: Map<string, number> } {
  const w = new Map<string, number>(), u = new Map<string, number>();
  let b = 0, ub = 0, c = 1;
  const order = X.map((_, i) => i).filter(use);
  let seed = 12345;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [order[i], order[j]] = [order[j]!, order[i]!]; }
    for (const i of order) {
      const f = X[i]!, y = Y[i]!;
      let s = b;
      for (const k of f) s += w.get(k) ?? 0;
      if (y * s <= 0) {
        const step = y > 0 ? posWeight : -1;
        for (const k of f) { w.set(k, (w.get(k) ?? 0) + step); u.set(k, (u.get(k) ?? 0) + step * c); }
        b += step; ub += step * c;
      }
      c++;
    }
  }
  const weights = new Map<string, number>();
  for (const [k, val] of w) weights.set(k, val - (u.get(k) ?? 0) / c);
  return { bias: b - ub / c, weights };
}

/**
 * L2-regularized logistic regression over the examples `use` accepts: full-batch AdaGrad on the
 * mean log loss plus lambda/2 |w|^2 (deterministic). The score is then the log-odds of a cue.
 */
function trainLogreg(use: (i: number) => boolean): { bias: number; weights: Map<string, number> } {
  const ids = new Map<string, number>();
  const rows: Int32Array[] = [];
  const ys: number[] = [];
  X.forEach((f, i) => {
    if (!use(i)) return;
    rows.push(Int32Array.from(f, (k) => { let id = ids.get(k); if (id === undefined) ids.set(k, id = ids.size); return id; }));
    ys.push(S[i]!);
  });
  const n = rows.length, d = ids.size;
  const w = new Float64Array(d), g = new Float64Array(d), h = new Float64Array(d);
  let b = 0, hb = 0;
  for (let it = 0; it < iterations; it++) {
    g.fill(0);
    let gb = 0;
    for (let r = 0; r < n; r++) {
      const f = rows[r]!;
      let s = b;
      for (let k = 0; k < f.length; k++) s += w[f[k]!]!;
      const e = (1 / (1 + Math.exp(-s)) - ys[r]!) / n;
      gb += e;
      for (let k = 0; k < f.length; k++) g[f[k]!]! += e;
    }
    for (let j = 0; j < d; j++) {
      const gj = g[j]! + lambda * w[j]!;
      h[j]! += gj * gj;
      w[j]! -= (rate * gj) / (Math.sqrt(h[j]!) + 1e-12);
    }
    hb += gb * gb;
    b -= (rate * gb) / (Math.sqrt(hb) + 1e-12);
  }
  const weights = new Map<string, number>();
  for (const [k, j] of ids) weights.set(k, w[j]!);
  return { bias: b, weights };
}
const learn = learner === 'logreg' ? trainLogreg : trainPerceptron;

/**
 * The model for the examples `use` accepts: with --bags K, the average of K models each trained
 * without one K-th of the articles; weights under minWeight in magnitude are dropped.
 */
function train(use: (i: number) => boolean): { bias: number; weights: Map<string, number> } {
  const parts = bags > 1 ? Array.from({ length: bags }, (_, k) => learn((i) => use(i) && Math.floor(D[i]! / 5) % bags !== k)) : [learn(use)];
  const sum = new Map<string, number>();
  for (const m of parts) for (const [k, val] of m.weights) sum.set(k, (sum.get(k) ?? 0) + val / parts.length);
  const weights = new Map<string, number>();
  for (const [k, val] of sum) { const r = Math.round(val * 1000) / 1000; if (Math.abs(r) >= minWeight) weights.set(k, r); }
  return { bias: Math.round(parts.reduce((a, m) => a + m.bias, 0) / parts.length * 1000) / 1000, weights };
}

// the decision threshold: best cue-word F1 on a fifth of the train articles held out
const held = (i: number) => heldOutFifth(D[i]!);
const part = train((i) => !held(i));
let best = { t: 0, f: -1 };
for (let t = -6; t <= 8.001; t += 0.25) {
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
  X.forEach((f, i) => { if (held(i)) return; const yes = score(part, f) > best.t; if (yes && Y[i]! > 0) tp++; else if (yes) fp++; else if (Y[i]! > 0) fn++; });
  console.error(`training-part cue-word F1 ${((2 * tp) / (2 * tp + fp + fn)).toFixed(4)}`);
}
console.error(`quotes-train: threshold ${best.t} (held-out F1 ${best.f.toFixed(4)}); training on all of train`);
if (fixedThreshold !== undefined) best = { t: Number(fixedThreshold), f: best.f };
const full = holdoutOnly ? part : train(() => true);
const model: CueModelFile = { version: 1, vocab: [...vocab].sort(), bias: full.bias, threshold: best.t, weights: Object.fromEntries(full.weights) };
const weights = model.weights;
const dir = join(projectRoot(), 'models', 'quotes');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'cue-model.json'), JSON.stringify(model));
console.error(`quotes-train: wrote ${Object.keys(weights).length} weights to ${join(dir, 'cue-model.json')}`);
