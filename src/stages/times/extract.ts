/**
 * The engine: finds candidate time expressions with the rules of resources/en/times/rules.yaml
 * (only in sentences where the fast trigger regex fires), keeps the longest non-overlapping
 * ones, then normalizes them in text order so each can use the times before it (the last
 * quarter mentioned, the last date). Clock times and numeric dates go to chrono-node; phrases
 * anchored to known events ("after the inauguration of Donald Trump") to known-events.ts.
 */
import type { Timex } from '../../document.js';
import { addDays, dayDiff, fmtDay, parseDct, quarterOf, seasonStartOf, type Ymd } from './calendar.js';
import { chronoTimes } from './chrono.js';
import { knownEventTimes } from './known-events.js';
import { keysOf, listRe, NORMALIZERS, spokenYear, type NormContext, type NormResult } from './normalize.js';
import { loadTimesResources, type Lexicon, type Rule } from './resources.js';
import { forwardCueBefore, presentPerfectAround, tenseAround, wordsOf, type Tense, type Word } from './tense.js';

export interface Region {
  start: number; end: number; tokens: { text: string; pos: string; start: number; end: number }[] | null;
  /** index of the paragraph (or other block) it belongs to: rules match across sentences of one
   * block, since a splitter may cut "Monday, Oct. | 26" */
  block?: number;
}

/** A clock time read on the DCT's day for want of a day of its own. */
const onDctDay = (t: Pick<Timex, 'type' | 'inferred'> | undefined): boolean => !!t && t.type === 'TIME' && t.inferred.some((i) => i.rule === 'clock-time-on-dct-day');

const minutesOf = (value: string) => { const [h, m] = value.slice(value.indexOf('T') + 1, value.indexOf('T') + 6).split(':'); return Number(h) * 60 + Number(m); };

/** The day of a universal clock time given with a local one (both TimeML values): the local day,
 * or the one after or before, whichever puts UTC minus local time within −14 to +12 hours. */
function universalDay(local: string, universal: string): string {
  const diff = minutesOf(universal) - minutesOf(local);
  const shift = [0, 1, -1].find((k) => diff + 1440 * k >= -14 * 60 && diff + 1440 * k <= 12 * 60) ?? 0;
  return fmtDay(addDays(parseDct(local)!, shift));
}

/** Runs of consecutive regions of one block, as [start, end, first region index]. */
function scanSpans(regions: Region[]): [number, number, number][] {
  const out: [number, number, number][] = [];
  regions.forEach((r, i) => {
    const last = out[out.length - 1];
    if (last && r.block !== undefined && regions[i - 1]!.block === r.block) last[1] = r.end;
    else out.push([r.start, r.end, i]);
  });
  return out;
}

/** The region holding offset `at` (regions are sorted), searching from `from`. */
function regionAt(regions: Region[], at: number, from: number): number {
  let i = from;
  while (i + 1 < regions.length && regions[i + 1]!.start <= at) i++;
  return i;
}

interface Candidate { start: number; end: number; rule: string; norm: string; order: number; groups: Record<string, string | undefined>; region: number }

/** Longest candidates first; on equal length, the rule listed first. */
function selectNonOverlapping<T extends { start: number; end: number; order: number }>(cands: T[]): T[] {
  const sorted = [...cands].sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.order - b.order || a.start - b.start);
  const taken: T[] = [];
  for (const c of sorted) if (!taken.some((t) => c.start < t.end && t.start < c.end)) taken.push(c);
  return taken.sort((a, b) => a.start - b.start);
}

/** Groups of a match; a second use of a table ({weekday#2}) fills the first name when empty; a
 * year said in words (spokenyear) is given as digits in `year`. null: a spoken year that is no year.
 * The match's own groups object is returned where there is nothing to fill (most matches). */
function groupsOf(m: RegExpExecArray, rule: Rule, lex: Lexicon): Record<string, string | undefined> | null {
  const own = m.groups ?? {};
  if (!rule.seconds.length && (!rule.spoken || own.spokenyear === undefined)) return own;
  const g: Record<string, string | undefined> = { ...own };
  for (const k of rule.seconds) if (g[`${k}2`] !== undefined && g[k] === undefined) g[k] = g[`${k}2`];
  if (g.spokenyear === undefined) return g;
  const y = spokenYear(lex, g.spokenyear);
  return y ? { ...g, year: y } : null;
}

