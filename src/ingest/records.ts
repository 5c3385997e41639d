/**
 * Multi-article dumps: JSONL (one JSON object a line) and CSV with a header row. Both stream, so
 * a dump of any size goes through in bounded memory; a bad record is reported with its line or
 * row number and the rest go on. Field names: url, title, date (or published), text (or content,
 * body), source.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse';
import { rawArticle, type RawArticle } from './article.js';
import { InputError } from './decode.js';
import { normalizePublished } from './dates.js';
import type { InputFormat } from '../document.js';

export type ReadResult = { ok: true; article: RawArticle } | { ok: false; error: InputError };

/** Largest single record (one article) accepted from a dump. */
export const MAX_RECORD_CHARS = 5_000_000;

function field(o: Record<string, unknown>, names: string[]): string | null {
  for (const n of names) {
    const v = o[n];
    if (typeof v === 'string' && v.trim()) return v;
    if (typeof v === 'number') return String(v);
  }
  return null;
}

/** Turn one record's fields into an article, or an error naming the record. */
export function recordToArticle(o: Record<string, unknown>, format: InputFormat, input: string, record: number, path: string | null): ReadResult {
  const where = `${input} (${format === 'csv' ? 'row' : 'line'} ${record})`;
  const text = field(o, ['text', 'content', 'body', 'article', 'maintext']);
  if (!text) return { ok: false, error: new InputError(where, 'record has no text (expected a "text" field)') };
  if (text.length > MAX_RECORD_CHARS) return { ok: false, error: new InputError(where, `record text is ${text.length} characters, over the ${MAX_RECORD_CHARS} limit`) };
  const dateRaw = field(o, ['date', 'published', 'published_at', 'publishedAt', 'pubDate', 'date_publish', 'datetime']);
  const published = normalizePublished(dateRaw);
  const warnings: string[] = [];
  if (dateRaw && !published) warnings.push(`date '${dateRaw}' is not a valid date: publication date unknown`);
  if (!dateRaw) warnings.push('no date in the record: publication date unknown');
  return {
    ok: true,
    article: rawArticle({
      text, format, path, record, encoding: 'utf-8', warnings,
      url: field(o, ['url', 'link', 'source_url']), title: field(o, ['title', 'headline']),
      source: field(o, ['source', 'publisher', 'site', 'source_domain']),
      published, publishedFrom: published ? 'record' : 'unknown',
    }),
  };
}

export async function* readJsonl(stream: Readable, input: string, path: string | null): AsyncGenerator<ReadResult> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    const s = line.trim();
    if (!s) continue;
    if (s.length > MAX_RECORD_CHARS * 2) { yield { ok: false, error: new InputError(`${input} (line ${n})`, 'line too long') }; continue; }
    let o: unknown;
    try {
      o = JSON.parse(s);
    } catch (err) {
      yield { ok: false, error: new InputError(`${input} (line ${n})`, `not valid JSON: ${(err as Error).message}`) };
      continue;
    }
    if (!o || typeof o !== 'object' || Array.isArray(o)) { yield { ok: false, error: new InputError(`${input} (line ${n})`, 'not a JSON object') }; continue; }
    yield recordToArticle(o as Record<string, unknown>, 'jsonl', input, n, path);
  }
}

export async function* readCsv(stream: Readable, input: string, path: string | null): AsyncGenerator<ReadResult> {
  const parser = stream.pipe(parseCsv({
    columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
    bom: true, relax_column_count: true, skip_empty_lines: true, max_record_size: MAX_RECORD_CHARS,
  }));
  let n = 1; // the header is row 1
  try {
    for await (const row of parser) {
      n++;
      yield recordToArticle(row as Record<string, unknown>, 'csv', input, n, path);
    }
  } catch (err) {
    yield { ok: false, error: new InputError(`${input} (after row ${n})`, `CSV error: ${(err as Error).message}`) };
  }
}

export function fileStream(file: string): Readable {
  return createReadStream(file);
}
