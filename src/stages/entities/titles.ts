/**
 * Titles and roles written next to a person's name, attached to the person (never kept as part
 * of the name):
 *   "French Foreign Minister Jean-Noel Barro"          → foreign-minister of FR
 *   "the Prime Minister of Great Britain, Keir Starmer" → head-of-government of GB
 *   "Keir Starmer, the British prime minister,"        → head-of-government of GB
 * Titles come from resources/en/entities/titles.tsv; the country from a demonym, a country name
 * (or its possessive) next to the title.
 */
import { countryByName } from '../../kb/countries.js';
import { titleHeads, titleTable } from '../../kb/titles.js';
import { wordList } from '../../util/wordlist.js';
import type { Words } from './words.js';

export interface TitleMatch {
  /** word range of the whole title (with its country words) */
  from: number;
  to: number;
  office: string;
  sector: string | null;
  country: string | null;
}

const lower = (w: Words, a: number, b: number) => w.words.slice(a, b).join(' ').toLowerCase();

/** The longest title ending just before word `end` (not before `min`), as [from, entry]. */
function titleEndingAt(w: Words, end: number, min: number): [number, { office: string; sector: string | null }] | null {
  const t = titleTable();
  for (let k = Math.min(t.maxWords, end - min); k >= 1; k--) {
    const hit = t.byKey.get(lower(w, end - k, end));
    if (hit) return [end - k, hit];
  }
  return null;
}

let jobHeads: Set<string> | null = null;
/** Head words of job and office titles, lower case: a title word before one modifies it ("general manager", "head chef"). */
function isTitleHead(word: string): boolean {
  jobHeads ??= new Set([...wordList('job-titles.txt')].map((x) => x.toLowerCase()).concat([...titleHeads()]));
  return jobHeads.has(word.toLowerCase());
}

/** The longest title starting at word `from` (not past `max`); none when it only modifies the title after it ("the general manager", "the head chef"). */
function titleStartingAt(w: Words, from: number, max: number): [number, { office: string; sector: string | null }] | null {
  const t = titleTable();
  for (let k = Math.min(t.maxWords, max - from); k >= 1; k--) {
    const hit = t.byKey.get(lower(w, from, from + k));
    if (hit) return from + k < max && isTitleHead(w.words[from + k]!) ? null : [from + k, hit];
  }
  return null;
}

/** A country named by 1-3 words ending before `end` ("French", "Great Britain", "Britain 's"). */
function countryEndingAt(w: Words, end: number, min: number): [number, string] | null {
  let e = end;
  if (e - 1 >= min && /^['’]s$/.test(w.words[e - 1]!)) e--;
  for (let k = Math.min(3, e - min); k >= 1; k--) {
    const c = countryByName(w.words.slice(e - k, e).join(' '));
    if (c && /^\p{Lu}/u.test(w.words[e - k]!) && /\p{L}/u.test(w.words[e - 1]!)) return [e - k, c.iso2];
  }
  return null;
}

/** A country named by 1-3 words starting at `from`. */
function countryStartingAt(w: Words, from: number, max: number): [number, string] | null {
  for (let k = Math.min(3, max - from); k >= 1; k--) {
    const c = countryByName(w.words.slice(from, from + k).join(' '));
    // (a country's name starts and ends with a word: not with the comma after it, "Great Britain ,")
    if (c && /^\p{Lu}/u.test(w.words[from]!) && /\p{L}/u.test(w.words[from + k - 1]!)) return [from + k, c.iso2];
  }
  return null;
}

/** The title written before or after the person mention at words [from, to), if any. */
export function titleOf(w: Words, from: number, to: number): TitleMatch | null {
  const sent = w.sentence[from]!;
  let sFrom = from;
  while (sFrom > 0 && w.sentence[sFrom - 1] === sent) sFrom--;
  let sTo = to;
  while (sTo < w.words.length && w.sentence[sTo] === sent) sTo++;
  // before: "<country>? <title> NAME" and "<title> of <country> ,? NAME"
  let end = from;
  if (end - 1 >= sFrom && w.words[end - 1] === ',') end--;
  const ctry = countryEndingAt(w, end, sFrom);
  if (ctry && ctry[0] - 1 > sFrom && w.words[ctry[0] - 1]!.toLowerCase() === 'of') {
    const t = titleEndingAt(w, ctry[0] - 1, sFrom);
    if (t) return { from: t[0], to: end, office: t[1].office, sector: t[1].sector, country: ctry[1] };
  }
  if (end === from) {
    const t = titleEndingAt(w, from, sFrom);
    if (t) {
      const c = countryEndingAt(w, t[0], sFrom);
      return { from: c ? c[0] : t[0], to: from, office: t[1].office, sector: t[1].sector, country: c ? c[1] : null };
    }
  }
  // after: "NAME , (the)? <country>? <title> (of <country>)?"
  let a = to;
  if (a < sTo && w.words[a] === ',') {
    a++;
    if (a < sTo && /^(the|a)$/i.test(w.words[a]!)) a++;
    const c = countryStartingAt(w, a, sTo);
    const t = titleStartingAt(w, c ? c[0] : a, sTo);
    if (t) {
      let tEnd = t[0], country = c ? c[1] : null;
      if (!country && tEnd + 1 < sTo && w.words[tEnd]!.toLowerCase() === 'of') {
        const c2 = countryStartingAt(w, tEnd + 1, sTo);
        if (c2) { country = c2[1]; tEnd = c2[0]; }
      }
      return { from: a, to: tEnd, office: t[1].office, sector: t[1].sector, country };
    }
  }
  return null;
}
