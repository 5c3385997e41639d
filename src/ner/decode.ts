/**
 * Greedy left-to-right decoding under BIO constraints, shared by training and tagging.
 *
 * Each token's label is the best-scoring allowed label given its static features, the two
 * previous predicted labels, and the document history: the entity type this (capitalized) word
 * was given most often earlier in the same document, the full label it got last time, and the
 * type most often given to the next (capitalized) word. `onToken` lets training update weights
 * right after each decision (and so learn from its own predicted history).
 */
import { DocFeatures, MAX_STATIC, MAX_DYNAMIC, dynamicFeatures } from './features.js';
import { N_LABELS, O, allowed, typeOf } from './labels.js';

if (N_LABELS !== 9) throw new Error('decode.ts scores nine labels; update it with labels.ts');

export type Weights = Int16Array | Float32Array;

/** The type a word got most often so far (0..3), 4 if only ever O, -1 if never seen. */
function majorityType(h: Int32Array | undefined): number {
  if (!h) return -1;
  let best = 0, type = -1;
  for (let t = 0; t < 4; t++) if (h[t]! > best) { best = h[t]!; type = t; }
  return type < 0 && h[4]! > 0 ? 4 : type;
}

/** Per-call scratch space, reused across tokens. */
export class Scratch {
  readonly feats = new Int32Array(MAX_STATIC + MAX_DYNAMIC);
  readonly scores = new Float64Array(N_LABELS);
}

/**
 * Decode a document. `onToken(i, feats, nFeats, predicted)` may return a replacement label
 * (training passes the prediction through; it only updates weights).
 */
export function decodeDoc(
  df: DocFeatures, w: Weights, mask: number, out: Uint8Array, scratch: Scratch,
  onToken?: (i: number, feats: Int32Array, nFeats: number, predicted: number) => void,
): void {
  const history = new Map<number, Int32Array>();
  const { feats, scores } = scratch;
  const { rows, arena } = df;
  for (let i = 0; i < df.n; i++) {
    const first = i === df.sentBegin[i];
    const p1 = first ? 9 : out[i - 1]!;
    const p2 = i - 2 >= df.sentBegin[i]! ? out[i - 2]! : 9;
    // history type: the type this word got most often so far in the document
    let hist = -1, last = -1, histNext = -1;
    const cap = df.capitalized(i);
    if (cap) {
      const h = history.get(df.lower[i]!);
      hist = majorityType(h);
      if (h) last = h[5]!;
      // the next word's history ("John" before a "Smith" already tagged PER)
      if (i + 1 < df.sentEnd[i]! && df.capitalized(i + 1)) histNext = majorityType(history.get(df.lower[i + 1]!));
    }
    const base = i * MAX_STATIC;
    const ns = df.statN[i]!;
    for (let k = 0; k < ns; k++) feats[k] = df.stat[base + k]!;
    const nd = dynamicFeatures(df, i, p1, p2, hist, mask, feats, ns, last, histNext);
    const nf = ns + nd;
    // nine label scores in locals (N_LABELS = 9): one pass over each feature's row, starting
    // from the word's own features' scores when the document was built with a word cache
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
    if (rows) {
      const r = rows[i]!;
      s0 = arena![r]!; s1 = arena![r + 1]!; s2 = arena![r + 2]!; s3 = arena![r + 3]!; s4 = arena![r + 4]!;
      s5 = arena![r + 5]!; s6 = arena![r + 6]!; s7 = arena![r + 7]!; s8 = arena![r + 8]!;
    }
    for (let k = 0; k < nf; k++) {
      const r = feats[k]! * 9;
      s0 += w[r]!; s1 += w[r + 1]!; s2 += w[r + 2]!; s3 += w[r + 3]!; s4 += w[r + 4]!;
      s5 += w[r + 5]!; s6 += w[r + 6]!; s7 += w[r + 7]!; s8 += w[r + 8]!;
    }
    scores[0] = s0; scores[1] = s1; scores[2] = s2; scores[3] = s3; scores[4] = s4;
    scores[5] = s5; scores[6] = s6; scores[7] = s7; scores[8] = s8;
    const prev = first ? O : out[i - 1]!;
    let best = O, bestScore = -Infinity;
    for (let l = 0; l < N_LABELS; l++) {
      if (scores[l]! > bestScore && allowed(prev, l)) { bestScore = scores[l]!; best = l; }
    }
    out[i] = best;
    if (onToken) onToken(i, feats, nf, best);
    if (cap) {
      let h = history.get(df.lower[i]!);
      if (!h) { h = new Int32Array(6); history.set(df.lower[i]!, h); }
      const t = typeOf(out[i]!);
      h[t < 0 ? 4 : t]!++;
      h[5] = out[i]!;
    }
  }
}
