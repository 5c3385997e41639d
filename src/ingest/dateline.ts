/**
 * Dateline text, as the seed articles come: the file opens with `date YYYY-MM-DD` (possibly after
 * white space) and the body follows on the same line. Blank lines separate paragraphs.
 */
import { rawArticle, type RawArticle } from './article.js';
import { normalizePublished } from './dates.js';

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
