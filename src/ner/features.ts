/**
 * Feature extraction for the NER tagger, over one document at a time.
 *
 * Static features (word, lower case, shape, affixes, a ±2 window, gazetteer matches, headline
 * mode, document-level casing evidence) are computed once per token into a flat Int32Array of
 * weight-table buckets; dynamic ones (previous labels, the labels this word already got earlier
 * in the document) are added during greedy decoding. Everything is hashed: no feature strings
 * are built, and per-token work is a fixed number of integer operations.
 */
import { GAZ_CATEGORIES, type Gazetteer } from './gazetteer.js';
import type { WordClusters } from './clusters.js';
import { bucket, combine, hashSlice, lowerCode } from './hash.js';
import { N_LABELS } from './labels.js';

/** Most static features one token can have. */
export const MAX_STATIC = 64;
/** Most dynamic features one token can have. */
export const MAX_DYNAMIC = 10;

const BOS = 0x6a09e667 >>> 0;
const EOS = 0xbb67ae85 >>> 0;
const N_GAZ = GAZ_CATEGORIES.length;
const NAME_BIT = 1 << GAZ_CATEGORIES.indexOf('NAME');

// token flag bits
const F_INITCAP = 1, F_ALLCAPS = 2, F_HASDIGIT = 4, F_ALLDIGIT = 8, F_HASDASH = 16, F_HASPERIOD = 32, F_HASLOWER = 64, F_NOLETTER = 128;

/** Character classes folded into a shape hash ("Jean-Noel" → Xx-Xx, "1996-08-22" → d-d-d). */
function shapeHash(w: string, n: number): number {
  let h = 0x811c9dc5;
  let last = -1;
  const end = Math.min(n, 40);
  for (let i = 0; i < end; i++) {
    const c = w.charCodeAt(i);
    const l = lowerCode(c);
    let cls: number;
    if (c >= 48 && c <= 57) cls = 3;
    else if (l !== c) cls = 1;
    else if ((c >= 97 && c <= 122) || c >= 0xdf) cls = 2;
    else cls = 10 + c;
    if (cls === last) continue;
    last = cls;
    h = Math.imul(h ^ cls, 0x01000193);
  }
  return (h ^ (n > 40 ? 77 : 0)) >>> 0;
}

function flagsOf(w: string): number {
  let upper = 0, lower = 0, digit = 0, letters = 0, f = 0;
  const n = Math.min(w.length, 64);
  for (let i = 0; i < n; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) { digit++; continue; }
    if (c === 45) f |= F_HASDASH;
    else if (c === 46) f |= F_HASPERIOD;
    const l = lowerCode(c);
    if (l !== c) { upper++; letters++; if (i === 0) f |= F_INITCAP; }
    else if ((c >= 97 && c <= 122) || c >= 0xdf) { lower++; letters++; }
  }
  if (upper > 0 && lower === 0 && letters > 0) f |= F_ALLCAPS;
  if (lower > 0) f |= F_HASLOWER;
  if (digit) f |= F_HASDIGIT;
  if (digit === n && n > 0) f |= F_ALLDIGIT;
  if (!letters) f |= F_NOLETTER;
  return f;
}

function lenBucket(n: number): number {
  return n <= 4 ? n : n <= 7 ? 5 : n <= 12 ? 6 : 7;
}

interface Arrays {
  lower: Int32Array; exact: Int32Array; shape: Int32Array; flags: Int32Array; sentBegin: Int32Array; sentEnd: Int32Array;
  gb: Int32Array; gi: Int32Array; allCapsSent: Uint8Array; stat: Int32Array; statN: Uint8Array;
  runB: Int32Array; runE: Int32Array; runNames: Uint8Array;
}

function fresh(n: number): Arrays {
  return {
    lower: new Int32Array(n), exact: new Int32Array(n), shape: new Int32Array(n), flags: new Int32Array(n),
    sentBegin: new Int32Array(n), sentEnd: new Int32Array(n), gb: new Int32Array(n), gi: new Int32Array(n),
    allCapsSent: new Uint8Array(n), stat: new Int32Array(n * MAX_STATIC), statN: new Uint8Array(n),
    runB: new Int32Array(n), runE: new Int32Array(n), runNames: new Uint8Array(n),
  };
}

let clusterPool = new Int32Array(0);
function pooledClusters(n: number): Int32Array {
  if (clusterPool.length < n) clusterPool = new Int32Array(Math.max(n, clusterPool.length * 2, 1024));
  return clusterPool;
}

