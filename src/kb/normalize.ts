/**
 * Name normalization and string similarity for knowledge-base look-ups.
 *
 * `nameKey` folds case, diacritics, dots, apostrophes and dashes so that "Jean-Noël Barrot",
 * "jean noel barrot" and "JEAN-NOEL BARROT" share one key. `similarity` is a normalized
 * Levenshtein similarity (1 = equal) used for fuzzy alias matching; it is bounded in cost by
 * refusing strings longer than MAX_FUZZY_LEN.
 */

/** Longer strings are never compared fuzzily (keeps look-ups linear on odd input). */
export const MAX_FUZZY_LEN = 80;

/** Fold a name to its look-up key: lower case, no diacritics, no dots, single spaces. */
const keyMemo = new Map<string, string>();
const KEY_MEMO_MAX = 50000;

export function nameKey(text: string): string {
  const hit = keyMemo.get(text);
  if (hit !== undefined) return hit;
  const key = foldName(text);
  if (text.length <= 200) {
    if (keyMemo.size >= KEY_MEMO_MAX) keyMemo.clear();
    keyMemo.set(text, key);
  }
  return key;
}

/** Plain ASCII words with single spaces: the folds below only lower their case (and drop a leading "the"). */
const PLAIN_NAME = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

function foldName(text: string): string {
  if (PLAIN_NAME.test(text)) return text.toLowerCase().replace(/^the /, '');
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/'s$/, '')
    .replace(/\./g, '')
    .replace(/[-‐‑‒–—_/]+/g, ' ')
    .replace(/[^\p{L}\p{N}'& ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/** Two DP rows, reused by every call (grown when a longer string comes). */
let prevRow = new Int32Array(MAX_FUZZY_LEN + 1);
let curRow = new Int32Array(MAX_FUZZY_LEN + 1);

/**
 * Levenshtein distance (two-row DP); callers keep inputs under MAX_FUZZY_LEN. With `max`, only
 * the cells within `max` of the diagonal are computed (a path outside that band costs more than
 * `max`), and it stops as soon as the distance must exceed `max` (a row's minimum never
 * decreases): any distance above `max` comes back as max + 1.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (!a.length) return Math.min(b.length, max + 1);
  if (!b.length) return Math.min(a.length, max + 1);
  const n = a.length, m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  const band = Math.min(max, Math.max(n, m));
  const far = band + 1; // stands for any cell outside the band: more than max
  if (prevRow.length <= m + 1) { prevRow = new Int32Array(m + 2); curRow = new Int32Array(m + 2); }
  let prev = prevRow, cur = curRow;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - band), hi = Math.min(m, i + band);
    cur[lo - 1] = lo === 1 ? i : far;
    let rowMin = cur[lo - 1]!;
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      let d = prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      if (prev[j]! + 1 < d) d = prev[j]! + 1;
      if (cur[j - 1]! + 1 < d) d = cur[j - 1]! + 1;
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (hi < m) cur[hi + 1] = far;
    if (rowMin > max) return max + 1;
    const t = prev; prev = cur; cur = t;
  }
  return Math.min(prev[m]!, max + 1);
}

/**
 * 1 - distance / longer length, in [0, 1]; 0 for strings too long to compare. With `atLeast`,
 * a similarity below it may come back as 0 (the edit distance stops early): the exact value is
 * returned whenever it is at least `atLeast`.
 */
export function similarity(a: string, b: string, atLeast = 0): number {
  if (a === b) return 1;
  if (a.length > MAX_FUZZY_LEN || b.length > MAX_FUZZY_LEN) return 0;
  const n = Math.max(a.length, b.length);
  if (n === 0) return 1;
  // one more than the largest distance that can still reach atLeast (margin for rounding)
  const max = Math.ceil((1 - atLeast) * n) + 1;
  const d = editDistance(a, b, max);
  return d > max ? 0 : 1 - d / n;
}