/** Characters of context around a trigger word that a time expression can span. */
const WINDOW = 45;

/**
 * The stretches of [a, b) worth running the rules on: around each trigger, WINDOW characters
 * either side, widened to white space so no word is cut, merged when they touch.
 */
function windowsOf(text: string, a: number, b: number, trig: RegExp): [number, number][] {
  const out: [number, number][] = [];
  const chunk = text.slice(a, b);
  trig.lastIndex = 0;
  for (let m = trig.exec(chunk); m; m = trig.exec(chunk)) {
    let s = Math.max(0, m.index - WINDOW);
    let e = Math.min(chunk.length, m.index + m[0].length + WINDOW);
    while (s > 0 && !/\s/.test(chunk[s - 1]!)) s--;
    while (e < chunk.length && !/\s/.test(chunk[e]!)) e++;
    const last = out[out.length - 1];
    if (last && s <= last[1] - a) last[1] = Math.max(last[1], a + e);
    else out.push([a + s, a + e]);
    // a later trigger widens the window ("in Rwanda nearly four years ago": "ago" lies more than
    // WINDOW after "500,000" but not after "years"); those that cannot reach past its end are skipped
    if (m[0].length === 0) trig.lastIndex++;
    else trig.lastIndex = Math.max(trig.lastIndex, e - WINDOW);
  }
  return out;
}

/** Designators of a one-part duration value, largest first (a T before the time ones). */
const DURATION_PARTS = ['Y', 'M', 'W', 'D', 'TH', 'TM', 'TS'];
/** A duration and a one-part one in a smaller unit after it ("PT1H" or "PT1H59M", then "PT40S")
 * as one value ("PT1H59M40S"); else null. */
function joinedDuration(a: string, b: string): string | null {
  const pb = /^P(T?)(\d+(?:\.\d+)?)([YMWDHS])$/.exec(b);
  const body = /^P((?:\d+(?:\.\d+)?[YMWD])*)(?:T((?:\d+(?:\.\d+)?[HMS])+))?$/.exec(a);
  if (!pb || !body || (!body[1] && !body[2])) return null;
  const parts = [...(body[1] ?? '').matchAll(/(\d+(?:\.\d+)?)([YMWD])/g)].map((m) => [m[2]!, m[1]!])
    .concat([...(body[2] ?? '').matchAll(/(\d+(?:\.\d+)?)([HMS])/g)].map((m) => [`T${m[2]}`, m[1]!]));
  const rb = DURATION_PARTS.indexOf(pb[1]! + pb[3]!);
  if (rb <= DURATION_PARTS.indexOf(parts[parts.length - 1]![0]!)) return null;
  parts.push([pb[1]! + pb[3]!, pb[2]!]);
  const date = parts.filter(([k]) => !k!.startsWith('T')).map(([k, n]) => n + k).join('');
  const time = parts.filter(([k]) => k!.startsWith('T')).map(([k, n]) => n + k!.slice(1)).join('');
  return `P${date}${time ? `T${time}` : ''}`;
}


/**
 * The length of a determiner ("a", "the", "its") to leave out at the start of a time that modifies
 * the noun after it on the same line: a hyphenated unit ("a two-year contract", "the 23-year
 * Israeli occupation") or a count of a unit in the singular ("a five year low"); else 0.
 */
function modifierDeterminer(text: string, start: number, end: number, type: string, lex: Lexicon): number {
  const det = listRe(lex.modifierDeterminers, '^(?:{})\\s+').exec(text.slice(start, end));
  if (!det) return 0;
  const rest = text.slice(start + det[0].length, end);
  const count = type === 'DURATION' && /^(\S+)\s+(\p{L}+)$/u.exec(rest.toLowerCase());
  const unitCount = !!count && (/^\d/.test(count[1]!) || count[1]!.split('-').every((w) => w in lex.numbers)) && count[2]! in lex.units;
  if (!/^\S*-\p{L}+$/u.test(rest) && !unitCount) return 0;
  const next = /^[ \t]+(\p{L}+)/u.exec(text.slice(end, end + 40));
  return next && !lex.modifierNotBefore.includes(next[1]!.toLowerCase()) ? det[0].length : 0;
}

