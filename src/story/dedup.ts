/**
 * Copies and near-copies. Exact copies share a text hash; syndicated and lightly edited copies
 * share most of their word 3-shingles, found with MinHash signatures (64 hash functions) and
 * locality-sensitive hashing (16 bands of 4 rows): adding a document looks up 16 buckets, so the
 * cost per article does not grow with the store. A candidate is a copy when the estimated
 * Jaccard similarity of the shingle sets is at least `threshold`. The earliest published
 * (then earliest added) document of a group is its original.
 */
import { hash32, words } from './text.js';

export const NUM_HASHES = 64;
const BANDS = 16;
const ROWS = NUM_HASHES / BANDS;
const SHINGLE = 3;
/** longest text looked at, in words (bounds the cost of very long inputs) */
const MAX_WORDS = 20000;

const SEEDS: Uint32Array = (() => {
  const s = new Uint32Array(NUM_HASHES);
  let x = 0x9e3779b9;
  for (let i = 0; i < NUM_HASHES; i++) { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; s[i] = x >>> 0; }
  return s;
})();

function mix(h: number, seed: number): number {
  let x = (h ^ seed) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** The MinHash signature of a text's word 3-shingles (a text shorter than 3 words: its words). */
export function minhash(text: string): Uint32Array {
  const ws = words(text).slice(0, MAX_WORDS);
  const shingles = new Set<number>();
  const n = Math.max(1, ws.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) shingles.add(hash32(ws.slice(i, i + SHINGLE).join(' ')));
  const sig = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  for (const sh of shingles) {
    for (let k = 0; k < NUM_HASHES; k++) {
      const v = mix(sh, SEEDS[k]!);
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return sig;
}

export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < NUM_HASHES; k++) if (a[k] === b[k]) same++;
  return same / NUM_HASHES;
}

function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS; r++) h = Math.imul(h ^ sig[b * ROWS + r]!, 0x01000193);
    keys.push(`${b}:${(h >>> 0).toString(36)}`);
  }
  return keys;
}

export interface CopyMatch {
  /** the document it copies (the group's original) */
  original: string;
  /** 'exact' (same text) or 'near' (estimated shingle Jaccard at or over the threshold) */
  kind: 'exact' | 'near';
  similarity: number;
}

export class DedupIndex {
  private byText = new Map<string, string>();
  private sigs = new Map<string, Uint32Array>();
  private originalOf = new Map<string, string>();
  private buckets = new Map<string, string[]>();
  private textHashOf = new Map<string, string>();

  constructor(readonly threshold = 0.7) {}

  get size(): number { return this.sigs.size; }

  /** Find the original this text copies, without adding it. */
  match(textHash: string, sig: Uint32Array): CopyMatch | null {
    const exact = this.byText.get(textHash);
    if (exact !== undefined) return { original: this.originalOf.get(exact) ?? exact, kind: 'exact', similarity: 1 };
    let best: CopyMatch | null = null;
    const seen = new Set<string>();
    for (const key of bandKeys(sig)) {
      for (const id of this.buckets.get(key) ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        const j = estimatedJaccard(sig, this.sigs.get(id)!);
        if (j >= this.threshold && (!best || j > best.similarity)) best = { original: this.originalOf.get(id) ?? id, kind: 'near', similarity: j };
      }
    }
    return best;
  }

  /** Add a document; `original` is the group's original (itself when it copies nothing). */
  add(id: string, textHash: string, sig: Uint32Array, original: string): void {
    if (this.sigs.has(id)) return;
    if (!this.byText.has(textHash)) this.byText.set(textHash, id);
    this.textHashOf.set(id, textHash);
    this.sigs.set(id, sig);
    this.originalOf.set(id, original);
    for (const key of bandKeys(sig)) {
      const list = this.buckets.get(key);
      if (list) { if (list.length < 64) list.push(id); } else this.buckets.set(key, [id]);
    }
  }

  /** Make `id` the original of its group (an earlier-published copy arrived late). */
  setOriginal(ids: Iterable<string>, original: string): void {
    for (const id of ids) this.originalOf.set(id, original);
  }

  originalOfDoc(id: string): string | undefined { return this.originalOf.get(id); }

  /** The signature (base64) and text hash of a document, for saving. */
  signatureOf(id: string): string {
    const sig = this.sigs.get(id);
    const textHash = this.textHashOf.get(id) ?? '';
    return sig ? `${textHash}:${Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength).toString('base64')}` : '';
  }

  /** Restore a document saved with `signatureOf`. */
  addSignature(id: string, saved: string, original: string): void {
    const i = saved.indexOf(':');
    const buf = Buffer.from(saved.slice(i + 1), 'base64');
    if (buf.byteLength !== NUM_HASHES * 4) return;
    this.add(id, saved.slice(0, i) || `-${id}`, new Uint32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength)), original);
  }
}
