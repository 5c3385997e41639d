/**
 * Calendar arithmetic on plain (year, month, day) triples, in UTC, and TimeML value formats.
 * No time zones: a DCT is a calendar date.
 */

export interface Ymd { y: number; m: number; d: number }

/** The plausible range of years for an explicit date; outside it a date is absurd. */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 2199;

export const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d)
    && y >= MIN_YEAR && y <= MAX_YEAR && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Parse the DCT ('YYYY-MM-DD' or an ISO date-time); null when absent or not a valid date. */
export function parseDct(published: string | null | undefined): Ymd | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(y, mo, d) ? { y, m: mo, d } : null;
}

const toDate = (t: Ymd) => new Date(Date.UTC(t.y, t.m - 1, t.d));
const fromDate = (x: Date): Ymd => ({ y: x.getUTCFullYear(), m: x.getUTCMonth() + 1, d: x.getUTCDate() });

export function addDays(t: Ymd, n: number): Ymd {
  const x = toDate(t);
  x.setUTCDate(x.getUTCDate() + n);
  return fromDate(x);
}

/** Add months, clamping the day to the month's length. */
export function addMonths(t: Ymd, n: number): Ymd {
  const total = t.y * 12 + (t.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return { y, m, d: Math.min(t.d, daysInMonth(y, m)) };
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus). */
export function easterSunday(y: number): Ymd {
  const a = y % 19; const b = Math.floor(y / 100); const c = y % 100;
  const d = Math.floor(b / 4); const e = b % 4; const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3); const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4); const k = c % 4; const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function weekday(t: Ymd): number {
  const w = toDate(t).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO week-numbering year and week. */
export function isoWeek(t: Ymd): { y: number; w: number } {
  const thursday = addDays(t, 4 - weekday(t));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const dayOfYear = Math.round((toDate(thursday).getTime() - toDate(jan1).getTime()) / 86400000);
  return { y: thursday.y, w: Math.floor(dayOfYear / 7) + 1 };
}

export const fmtDay = (t: Ymd) => `${pad(t.y, 4)}-${pad(t.m)}-${pad(t.d)}`;
export const fmtMonth = (t: Ymd) => `${pad(t.y, 4)}-${pad(t.m)}`;
export const fmtWeek = (t: Ymd) => { const w = isoWeek(t); return `${pad(w.y, 4)}-W${pad(w.w)}`; };
export const quarterOf = (m: number) => Math.floor((m - 1) / 3) + 1;
export const fmtQuarter = (y: number, q: number) => `${pad(y, 4)}-Q${q}`;

/** The TimeML season codes in calendar order, each starting three months after the one before. */
export const SEASON_ORDER = ['SP', 'SU', 'FA', 'WI'];
const SEASON_VALUE = new RegExp(`^(\\d{4})-(${SEASON_ORDER.join('|')})$`);
/** The first day of a TimeML season value ("2011-SU": 2011-06-01; spring starts in March, winter
 * in December); null for any other value. */
export function seasonStartOf(value: string): Ymd | null {
  const s = SEASON_VALUE.exec(value);
  return s ? { y: Number(s[1]), m: 3 * (SEASON_ORDER.indexOf(s[2]!) + 1), d: 1 } : null;
}
/** The season (its index in SEASON_ORDER) and its year a date falls in: winter spans December to February. */
export function seasonOf(t: Ymd): { y: number; s: number } {
  if (t.m <= 2) return { y: t.y - 1, s: 3 };
  if (t.m === 12) return { y: t.y, s: 3 };
  return { y: t.y, s: Math.floor((t.m - 3) / 3) };
}

/** Compare two dates: negative when a is before b. */
export function cmp(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

export function dayDiff(a: Ymd, b: Ymd): number {
  return Math.round((toDate(a).getTime() - toDate(b).getTime()) / 86400000);
}