let pool: Arrays | null = null;
let poolSize = 0;
/** Pooled arrays of at least n entries (grown by doubling; contents are overwritten by the caller). */
function pooled(n: number): Arrays {
  if (!pool || poolSize < n) { poolSize = Math.max(n, poolSize * 2, 1024); pool = fresh(poolSize); }
  return pool;
}

/** A word's hashes cover its first MAX_HASHED characters. */
const MAX_HASHED = 200;
// hashWord's output: the word's lower-case and exact hashes, shape hash, flags, clusters (-1: none)
const H_LOWER = 0, H_EXACT = 1, H_SHAPE = 2, H_FLAGS = 3, H_CLUSTER = 4;
const wordHashes = new Int32Array(5);

/** A word's own hashes, written into `out` (H_LOWER ... H_CLUSTER). */
function hashWord(w: string, clusters: WordClusters | null, out: Int32Array): void {
  const len = Math.min(w.length, MAX_HASHED);
  out[H_LOWER] = hashSlice(w, 0, len, true);
  out[H_EXACT] = hashSlice(w, 0, len, false);
  out[H_SHAPE] = shapeHash(w, w.length);
  out[H_FLAGS] = flagsOf(w);
  out[H_CLUSTER] = clusters ? clusters.byHash.get(out[H_LOWER]!) ?? -1 : -1;
}

/** Most features of a word on its own (ownFeatures). */
const MAX_OWN = 16;

/**
 * The features of a word on its own, whatever its context: bias, the word, lower case, shape,
 * shape × length, prefixes and suffixes of 2-4 letters, casing flags and, with clusters (`c`, null
 * without), its clusters. Writes buckets into `out` from `at`; returns the index after the last.
 */
function ownFeatures(w: string, E: number, L: number, S: number, F: number, c: number | null, mask: number, out: Int32Array, at: number): number {
  let k = at;
  const len = Math.min(w.length, MAX_HASHED);
  out[k++] = bucket(0, 0, mask);
  out[k++] = bucket(1, E, mask);
  out[k++] = bucket(2, L, mask);
  out[k++] = bucket(3, S, mask);
  out[k++] = bucket(4, combine(S, lenBucket(len)), mask);
  for (let p = 2; p <= 4 && p <= len; p++) out[k++] = bucket(4 + p, hashSlice(w, 0, p, true), mask);
  for (let p = 2; p <= 4 && p <= len; p++) out[k++] = bucket(8 + p, hashSlice(w, len - p, len, true), mask);
  out[k++] = bucket(34, F, mask);
  if (c !== null) {
    out[k++] = bucket(37, c >>> 16, mask);
    out[k++] = bucket(38, c & 0xffff, mask);
    out[k++] = bucket(39, combine(c & 0xffff, F & (F_INITCAP | F_ALLCAPS)), mask);
  }
  return k;
}

// a WordCache row: the summed label scores of the word's own features, then its hashes
const LOWER = N_LABELS, SHAPE = N_LABELS + 1, FLAGS = N_LABELS + 2, CLUSTER = N_LABELS + 3, ROW = N_LABELS + 4;
/** Words longer than this are scored each time, not kept. */
const MAX_CACHED_LENGTH = 40;

/**
 * Tagging-time cache of each word's own features (ownFeatures) under fixed integer weights: their
 * nine summed label scores and the word's hashes, computed once per distinct word instead of once
 * per token. The sums are exact integers, so decoding gives the same labels as without the cache.
 * Bounded: when a document would not fit, the cache is emptied first (between documents, so the
 * rows of the document being tagged stay valid).
 */
export class WordCache {
  arena: Int32Array;
  private readonly index = new Map<string, number>();
  private used = 0;
  private rowsPool = new Int32Array(0);
  private readonly feats = new Int32Array(MAX_OWN);
  private readonly hashes = new Int32Array(5);

  constructor(private readonly weights: Int16Array, readonly mask: number, readonly clusters: WordClusters | null, capacity = 1 << 16) {
    this.arena = new Int32Array(capacity * ROW);
  }

  /** A pooled array for the row of each of n tokens (valid until the next document built with this cache). */
  rowsFor(n: number): Int32Array {
    if (this.rowsPool.length < n) this.rowsPool = new Int32Array(Math.max(n, this.rowsPool.length * 2, 1024));
    return this.rowsPool;
  }