const MAX_REGION = 5000; // a "sentence" longer than this (no punctuation) is scanned in pieces

export function extractTimes(text: string, published: string | null, regions: Region[]): Timex[] {
  const res = loadTimesResources();
  const dct: Ymd | null = parseDct(published);
  const cands: Candidate[] = [];
  const blocked: { start: number; end: number; order: number }[] = [];
  const wordsCache = new Map<number, Word[]>();
  const wordsOfRegion = (ri: number): Word[] => {
    let w = wordsCache.get(ri);
    if (!w) { const r = regions[ri]!; w = wordsOf(text, r.start, r.end, r.tokens); wordsCache.set(ri, w); }
    return w;
  };
  const probe: NormContext = { lex: res.lex, text, start: 0, end: 0, dct, tense: () => 'unknown', presentPerfect: () => false, forwardCue: () => false, lastQuarter: null, lastDate: null, lastDay: null };
  const tenseOf = (ri: number, s: number, e: number): Tense => tenseAround(wordsOfRegion(ri), s, e, res.lex);
  const extra: { start: number; end: number; order: number; result: NormResult; rule: string }[] = [];
  const trig = new RegExp(res.trigger.source, 'gi');
  const passed = new Uint8Array(res.rules.length);
  for (const [rs, re, first] of scanSpans(regions)) {
    for (let a = rs; a < re; a += MAX_REGION) {
      const b = Math.min(re, a + MAX_REGION);
      for (const [wa, wb] of windowsOf(text, a, b, trig)) {
        const chunk = text.slice(wa, wb);
        passed.fill(0); // a shared `needs` is tested once per window: 1 passed, 2 failed
        res.rules.forEach((rule, order) => {
          if (rule.needs) {
            if (!passed[rule.needsId]) passed[rule.needsId] = rule.needs.test(chunk) ? 1 : 2;
            if (passed[rule.needsId] === 2) return;
          }
          rule.re.lastIndex = 0;
          for (let m = rule.re.exec(chunk); m; m = rule.re.exec(chunk)) {
            if (m[0].length === 0) { rule.re.lastIndex++; continue; }
            const start = wa + m.index; const end = start + m[0].length;
            // pass 1: does the normalizer accept it at all (context-free)?
            const groups = groupsOf(m, rule, res.lex);
            if (!groups) continue;
            const got = NORMALIZERS[rule.norm]!(groups, { ...probe, start, end });
            if (got === 'absurd') blocked.push({ start, end, order: -1 });
            // a match rejected as a whole may hide one starting inside it ("until Friday |
            // September 18, 2008": the weekday is not the date's, the date alone still is one)
            else if (got === 'inner') rule.re.lastIndex = m.index + 1;
            else if (got) cands.push({ start, end, rule: rule.name, norm: rule.norm, order, groups, region: regionAt(regions, start, first) });
          }
        });
        for (const t of chronoTimes(chunk, wa, dct, (s, e) => tenseOf(regionAt(regions, s, first), s, e), res.weekdayRe)) extra.push({ ...t, order: -2 });
      }
    }
  }
  for (const t of knownEventTimes(text, 0, dct, res)) extra.push({ ...t, order: -3 });
  // absurd dates block their span; chrono and known-event results compete on length like rules
  const all = selectNonOverlapping<{ start: number; end: number; order: number; cand?: Candidate; pre?: NormResult; rule?: string }>([
    ...blocked, ...cands.map((c) => ({ start: c.start, end: c.end, order: c.order, cand: c })),
    ...extra.map((x) => ({ start: x.start, end: x.end, order: x.order, pre: x.result, rule: x.rule })),
  ]);
  const out: Timex[] = [];
  let lastQuarter: NormContext['lastQuarter'] = null;
  let lastQuarterNumber: number | null = null;
  let lastDate: NormContext['lastDate'] = null;
  let lastDay: NormContext['lastDay'] = null;
  for (const item of all) {
    let n: NormResult | null = null;
    if (item.cand) {
      const c = item.cand;
      const got = NORMALIZERS[c.norm]!(c.groups, {
        lex: res.lex, text, start: c.start, end: c.end, dct, lastQuarter, lastQuarterNumber, lastDate, lastDay,
        tense: () => tenseOf(c.region, c.start, c.end), presentPerfect: () => presentPerfectAround(wordsOfRegion(c.region), c.start, c.end, res.lex), forwardCue: () => forwardCueBefore(wordsOfRegion(c.region), c.start, c.end, res.lex),
      });
      n = got && got !== 'absurd' && got !== 'inner' ? got : null;
    } else if (item.pre) n = item.pre;
    if (!n) continue;
    // "10 p.m. Wednesday", "noon Thursday": a clock time followed by its day is one TIME
    const prev = out[out.length - 1];
    if (prev && prev.type === 'TIME' && /T\d\d:\d\dZ?$/.test(prev.value) && n.granularity === 'day' && /^(?:\d{4}|XXXX)-[\dX]{2}-[\dX]{2}$/.test(n.value)
      && /^\s*,?\s*(?:on\s+)?$/.test(text.slice(prev.end, item.start))) {
      prev.end = item.end; prev.text = text.slice(prev.start, prev.end);
      prev.value = n.value + prev.value.slice(prev.value.indexOf('T'));
      prev.resolved = n.resolved; prev.anchor = n.anchor === 'dct' ? published : prev.anchor;
      prev.inferred = [...n.inferred, { what: 'day', rule: 'clock-time-of-following-day' }];
      continue;
    }
    // "midnight Wednesday night", "9 p.m. Friday evening": a clock time read on the DCT's day right
    // before a part of a named day takes that day; both stay
    if (onDctDay(prev) && n.granularity === 'part-of-day' && /^\d{4}-\d\d-\d\dT[A-Z]{2}$/.test(n.value) && /^\s*,?\s*(?:on\s+)?$/.test(text.slice(prev!.end, item.start))) {
      prev!.value = n.value.slice(0, 10) + prev!.value.slice(prev!.value.indexOf('T'));
      prev!.inferred = [...n.inferred, { what: 'day', rule: 'clock-time-of-following-day' }];
    }
    // "10:35 a.m. (0735 GMT) Friday", "15:30 local time (1430 UTC) on Tuesday", "12:20 p.m. local
    // time on Wednesday", "2:49 a.m. local time (7:49 a.m. UTC) on Saturday morning": the day after
    // a parenthesis or a time zone is the clock time's, and that of a clock time inside it; all stay
    const day = (n.granularity === 'day' || n.granularity === 'part-of-day') && /^\d{4}-\d\d-\d\d(?=$|T\p{Lu}{2}$)/u.exec(n.value)?.[0];
    if (day) {
      const prev2 = out[out.length - 2];
      const inParens = onDctDay(prev) && onDctDay(prev2) && /^[^().;!?]{0,25}\(\s*$/.test(text.slice(prev2!.end, prev!.start)) && /^\s*\)\s*,?\s*(?:on\s+)?$/.test(text.slice(prev!.end, item.start));
      const clocks = inParens ? [prev2!, prev!] : onDctDay(prev) && listRe(res.lex.clockZones, '^\\s*(?:(?:{})\\s*)?(?:\\([^()]*\\)\\s*)?,?\\s*(?:on\\s+)?$').test(text.slice(prev!.end, item.start)) ? [prev!] : [];
      for (const t of clocks) {
        t.value = day + t.value.slice(t.value.indexOf('T'));
        t.inferred = [...n.inferred, { what: 'day', rule: 'clock-time-of-following-day' }];
      }
    }
    // "Wednesday at 10 p.m.", "flew Tuesday in Everett at 18:00 UTC", "on the morning of August 1
    // around 4:30": a clock time read on the DCT's day takes the day named just before it in the
    // same sentence; right after it ("Saturday 8:00 p.m."), the two are one TIME
    if (prev && onDctDay(n) && prev.granularity === 'day'
      && /^(?:\d{4}|XXXX)-[\dX]{2}-[\dX]{2}$/.test(prev.value)) {
      const gap = text.slice(prev.end, item.start);
      const inferred = [...prev.inferred, { what: 'day', rule: 'clock-time-of-preceding-day' }];
      if (/^[ \t]*,?[ \t]*$/.test(gap)) {
        Object.assign(prev, { end: item.end, text: text.slice(prev.start, item.end), type: 'TIME', value: prev.value + n.value.slice(n.value.indexOf('T')), granularity: n.granularity, inferred });
        continue;
      }
      // "(December 2, 2022)\n\n5:41 P.M. EST": a time stamp on the line after a dateline
      if (/^[^.;!?()]{0,60}\b(?:at|around|about)\s+$/i.test(gap) || /^\)?[ \t]*\n\s*$/.test(gap)) n = { ...n, value: prev.value + n.value.slice(n.value.indexOf('T')), anchor: 'prev', inferred: [{ what: 'day', rule: 'clock-time-of-preceding-day' }] };
    }
    // "Saturday 8:00 p.m. (1200 UTC)", "on August 2 at 5 p.m. local time (2100 UTC)": a clock time in a
    // parenthesis right after one with a day of its own (not the DCT's) has that day; a universal
    // time has it or the day before or after, where the local zone's offset (UTC−12 to UTC+14) puts
    // it ("on Saturday at 8:30 p.m. (0030 UTC)" is Sunday)
    if (prev && onDctDay(n) && prev.type === 'TIME' && !onDctDay(prev)
      && /^\d{4}-\d\d-\d\dT\d/.test(prev.value) && /^[^().;!?]{0,25}\(\s*$/.test(text.slice(prev.end, item.start))) {
      const universal = /T\d\d:\d\dZ$/.test(n.value) && /T\d\d:\d\d$/.test(prev.value);
      const day = universal ? universalDay(prev.value, n.value) : prev.value.slice(0, 10);
      n = { ...n, value: day + n.value.slice(n.value.indexOf('T')), anchor: 'prev', inferred: [{ what: 'day', rule: universal ? 'universal-time-of-preceding-clock-time' : 'clock-time-of-preceding-day' }] };
    }
    // "On Saturday evening in Forbury Gardens ... shortly before 19:00 local time", "On Monday, a
    // water main broke ... By 5:00 pm EDT": a clock time with no day of its own, in a past-tense
    // clause, is on the day the story last named (a day of the week before the dateline), not the
    // dateline's day
    let storyDay: Timex | undefined;
    // (a time stamp alone on its line, "10:40 A.M. EST" closing a transcript, is not told in the story)
    const stamp = () => {
      const lineStart = text.lastIndexOf('\n', item.start) + 1; const lineEnd = text.indexOf('\n', item.end);
      return /^[\s\p{Lu}\p{P}]*$/u.test(text.slice(lineStart, item.start) + text.slice(item.end, lineEnd < 0 ? text.length : lineEnd));
    };
    if (onDctDay(n) && dct && n.inferred.some((i) => i.note === 'past tense' || i.note === 'unknown tense') && !stamp()) {
      const ref = out.findLast((t) => !onDctDay(t) && /^\d{4}-\d\d-\d\d(?:$|T)/.test(t.value) && (t.granularity === 'day' || t.granularity === 'part-of-day' || t.granularity === 'minute'));
      const refDay = ref ? parseDct(ref.value.slice(0, 10)) : null;
      const back = refDay ? dayDiff(dct, refDay) : 0;
      if (ref && back >= 1 && back <= 7) storyDay = ref, n = { ...n, value: ref.value.slice(0, 10) + n.value.slice(n.value.indexOf('T')), anchor: 'prev', inferred: [{ what: 'day', rule: 'clock-time-of-story-day', note: `the day last named, ${ref.text}` }] };
    }
    // "1 hour 59 minutes 40.2 seconds", "two years and six months": one duration said in parts
    const parts = prev && prev.type === 'DURATION' && n.type === 'DURATION' && !prev.mod && !n.mod
      && /^\s*,?\s*(?:and\s+)?$/.test(text.slice(prev.end, item.start)) ? joinedDuration(prev.value, n.value) : null;
    if (prev && parts) {
      prev.end = item.end; prev.text = text.slice(prev.start, prev.end); prev.value = parts;
      continue;
    }
    // "the day before last Tuesday's hearing", "the day after Christmas": a day counted from the
    // date right after the lead is one DATE with it
    const offset = n.type === 'DATE' && n.granularity === 'day' && /^\d{4}-\d\d-\d\d$/.test(n.value)
      ? listRe(keysOf(res.lex.dayOffsetLeads), '(?<!\\p{L})({})\\s+$').exec(text.slice(Math.max(0, item.start - 30), item.start)) : null;
    if (offset) {
      item.start -= offset[0].length;
      n = { ...n, value: fmtDay(addDays(parseDct(n.value)!, res.lex.dayOffsetLeads[offset[1]!.toLowerCase().replace(/\s+/g, ' ')]!)), inferred: [...n.inferred, { what: 'day', rule: 'day-offset-of-date' }] };
    }
    // "a two-year contract", "the third-quarter GNP", "its 41-year history", "a five year low": a
    // determiner before a time that modifies the noun after it belongs to that noun
    // "the year-ago results": the noun read with the time is no part of it (rule group nountail)
    if (item.cand?.groups.nountail) item.end -= /\s+\S+$/.exec(text.slice(item.start, item.end))?.[0].length ?? 0;
    item.start += modifierDeterminer(text, item.start, item.end, n.type, res.lex);
    const id = `t${out.length + 1}`;
    const antecedent = n.fromDay ? lastDay : lastDate;
    const anchorValue = n.anchor === 'dct' ? (dct ? published : null) : n.anchor === 'prev' ? (antecedent ? out.find((t) => t.id === antecedent.id)?.value ?? null : lastQuarter ? `${lastQuarter.y}-Q${lastQuarter.q}` : null) : null;
    out.push({
      id, start: item.start, end: item.end, text: text.slice(item.start, item.end), type: n.type, value: n.value,
      mod: n.mod ?? null, quant: n.quant ?? null, freq: n.freq ?? null, anchor: anchorValue,
      anchorId: n.anchor === 'prev' && antecedent ? antecedent.id : null, granularity: n.granularity, resolved: n.resolved,
      inferred: n.inferred,
    });
    if (storyDay) Object.assign(out[out.length - 1]!, { anchor: storyDay.value, anchorId: storyDay.id });
    // context for the times after this one
    const q = /^(\d{4})-Q([1-4])$/.exec(n.value);
    const derived = n.inferred.some((i) => /^year-earlier|^quarter-from-context/.test(i.rule));
    // a quarter not yet over at the dateline, in a future-tense clause ("will result in a
    // fourth-quarter charge"), is a forecast: "the latest quarter", "a year ago" still count
    // from the quarter reported on
    const forecast = !!q && !!dct && Number(q[1]) * 4 + Number(q[2]) >= dct.y * 4 + quarterOf(dct.m) && n.inferred.some((i) => /-future-tense$/.test(i.rule));
    if (q && !derived && !forecast) { lastQuarter = { y: Number(q[1]), q: Number(q[2]) }; lastQuarterNumber = lastQuarter.q; }
    const d = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$/.exec(n.value);
    if (d && n.type === 'DATE' && !n.inferred.some((i) => i.rule === 'known-event')) {
      const ymd = { y: Number(d[1]), m: d[2] ? Number(d[2]) : 1, d: d[3] ? Number(d[3]) : 1 };
      lastDate = { ymd, gran: d[3] ? 'day' : d[2] ? 'month' : 'year', id };
      if (d[3]) lastDay = { ymd, id };
      if (!d[2]) lastQuarter = lastQuarter && lastQuarter.y === ymd.y ? lastQuarter : null;
    }
    // a season ("the summer of 2011") is the last date for "that winter", "the following year"
    const season = seasonStartOf(n.value);
    if (season) lastDate = { ymd: season, gran: 'season', id };
  }
  return out;
}

export { selectNonOverlapping };
