/**
 * Normalizers: one small named function per kind of expression (the `norm` of a rule in
 * resources/en/times/rules.yaml), turning a regex match into a TIMEX3 value. Every guess (a
 * year, a direction, an anchor) is written into `inferred` with the name of the rule that made it.
 */
import type { Inference, Timex } from '../../document.js';
import {
  addDays, addMonths, cmp, dayDiff, fmtDay, fmtMonth, fmtQuarter, fmtWeek, isValidDate, MAX_YEAR, MIN_YEAR, pad, parseDct,
  easterSunday, quarterOf, SEASON_ORDER, seasonOf, weekday, type Ymd,
} from './calendar.js';
import { alternation, type Lexicon, type Unit } from './resources.js';
import type { Tense } from './tense.js';

export interface NormResult {
  type: Timex['type'];
  value: string;
  mod?: string | null;
  quant?: string | null;
  freq?: string | null;
  granularity: Timex['granularity'];
  /** 'dct' when resolved against the DCT, 'prev' against the previous time (the previous day
   * when `fromDay`), null if absolute */
  anchor: 'dct' | 'prev' | null;
  fromDay?: boolean;
  resolved: boolean;
  inferred: Inference[];
}
/** null: not a time expression here; 'absurd': a date that cannot exist (blocks its span);
 * 'inner': not as a whole, but a shorter match starting inside it may be one */
export type Norm = NormResult | null | 'absurd' | 'inner';

export interface NormContext {
  lex: Lexicon;
  text: string;
  start: number;
  end: number;
  dct: Ymd | null;
  tense: () => Tense;
  /** whether the verb nearest the expression is a present perfect ("have suffered in recent years") */
  presentPerfect: () => boolean;
  /** whether a forward cue ("ahead of", "due") ends right before the expression */
  forwardCue: () => boolean;
  /** the last quarter mentioned before this point, for "the quarter", "a year earlier" */
  lastQuarter: { y: number; q: number } | null;
  /** the number of the last quarter mentioned, kept when a year named since clears lastQuarter:
   * "the 1988 quarter" after "third-quarter earnings ... last year" is the third */
  lastQuarterNumber?: number | null;
  /** the last resolved calendar date before this point, for "two days later" */
  lastDate: { ymd: Ymd; gran: Timex['granularity']; id: string } | null;
  /** the last one that named a day, for "the next day" (a year named since, as in "the party's
   * 2016 nominee", is no day to count from) */
  lastDay: { ymd: Ymd; id: string } | null;
}

type G = Record<string, string | undefined>;
const low = (s: string | undefined) => (s ?? '').toLowerCase().replace(/\s+/g, ' ').replace(/[’]/g, "'");
const inf = (what: string, rule: string, note?: string): Inference => (note ? { what, rule, note } : { what, rule });
const listRes = new WeakMap<string[], Map<string, RegExp>>();
/** A lexicon word list as one case-insensitive regex, compiled once per list and pattern: the
 * alternation of its words goes where `pattern` has `{}`. */