  /** Room for n new rows (one document's tokens). */
  reserve(n: number): void {
    if (this.used + n * ROW <= this.arena.length) return;
    this.index.clear();
    this.used = 0;
    if (n * ROW > this.arena.length) this.arena = new Int32Array(n * ROW);
  }

  /** The arena offset of word w's row, computed on first sight. */
  row(w: string): number {
    const known = this.index.get(w);
    if (known !== undefined) return known;
    const r = this.used;
    this.used += ROW;
    const h = this.hashes;
    hashWord(w, this.clusters, h);
    const L = h[H_LOWER]!, S = h[H_SHAPE]!, F = h[H_FLAGS]!, c = this.clusters ? h[H_CLUSTER]! : null;
    const nf = ownFeatures(w, h[H_EXACT]!, L, S, F, c, this.mask, this.feats, 0);
    const a = this.arena, wt = this.weights;
    for (let l = 0; l < N_LABELS; l++) a[r + l] = 0;
    for (let k = 0; k < nf; k++) {
      const q = this.feats[k]! * N_LABELS;
      for (let l = 0; l < N_LABELS; l++) a[r + l]! += wt[q + l]!;
    }
    a[r + LOWER] = L; a[r + SHAPE] = S; a[r + FLAGS] = F; a[r + CLUSTER] = c ?? -1;
    // a flat copy as the key: a token sliced from a document would keep the whole text alive
    if (w.length <= MAX_CACHED_LENGTH) this.index.set(w.split('').join(''), r);
    return r;
  }
}

/** Static features of a whole document, plus what decoding needs per token. */
export class DocFeatures {
  readonly n: number;
  readonly lower: Int32Array;
  readonly shape: Int32Array;
  readonly flags: Int32Array;
  readonly sentBegin: Int32Array;
  readonly sentEnd: Int32Array;
  /** static buckets: token i's are stat[i*MAX_STATIC .. i*MAX_STATIC + statN[i]) */
  readonly stat: Int32Array;
  readonly statN: Uint8Array;
  readonly gazBegin: Int32Array;
  /**
   * Tagging with a word cache: token i's own features (ownFeatures) are not in `stat`; their
   * summed label scores are `arena[rows[i] .. rows[i] + 9)`.
   */
  readonly rows: Int32Array | null;
  readonly arena: Int32Array | null;

