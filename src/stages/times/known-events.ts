/**
 * Times anchored to known events: "after the inauguration of Donald Trump" -> AFTER 2025-01-20.
 * The events, their dates and aliases, and the signal words are data in
 * resources/en/known-events.yaml. An event with several occurrences (inaugurations, elections)
 * takes the one nearest the dateline; without a dateline only a single-occurrence event resolves.
 */
import { dayDiff, parseDct, type Ymd } from './calendar.js';
import type { NormResult } from './normalize.js';
import type { TimesResources } from './resources.js';

export function knownEventTimes(chunk: string, offset: number, dct: Ymd | null, res: TimesResources): { start: number; end: number; result: NormResult; rule: string }[] {
  if (!res.eventRe) return [];
  const out: { start: number; end: number; result: NormResult; rule: string }[] = [];
  res.eventRe.lastIndex = 0;
  for (let m = res.eventRe.exec(chunk); m; m = res.eventRe.exec(chunk)) {
    const phrase = m.groups!.event!;
    const ev = res.events.find((e) => e.re.test(phrase));
    if (!ev) continue;
    const mod = res.signals[m.groups!.signal!.toLowerCase().replace(/\s+/g, ' ')] ?? null;
    let date: string | null = null; let rule = 'known-event';
    if (ev.dates.length === 1) date = ev.dates[0]!;
    else if (dct) {
      date = [...ev.dates].sort((a, b) => Math.abs(dayDiff(parseDct(a)!, dct)) - Math.abs(dayDiff(parseDct(b)!, dct)))[0]!;
      rule = 'known-event';
    }
    out.push({
      start: offset + m.index, end: offset + m.index + m[0].length, rule: 'known-event',
      result: {
        type: 'DATE', value: date ?? 'XXXX-XX-XX', mod, granularity: 'day', anchor: null, resolved: date !== null,
        inferred: [{ what: 'anchor', rule, note: `${ev.name} (${ev.id})${ev.dates.length > 1 ? `: occurrence ${date ?? 'unknown'} of ${ev.dates.join(', ')}${date ? ', the nearest the dateline' : ', no dateline to choose by'}` : ''}` }],
      },
    });
  }
  return out;
}
