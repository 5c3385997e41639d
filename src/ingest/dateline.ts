/**
 * Dateline text, as the seed articles come: the file opens with `date YYYY-MM-DD` (possibly after
 * white space) and the body follows on the same line. Blank lines separate paragraphs.
 */
import { rawArticle, type RawArticle } from './article.js';
import { normalizePublished } from './dates.js';
import { extractTimes } from '../stages/times/extract.js';

const DATELINE = /^\s*date[ \t]+(\S+)[ \t]*/i;

/** Does this text open with a dateline (well-formed or not)? */
export function hasDateline(text: string): boolean {
  return DATELINE.test(text.slice(0, 200));
}

export function readDateline(text: string, path: string | null, encoding: string | null): RawArticle {
  const m = DATELINE.exec(text);
  if (!m) return rawArticle({ text, format: 'text', path, encoding, warnings: ['no dateline: publication date unknown'] });
  const published = /^\d{4}-\d{2}-\d{2}$/.test(m[1]!) ? normalizePublished(m[1]) : null;
  const warnings = published ? [] : [`malformed dateline '${m[0].trim()}': publication date unknown`];
  return rawArticle({
    text: text.slice(m[0].length), format: 'dateline', path, encoding, warnings,
    published, publishedFrom: published ? 'dateline' : 'unknown',
  });
}

/** How many non-blank lines at the head of a plain text may carry its date. */
const HEAD_DATE_LINES = 3;
/** Longer lines are prose, not a date line. */
const HEAD_DATE_MAX = 80;

/**
 * The date a plain text gives itself at its head: a full date alone on one of its first non-blank
 * lines ("2019-02-25" or "Monday, February 25, 2019" under the title), read by the times
 * extractor with no reference date, so only a date with its year counts. Null when there is none.
 */
export function headDate(text: string): string | null {
  let from = 0;
  for (let seen = 0; seen < HEAD_DATE_LINES && from < text.length;) {
    const nl = text.indexOf('\n', from);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(from, end);
    from = end + 1;
    if (!line.trim()) continue;
    seen++;
    if (line.length > HEAD_DATE_MAX) continue;
    for (const t of extractTimes(line, null, [{ start: 0, end: line.length, tokens: null }])) {
      if (t.type === 'DATE' && /^\d{4}-\d\d-\d\d$/.test(t.value) && !/\p{L}/u.test(line.slice(0, t.start) + line.slice(t.end))) return normalizePublished(t.value);
    }
  }
  return null;
}
