/**
 * Distributional word clusters for the NER tagger: words that occur in the same contexts share a
 * cluster ("Ljubljana" with the other capitals, "Verizon" with the other companies), so the tagger
 * generalizes from the words it was trained on to words it has only seen in unlabelled text.
 *
 * Built from unlabelled news text (`node dist/src/ner/clusters-cli.js`): each frequent word is
 * described by its left and right neighbours (positive PMI over the most frequent context words),
 * projected to a few dense dimensions by a seeded random projection, then clustered by spherical
 * k-means in two levels (coarse clusters, each split into fine ones), like the prefixes of a
 * Brown-cluster path. Deterministic for a given corpus and seed.
 *
 * File (models/ner/clusters.tsv): `word<TAB>coarse<TAB>fine` a line, words in lower case.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mulberry32 } from '../util/random.js';
import { hashSlice } from './hash.js';

export interface WordClusters {
  /** words in the file */
  size: number;
  /** the lower-case hash of a word (as the tagger's features compute it) -> (coarse << 16) | fine */
  byHash: Map<number, number>;
}

export function parseClusters(tsv: string): WordClusters {
  const byHash = new Map<number, number>();
  let size = 0;
  for (const line of tsv.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [w, c, f] = line.split('\t');
    if (!w || c === undefined || f === undefined) continue;
    // as a signed 32-bit value, the way the features store it (Int32Array)
    byHash.set(hashSlice(w, 0, Math.min(w.length, 200), true) | 0, (Number(c) << 16) | Number(f));
    size++;
  }
  return { size, byHash };
}

export function readClusters(file: string): WordClusters | null {
  return existsSync(file) ? parseClusters(readFileSync(file, 'utf8')) : null;
}

/** Word tokens of raw text, the way the tagger's words come (lower-cased here). */
export function clusterTokens(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]+(?:[.\-'’&][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu) ?? []).map((w) => w.toLowerCase());
}

export interface ClusterOptions { minCount: number; maxWords: number; contexts: number; dims: number; coarse: number; fine: number; iterations: number; seed: number }
/** Chosen among three settings by CoNLL-2003 testa F1 of the retrained tagger (see models/ner/MODEL_CARD.md). */
export const CLUSTER_DEFAULTS: ClusterOptions = { minCount: 3, maxWords: 60000, contexts: 2500, dims: 128, coarse: 64, fine: 24, iterations: 12, seed: 7 };

/** Spherical k-means over rows `members` of `X` (n × d, unit rows); returns a cluster per member. */
function kmeans(X: Float32Array, d: number, members: number[], k: number, iterations: number, next: () => number): Int32Array {
  const m = members.length;
  const assign = new Int32Array(m);
  if (m <= k) { for (let i = 0; i < m; i++) assign[i] = i; return assign; }
  const C = new Float32Array(k * d);
  // seeds: distinct members picked by the generator
  const picked = new Set<number>();
  for (let c = 0; c < k; c++) {
    let r = Math.floor(next() * m);
    while (picked.has(r)) r = (r + 1) % m;
    picked.add(r);
    C.set(X.subarray(members[r]! * d, members[r]! * d + d), c * d);
  }
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < m; i++) {
      const o = members[i]! * d;
      let best = -Infinity, bc = 0;
      for (let c = 0; c < k; c++) {
        let s = 0;
        const co = c * d;
        for (let j = 0; j < d; j++) s += X[o + j]! * C[co + j]!;
        if (s > best) { best = s; bc = c; }
      }
      assign[i] = bc;
    }
    C.fill(0);
    for (let i = 0; i < m; i++) { const o = members[i]! * d, co = assign[i]! * d; for (let j = 0; j < d; j++) C[co + j] += X[o + j]!; }
    for (let c = 0; c < k; c++) {
      let s = 0;
      for (let j = 0; j < d; j++) s += C[c * d + j]! ** 2;
      const nrm = Math.sqrt(s);
      if (nrm > 0) for (let j = 0; j < d; j++) C[c * d + j] /= nrm;
      else { const r = members[Math.floor(next() * m)]!; C.set(X.subarray(r * d, r * d + d), c * d); }
    }
  }
  return assign;
}

/** Build clusters from tokenized documents; returns the TSV text. */
export function buildClusters(docs: Iterable<string[]>, o: ClusterOptions = CLUSTER_DEFAULTS): { tsv: string; words: number; tokens: number } {
  const docList = [...docs];
  const freq = new Map<string, number>();
  let tokens = 0;
  for (const d of docList) for (const w of d) { freq.set(w, (freq.get(w) ?? 0) + 1); tokens++; }
  const byFreq = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const vocab = byFreq.filter(([w, c]) => c >= o.minCount && /\p{L}/u.test(w)).slice(0, o.maxWords).map(([w]) => w);
  const vid = new Map(vocab.map((w, i) => [w, i]));
  const cid = new Map(byFreq.slice(0, o.contexts).map(([w], i) => [w, i]));
  const C2 = 2 * o.contexts;
  // co-occurrence counts: word x (left context | right context)
  const co = new Map<number, number>();
  const rowTotal = new Float64Array(vocab.length);
  const colTotal = new Float64Array(C2);
  let total = 0;
  for (const d of docList) {
    for (let i = 0; i < d.length; i++) {
      const v = vid.get(d[i]!);
      if (v === undefined) continue;
      const l = i > 0 ? cid.get(d[i - 1]!) : undefined, r = i + 1 < d.length ? cid.get(d[i + 1]!) : undefined;
      for (const c of [l, r === undefined ? undefined : r + o.contexts]) {
        if (c === undefined) continue;
        const key = v * C2 + c;
        co.set(key, (co.get(key) ?? 0) + 1);
        rowTotal[v]! += 1; colTotal[c]! += 1; total++;
      }
    }
  }
  // random projection of positive PMI rows
  const next = mulberry32(o.seed);
  const R = new Float32Array(C2 * o.dims);
  for (let i = 0; i < R.length; i++) R[i] = next() < 0.5 ? -1 : 1;
  const X = new Float32Array(vocab.length * o.dims);
  for (const [key, n] of co) {
    const v = Math.floor(key / C2), c = key % C2;
    const pmi = Math.log((n * total) / (rowTotal[v]! * colTotal[c]!));
    if (pmi <= 0) continue;
    const xo = v * o.dims, ro = c * o.dims;
    for (let j = 0; j < o.dims; j++) X[xo + j] += pmi * R[ro + j]!;
  }
  for (let v = 0; v < vocab.length; v++) {
    let s = 0;
    for (let j = 0; j < o.dims; j++) s += X[v * o.dims + j]! ** 2;
    const nrm = Math.sqrt(s) || 1;
    for (let j = 0; j < o.dims; j++) X[v * o.dims + j] /= nrm;
  }
  const all = vocab.map((_, i) => i);
  const coarse = kmeans(X, o.dims, all, o.coarse, o.iterations, next);
  const fine = new Int32Array(vocab.length);
  for (let c = 0; c < o.coarse; c++) {
    const members = all.filter((i) => coarse[i] === c);
    if (!members.length) continue;
    const sub = kmeans(X, o.dims, members, Math.min(o.fine, members.length), o.iterations, next);
    members.forEach((i, k) => { fine[i] = c * o.fine + sub[k]!; });
  }
  const lines = vocab.map((w, i) => `${w}\t${coarse[i]}\t${fine[i]}`);
  return { tsv: `# word\tcoarse\tfine (sitrep NER word clusters; see src/ner/clusters.ts)\n${lines.join('\n')}\n`, words: vocab.length, tokens };
}
