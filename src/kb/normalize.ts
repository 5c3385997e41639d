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

function foldName(text: string): string {
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

/** Levenshtein distance (two-row DP); callers keep inputs under MAX_FUZZY_LEN. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** 1 - distance / longer length, in [0, 1]; 0 for strings too long to compare. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length > MAX_FUZZY_LEN || b.length > MAX_FUZZY_LEN) return 0;
  const n = Math.max(a.length, b.length);
  return n === 0 ? 1 : 1 - editDistance(a, b) / n;
}