  /**
   * `shared`: take the arrays from a module-level pool that the next shared DocFeatures reuses
   * (tagging: one document at a time, no garbage per document); training keeps its own.
   * `cache`: take each word's own hashes and scores from it (tagging with fixed weights); the
   * document's rows are valid until the next document built with the same cache.
   */
  constructor(words: readonly string[], sentStarts: readonly number[], gaz: Gazetteer, mask: number, shared = false, clusters: WordClusters | null = null, cache: WordCache | null = null) {
    const n = words.length;
    this.n = n;
    if (cache && (cache.mask !== mask || cache.clusters !== clusters)) throw new Error('DocFeatures: the word cache was built for another model (mask or word clusters differ)');
    const a = shared ? pooled(n) : fresh(n);
    const { lower, exact, shape, flags, sentBegin, sentEnd, gb, gi, allCapsSent, stat, statN, runB, runE, runNames } = a;
    // each word's own hashes (and, tagging, its own features' summed scores, from the cache)
    const cl = clusters ? (shared ? pooledClusters(n) : new Int32Array(n)) : null;
    const rows = cache ? cache.rowsFor(n) : null;
    if (cache) cache.reserve(n);
    for (let i = 0; i < n; i++) {
      const w = words[i]!;
      if (cache) {
        const r = cache.row(w);
        const ar = cache.arena;
        rows![i] = r; lower[i] = ar[r + LOWER]!; shape[i] = ar[r + SHAPE]!; flags[i] = ar[r + FLAGS]!;
        if (cl) cl[i] = ar[r + CLUSTER]!;
        continue;
      }
      hashWord(w, clusters, wordHashes);
      lower[i] = wordHashes[H_LOWER]!; exact[i] = wordHashes[H_EXACT]!; shape[i] = wordHashes[H_SHAPE]!; flags[i] = wordHashes[H_FLAGS]!;
      if (cl) cl[i] = wordHashes[H_CLUSTER]!;
    }
    // sentences, headline (all-caps) sentences, gazetteer
    for (let s = 0; s < sentStarts.length; s++) {
      const a = sentStarts[s]!, b = s + 1 < sentStarts.length ? sentStarts[s + 1]! : n;
      let caps = 0, lowers = 0;
      for (let i = a; i < b; i++) {
        sentBegin[i] = a; sentEnd[i] = b;
        if (flags[i]! & F_ALLCAPS) caps++;
        else if (flags[i]! & F_HASLOWER) lowers++;
      }
      const headline = caps >= 2 && lowers === 0 ? 1 : 0;
      for (let i = a; i < b; i++) allCapsSent[i] = headline;
      gaz.match(words, a, b, gb, gi, lower, MAX_HASHED);
    }
    // document-level casing evidence: words seen capitalized mid-sentence, or lower case
    const capSeen = new Set<number>(), lowSeen = new Set<number>();
    for (let i = 0; i < n; i++) {
      const f = flags[i]!;
      if (i === sentBegin[i] || allCapsSent[i]) continue;
      if ((f & F_INITCAP) && (f & F_HASLOWER)) capSeen.add(lower[i]!);
      else if (!(f & F_INITCAP) && (f & F_HASLOWER) && !(f & F_NOLETTER)) lowSeen.add(lower[i]!);
    }
    // capitalized runs within a sentence (headlines excluded): run start/end of each token, and
    // whether the run is made of known given names and surnames (runNames): only a whole run of one
    // to three words that are all names ("Gloria", "Winston Peters"), never one word of a longer
    // name ("Kennedy Space Center"); the NAME bit is then cleared so the other gazetteer features
    // do not see it
    const isCap = (i: number) => (flags[i]! & (F_INITCAP | F_ALLCAPS)) !== 0 && !(flags[i]! & F_NOLETTER) && !allCapsSent[i];
    for (let i = 0; i < n;) {
      let j = i + 1, names = 0;
      if (isCap(i)) {
        while (j < n && j < sentEnd[i]! && isCap(j)) j++;
        names = j - i <= 3 ? 1 : 0;
        for (let t = i; names && t < j; t++) if (!(gb[t]! & NAME_BIT)) names = 0;
      }
      for (let t = i; t < j; t++) { runB[t] = i; runE[t] = j; runNames[t] = names; gb[t] = gb[t]! & ~NAME_BIT; gi[t] = gi[t]! & ~NAME_BIT; }
      i = j;
    }
    // non-local context aggregation: how this word is placed in capitalized runs elsewhere in the document
    const runSeen = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      if (!isCap(i) || i === sentBegin[i]) continue;
      const len = runE[i]! - runB[i]!;
      const bit = len === 1 ? 1 : i === runB[i] ? 2 : i === runE[i]! - 1 ? 4 : 8;
      runSeen.set(lower[i]!, (runSeen.get(lower[i]!) ?? 0) | bit);
    }
    // at most 63 features a token (MAX_STATIC = 64): 29 always (15 of them the word's own), 34 more at
    // most (20 of them from the gazetteer: ten categories, the NAME bit being cleared above)
    for (let i = 0; i < n; i++) {
      const a = sentBegin[i]!, b = sentEnd[i]!;
      const base = i * MAX_STATIC;
      let k = base;
      const L = lower[i]!, S = shape[i]!, F = flags[i]!;
      const lm1 = i - 1 >= a ? lower[i - 1]! : BOS, lm2 = i - 2 >= a ? lower[i - 2]! : BOS;
      const lp1 = i + 1 < b ? lower[i + 1]! : EOS, lp2 = i + 2 < b ? lower[i + 2]! : EOS;
      const sm1 = i - 1 >= a ? shape[i - 1]! : BOS, sp1 = i + 1 < b ? shape[i + 1]! : EOS;
      const capFlag = F & (F_INITCAP | F_ALLCAPS);
      // the word's own features: from the cache when tagging, listed here when training
      if (!cache) k = ownFeatures(words[i]!, exact[i]!, L, S, F, cl ? cl[i]! : null, mask, stat, k);
      stat[k++] = bucket(13, lm1, mask); stat[k++] = bucket(14, lp1, mask); stat[k++] = bucket(15, lm2, mask); stat[k++] = bucket(16, lp2, mask);
      stat[k++] = bucket(17, sm1, mask); stat[k++] = bucket(18, sp1, mask);
      stat[k++] = bucket(19, combine(lm1, L), mask);
      stat[k++] = bucket(20, combine(L, lp1), mask);
      stat[k++] = bucket(21, combine(combine(sm1, S), sp1), mask);
      stat[k++] = bucket(31, combine(lm1, S), mask);
      stat[k++] = bucket(32, combine(S, lp1), mask);
      stat[k++] = bucket(33, combine(lm2, lm1) ^ 0x55, mask);
      const first = i === a ? 1 : 0;
      if (first) stat[k++] = bucket(27, combine(S, 1), mask);
      if (allCapsSent[i]) { stat[k++] = bucket(26, L, mask); stat[k++] = bucket(35, combine(lm1, L), mask); }
      // gazetteer
      for (let c = 0; c < N_GAZ; c++) {
        const bit = 1 << c;
        if (gb[i]! & bit) stat[k++] = bucket(22, c * 4 + capFlag, mask);
        if (gi[i]! & bit) stat[k++] = bucket(23, c * 4 + capFlag, mask);
      }
      if (gb[i] || gi[i]) stat[k++] = bucket(36, combine(gb[i]!, gi[i]!), mask);
      stat[k++] = bucket(24, i - 1 >= a ? combine(gb[i - 1]!, gi[i - 1]!) : BOS, mask);
      stat[k++] = bucket(25, i + 1 < b ? combine(gb[i + 1]!, gi[i + 1]!) : EOS, mask);
      // document-level casing: was this word capitalized (or lower-case) elsewhere?
      const ctx = 1 + (first << 1) + (allCapsSent[i]! << 2) + ((F & F_INITCAP ? 1 : 0) << 3) + ((F & F_ALLCAPS ? 1 : 0) << 4);
      if (capSeen.has(L)) stat[k++] = bucket(28, ctx, mask);
      if (lowSeen.has(L)) stat[k++] = bucket(29, ctx, mask);
      if (cl) {
        const c = cl[i]!, cm1 = i - 1 >= a ? cl[i - 1]! : -2, cp1 = i + 1 < b ? cl[i + 1]! : -3;
        stat[k++] = bucket(40, combine(cm1 >>> 16, c >>> 16), mask); stat[k++] = bucket(41, combine(c >>> 16, cp1 >>> 16), mask);
        stat[k++] = bucket(42, cm1 & 0xffff, mask); stat[k++] = bucket(43, cp1 & 0xffff, mask);
        // neighbours' coarse cluster × their shape ("said" vs "Said", "of" vs "Of")
        stat[k++] = bucket(53, combine(cm1 >>> 16, sm1), mask); stat[k++] = bucket(54, combine(cp1 >>> 16, sp1), mask);
      }
      // non-local: where this word stands in capitalized runs anywhere in the document
      const r = runSeen.get(L);
      if (r !== undefined) stat[k++] = bucket(51, combine(r, capFlag + (first << 2) + (allCapsSent[i]! << 3)), mask);
      if (runNames[i]) {
        const len = runE[i]! - runB[i]!;
        stat[k++] = bucket(55, combine(len, (i - runB[i]!) + (first << 2)), mask);
      }
      statN[i] = k - base;
    }
    this.lower = lower; this.shape = shape; this.flags = flags;
    this.sentBegin = sentBegin; this.sentEnd = sentEnd;
    this.stat = stat; this.statN = statN; this.gazBegin = gb;
    this.rows = rows; this.arena = cache ? cache.arena : null;
  }

  /** Is token i capitalized (so its labels count as document history)? */
  capitalized(i: number): boolean {
    return (this.flags[i]! & (F_INITCAP | F_ALLCAPS)) !== 0;
  }
}

/**
 * Dynamic features of token i given the two previous labels, the history type (-1 = none), the
 * label this word got at its previous occurrence and the next word's history type (-1 = none):
 * writes buckets into `out` and returns how many.
 */
export function dynamicFeatures(df: DocFeatures, i: number, p1: number, p2: number, hist: number, mask: number, out: Int32Array, at: number, last = -1, histNext = -1): number {
  const L = df.lower[i]!, S = df.shape[i]!;
  let k = at;
  out[k++] = bucket(40, p1, mask);
  out[k++] = bucket(41, p1 * 16 + p2, mask);
  out[k++] = bucket(42, combine(p1, L), mask);
  out[k++] = bucket(43, combine(p1, S), mask);
  if (hist >= 0) {
    out[k++] = bucket(44, hist, mask);
    out[k++] = bucket(45, combine(hist, S), mask);
    out[k++] = bucket(46, combine(hist, p1), mask);
  }
  if (last >= 0) out[k++] = bucket(47, combine(last, S), mask);
  if (histNext >= 0) out[k++] = bucket(48, histNext * 16 + p1, mask);
  return k - at;
}
