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

export function tagTimes(doc: Readonly<Document>): Timex[] {
  return extractTimes(doc.text, doc.meta.published, regionsOf(doc));
}

export const timesStage: Stage = {
  name: 'times',
  produces: ['times'],
  needs: ['sentences', 'tokens'],
  load: () => { loadTimesResources(); },
  run: (doc) => ({ times: tagTimes(doc) }),
};
