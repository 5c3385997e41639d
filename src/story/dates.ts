/**
 * Dates of event mentions: from the times layer when the document has one (the timex in the
 * event's sentence, or the events layer's own time), else from the sentence's text with
 * chrono-node against the publication date. Only day, month or year values count; durations,
 * sets and unresolved times do not date an event.
 */
import * as chrono from 'chrono-node';
import type { Document } from '../document.js';

export interface DatedSpan { start: number; end: number; date: string; from: 'times' | 'text' }

const DATE_VALUE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/;
const WEEK_VALUE = /^(\d{4})-W(\d{2})/;
const DAY_MS = 86_400_000;

/**
 * The calendar date a TimeML value names, as precise as it is and in an order that sorts by
 * time: "2022-02-24", "2022-02", "2022". A week ("2022-W07", "2022-W07-WE") gives the month of its
 * Thursday ("2022-02"), as the ISO week belongs to the year of its Thursday; a quarter, half or
 * season gives its year. Null for what names no calendar date (durations, sets, PAST_REF, "XXXX-11").
 */
export function calendarDate(value: string): string | null {
  const w = WEEK_VALUE.exec(value);
  if (w) {
    const jan4 = Date.UTC(Number(w[1]), 0, 4); // always in week 1
    const monday = (new Date(jan4).getUTCDay() + 6) % 7; // days since that week's Monday
    const thursday = new Date(jan4 + (3 - monday + 7 * (Number(w[2]) - 1)) * DAY_MS);
    return thursday.toISOString().slice(0, 7);
  }
  return DATE_VALUE.exec(value)?.[0] ?? null;
}
/** cheap pre-filter before chrono: month names, weekdays, relative days, years */
const DATE_HINT = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:19|20)\d\d-\d\d-\d\d\b/i;
const MAX_CHARS = 20000;

/** Date expressions of a document with their calendar value (YYYY, YYYY-MM or YYYY-MM-DD). */
export function documentDates(doc: Readonly<Document>): DatedSpan[] {
  if (doc.times.length) {
    return doc.times.filter((t) => t.type === 'DATE' && t.resolved).map((t) => ({ t, date: calendarDate(t.value) }))
      .filter((x): x is { t: typeof x.t; date: string } => x.date !== null)
      .map(({ t, date }) => ({ start: t.start, end: t.end, date, from: 'times' as const }));
  }
  const ref = doc.meta.published ? new Date(`${doc.meta.published.slice(0, 10)}T12:00:00Z`) : undefined;
  if (ref && Number.isNaN(ref.getTime())) return [];
  const text = doc.text.slice(0, MAX_CHARS);
  const out: DatedSpan[] = [];
  // one paragraph at a time, and only paragraphs that look like they hold a date
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!DATE_HINT.test(m[0])) continue;
    for (const r of chrono.parse(m[0], ref ?? new Date(0), { forwardDate: false })) {
      if (!r.start.isCertain('day') && !r.start.isCertain('month')) continue;
      if (!ref && !r.start.isCertain('year')) continue;
      const iso = `${r.start.get('year')}-${String(r.start.get('month')).padStart(2, '0')}-${String(r.start.get('day')).padStart(2, '0')}`;
      const date = r.start.isCertain('day') || r.start.isCertain('weekday') ? iso : iso.slice(0, 7);
      out.push({ start: m.index + r.index, end: m.index + r.index + r.text.length, date, from: 'text' });
    }
  }
  return out;
}
