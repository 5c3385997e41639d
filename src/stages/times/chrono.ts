/**
 * chrono-node for what it parses well: clock times ("10:35 a.m.", "3 p.m. EST", "noon") and
 * numeric dates ("11/25/2024", "25.11.2024"), with the dateline as reference and
 * forwardDate false. It runs only on a chunk where the cheap CLOCK_OR_NUMERIC regex fires.
 */
import * as chrono from 'chrono-node';
import { fmtDay, isValidDate, pad, type Ymd } from './calendar.js';
import type { NormResult } from './normalize.js';
import type { Tense } from './tense.js';

const CLOCK_OR_NUMERIC = /\b\d{1,2}(?::\d\d)?\s*(?:a\.?m\b\.?|p\.?m\b\.?)|\b\d{1,2}:\d\d\b|\bnoon\b|\bmidnight\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/i;
/** What chrono may claim: a clock time or a numeric date, optionally with a day word around it. */
const CLAIMABLE = /\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d\d|noon|midnight|\d{1,2}\/\d{1,2}\/\d{2,4}/i;

export function chronoTimes(chunk: string, offset: number, dct: Ymd | null, tense: (s: number, e: number) => Tense, weekdayRe: RegExp | null = null): { start: number; end: number; result: NormResult; rule: string }[] {
  if (!CLOCK_OR_NUMERIC.test(chunk)) return [];
  // chrono's strict mode drops a clock time with a weekday ("10 p.m. Wednesday") altogether: it
  // sees the weekdays as blanks (same length, so offsets hold) and the rules tag the weekday
  if (weekdayRe) chunk = chunk.replace(weekdayRe, (w) => ' '.repeat(w.length));
  const ref = dct ? new Date(Date.UTC(dct.y, dct.m - 1, dct.d, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  const out: { start: number; end: number; result: NormResult; rule: string }[] = [];
  let results: chrono.ParsedResult[];
  try { results = chrono.en.strict.parse(chunk, { instant: ref, timezone: 0 }, { forwardDate: false }); } catch { return []; }
  for (const r of results) {
    if (!CLAIMABLE.test(r.text)) continue;
    // a result across a sentence break ("on September 11. At 2:45 a.m."): the clock time after it
    // is read alone (the rules tag the date before it)
    const brk = /(?:\d|\p{Ll}{2})[.!?]\s+(?=\p{Lu})/u.exec(r.text);
    if (brk) {
      const from = r.index + brk.index + brk[0].length;
      out.push(...chronoTimes(chunk.slice(from, r.index + r.text.length), offset + from, dct, tense));
      continue;
    }
    // TimeML spans leave out the preposition ("at 3 p.m." -> "3 p.m.")
    const lead = /^(?:at|by|from|until|before|after|around|about)\s+/i.exec(r.text)?.[0].length ?? 0;
    // nor a closing parenthesis chrono takes with a time zone ("(7:49 a.m. UTC)")
    const trail = r.text.includes('(') ? 0 : /\s*\)$/.exec(r.text)?.[0].length ?? 0;
    const start = offset + r.index + lead; const end = offset + r.index + r.text.length - trail;
    const s = r.start;
    const hasDate = s.isCertain('day') && s.isCertain('month');
    const hasTime = s.isCertain('hour');
    const y = s.isCertain('year') ? s.get('year')! : null;
    const m = s.get('month')!; const d = s.get('day')!;
    if (hasDate && y !== null && !isValidDate(y, m, d)) continue;
    let day: string | null = null; let resolved = true; const inferred: NormResult['inferred'] = [];
    if (hasDate && y !== null) day = fmtDay({ y, m, d });
    else if (hasDate) {
      if (!dct) { day = `XXXX-${pad(m)}-${pad(d)}`; resolved = false; inferred.push({ what: 'year', rule: 'no-dateline' }); }
      else { day = fmtDay({ y: dct.y, m, d }); inferred.push({ what: 'year', rule: 'chrono-year-from-dct' }); }
    } else if (dct) { day = fmtDay(dct); inferred.push({ what: 'anchor', rule: 'clock-time-on-dct-day', note: `${tense(start, end)} tense` }); }
    else { day = 'XXXX-XX-XX'; resolved = false; inferred.push({ what: 'anchor', rule: 'no-dateline' }); }
    const utc = /\b(?:UTC|GMT|Z)\b(?!\s*[+-]\d)/.test(r.text);
    const value = hasTime ? `${day}T${pad(s.get('hour')!)}:${pad(s.get('minute') ?? 0)}${utc ? 'Z' : ''}` : day;
    out.push({ start, end, rule: 'chrono', result: { type: hasTime ? 'TIME' : 'DATE', value, granularity: hasTime ? 'minute' : 'day', anchor: hasDate && y !== null ? null : dct ? 'dct' : null, resolved, inferred } });
  }
  return out;
}
