/**
 * Times stage: TIMEX3-style temporal expressions, normalized against the dateline (meta.published).
 *   resources.ts    loads resources/en/times/*.yaml and known-events.yaml, compiles rules + trigger
 *   extract.ts      the engine: trigger, candidate rules, overlap, context (last quarter/date)
 *   normalize.ts    one normalizer per kind of expression (absolute-date, weekday, ago, ...)
 *   tense.ts        the tense around an expression (direction of "Friday", "November 11")
 *   chrono.ts       clock times and numeric dates via chrono-node
 *   known-events.ts "after the inauguration of Donald Trump"
 *   calendar.ts     date arithmetic and TimeML value formats
 *   timeml.ts       reading and writing TimeML (the `sitrep timeml` command and the eval)
 */
import type { Document, Timex } from '../../document.js';
import type { Stage } from '../types.js';
import { extractTimes, type Region } from './extract.js';
import { loadTimesResources } from './resources.js';

/** The regions to scan: the sentences (with their tokens), or the whole text when there are none. */
export function regionsOf(doc: Readonly<Document>): Region[] {
  if (!doc.sentences.length) return doc.text.length ? [{ start: 0, end: doc.text.length, tokens: null }] : [];
  return doc.sentences.map((s) => ({ start: s.start, end: s.end, tokens: doc.tokens.slice(s.tokenStart, s.tokenEnd), block: s.paragraph }));
}

/** Lines at the top of a text where a dateline may stand (the title, then the date). */
const DATELINE_LINES = 3;

/**
 * The date a text with no publication date gives itself: a full date alone on one of its first
 * lines ("September 01, 2007", "Friday, January 4, 2019" under a Wikinews title), or null.
 */
export function datelineOf(text: string, regions: Region[]): string | null {
  let headEnd = -1;
  for (let k = 0; k < DATELINE_LINES && headEnd < text.length; k++) { const nl = text.indexOf('\n', headEnd + 1); headEnd = nl < 0 ? text.length : nl; }
  const head = regions.filter((r) => r.start < headEnd);
  if (!head.length) return null;
  for (const t of extractTimes(text, null, head)) {
    if (t.start >= headEnd || t.type !== 'DATE' || !/^\d{4}-\d\d-\d\d$/.test(t.value)) continue;
    const lineStart = text.lastIndexOf('\n', t.start - 1) + 1;
    const lineEnd = text.indexOf('\n', t.end);
    const line = text.slice(lineStart, t.start) + text.slice(t.end, lineEnd < 0 ? text.length : lineEnd);
    if (!/\p{L}/u.test(line)) return t.value;
  }
  return null;
}

export function tagTimes(doc: Readonly<Document>): Timex[] {
  const regions = regionsOf(doc);
  return extractTimes(doc.text, doc.meta.published ?? datelineOf(doc.text, regions), regions);
}

export const timesStage: Stage = {
  name: 'times',
  produces: ['times'],
  needs: ['sentences', 'tokens'],
  load: () => { loadTimesResources(); },
  run: (doc) => ({ times: tagTimes(doc) }),
};
