/**
 * Ingest: posted text (any supported format, e.g. a dateline text, Markdown, HTML, JSONL), an
 * uploaded file (multipart, size-limited), a page URL or a feed URL. Every write route passes the
 * write guard. Articles are annotated by the same pipeline as the CLI's.
 */
import type { FastifyInstance } from 'fastify';
import type { Document } from '../../document.js';
import type { ReadResult } from '../../ingest/index.js';
import { readBytes, readInputs } from '../../ingest/index.js';
import { processArticle } from '../../ingest/ingest.js';
import type { Store } from '../../store/types.js';
import type { ApiContext } from '../context.js';
import type { StoryState } from '../stories-state.js';
import { errorSchema, type JsonSchema } from '../schemas.js';

export interface IngestReport {
  inserted: number;
  duplicates: number;
  failed: number;
  /** ids of the documents read, new or already stored, in input order */
  ids: string[];
  errors: string[];
}

export const ingestReportSchema: JsonSchema = {
  type: 'object',
  properties: {
    inserted: { type: 'integer' }, duplicates: { type: 'integer' }, failed: { type: 'integer' },
    ids: { type: 'array', items: { type: 'string' } }, errors: { type: 'array', items: { type: 'string' } },
  },
};

/** Most articles one request may carry (a JSONL body or a feed). */
const MAX_ARTICLES = 1000;
/** Largest JSON body of the text ingest route. */
export const TEXT_BODY_LIMIT = 6 * 1024 * 1024;

export interface Overrides { title?: string; source?: string; published?: string; url?: string }

/**
 * Annotate and store what a reader yields; the fields given override what the reader found.
 * With `stories`, the stored documents are added to their stories (those already there are skipped).
 */
export async function ingestResults(store: Store, results: AsyncIterable<ReadResult>, overrides: Overrides = {}, stories?: StoryState): Promise<IngestReport> {
  const report: IngestReport = { inserted: 0, duplicates: 0, failed: 0, ids: [], errors: [] };
  const docs: Document[] = [];
  try {
    for await (const r of results) if (!take(r)) break;
  } catch (err) {
    // a reader that cannot go on (empty or binary input, fetch failure) ends the request's input
    report.failed++;
    report.errors.push((err as Error).message);
  }
  /** annotate one article; false when the request's article limit is reached */
  function take(r: ReadResult): boolean {
    if (report.ids.length + report.failed >= MAX_ARTICLES) { report.errors.push(`only the first ${MAX_ARTICLES} articles of one request are read`); return false; }
    if (!r.ok) { report.failed++; report.errors.push(r.error.message); return true; }
    const raw = { ...r.article };
    if (overrides.title) raw.title = overrides.title;
    if (overrides.source) raw.source = overrides.source;
    if (overrides.url) raw.url = overrides.url;
    if (overrides.published) { raw.published = overrides.published; raw.publishedFrom = 'option'; }
    try {
      const doc = processArticle(raw);
      docs.push(doc);
      report.ids.push(doc.meta.id);
    } catch (err) {
      report.failed++;
      report.errors.push(`annotation failed: ${(err as Error).message}`);
    }
    return true;
  }
  if (docs.length) {
    const res = await store.putDocuments(docs);
    report.inserted = res.inserted;
    report.duplicates = res.duplicates;
    await stories?.add(docs);
  }
  return report;
}

type IngestBody = { text?: string; name?: string; url?: string; feed?: string } & Overrides;

export function ingestRoutes(app: FastifyInstance, { store, guard, maxFileBytes, stories }: ApiContext): void {
  const preHandler = guard.check.bind(guard);
  const security = guard.tokenRequired ? [{ bearer: [] }] : [];
  const str = (maxLength: number, description: string) => ({ type: 'string', minLength: 1, maxLength, description });

  app.post<{ Body: IngestBody }>('/ingest', {
    preHandler,
    bodyLimit: TEXT_BODY_LIMIT,
    schema: {
      tags: ['ingest'], security,
      summary: 'Ingest posted text (any supported format), a page URL or a feed URL; exactly one of text, url, feed',
      body: {
        type: 'object',
        additionalProperties: false,
        properties: {
          text: str(5_000_000, 'the article (a dateline text, Markdown, HTML, JSONL ...)'),
          name: str(200, 'a file name whose extension tells the format (e.g. article.md)'),
          url: { ...str(2000, 'an http(s) page to fetch, or the article URL when text is given'), pattern: '^https?://' },
          feed: { ...str(2000, 'an http(s) RSS or Atom feed to read'), pattern: '^https?://' },
          title: str(500, 'title'), source: str(200, 'publication name'),
          published: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}', description: 'publication date (YYYY-MM-DD or ISO date-time)' },
        },
        oneOf: [{ required: ['text'], not: { required: ['feed'] } }, { required: ['url'], not: { required: ['text'] } }, { required: ['feed'], not: { anyOf: [{ required: ['text'] }, { required: ['url'] }] } }],
      },
      response: { 200: ingestReportSchema, 400: errorSchema, 401: errorSchema, 403: errorSchema, 413: errorSchema },
    },
  }, async (req) => {
    const { text, name, url, feed, ...over } = req.body;
    if (text !== undefined) {
      return ingestResults(store, readBytes(Buffer.from(text, 'utf8'), name ?? 'posted.txt', null, url ?? null), { ...over, url }, stories);
    }
    return ingestResults(store, readInputs([(url ?? feed)!]), over, stories);
  });

  app.post('/ingest/file', {
    preHandler,
    schema: {
      tags: ['ingest'], security, consumes: ['multipart/form-data'],
      summary: `Ingest one uploaded file (form field "file"; at most ${maxFileBytes} bytes): text, Markdown, HTML, JSONL, CSV, RSS/Atom`,
      response: { 200: ingestReportSchema, 400: errorSchema, 401: errorSchema, 403: errorSchema, 413: errorSchema },
    },
  }, async (req, reply) => {
    if (!req.isMultipart()) return reply.code(400).send({ error: 'Bad Request', message: 'send the file as multipart/form-data in a field named "file"' });
    const part = await req.file();
    if (!part) return reply.code(400).send({ error: 'Bad Request', message: 'no file in the form' });
    const bytes = await part.toBuffer();
    const fileName = part.filename.replace(/[^\w.\- ]/g, '_').slice(0, 200) || 'upload';
    return ingestResults(store, readBytes(bytes, fileName, `upload:${fileName}`, null), {}, stories);
  });
}
