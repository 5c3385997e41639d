/** Documents: list, search with filters and facets, and one document by id or unique id prefix. */
import type { FastifyInstance } from 'fastify';
import type { SearchQuery } from '../../store/types.js';
import { NotFound, type ApiContext } from '../context.js';
import { errorSchema, facetsSchema, itemSchemas, pageQuery, searchQuery, searchResultSchema } from '../schemas.js';

type SearchParams = { q?: string; from?: string; to?: string; source?: string; language?: string; entity?: string; eventType?: string; country?: string; limit: number; offset: number };

/** A day bound from YYYY or YYYY-MM: the first or last day it covers. */
export function dayBound(v: string | undefined, end: boolean): string | undefined {
  if (!v) return undefined;
  if (v.length === 4) return end ? `${v}-12-31` : `${v}-01-01`;
  if (v.length === 7) return end ? `${v}-31` : `${v}-01`;
  return v;
}

function toSearch(q: SearchParams): SearchQuery {
  return {
    text: q.q, from: dayBound(q.from, false), to: dayBound(q.to, true), source: q.source, language: q.language,
    entity: q.entity, eventType: q.eventType?.toUpperCase(), country: q.country, limit: q.limit, offset: q.offset,
  };
}

export function documentRoutes(app: FastifyInstance, { store }: ApiContext): void {
  app.get<{ Querystring: { limit: number; offset: number } }>('/documents', {
    schema: {
      tags: ['documents'], summary: 'Stored documents, newest first',
      querystring: { type: 'object', additionalProperties: false, properties: pageQuery },
      response: { 200: searchResultSchema, 400: errorSchema },
    },
  }, async (req) => {
    const res = await store.search({ limit: req.query.limit, offset: req.query.offset });
    return { ...res, limit: req.query.limit, offset: req.query.offset };
  });

  app.get<{ Params: { id: string } }>('/documents/:id', {
    schema: {
      tags: ['documents'], summary: 'One document with every layer, by id or a unique id prefix',
      params: { type: 'object', properties: { id: { type: 'string', pattern: '^[0-9a-f]{1,16}$' } }, required: ['id'] },
      response: { 200: itemSchemas().document, 400: errorSchema, 404: errorSchema },
    },
  }, async (req, reply) => {
    const id = req.params.id.length === 16 ? req.params.id : await store.resolveId(req.params.id);
    // the stored JSON is passed on as it is when the store can give it (no parse and re-serialize)
    const json = id && store.getDocumentJson ? await store.getDocumentJson(id) : null;
    if (json) return reply.type('application/json; charset=utf-8').send(json);
    const doc = id ? await store.getDocument(id) : null;
    if (!doc) throw new NotFound(`no stored document has the id ${req.params.id}${req.params.id.length < 16 ? ' (or the prefix is not unique)' : ''}`);
    return doc;
  });

  app.get<{ Querystring: SearchParams }>('/search', {
    schema: {
      tags: ['documents'], summary: 'Full-text search with filters (publication date range, source, entity, event type, country)',
      querystring: searchQuery,
      response: { 200: searchResultSchema, 400: errorSchema },
    },
  }, async (req) => {
    const res = await store.search(toSearch(req.query));
    return { ...res, limit: req.query.limit, offset: req.query.offset };
  });

  app.get<{ Querystring: SearchParams }>('/facets', {
    schema: {
      tags: ['documents'], summary: 'Counts by source, language, event type, country and entity over the documents a search matches',
      querystring: searchQuery,
      response: { 200: facetsSchema, 400: errorSchema },
    },
  }, async (req) => {
    if (store.facets) return store.facets(toSearch(req.query));
    // a store without facet queries: count over the first page of matches
    const res = await store.search({ ...toSearch(req.query), limit: 500, offset: 0 });
    const tally = (values: (string | null)[]) => {
      const m = new Map<string, number>();
      for (const v of values) if (v) m.set(v, (m.get(v) ?? 0) + 1);
      return [...m].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count).slice(0, 12);
    };
    return { sources: tally(res.items.map((d) => d.source)), languages: tally(res.items.map((d) => d.language)), eventTypes: [], countries: [], entities: [] };
  });
}
