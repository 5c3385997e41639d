/**
 * Name keys for the gazetteer: one key for every way of writing a place name that should match.
 *
 *   placeKey('Sant Julià de Lòria') → 'sant julia de loria'
 *   placeKey('St. Louis')           → 'st louis'  (= placeKey('Saint Louis'))
 *   placeKey('Winston-Salem')       → 'winston salem'
 */

/** Leading words written both in full and abbreviated ("Saint"/"St."). */
const WORD_FORMS: Record<string, string> = { saint: 'st', sainte: 'ste', mount: 'mt', fort: 'ft', san: 'san' };

/** Longest key the index holds; longer strings are never place names. */
export const MAX_KEY_LEN = 60;

const NON_ASCII = /[^\x00-\x7f]/;

export function placeKey(text: string): string {
  if (text.length > MAX_KEY_LEN * 2) return '';
  // only text outside ASCII can carry accents to fold
  let s = (NON_ASCII.test(text) ? text.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : text).toLowerCase();
  s = s.replace(/[’‘`´]/g, "'").replace(/['.]/g, '').replace(/[-‐‑–—_/,()]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (s.length > MAX_KEY_LEN) return '';
  const words = s.split(' ');
  for (let i = 0; i < words.length; i++) {
    const w = WORD_FORMS[words[i]!];
    if (w) words[i] = w;
  }
  return words.join(' ');
}

/** True when the string is written in Latin script (with digits, spaces and name punctuation). */
export function isLatinName(text: string): boolean {
  return /^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF'’\-. ]+$/.test(text);
}

/** placeKey with a bounded memo (the same words and place names recur across an article and a corpus). */
const keyMemo = new Map<string, string>();
export function placeKeyOf(text: string): string {
  let k = keyMemo.get(text);
  if (k === undefined) {
    if (keyMemo.size > 100_000) keyMemo.clear();
    k = placeKey(text);
    keyMemo.set(text, k);
  }
  return k;
}