export function listRe(list: string[], pattern = '{}'): RegExp {
  let byPattern = listRes.get(list);
  if (!byPattern) listRes.set(list, byPattern = new Map());
  let re = byPattern.get(pattern);
  if (!re) byPattern.set(pattern, re = new RegExp(pattern.replace('{}', () => alternation(list)), 'iu'));
  return re;
}
/** The keys of a lexicon table, one array per table, so that listRe's cache (keyed by the array) holds. */
const tableKeys = new WeakMap<object, string[]>();
export function keysOf(table: Record<string, unknown>): string[] {
  let keys = tableKeys.get(table);
  if (!keys) tableKeys.set(table, keys = Object.keys(table));
  return keys;
}
/** Whether the expression stands inside a sentence: not at the text's start, nor after a stop, a colon or an opening quote mark. */
const midSentence = (c: NormContext) => !/(?:^|[.!?:"“]\s*)$/u.test(c.text.slice(Math.max(0, c.start - 3), c.start).trimEnd());
const prevWord = (c: NormContext) => /([\p{L}$£€#]+)[\s-]*$/u.exec(c.text.slice(Math.max(0, c.start - 30), c.start))?.[1]?.toLowerCase() ?? '';
const nextText = (c: NormContext) => c.text.slice(c.end, c.end + 30);
const nextWord = (c: NormContext) => /^\s+([\p{L}'’]+)/u.exec(nextText(c))?.[1]?.toLowerCase().replace(/’/g, "'") ?? '';
const isCap = (s: string | undefined) => !!s && /^\p{Lu}/u.test(s);

// --- quantities and units -------------------------------------------------------------------

/** A quantity: a number, or X (unknown) with whether it is approximate and a guess. */
export function quantity(lex: Lexicon, raw: string | undefined): { n: number | null; approx: boolean; guess: number } | null {
  const s = low(raw);
  if (!s) return { n: 1, approx: false, guess: 1 };
  if (/^\d/.test(s)) {
    if (/\s(?:to|or|-)\s/.test(s)) return { n: null, approx: false, guess: 0 };
    const half = /^(\d+)[\s-]+1\/2$/.exec(s); // "2 1/2"
    if (half) return { n: Number(half[1]) + 0.5, approx: false, guess: Number(half[1]) + 0.5 };
    const n = Number(s.replace(/,/g, ''));
    return Number.isFinite(n) ? { n, approx: false, guess: n } : null;
  }
  if (s in lex.vagueNumbers) { const v = lex.vagueNumbers[s]!; return { n: null, approx: v.approx, guess: v.guess }; }
  if (s in lex.numbers) return { n: lex.numbers[s]!, approx: false, guess: lex.numbers[s]! };
  const parts = s.split(/[\s-]+/);
  if (parts.length === 2 && parts.every((p) => p in lex.numbers)) { const n = lex.numbers[parts[0]!]! + lex.numbers[parts[1]!]!; return { n, approx: false, guess: n }; }
  return null;
}

export function unitOf(lex: Lexicon, raw: string | undefined): Unit | null {
  let s = low(raw).replace(/^fiscal /, '');
  if (s === 'fiscal year') s = 'year';
  if (s in lex.unitPlurals) s = lex.unitPlurals[s]!;
  if (s in lex.units) return lex.units[s]!;
  for (const cut of [1, 2]) { const t = s.slice(0, -cut); if (s.endsWith('s') && t in lex.units) return lex.units[t]!; }
  return null;
}

/** The next smaller unit of a duration designator (a T before it: a time unit), and how many make one. */
const SMALLER: Record<string, [string, number, boolean]> = { Y: ['M', 12, false], M: ['D', 30, false], W: ['D', 7, false], D: ['H', 24, true], H: ['M', 60, true], TM: ['S', 60, true] };
/** A TimeML duration value for n units (n null = unknown); a fraction is carried into the next
 * smaller unit, in ISO 8601's combined form ("2 1/2 years" P2Y6M, "5 1/2 hours" PT5H30M). */
export function durationValue(n: number | null, u: Unit): string {
  // quarters stay quarters ("two consecutive quarters" P2Q, as TimeBank writes them), unless a
  // fraction of one needs months
  const qFrac = u.d === 'Q' && n !== null && !Number.isInteger(n);
  const d = qFrac ? 'M' : u.d === 'WE' ? 'D' : u.d;
  const k = n === null ? null : n * (u.n ?? 1) * (qFrac ? 3 : u.d === 'WE' ? 2 : 1);
  const t = !!u.t;
  const small = SMALLER[t && d === 'M' ? 'TM' : d];
  if (k !== null && !Number.isInteger(k) && small) {
    const [d2, f, t2] = small;
    const whole = Math.floor(k); const rest = Math.round((k - whole) * f);
    if (!whole) return `P${t || t2 ? 'T' : ''}${rest}${d2}`;
    return `P${t ? 'T' : ''}${whole}${d}${t2 && !t ? 'T' : ''}${rest}${d2}`;
  }
  return `P${t ? 'T' : ''}${k === null ? 'X' : k}${d}`;
}

// --- calendar helpers -----------------------------------------------------------------------

/** Days after the DCT within which a past-tense month-day still takes the DCT's year. */
const SOON_AFTER_DCT_DAYS = 14;
/** Days after the DCT within which the first day of a month named in a past-tense clause still
 * takes the DCT's year: a month alone just ahead is a reported plan ("said the summit would be
 * held in April", "to be admitted in early March"), not the one eleven months back. */
const NEXT_MONTH_DAYS = 31;
/** Up to how many weeks "N weeks ago" is counted in days, to a day (see ago). */
const DAY_COUNTED_WEEKS = 2;
/** Days before the DCT within which a future-tense month-day still takes the DCT's year. */
const JUST_BEFORE_DCT_DAYS = 14;

/** Year of a month(-day) without a year, from the DCT and the tense; the rule name says how. */
function inferYear(dct: Ymd, m: number, d: number | null, tense: Tense): { y: number; rule: string } {
  const at = (y: number): Ymd => ({ y, m, d: d ?? 1 });
  const ref = d === null ? { ...dct, d: 1 } : dct;
  // a past-tense clause about a day just after the dateline ("said the vote would be on
  // September 12") still means this year's
  if (tense === 'past') return cmp(at(dct.y), ref) <= 0 || dayDiff(at(dct.y), dct) <= (d === null ? NEXT_MONTH_DAYS : SOON_AFTER_DCT_DAYS) ? { y: dct.y, rule: 'year-from-past-tense' } : { y: dct.y - 1, rule: 'year-from-past-tense' };
  // a future-tense clause about a day just before the dateline ("the deadline is Jan. 14" in a
  // story of Jan. 15) is about this year's, not one a year off
  if (tense === 'future') return cmp(at(dct.y), ref) >= 0 || (d !== null && dayDiff(dct, at(dct.y)) <= JUST_BEFORE_DCT_DAYS) ? { y: dct.y, rule: 'year-from-future-tense' } : { y: dct.y + 1, rule: 'year-from-future-tense' };
  // no tense: the nearest occurrence, within six months either way
  const diffMonths = (m - dct.m) + ((d ?? 15) - dct.d) / 31;
  if (diffMonths > 6) return { y: dct.y - 1, rule: 'year-nearest-dct' };
  if (diffMonths < -6) return { y: dct.y + 1, rule: 'year-nearest-dct' };
  return { y: dct.y, rule: 'year-nearest-dct' };
}

function unresolved(gran: Timex['granularity']): string {
  switch (gran) {
    case 'year': return 'XXXX';
    case 'month': return 'XXXX-XX';
    case 'week': return 'XXXX-WXX';
    case 'quarter': return 'XXXX-QX';
    case 'half': return 'XXXX-HX';
    case 'season': return 'XXXX-XX';
    case 'decade': return 'XXX';
    case 'century': return 'XX';
    default: return 'XXXX-XX-XX';
  }
}
const noDct = (gran: Timex['granularity'], what = 'anchor', type: Timex['type'] = 'DATE', mod: string | null = null): NormResult => ({
  type, value: unresolved(gran), mod, granularity: gran, anchor: null, resolved: false,
  inferred: [inf(what, 'no-dateline', 'relative expression left unresolved: the document has no dateline')],
});

/** Shift a date by n units and format it at the unit's granularity. */
function shifted(base: Ymd, u: Unit, n: number): { value: string; gran: Timex['granularity'] } | null {
  switch (u.g) {
    case 'year': return { value: pad(base.y + n, 4), gran: 'year' };
    case 'decade': return { value: pad(Math.floor((base.y + 10 * n) / 10), 3), gran: 'decade' };
    case 'century': return { value: pad(Math.floor((base.y + 100 * n) / 100), 2), gran: 'century' };
    case 'month': return { value: fmtMonth(addMonths(base, n)), gran: 'month' };
    case 'quarter': { const t = addMonths(base, 3 * n); return { value: fmtQuarter(t.y, quarterOf(t.m)), gran: 'quarter' }; }
    case 'week': return { value: fmtWeek(addDays(base, 7 * n)) + (u.d === 'WE' ? '-WE' : ''), gran: 'week' };
    case 'day': return { value: fmtDay(addDays(base, n)), gran: 'day' };
    case 'hour': case 'minute': case 'second': return { value: fmtDay(base), gran: 'day' };
    default: return null;
  }
}

const dmod = (lex: Lexicon, raw: string | undefined) => {
  const s = low(raw).replace(/^the /, 'the ').replace(/-$/, '');
  return lex.dateMods[s] ?? lex.dateMods[s.replace(/^the /, '')] ?? null;
};

// --- normalizers ----------------------------------------------------------------------------

function absoluteDate(g: G, c: NormContext): Norm {
  const { lex } = c;
  let m: number; let d: number | null = null;
  if (g.monthnum) { m = Number(g.monthnum); d = Number(g.daynum); }
  else {
    if (!isCap(g.months)) return null;
    m = lex.months[low(g.months)]!;
    if (g.day) d = parseInt(g.day, 10);
  }
  // (a name that reads as a weekday before the date, "the Baltimore Sun, Oct. 13": the date alone)
  if (g.weekday && !weekdayOk(g.weekday, c)) return 'inner';
  const mod = dmod(lex, g.dateMods);
  const yraw = g.anyyear ?? g.year;
  if (yraw) {
    const y = Number(yraw);
    if (d === null) {
      if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12) return 'absurd';
      return { type: 'DATE', value: `${pad(y, 4)}-${pad(m)}`, mod, granularity: 'month', anchor: null, resolved: true, inferred: [] };
    }
    if (!isValidDate(y, m, d)) return 'absurd';
    // "until Friday | September 18, 2008" (a headline, then its dateline): a weekday that is not
    // the date's belongs to something else; the date and the weekday are read apart
    if (g.weekday && lex.weekdays[low(g.weekday).replace(/\.$/, '')] !== weekday({ y, m, d })) return 'inner';
    return { type: 'DATE', value: fmtDay({ y, m, d }), mod, granularity: 'day', anchor: null, resolved: true, inferred: [] };
  }
  if (d === null) return null;
  // a weekday before a month-day whose year follows: that year did not fit it (see above)
  if (g.weekday && /^,?\s+\d{4}\b/.test(nextText(c))) return 'inner';
  // month and day without a year: infer the year
  if (m < 1 || m > 12 || d < 1 || d > (m === 2 ? 29 : [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!)) return 'absurd';
  if (!c.dct) return { ...noDct('day', 'year'), value: `XXXX-${pad(m)}-${pad(d)}`, mod };
  // "last Oct. 23": the latest before the DCT; "next March 3": the first after it
  const dayrel = low(g.dayrel);
  let { y, rule } = dayrel ? { y: c.dct.y, rule: `month-day-${dayrel}` } : inferYear(c.dct, m, d, c.tense());
  const vsDct = cmp({ y, m, d }, c.dct);
  if (dayrel === 'last' && vsDct >= 0) y -= 1;
  if (dayrel === 'next' && vsDct <= 0) y += 1;
  if (g.weekday) {
    const wd = lex.weekdays[low(g.weekday).replace(/\.$/, '')]!;
    const fit = [y, y - 1, y + 1].find((yy) => isValidDate(yy, m, d!) && weekday({ y: yy, m, d: d! }) === wd);
    if (fit !== undefined && fit !== y) { y = fit; rule = 'year-from-weekday'; }
  }
  if (!isValidDate(y, m, d)) return 'absurd'; // February 29 in a year without one
  return { type: 'DATE', value: fmtDay({ y, m, d }), mod, granularity: 'day', anchor: 'dct', resolved: true, inferred: [inf('year', rule, `year taken from the dateline ${fmtDay(c.dct)}`)] };
}

function weekdayOk(raw: string, c: NormContext): boolean {
  const s = low(raw).replace(/\.$/, '');
  // (not "than the Sun. And", "the Baltimore Sun. Under": an abbreviation after "the" or a
  // capitalized word is a name)
  if (c.lex.weekdayAbbreviations.includes(s)) {
    return isCap(raw) && prevWord(c) !== 'the' && !/\p{Lu}\p{Ll}+\s+$/u.test(c.text.slice(Math.max(0, c.start - 30), c.start))
      && /^\.,?\s+(?:\p{Lu}\p{Ll}{2}|\d)/u.test(c.text.slice(c.start + raw.length, c.start + raw.length + 8));
  }
  return true;
}

/** The year named relative to the dateline's by a "last/this/next year" group (g.yearrel, or another group), or null. */
function relativeYear(c: NormContext, word: string | undefined): number | null {
  if (!word || !c.dct) return null;
  return c.dct.y + (c.lex.relatives[low(word)] ?? 0);
}

function month(g: G, c: NormContext): Norm {
  const { lex } = c;
  if (!isCap(g.months)) return null;
  const name = low(g.months);
  const m = lex.months[name]!;
  const rel = g.relatives ? lex.relatives[low(g.relatives)]! : null;
  const mod = dmod(lex, g.dateMods);
  const yrel = g.yearrel ? lex.relatives[low(g.yearrel)] ?? null : null;
  // "the March accession", "the March states": after a determiner and before a lower-case word
  // (not a preposition or conjunction: "the March on Washington", "the March of Dimes"), a month
  const beforeNoun = lex.monthDeterminers.includes(prevWord(c)) && /^[ \t]+\p{Ll}/u.test(nextText(c)) && !lex.modifierNotBefore.includes(nextWord(c));
  if (lex.ambiguousMonths.includes(name) && rel === null && yrel === null && !mod && !lex.monthIntroducers.includes(prevWord(c)) && !beforeNoun) return null;
  // "in protest to May's agreement", "of March's team": an ambiguous month name in the possessive is
  // a person's or a team's, unless a preposition of time comes before it ("in March's election")
  if (lex.ambiguousMonths.includes(name) && rel === null && yrel === null && /^['’]s\b/.test(nextText(c)) && !lex.possessiveMonthIntroducers.includes(prevWord(c))) return null;
  if (name.length <= 4 && !(name in { june: 1, july: 1 }) && rel === null && yrel === null && !mod && !lex.monthIntroducers.includes(prevWord(c))) return null;
  // "Jan Kavan", "Dec Smith": a short month name before a capitalized word is a first name
  if (name.length <= 4 && !(name in { june: 1, july: 1, may: 1 }) && c.text[c.end] !== '.' && yrel === null && /^\s+\p{Lu}\p{Ll}/u.test(nextText(c))) return null;
  if (!c.dct) return { ...noDct('month', 'year'), value: `XXXX-${pad(m)}`, mod };
  let y: number; let rule: string;
  if (yrel !== null) { y = c.dct.y + yrel; rule = 'month-of-relative-year'; }
  else if (rel === -1) { y = m < c.dct.m ? c.dct.y : c.dct.y - 1; rule = 'month-last'; }
  else if (rel === 1) { y = m > c.dct.m ? c.dct.y : c.dct.y + 1; rule = 'month-next'; }
  else if (rel === 0) { y = c.dct.y; rule = 'month-this'; }
  else ({ y, rule } = inferYear(c.dct, m, null, c.tense()));
  return { type: 'DATE', value: `${pad(y, 4)}-${pad(m)}`, mod, granularity: 'month', anchor: 'dct', resolved: true, inferred: [inf('year', rule)] };
}

function year(g: G, c: NormContext): Norm {
  const { lex } = c;
  const mod0 = dmod(lex, g.dateMods);
  if (g.fiscalyear) {
    let y = Number(g.fiscalyear.replace(/'/g, ''));
    if (y < 100) { const base = c.dct ? c.dct.y : 2000; const cand = Math.floor(base / 100) * 100 + y; y = cand > base + 20 ? cand - 100 : cand; }
    if (y < MIN_YEAR || y > MAX_YEAR) return 'absurd';
    return { type: 'DATE', value: pad(y, 4), mod: mod0, granularity: 'year', anchor: null, resolved: true, inferred: [] };
  }
  const y = Number(g.year);
  if (g.yearEdges) return { type: 'DATE', value: pad(y, 4), mod: lex.yearEdges[low(g.yearEdges)] ?? null, granularity: 'year', anchor: null, resolved: true, inferred: [] };
  const before = c.text.slice(Math.max(0, c.start - 2), c.start);
  // "$ 2000", "1,2000", "3.2000" are numbers; "in 1994, 1995 and 1997" a list of years
  if (/[$£€#\d]\s?$|[.,]$/.test(before) || /^(?:th|st|nd|rd)\b/.test(nextText(c))) return null;
  // part of a URL, path or identifier ("statements-releases/2021/", "may-10-2021", "2019-nCoV")
  if (/[\p{L}\d][/\\_=-]$/u.test(before) || /^[/\\_=]\w/.test(nextText(c)) || /^-\p{L}*\p{Ll}\p{Lu}/u.test(nextText(c))) return null;
  // "the 2000 km pipeline", "a 1000 megawatt cable": a quantity; "(2024 Friday, UTC)", "1630 GMT":
  // a clock time
  if (listRe(lex.measureWords, '^[\\s-]+(?:{})\\b').test(nextText(c))) return null;
  if (listRe(keysOf(lex.weekdays), '^\\s+(?:{})\\b').test(nextText(c)) || /^\s*(?:UTC|GMT|Z)\b/.test(nextText(c))) return null;
  const pw = prevWord(c);
  const introduced = !!mod0 || /year/i.test(c.text.slice(c.start, c.end)) || lex.yearIntroducers.includes(pw) || lex.months[pw] !== undefined;
  if (!introduced) {
    // a bare number that reads as a count ("2000 people"), a model, or a far-off year
    if (/^\s+[a-z]+s\b/.test(nextText(c)) && !listRe(lex.yearBeforeWords, '^\\s+(?:{})\\b').test(nextText(c))) return null;
    if (/^\s*[-–]\s*\d/.test(nextText(c)) && !/^\s*[-–]\s*\d\d(?:\d\d)?\b/.test(nextText(c))) return null;
    if (c.dct && Math.abs(y - c.dct.y) > 60) return null;
    if (lex.identifierWords.includes(pw)) return null;
  }
  let mod = mod0;
  if (g.orlater) mod = /later|after/.test(low(g.orlater)) ? 'ON_OR_AFTER' : 'ON_OR_BEFORE';
  return { type: 'DATE', value: pad(y, 4), mod, granularity: 'year', anchor: null, resolved: true, inferred: [] };
}

function decade(g: G, c: NormContext): Norm {
  const mod = dmod(c.lex, g.dateMods ?? g.dateMods2);
  // "in his 30s", "in their early twenties": an age
  if (c.lex.referenceDeterminers.includes(prevWord(c)) && prevWord(c) !== 'the') return null;
  if (g.decadedigits) {
    const s = g.decadedigits.replace(/['s]/g, '');
    // "the 1800s", "the early 1900s": a century (TimeML "18", "19"); "the 2000s" is read as a decade
    if (/^1\d00$/.test(s)) return { type: 'DATE', value: s.slice(0, 2), mod, granularity: 'century', anchor: null, resolved: true, inferred: [] };
    if (s.length === 4) return { type: 'DATE', value: s.slice(0, 3), mod, granularity: 'decade', anchor: null, resolved: true, inferred: [] };
    const dd = Number(s);
    const base = c.dct?.y ?? 1999;
    let cent = Math.floor(base / 100);
    if (dd > base % 100) cent -= 1;
    return { type: 'DATE', value: `${cent}${s[0]}`, mod, granularity: 'decade', anchor: c.dct ? 'dct' : null, resolved: true, inferred: [inf('century', c.dct ? 'decade-century-from-dct' : 'decade-century-default-20th')] };
  }
  const w = c.lex.decadeWords[low(g.decadeWords)]!;
  const base = c.dct?.y ?? 1999;
  let cent = Math.floor(base / 100);
  if (w * 10 > base % 100) cent -= 1;
  return { type: 'DATE', value: `${cent}${w}`, mod, granularity: 'decade', anchor: c.dct ? 'dct' : null, resolved: true, inferred: [inf('century', c.dct ? 'decade-century-from-dct' : 'decade-century-default-20th')] };
}

function century(g: G, c: NormContext): Norm {
  const n = c.lex.ordinals[low(g.ordinals)];
  if (!n || n < 1) return null;
  return { type: 'DATE', value: pad(n - 1, 2), mod: dmod(c.lex, g.dateMods), granularity: 'century', anchor: null, resolved: true, inferred: [] };
}

/** The year of a quarter/half/season n (1-based in its year) without one: the DCT's, by tense. */
function yearOfPart(c: NormContext, part: number, dctPart: number, rule: string): { y: number; inferred: Inference } {
  const t = c.tense();
  let y = c.dct!.y;
  if (t === 'past' && part > dctPart) y -= 1;
  else if (t === 'future' && part < dctPart - 1) y += 1;
  return { y, inferred: inf('year', `${rule}-year-from-${t}-tense`) };
}

/** A year said in words ("nineteen ninety-six", "nineteen oh five", "twenty ten", "two
 * thousand and one") as digits, or null. */
export function spokenYear(lex: Lexicon, raw: string): string | null {
  const w = low(raw).split(/[\s-]+/).filter((x) => x !== 'and');
  const sum = (xs: string[]) => xs.reduce((a, x) => a + (lex.numbers[x] ?? NaN), 0);
  let y: number;
  if (w[0] === 'two' && w[1] === 'thousand') y = 2000 + sum(w.slice(2));
  else if (w[1] === 'hundred' && w.length === 2) y = lex.numbers[w[0]!]! * 100;
  else y = lex.numbers[w[0]!]! * 100 + sum(w.slice(w[1] === 'oh' ? 2 : 1));
  return Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR ? pad(y, 4) : null;
}

function twoDigitYear(s: string, c: NormContext): number {
  const n = Number(s);
  if (s.length === 4) return n;
  const base = c.dct?.y ?? 2000;
  const cand = Math.floor(base / 100) * 100 + n;
  return cand > base + 20 ? cand - 100 : cand;
}

function quarter(g: G, c: NormContext): Norm {
  let q = g.qnum ? Number(g.qnum) : g.qnum2 ? Number(g.qnum2) : c.lex.ordinals[low(g.ordinals)] ?? null;
  if (q === -1) q = 4;
  if (q === null || q < 1 || q > 4) return null;
  const yraw = g.year ?? g.yearpos ?? g.yearafter ?? g.yearq;
  if (yraw) {
    const y = twoDigitYear(yraw, c);
    if (y < MIN_YEAR || y > MAX_YEAR) return 'absurd';
    return { type: 'DATE', value: fmtQuarter(y, q), granularity: 'quarter', anchor: null, resolved: true, inferred: [] };
  }
  if (g.qnum || g.qnum2) { if (!/^q\d$|^\dq$/i.test(c.text.slice(c.start, c.end))) return null; }
  if (!c.dct) return { ...noDct('quarter', 'year'), value: `XXXX-Q${q}` };
  const ry = relativeYear(c, g.yearsq ?? g.yearrel);
  if (ry !== null) return { type: 'DATE', value: fmtQuarter(ry, q), granularity: 'quarter', anchor: 'dct', resolved: true, inferred: [inf('year', 'quarter-of-relative-year')] };
  // "profits rose in the last quarter" (no year named, not ahead): the quarter before the
  // dateline's, not the fourth; "the final quarter" stays the fourth
  if (c.lex.anchoringLeads.includes(low(g.ordinals)) && c.tense() !== 'future') {
    const p = addMonths(c.dct, -3);
    return { type: 'DATE', value: fmtQuarter(p.y, quarterOf(p.m)), granularity: 'quarter', anchor: 'dct', resolved: true, inferred: [inf('direction', 'quarter-last-before-dct')] };
  }
  const { y, inferred } = yearOfPart(c, q, quarterOf(c.dct.m), 'quarter');
  return { type: 'DATE', value: fmtQuarter(y, q), granularity: 'quarter', anchor: 'dct', resolved: true, inferred: [inferred] };
}

function half(g: G, c: NormContext): Norm {
  const o = c.lex.ordinals[low(g.ordinals)];
  const h = o === 1 ? 1 : o === 2 || o === -1 ? 2 : null;
  if (!h) return null;
  if (g.year) return { type: 'DATE', value: `${g.year}-H${h}`, granularity: 'half', anchor: null, resolved: true, inferred: [] };
  if (!/^the\b/i.test(c.text.slice(c.start, c.end)) && !/of/.test(c.text.slice(c.start, c.end))) return null;
  if (!c.dct) return { ...noDct('half', 'year'), value: `XXXX-H${h}` };
  const ry = relativeYear(c, g.yearrel);
  if (ry !== null) return { type: 'DATE', value: `${pad(ry, 4)}-H${h}`, granularity: 'half', anchor: 'dct', resolved: true, inferred: [inf('year', 'half-of-relative-year')] };
  const { y, inferred } = yearOfPart(c, h, c.dct.m <= 6 ? 1 : 2, 'half');
  return { type: 'DATE', value: `${pad(y, 4)}-H${h}`, granularity: 'half', anchor: 'dct', resolved: true, inferred: [inferred] };
}

function season(g: G, c: NormContext): Norm {
  const { lex } = c;
  const name = low(g.seasons);
  const code = lex.seasons[name]!;
  const rel = g.relatives ? lex.relatives[low(g.relatives)]! : null;
  const mod = dmod(lex, g.dateMods);
  const matched = low(c.text.slice(c.start, c.end));
  if (g.thisword && thatAfterVerb(c)) return null;
  // "products that fall under", "hopes that spring from": a relative pronoun and a verb, unless
  // the season ends the phrase ("That fall, he moved")
  if (g.thisword && lex.ambiguousSeasons.includes(name) && !/^\s*(?:[,.;:!?)]|$)/.test(nextText(c))) return null;
  if (lex.ambiguousSeasons.includes(name) && rel === null && !g.year && !g.yearrel && !mod && !/^(?:the|that) /.test(matched) && !lex.seasonLeads.includes(prevWord(c))) return null;
  if (lex.ambiguousSeasons.includes(name) && rel === null && !g.yearrel && /^\s+(?:of|in)\s+(?!\d)/.test(nextText(c))) return null;
  if (g.year) return { type: 'DATE', value: `${g.year}-${code}`, mod, granularity: 'season', anchor: null, resolved: true, inferred: [] };
  if (!c.dct) return { ...noDct('season', 'year'), value: `XXXX-${code}`, mod };
  const ry = relativeYear(c, g.yearrel);
  if (ry !== null) return { type: 'DATE', value: `${pad(ry, 4)}-${code}`, mod, granularity: 'season', anchor: 'dct', resolved: true, inferred: [inf('year', 'season-of-relative-year')] };
  const s = SEASON_ORDER.indexOf(code);
  const cur = seasonOf(c.dct);
  let y: number; let rule: string;
  if (rel === -1) { y = s < cur.s ? cur.y : cur.y - 1; rule = 'season-last'; }
  else if (rel === 1) { y = s > cur.s ? cur.y : cur.y + 1; rule = 'season-next'; }
  else if (rel === 0) { y = cur.y; rule = 'season-this'; }
  // "that summer": the season of the year last mentioned (an anaphor)
  else if (g.thisword && c.lastDate) { y = c.lastDate.ymd.y; rule = 'season-of-previous-year'; }
  else { const t = c.tense(); y = cur.y; if (t === 'past' && s > cur.s) y -= 1; if (t === 'future' && s < cur.s) y += 1; rule = `season-year-from-${t}-tense`; }
  return { type: 'DATE', value: `${pad(y, 4)}-${code}`, mod, granularity: 'season', anchor: rule === 'season-of-previous-year' ? 'prev' : 'dct', resolved: true, inferred: [inf('year', rule)] };
}

/** Whether a "that" starting the expression follows a verb of saying ("said that year ...",
 * "so that summer ..."): a complementizer, not a demonstrative. */
function thatAfterVerb(c: NormContext): boolean {
  const w = prevWord(c);
  return c.lex.tense.past.includes(w) || c.lex.complementizerCues.includes(w);
}

function relativeUnit(g: G, c: NormContext): Norm {
  const { lex } = c;
  const matched = low(c.text.slice(c.start, c.end));
  // ABC's "This Week", "Last Year at Marienbad": every word capitalised, the unit too, in a
  // sentence of prose, is a title
  if (/^\p{Lu}\S*(?:\s+\p{Lu}\S*)+$/u.test(c.text.slice(c.start, c.end)) && inProse(c)) return null;
  let raw = low(g.rawunit);
  let dir = 0; let mod: string | null = null; let rule = 'relative-unit';
  if (/year[\s-]*end|year's end/.test(matched)) { raw = 'year'; mod = 'END'; rule = 'year-end'; }
  else if (g.edge) { mod = low(g.edge) === 'earlier' ? 'START' : 'END'; dir = lex.relatives[low(g.thisword)] ?? 0; rule = 'earlier-this-unit'; }
  else if (g.relatives) { dir = lex.relatives[low(g.relatives)]!; mod = dmod(lex, g.dateMods); }
  else if (g.thisword) {
    // "that year": the unit of the date mentioned before it, unknown without one; not "said
    // that year ..." (a complementizer)
    if (thatAfterVerb(c)) return null;
    const u = unitOf(lex, raw);
    if (u?.g === 'quarter' && c.lastQuarter) return { type: 'DATE', value: fmtQuarter(c.lastQuarter.y, c.lastQuarter.q), granularity: 'quarter', anchor: 'prev', resolved: true, inferred: [inf('anchor', 'quarter-from-context')] };
    if (u && !antecedentFits(c, u)) return { type: 'DATE', value: unresolved(u.g as Timex['granularity']), granularity: u.g as Timex['granularity'], anchor: null, resolved: false, inferred: [inf('anchor', 'no-antecedent', `"${matched}" refers to a time not found before it`)] };
  }
  else if (matched === 'the weekend') {
    // the weekend before the DCT in a past-tense clause, else the coming one
    if (!c.dct) return { ...noDct('week'), value: 'XXXX-WXX-WE' };
    const t = c.tense();
    const wd = weekday(c.dct);
    const sat = t === 'future' || t === 'present' ? addDays(c.dct, (6 - wd + 7) % 7) : addDays(c.dct, wd >= 6 ? 6 - wd : -(wd + 1));
    return { type: 'DATE', value: `${fmtWeek(sat)}-WE`, granularity: 'week', anchor: 'dct', resolved: true, inferred: [inf('direction', `weekend-from-${t}-tense`)] };
  }
  else if (g.dateMods) {
    // "the end of the year", "mid-year": only with "the" or a hyphen
    if (!/(?:^the |the (?:year|month|week|quarter)$|-)/.test(matched) || /^(?:early|late|later|earlier) /.test(matched)) return null;
    mod = dmod(lex, g.dateMods); rule = 'edge-of-current-unit';
  } else return null;
  if (raw === 'morning' || raw === 'afternoon' || raw === 'evening') {
    if (!c.dct) return noDct('part-of-day', 'anchor', 'TIME', mod);
    return { type: 'TIME', value: `${fmtDay(addDays(c.dct, dir))}T${lex.partsOfDay[raw]}`, mod, granularity: 'part-of-day', anchor: 'dct', resolved: true, inferred: [inf('anchor', rule)] };
  }
  const u = unitOf(lex, raw);
  if (!u) return null;
  // "the past decade", "over the past century": the stretch of that length up to the DCT, a
  // DURATION like "the past ten years" (not "the last decade", the one before this)
  if ((u.g === 'decade' || u.g === 'century') && listRe(lex.stretchLeads, '^(?:{}) ').test(matched)) {
    return { type: 'DURATION', value: durationValue(1, u), mod, granularity: 'duration', anchor: c.dct ? 'dct' : null, resolved: true, inferred: [] };
  }
  // "the following year", "the previous month": relative to the last time mentioned, when it is
  // as fine as the unit (not "the previous month" after "the 2020 race": the month before the DCT)
  // "withdrew in March 2019; the next month ...": "the next" counts from it too, unless a span
  // preposition makes it the stretch ahead ("over the next year")
  const theNext = /^the next /.test(matched) && !lex.spanPrepositions.includes(prevWord(c));
  const fromPrev = (countsFromPrevious(c, /^(?:the )?(\S+) /.exec(matched)?.[1]) || theNext || low(g.thisword) === 'that') && antecedentFits(c, u);
  if (fromPrev) rule = 'relative-unit-of-previous-time';
  const base = fromPrev ? c.lastDate!.ymd : c.dct;
  if (!base) return noDct(u.g as Timex['granularity'], 'anchor', 'DATE', mod);
  const s = shifted(base, u, dir);
  if (!s) return null;
  return { type: 'DATE', value: s.value, mod, granularity: s.gran, anchor: fromPrev ? 'prev' : 'dct', resolved: true, inferred: [inf('anchor', rule, dir < 0 ? 'the unit before the dateline' : dir > 0 ? 'the unit after the dateline' : 'the unit of the dateline')] };
}

const GRAN_RANK: Partial<Record<string, number>> = { day: 0, week: 1, month: 2, quarter: 3, season: 3, half: 4, year: 5, decade: 6, century: 7 };
/** Whether the last date mentioned is as fine as the unit of an anaphor: "that day" needs a day
 * before it ("earlier that day" after "by 2025" is not January 1, 2025), "that year" any date. */
function antecedentFits(c: NormContext, u: Unit): boolean {
  return !!c.lastDate && (GRAN_RANK[c.lastDate.gran] ?? 9) <= (GRAN_RANK[u.g] ?? 9);
}

/** "the year", "the full year", "for the day", "later in the day": the year or day being reported on. */
function theUnit(g: G, c: NormContext): Norm {
  const matched = low(c.text.slice(c.start, c.end));
  const mod = g.edge ? (/^earl/.test(low(g.edge)) ? 'START' : 'END') : null;
  if (/year/.test(matched)) {
    const before = /(\p{L}+)\s+of\s+$/u.exec(c.text.slice(Math.max(0, c.start - 30), c.start));
    if (before && !c.lex.partsOfPeriod.includes(before[1]!.toLowerCase())) return null;
    // "the year ended March 31": a twelve-month period
    if (g.yearended) return { type: 'DURATION', value: 'P1Y', granularity: 'duration', anchor: null, resolved: true, inferred: [] };
    if (!c.dct) return { ...noDct('year', 'anchor', 'DATE', mod) };
    const y = c.lastQuarter?.y ?? c.dct.y;
    return { type: 'DATE', value: pad(y, 4), mod, granularity: 'year', anchor: c.lastQuarter ? 'prev' : 'dct', resolved: true, inferred: [inf('anchor', c.lastQuarter ? 'the-year-of-previous-quarter' : 'the-year-of-dct')] };
  }
  const prevDay = previousDay(c);
  const base = prevDay ?? c.dct;
  if (!base) return { ...noDct('day', 'anchor', 'DATE', mod) };
  return { type: 'DATE', value: fmtDay(base), mod, granularity: 'day', anchor: prevDay ? 'prev' : 'dct', fromDay: !!prevDay, resolved: true, inferred: [inf('anchor', prevDay ? 'the-day-of-previous-date' : 'the-day-of-dct')] };
}

/** The year of a phrase about month m ("the last week of March 2019"): the one given, else
 * inferred from the DCT as for the month alone; null without either. */
function yearOfMonthPhrase(g: G, c: NormContext, m: number): { y: number; inferred: Inference[] } | null {
  if (g.anyyear) return { y: Number(g.anyyear), inferred: [] };
  if (!c.dct) return null;
  const r = inferYear(c.dct, m, null, c.tense());
  return { y: r.y, inferred: [inf('year', r.rule)] };
}

/** "the last week of March", "the first week of April": the week holding the middle of that
 * stretch of seven days of the month (the year given, else inferred as for the month alone). */
function weekOfMonth(g: G, c: NormContext): Norm {
  const n = c.lex.ordinals[low(g.ordinals)];
  const m = c.lex.months[low(g.months)];
  if (!n || !m || n > 5 || !isCap(g.months)) return null;
  const yr = yearOfMonthPhrase(g, c, m);
  if (!yr) return { ...noDct('week', 'year'), value: 'XXXX-WXX' };
  const { y, inferred } = yr;
  if (y < MIN_YEAR || y > MAX_YEAR) return 'absurd';
  const mid = n > 0 ? { y, m, d: 7 * (n - 1) + 4 } : addDays(addMonths({ y, m, d: 1 }, 1), -4);
  if (mid.m !== m) return null;
  return { type: 'DATE', value: fmtWeek(mid), granularity: 'week', anchor: g.anyyear ? null : 'dct', resolved: true, inferred };
}

/** "the first Tuesday of November", "the last Friday in May": that day of the month (the year
 * given, else inferred as for the month alone). */
function weekdayOfMonth(g: G, c: NormContext): Norm {
  const n = c.lex.ordinals[low(g.ordinals)];
  const m = c.lex.months[low(g.months)];
  const wd = c.lex.weekdays[low(g.weekday).replace(/\.$/, '')];
  if (!n || !m || !wd || n > 5 || !isCap(g.months) || !isCap(g.weekday)) return null;
  const yr = yearOfMonthPhrase(g, c, m);
  if (!yr) return { ...noDct('day', 'year'), value: `XXXX-${pad(m)}-XX` };
  const { y, inferred } = yr;
  if (y < MIN_YEAR || y > MAX_YEAR) return 'absurd';
  const t = holidayDay(`${pad(m)}-${n}-${wd}`, y);
  if (!t || t.m !== m) return null;
  return { type: 'DATE', value: fmtDay(t), granularity: 'day', anchor: g.anyyear ? null : 'dct', resolved: true, inferred };
}

/** "the week of March 6": the week of a date. */
function weekOfDate(g: G, c: NormContext): Norm {
  const day = absoluteDate(g, c);
  if (!day || typeof day === 'string') return day;
  const d = parseDct(day.value);
  return { ...day, value: d ? fmtWeek(d) : 'XXXX-WXX', granularity: 'week' };
}

/** "April 24 and 25", "March 15 to 17": the second day of a month named once (day2 is the
 * first day); it has the month and year of the date right before it, else is read as a date of its own. */
function secondDay(g: G, c: NormContext): Norm {
  const d1 = parseInt(g.day2!, 10); const d = parseInt(g.day!, 10);
  if (!isCap(g.months) || d <= d1) return null;
  const first = c.lastDay?.ymd;
  const m = c.lex.months[low(g.months)]!;
  if (g.year || !first || first.m !== m || first.d !== d1) return absoluteDate({ months: g.months, day: g.day, year: g.year }, c);
  if (!isValidDate(first.y, m, d)) return 'absurd';
  return { type: 'DATE', value: fmtDay({ y: first.y, m, d }), granularity: 'day', anchor: 'prev', fromDay: true, resolved: true, inferred: [inf('year', 'second-day-of-previous-date', `month and year of ${fmtDay(first)}`)] };
}

/** Whether a relative word ("previous", "following") counts from the time mentioned before, not the DCT. */
function countsFromPrevious(c: NormContext, word: string | undefined): boolean {
  return c.lex.anaphoricRelatives.includes(low(word));
}

/** The day last mentioned. */
function previousDay(c: NormContext): Ymd | null {
  return c.lastDay?.ymd ?? null;
}

/** "the next day", "the following morning", "the previous night", "the same day": a day counted
 * from the last day mentioned (from the DCT without one); a part of the day makes it a TIME. */
function dayOfPrevious(g: G, c: NormContext): Norm {
  if (c.lex.spanPrepositions.includes(prevWord(c))) return null;
  const rel = low(g.dayrel);
  const off = rel === 'next' || rel === 'following' ? 1 : rel === 'same' ? 0 : -1;
  const raw = low(g.rawunit);
  const pod = raw === 'day' ? null : c.lex.partsOfDay[raw] ?? null;
  const type = pod ? 'TIME' : 'DATE';
  const prevDay = previousDay(c);
  const base = prevDay ?? c.dct;
  if (!base) return { ...noDct(pod ? 'part-of-day' : 'day', 'anchor', type), value: `XXXX-XX-XX${pod ? `T${pod}` : ''}` };
  const day = fmtDay(addDays(base, off));
  return {
    type, value: pod ? `${day}T${pod}` : day, granularity: pod ? 'part-of-day' : 'day', anchor: prevDay ? 'prev' : 'dct', fromDay: !!prevDay, resolved: true,
    inferred: [inf('anchor', prevDay ? 'day-of-previous-date' : 'day-of-dct', `${rel} ${raw} counted from ${fmtDay(base)}`)],
  };
}

/** "for a third straight day", "the eighth day of the strike", "a fourth week in a row": the
 * latest of a run counted up to the story, the DCT's day or week (the first of a run is not one). */
function ordinalUnit(g: G, c: NormContext): Norm {
  const n = c.lex.ordinals[low(g.ordinals)];
  if (!n || n < 2) return null;
  const week = low(g.rawunit) === 'week';
  if (!c.dct) return { ...noDct(week ? 'week' : 'day'), value: week ? 'XXXX-WXX' : 'XXXX-XX-XX' };
  return { type: 'DATE', value: week ? fmtWeek(c.dct) : fmtDay(c.dct), granularity: week ? 'week' : 'day', anchor: 'dct', resolved: true, inferred: [inf('anchor', 'ordinal-unit-at-dct', `the ${low(g.ordinals)} ${low(g.rawunit)} of a run up to the dateline`)] };
}

/** "two years ago", "three days from now": a date counted from the DCT. ("three days later",
 * counted from another event, is a DURATION "three days" in TimeBank, the rule duration's.) */
function ago(g: G, c: NormContext): Norm {
  const { lex } = c;
  const u = unitOf(lex, g.unitword ?? c.text.slice(c.start, c.end).match(/([a-z]+?)(?:s|es)?\s+(?:ago|from\s+now|hence)$/i)?.[1]);
  const qty = quantity(lex, g.quantity);
  if (!u || !qty) return null;
  const dir = /from now|hence/.test(low(g.ago)) ? 1 : -1;
  const qmod = g.quantMods ? lex.quantMods[low(g.quantMods)] ?? null : null;
  if (qty.n === null && !qty.approx) {
    return { type: 'DATE', value: dir < 0 ? 'PAST_REF' : 'FUTURE_REF', granularity: 'ref', anchor: c.dct ? 'dct' : null, resolved: true, inferred: [inf('direction', 'vague-ago')] };
  }
  const n = (qty.n ?? qty.guess) + (qty.n !== null && /and a half|-and-a-half/.test(low(c.text.slice(c.start, c.end))) ? 0.5 : 0);
  const mod: string | null = qty.n === null ? 'APPROX' : qmod === 'APPROX' ? 'APPROX' : qmod === 'MORE_THAN' || qmod === 'EQUAL_OR_MORE' ? (dir < 0 ? 'BEFORE' : 'AFTER') : qmod ? (dir < 0 ? 'AFTER' : 'BEFORE') : null;
  const inferred: Inference[] = [inf('direction', dir < 0 ? 'ago-past' : 'ago-future')];
  if (!c.dct) return { ...noDct(u.g as Timex['granularity'], 'anchor', 'DATE', mod), value: unresolved(u.g as Timex['granularity']) };
  // "a week ago", "two weeks ago": a week or two back names the day of a reported event, that many
  // days back ("the earthquake hit a week ago"); more weeks, or a vague count, name the week
  // ("two and a half years ago", "2 1/2 years ago": 30 months back, to the month; a decade and a
  // half: 15 years)
  const dayUnit = u.g === 'week' && qty.n !== null && n <= DAY_COUNTED_WEEKS ? c.lex.units.day : undefined;
  const finer = Number.isInteger(n) ? undefined : u.g === 'year' ? c.lex.units.month : u.g === 'decade' || u.g === 'century' ? c.lex.units.year : u.g === 'week' ? c.lex.units.day : undefined;
  const per = u.g === 'year' ? 12 : u.g === 'week' ? 7 : u.n ?? 1;
  const s = dayUnit ? shifted(c.dct, dayUnit, dir * Math.round(7 * n)) : finer ? shifted(c.dct, finer, dir * Math.round(n * per)) : shifted(c.dct, u, dir * Math.round(n));
  if (!s) return null;
  if (qty.n === null) inferred.push(inf('quantity', 'vague-quantity-guess', `"${low(g.quantity)}" read as about ${qty.guess} (${Math.max(1, qty.guess - 1)} to ${qty.guess + 1}) ${low(g.unitword ?? '') || 'units'}`));
  return { type: 'DATE', value: s.value, mod, granularity: s.gran, anchor: 'dct', resolved: true, inferred };
}

function period(g: G, c: NormContext): Norm {
  const matched = low(c.text.slice(c.start, c.end));
  const word = low(g.periodword ?? g.nountail);
  const rel = low(g.periodrel);
  const last = c.lastQuarter;
  // "the 1989 period", "the 1988 third quarter"
  if (g.year) {
    const y = Number(g.year);
    if (/fiscal year/.test(word)) return { type: 'DATE', value: pad(y, 4), granularity: 'year', anchor: null, resolved: true, inferred: [] };
    if (word === 'half') { const o = c.lex.ordinals[low(g.ordinals)]; return o ? { type: 'DATE', value: `${y}-H${o === 1 ? 1 : 2}`, granularity: 'half', anchor: null, resolved: true, inferred: [] } : null; }
    if (word === 'season') return null;
    const o = g.ordinals ? c.lex.ordinals[low(g.ordinals)] : undefined;
    // "the 1988 quarter" is the quarter being reported on, also when a year was named since
    // ("third-quarter earnings ... lower than last year ... in the 1988 quarter"); "the 1988
    // period" may be a longer one ("In the first nine months ... in the 1988 period")
    const q = o && o > 0 && o <= 4 ? o : last?.q ?? (word === 'quarter' ? c.lastQuarterNumber : null);
    if (!q) return { type: 'DATE', value: `${y}-QX`, granularity: 'quarter', anchor: null, resolved: true, inferred: [] };
    return { type: 'DATE', value: fmtQuarter(y, q), granularity: 'quarter', anchor: o ? null : 'prev', resolved: true, inferred: o ? [] : [inf('quarter', 'quarter-from-context')] };
  }
  const yearAgo = /year[\s-](?:earlier|ago)/.test(matched);
  if (g.rawunit) {
    // "a year earlier", "year-ago", "the year-earlier quarter"
    const unit = low(g.rawunit);
    // "earlier" counts from the time mentioned before, "ago" from the DCT
    const fromPrev = !!c.lastDate && /earlier/.test(matched);
    const base = fromPrev ? c.lastDate!.ymd : c.dct;
    if (unit === 'year' && !/quarter|period|results|level|figure/.test(word) && !last) {
      if (!base) return noDct('year');
      return { type: 'DATE', value: pad(base.y - 1, 4), granularity: 'year', anchor: fromPrev ? 'prev' : 'dct', resolved: true, inferred: [inf('anchor', fromPrev ? 'year-earlier-of-previous-time' : 'year-ago-of-dct')] };
    }
    if (unit === 'month') {
      if (!base) return noDct('month');
      return { type: 'DATE', value: fmtMonth(addMonths(base, -1)), granularity: 'month', anchor: fromPrev ? 'prev' : 'dct', resolved: true, inferred: [inf('anchor', fromPrev ? 'month-earlier-of-previous-time' : 'month-ago-of-dct')] };
    }
  }
  if (!/^the /.test(matched) && !g.rawunit) return null;
  if (!g.rawunit && !rel && word === 'period') return null;
  if (rel === 'same' || rel === 'comparable' || rel === 'first') return null;
  // "the latest quarter" is one reported on: a quarter mentioned before that is not over at the
  // DCT ("no estimate of the impact on fourth-quarter results") is not it
  const open = !!last && !!c.dct && last.y * 4 + last.q >= c.dct.y * 4 + quarterOf(c.dct.m);
  let q: { y: number; q: number } | null = rel === 'latest' && open ? null : last;
  let rule = 'quarter-from-context';
  if (!q) {
    if (!c.dct) return noDct('quarter');
    const cur = quarterOf(c.dct.m);
    const t = c.tense();
    q = rel === 'current' || t === 'future' || t === 'present' && rel !== 'latest' ? { y: c.dct.y, q: cur } : cur === 1 ? { y: c.dct.y - 1, q: 4 } : { y: c.dct.y, q: cur - 1 };
    rule = 'quarter-last-completed-before-dct';
  }
  if (countsFromPrevious(c, rel) || (g.rawunit && low(g.rawunit) === 'quarter')) q = q.q === 1 ? { y: q.y - 1, q: 4 } : { y: q.y, q: q.q - 1 };
  if (yearAgo || rel === 'year-ago' || rel === 'year-earlier') q = { y: q.y - 1, q: q.q };
  return { type: 'DATE', value: fmtQuarter(q.y, q.q), granularity: 'quarter', anchor: last ? 'prev' : 'dct', resolved: true, inferred: [inf('quarter', rule)] };
}

/** "the same period last year": the last quarter or date mentioned, one year back. */
function samePeriod(g: G, c: NormContext): Norm {
  const unit = low(g.sameunit);
  const prev = c.lastDate;
  const inferred = [inf('anchor', 'same-period-a-year-back')];
  if ((unit === 'quarter' || unit === 'period') && c.lastQuarter) return { type: 'DATE', value: fmtQuarter(c.lastQuarter.y - 1, c.lastQuarter.q), granularity: 'quarter', anchor: 'prev', resolved: true, inferred };
  if (prev && (unit === 'day' ? prev.gran === 'day' : unit === 'month' || unit === 'period' ? prev.gran === 'day' || prev.gran === 'month' : false)) {
    const t = { ...prev.ymd, y: prev.ymd.y - 1 };
    const day = unit === 'day' && isValidDate(t.y, t.m, t.d);
    return { type: 'DATE', value: day ? fmtDay(t) : fmtMonth(t), granularity: day ? 'day' : 'month', anchor: 'prev', resolved: true, inferred };
  }
  const base = prev?.ymd ?? c.dct;
  if (!base) return noDct('year');
  return { type: 'DATE', value: pad(base.y - 1, 4), granularity: 'year', anchor: prev ? 'prev' : 'dct', resolved: true, inferred };
}

function recentUnits(g: G, c: NormContext): Norm {
  const w = low(g.recentword);
  const u = unitOf(c.lex, g.rawunit);
  if (!u) return null;
  const future = listRe(c.lex.forwardLeads).test(w);
  if (/few/.test(w)) return { type: 'DURATION', value: durationValue(null, u), granularity: 'duration', anchor: c.dct ? 'dct' : null, resolved: true, inferred: [] };
  // "have expressed concerns in recent months": the stretch up to the dateline, a duration
  if (!future && c.lex.perfectDurationLeads.includes(w) && c.lex.perfectDurationPrepositions.includes(prevWord(c)) && c.presentPerfect()) {
    return { type: 'DURATION', value: durationValue(null, u), granularity: 'duration', anchor: c.dct ? 'dct' : null, resolved: true, inferred: [inf('type', 'recent-units-perfect', 'a present perfect: the period up to the dateline')] };
  }
  return {
    type: 'DATE', value: future ? 'FUTURE_REF' : 'PAST_REF', granularity: 'ref', anchor: c.dct ? 'dct' : null, resolved: true,
    inferred: [inf('direction', future ? 'coming-units' : 'recent-units', future ? `a period of some ${low(g.rawunit)} starting at the dateline` : `a period of some ${low(g.rawunit)} ending at the dateline${c.dct ? ` (${fmtDay(c.dct)})` : ''}`)],
  };
}

/** whether the sentence around the expression is prose: a lower-case word of four letters or more
 * on either side of it (a title-case headline capitalises all but short words) */
function inProse(c: NormContext): boolean {
  const before = /[^.!?\n]*$/.exec(c.text.slice(Math.max(0, c.start - 80), c.start))![0];
  const after = /^[^.!?\n]*/.exec(nextText(c))![0];
  return /(?:^|[^\p{L}])\p{Ll}{4,}/u.test(before) || /(?:^|[^\p{L}])\p{Ll}{4,}/u.test(after);
}

/** "today's world", "many of today's personal computers", "the people of tomorrow": the day word
 * names an era, before (after an optional adjective) or after one of the lexicon's
 * genericDayHeads written in lower case, unless a noun of the day's own things follows the head
 * (genericDayHeadNotBefore: "today's world premiere") */
function genericDay(c: NormContext): boolean {
  const rest = c.text.slice(c.end, c.end + 50);
  const after = listRe(c.lex.genericDayHeads, "^['’]s\\s+(?:\\p{Ll}[\\p{L}-]*\\s+)?({})(?![\\p{L}-])").exec(rest);
  if (after && /^\p{Ll}/u.test(after[1]!)) return !listRe(c.lex.genericDayHeadNotBefore, '^\\s+(?:{})(?![\\p{L}])').test(rest.slice(after[0].length));
  const before = listRe(c.lex.genericDayHeads, '(?<![\\p{L}])({})\\s+of\\s+$').exec(c.text.slice(Math.max(0, c.start - 30), c.start));
  return !!before && /^\p{Ll}/u.test(before[1]!);
}

function dayWord(g: G, c: NormContext): Norm {
  const { lex } = c;
  const raw = c.text.slice(c.start, c.end);
  // "USA Today noted", "NBC's Today show": a capitalised day word alone right after a word or comma of
  // the same line, in a sentence of prose, is a name
  if (/^\p{Lu}\p{L}*$/u.test(raw) && /[\p{L}\p{N},;][ \t]+$/u.test(c.text.slice(Math.max(0, c.start - 3), c.start)) && inProse(c)) return null;
  const matched = low(raw);
  if ((matched === 'today' || matched === 'tomorrow') && genericDay(c)) return null;
  let off = 0; let pod: string | null = null; let mod: string | null = null;
  const w = low(g.dayWords);
  if (w) off = lex.dayWords[w]!;
  if (g.partsOfDay) pod = lex.partsOfDay[low(g.partsOfDay)]!;
  else if (w && lex.dayWordParts[w]) pod = lex.dayWordParts[w]!;
  else if (matched === 'tonight') pod = 'NI';
  if (/^(?:last|that) /.test(matched) && pod) { off = /last night/.test(matched) ? -1 : 0; }
  if (/^(?:early) /.test(matched)) mod = 'START';
  if (/^(?:late|later) /.test(matched)) mod = 'END';
  const type = pod && !(w === 'tonight' || matched === 'tonight') ? 'TIME' : 'DATE';
  // "that night", "that morning": a part of the day last mentioned (an anaphor), else of the DCT's
  const prevDay = /^that /.test(matched) ? previousDay(c) : null;
  const base = prevDay ?? c.dct;
  if (!base) return { ...noDct(pod ? 'part-of-day' : 'day', 'anchor', type, mod), value: `XXXX-XX-XX${pod && type === 'TIME' ? `T${pod}` : ''}` };
  const day = fmtDay(addDays(base, off));
  return { type, value: type === 'TIME' ? `${day}T${pod}` : day, mod, granularity: type === 'TIME' ? 'part-of-day' : 'day', anchor: prevDay ? 'prev' : 'dct', fromDay: !!prevDay, resolved: true, inferred: [inf('anchor', prevDay ? 'part-of-previous-day' : 'day-word-from-dct')] };
}

/** "noon", "midnight" (lexicon clockWords), "0800 UTC" (hours and minutes, universal time). */
function clockWord(g: G, c: NormContext): Norm {
  const hm = g.clockh ? `${g.clockh}:${g.clockm}Z` : c.lex.clockWords[low(g.clockWords)];
  if (!hm) return null;
  if (!c.dct) return { ...noDct('minute', 'anchor', 'TIME'), value: `XXXX-XX-XXT${hm}` };
  return { type: 'TIME', value: `${fmtDay(c.dct)}T${hm}`, granularity: 'minute', anchor: 'dct', resolved: true, inferred: [inf('anchor', 'clock-time-on-dct-day')] };
}

function weekdayNorm(g: G, c: NormContext): Norm {
  const { lex } = c;
  if (g.setpl || g.podpl) return g.relatives ? null : setNorm(g, c);
  if (!weekdayOk(g.weekday!, c)) return null;
  const wd = lex.weekdays[low(g.weekday).replace(/'s$/, '')]!;
  const rel = g.relatives ? lex.relatives[low(g.relatives)]! : null;
  const pod = g.partsOfDay ? lex.partsOfDay[low(g.partsOfDay)]! : null;
  const type = pod ? 'TIME' : 'DATE';
  // "the previous Friday", "the following Monday": from the day mentioned before, not the DCT
  const prevDay = countsFromPrevious(c, g.relatives) ? previousDay(c) : null;
  const fromPrev = prevDay !== null;
  const base = prevDay ?? c.dct;
  if (!base) return { ...noDct(pod ? 'part-of-day' : 'day', 'anchor', type), value: `XXXX-WXX-${wd}${pod ? `T${pod}` : ''}` };
  const cur = weekday(base);
  const back = (cur - wd + 7) % 7; // days back to the latest such weekday on or before the DCT
  const fwd = (wd - cur + 7) % 7;
  let off: number; let rule: string;
  // "Wednesday's ruling", "Thursday's closing price": a possessive names the day of an event being
  // reported, which is past whatever the clause ("would look for ways around Wednesday's ruling");
  // a forward cue before it ("ahead of Sunday's vote") still looks ahead
  const possessive = rel === null && (/['’]s$/.test(c.text.slice(c.start, c.end)) || /^['’]s\b/.test(nextText(c)));
  const t = possessive ? (c.forwardCue() ? 'future' : 'past') : c.tense();
  if (rel === -1) { off = -(back === 0 ? 7 : back); rule = 'weekday-last'; }
  else if (rel === 1) { off = fwd === 0 ? 7 : fwd; rule = 'weekday-next'; }
  // ("This Sunday, Zapata crossed the Channel" on a Tuesday: a past-tense clause, the one before)
  else if (rel === 0) { off = wd - cur; if (off > 0 && t === 'past') off -= 7; rule = 'weekday-this-week'; }
  else if (t === 'past') { off = -back; rule = possessive ? 'weekday-possessive' : 'weekday-past-tense'; }
  else if (t === 'future') { off = fwd; rule = possessive ? 'weekday-possessive-ahead' : 'weekday-future-tense'; }
  // no tense to go by: the nearest, the one before when they are about as near (three days
  // ahead, four back): news mostly reports what has happened
  else { off = back <= fwd + (t === 'unknown' ? 1 : 0) ? -back : fwd; rule = 'weekday-nearest'; }
  const day = fmtDay(addDays(base, off));
  return { type, value: pod ? `${day}T${pod}` : day, granularity: pod ? 'part-of-day' : 'day', anchor: fromPrev ? 'prev' : 'dct', fromDay: fromPrev, resolved: true, inferred: [inf('direction', fromPrev ? `${rule}-of-previous-date` : rule, `${t} tense around it`)] };
}

function reference(g: G, c: NormContext): Norm {
  const w = low(g.references);
  const v = c.lex.references[w];
  if (!v) return null;
  const nt = nextText(c);
  if (w === 'the future' && /^\s+of\b/.test(nt)) return null;
  // "the now-former governor", "the now-cancelled deal": an adverb inside a modifier
  if (w === 'now' && /^-\p{L}/u.test(nt)) return null;
  // "Back to the Future": a capitalised noun inside a sentence is part of a title
  if (/^the \p{L}/u.test(w) && /^\S+\s+\p{Lu}/u.test(c.text.slice(c.start, c.end)) && midSentence(c)) return null;
  // "the long term effects": a modifier, not a time
  if (/ term$/.test(w) && /^\s+\p{Ll}/u.test(nt) && !listRe(c.lex.termReferenceFollowers, '^\\s+(?:{})\\b').test(nt)) return null;
  if (w === 'the past' && listRe(c.lex.pastNotBefore, '^\\s+(?:{}|\\d)').test(nt)) return null;
  if (c.lex.guardedReferences.includes(w)) {
    if (listRe(c.lex.guardedReferencesNotBefore, '^\\s+(?:{})\\b').test(nt)) return null;
    if ((w === 'recent' || w === 'current') && !/^\s+\p{Ll}/u.test(nt)) return null;
    if (w === 'current' && (!c.lex.referenceDeterminers.includes(prevWord(c)) || listRe(c.lex.currentNotBefore, '^\\s+(?:{})\\b').test(nt))) return null;
  }
  if (c.lex.modalReferences.includes(w) && !c.lex.modalCues.includes(prevWord(c)) && !c.lex.modalCues.includes(nextWord(c))) return null;
  if (w === 'now' && /^\s+that\b/.test(nt) && /\b(?:and|but)\s*$/i.test(c.text.slice(Math.max(0, c.start - 8), c.start))) return null;
  return { type: 'DATE', value: v, granularity: 'ref', anchor: c.dct ? 'dct' : null, resolved: true, inferred: [] };
}

function setNorm(g: G, c: NormContext): Norm {
  const { lex } = c;
  if (g.sets) {
    const v = lex.sets[low(g.sets)]!;
    // "Daily Mail", "the Weekly Standard", "Daily Xtra": a capitalised set word before a
    // capitalised word, inside a sentence (or before a known title word), is part of a name
    if (isCap(g.sets) && (listRe(lex.setTitleWords, '^\\s+(?:{})\\b').test(nextText(c))
      || (/^\s+\p{Lu}/u.test(nextText(c)) && midSentence(c)))) return null;
    return { type: 'SET', value: v, granularity: 'set', anchor: null, resolved: true, inferred: [] };
  }
  const q = g.setq ? low(g.setq).toUpperCase() : null;
  if (g.weekends) return { type: 'SET', value: 'XXXX-WXX-WE', granularity: 'set', anchor: null, resolved: true, inferred: [] };
  if (g.weekday) {
    if ((g.setpl || g.podpl) && lex.weekdayAbbreviations.includes(low(g.weekday))) return null;
    const pod = g.partsOfDay ? `T${lex.partsOfDay[low(g.partsOfDay)]}` : '';
    return { type: 'SET', value: `XXXX-WXX-${lex.weekdays[low(g.weekday)]}${pod}`, quant: q, granularity: 'set', anchor: null, resolved: true, inferred: [] };
  }
  if (g.months) return isCap(g.months) ? { type: 'SET', value: `XXXX-${pad(lex.months[low(g.months)]!)}`, quant: q, granularity: 'set', anchor: null, resolved: true, inferred: [] } : null;
  if (g.seasons) return { type: 'SET', value: `XXXX-${lex.seasons[low(g.seasons)]}`, quant: q, granularity: 'set', anchor: null, resolved: true, inferred: [] };
  const u = unitOf(lex, g.rawunit);
  if (!u) return null;
  const n = g.setn ? quantity(lex, g.setn)?.n ?? null : 1;
  let freq: string | null = null;
  if (g.frequencies) freq = `${lex.frequencies[low(g.frequencies)]}X`;
  else if (g.freqn) { const f = quantity(lex, g.freqn); freq = `${f?.n ?? 'X'}X`; }
  return { type: 'SET', value: durationValue(n, u), quant: q, freq, granularity: 'set', anchor: null, resolved: true, inferred: [] };
}

/** "four flights", "hundreds of interviews": a number, then up to two words and a plural noun
 * (a word in -s that is not a verb or a determiner of the lexicon: not "2021 was a year"), right
 * before the expression. */
let countRe: { lex: Lexicon; re: RegExp; notNouns: Set<string> } | null = null;
function countBefore(c: NormContext): boolean {
  if (countRe?.lex !== c.lex) {
    const words = [...Object.keys(c.lex.numbers), ...Object.keys(c.lex.vagueNumbers)].map((w) => w.split(' ')[0]!).filter((w) => w.length > 2);
    const t = c.lex.tense;
    countRe = {
      lex: c.lex, re: new RegExp(`(?:\\d|\\b(?:${[...new Set(words)].join('|')}))(?:\\s+[\\p{L}-]+){0,2}\\s+(\\p{L}{2,}s)\\s*$`, 'iu'),
      notNouns: new Set([...t.past, ...t.present, ...t.future, ...(t.beForms ?? []), ...c.lex.referenceDeterminers]),
    };
  }
  const m = countRe.re.exec(c.text.slice(Math.max(0, c.start - 40), c.start));
  return !!m && !countRe.notNouns.has(m[1]!.toLowerCase());
}

function duration(g: G, c: NormContext): Norm {
  const { lex } = c;
  if (g.adj && low(g.adj) === 'old') return null;
  // "a 51-year-old", "10-19 year olds": an age
  if (/^\s+olds?\b/.test(nextText(c))) return null;
  const matched = low(c.text.slice(c.start, c.end));
  // the rule's unit group when there is one: the fallback below reads "minutes" as "minut" + "es"
  const unitRaw = g.rawunit ?? g.unitword ?? /([a-z]+?)(?:s|es)?(?:-(?:long|old))?(?:\s+(?:period|span|stretch))?$/i.exec(matched.replace(/^.*?(\p{L}+)(?:-(?:long|old))?(?:\s+(?:period|span|stretch))?$/u, '$1'))?.[1];
  const u = unitOf(lex, unitRaw ?? matched.split(/[\s-]+/).pop());
  if (!u || u.d === 'WE') return null;
  const qraw = g.quantity;
  const qty = g.rawunit ? (/s$/.test(low(g.rawunit)) ? { n: null, approx: false, guess: 0 } : { n: 1, approx: false, guess: 1 }) : quantity(lex, qraw);
  if (!qty) return null;
  // "three-quarters of", "a quarter of the shares": fractions, not durations ("several quarters of
  // losses" is one: a vague number is no fraction)
  const withAdj = c.lex.unitAdjectives.some((a) => matched.includes(` ${a} `));
  if (u.d === 'Q' && !withAdj && qty.n !== null && (/^\s+of\b/.test(nextText(c)) || listRe(c.lex.fractionLeads, '^(?:{}) quarter$').test(matched))) return null;
  const ql = low(qraw);
  // "following a week-long stay": a lead before "a" is a preposition, not part of the time
  if (g.lead && (ql === 'a' || ql === 'an')) return 'inner';
  // "evolved over several years", "over a three-year period": a modifier that is also a preposition
  // (lexicon prepositionQuantMods) is the preposition before a vague count, which it cannot
  // exceed, or before a period; the time is the rest ("over a week", "in over six years" stay)
  if (g.quantMods && lex.prepositionQuantMods.includes(low(g.quantMods)) && ((qty.n === null && !g.rawunit) || g.periodword)) return 'inner';
  if ((ql === 'a' || ql === 'an' || ql === 'one') && u.g === 'second' && !/^\s*[.,;)]/.test(nextText(c))) return null;
  // "will one day be", "hopes to one day lead", "I hope that some day I will": some day ahead
  if (((matched === 'one day' && c.lex.modalCues.includes(prevWord(c)) && /^\s+\p{Ll}/u.test(nextText(c))) || matched === 'some day')
    && !listRe(c.lex.oneDayNotBefore, '^\\s+(?:{})\\b').test(nextText(c))) {
    return { type: 'DATE', value: 'FUTURE_REF', granularity: 'ref', anchor: c.dct ? 'dct' : null, resolved: true, inferred: [inf('direction', 'one-day-ahead', `"${matched}": some time ahead`)] };
  }
  // "a decades-long dispute": the article belongs to the noun; the plural unit alone is the duration
  if ((ql === 'a' || ql === 'an') && /\p{L}s(?:-long)?$/u.test(matched)) return null;
  // "$5 a year", "four flights a week", "hundreds of interviews a day": a set
  if ((ql === 'a' || ql === 'an') && !listRe(c.lex.relationalAfter, '^\\s+(?:{})\\b').test(nextText(c))
    && (listRe(c.lex.rateWords, '(?:\\d|{})\\s*$').test(c.text.slice(Math.max(0, c.start - 20), c.start)) || countBefore(c))) {
    return { type: 'SET', value: durationValue(1, u), granularity: 'set', anchor: null, resolved: true, inferred: [] };
  }
  let n = qty.n;
  if (n !== null && /and a half/.test(matched)) n += 0.5;
  const mod = g.quantMods ? lex.quantMods[low(g.quantMods)] ?? null : null;
  const lead = low(g.lead);
  const anchored = listRe(lex.anchoringLeads).test(lead);
  return { type: 'DURATION', value: durationValue(n, u), mod, granularity: 'duration', anchor: anchored && c.dct ? 'dct' : null, resolved: true, inferred: [] };
}

/** The day of a holiday in year y: fixed "MM-DD", Easter-relative "easter-2", or floating "MM-nth-weekday" ("11-4-4": the
 * fourth Thursday of November; nth -1: the last; "+k": k days after it). */
function holidayDay(spec: string, y: number): Ymd | null {
  const fixed = /^(\d\d)-(\d\d)$/.exec(spec);
  if (fixed) return { y, m: Number(fixed[1]), d: Number(fixed[2]) };
  const easter = /^easter([+-]\d+)$/.exec(spec);
  if (easter) return addDays(easterSunday(y), Number(easter[1]));
  const fl = /^(\d\d)-(-?\d)-([1-7])(?:\+(\d))?$/.exec(spec);
  if (!fl) return null;
  const m = Number(fl[1]); const nth = Number(fl[2]); const wd = Number(fl[3]);
  let t: Ymd;
  if (nth > 0) { const first = { y, m, d: 1 }; t = addDays(first, ((wd - weekday(first) + 7) % 7) + 7 * (nth - 1)); }
  else { const last = addDays(addMonths({ y, m, d: 1 }, 1), -1); t = addDays(last, -((weekday(last) - wd + 7) % 7)); }
  return fl[4] ? addDays(t, Number(fl[4])) : t;
}

function holiday(g: G, c: NormContext): Norm {
  const spec = c.lex.holidays[low(g.holidays)];
  if (!spec) return null;
  if (!isCap(g.holidays) && !/^the /.test(low(g.holidays))) return null;
  // "Easter Island", "Christmas trees": a holiday's name before a noun that is no time
  if (listRe(c.lex.holidayNotBefore ?? [], '^\\s+(?:{})\\b').test(nextText(c))) return null;
  // "Halloween-themed", "Christmas-time shopping": a modifier
  if (/^-\p{L}/u.test(nextText(c))) return null;
  if (g.year) { const t = holidayDay(spec, Number(g.year)); return t ? { type: 'DATE', value: fmtDay(t), granularity: 'day', anchor: null, resolved: true, inferred: [] } : null; }
  if (g.holiweek && !c.dct) return { ...noDct('week', 'year'), value: 'XXXX-WXX' };
  if (!c.dct) { const t = holidayDay(spec, 2001); return t ? { ...noDct('day', 'year'), value: /^\d\d-\d\d$/.test(spec) ? `XXXX-${spec}` : 'XXXX-XX-XX' } : null; }
  const dct = c.dct;
  const at = (y: number) => holidayDay(spec, y);
  const cur = at(dct.y);
  if (!cur) return null;
  let t: Ymd; let rule: string;
  const rel = low(g.holirel);
  if (rel === 'last') { t = cmp(cur, dct) < 0 ? cur : at(dct.y - 1)!; rule = 'holiday-last'; }
  else if (rel === 'next') { t = cmp(cur, dct) > 0 ? cur : at(dct.y + 1)!; rule = 'holiday-next'; }
  else if (rel === 'this') { t = cur; rule = 'holiday-this'; }
  else {
    const { y, rule: r } = inferYear(dct, cur.m, cur.d, c.tense());
    t = y === dct.y ? cur : at(y)!; rule = r;
  }
  if (g.holiweek) return { type: 'DATE', value: fmtWeek(t), granularity: 'week', anchor: 'dct', resolved: true, inferred: [inf('year', rule)] };
  return { type: 'DATE', value: fmtDay(t), granularity: 'day', anchor: 'dct', resolved: true, inferred: [inf('year', rule)] };
}

/** The normalizers by name; a year said in words (group spokenyear) reaches them as digits in
 * g.year (see extract.ts). */
export const NORMALIZERS: Record<string, (g: G, c: NormContext) => Norm> = {
  'absolute-date': absoluteDate, 'second-day': secondDay, 'week-of-date': weekOfDate, 'week-of-month': weekOfMonth, 'weekday-of-month': weekdayOfMonth, month, year, decade, century, quarter, half, season,
  'relative-unit': relativeUnit, ago, period, 'recent-units': recentUnits, 'day-word': dayWord,
  weekday: weekdayNorm, 'day-of-previous': dayOfPrevious, 'ordinal-unit': ordinalUnit, 'clock-word': clockWord, 'the-unit': theUnit, 'same-period': samePeriod, reference, set: setNorm, duration, holiday,
};

