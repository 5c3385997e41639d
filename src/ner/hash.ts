/**
 * Allocation-free string hashing for feature extraction: FNV-1a over UTF-16 code units, with
 * optional case folding, over a slice of a string, and a mixer that combines a feature template
 * id with a value hash into a weight-table bucket.
 */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Lower-case one UTF-16 code unit (ASCII fast path; Latin-1, Greek, Cyrillic by offset). */
export function lowerCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 128) return c;
  if ((c >= 0xc0 && c <= 0xde && c !== 0xd7)) return c + 32;
  if (c >= 0x410 && c <= 0x42f) return c + 32;
  if (c >= 0x400 && c <= 0x40f) return c + 80;
  if (c >= 0x391 && c <= 0x3a9) return c + 32;
  return c;
}

/** FNV-1a hash of s[from, to), lower-cased when `fold`. */
export function hashSlice(s: string, from: number, to: number, fold: boolean): number {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) {
    const c = fold ? lowerCode(s.charCodeAt(i)) : s.charCodeAt(i);
    h ^= c;
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** Hash of a whole string, lower-cased when `fold`. */
export function hashString(s: string, fold = false): number {
  return hashSlice(s, 0, s.length, fold);
}

/** Combine two 32-bit values into one (order matters). */
export function combine(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0xc2b2ae35);
  h ^= h >>> 13;
  return h >>> 0;
}

/** Final mixing of a (template, value) pair to a bucket in [0, mask]. */
export function bucket(template: number, value: number, mask: number): number {
  let h = Math.imul(template + 0x27d4eb2d, 0x165667b1) ^ value;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) & mask;
}
