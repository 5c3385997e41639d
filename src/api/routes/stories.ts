/**
 * Stories: many articles, one developing story. The list (largest first), one story with its
 * documents, its timeline (JSON, CSV or Markdown), and the story a document belongs to. The
 * engine is the server's one StoryState (loaded on first use, kept current by ingest).
 */
import type { FastifyInstance } from 'fastify';
import { buildTimeline, listStories, summarize, timelineCsv, timelineMarkdown } from '../../story/index.js';
import { NotFound, type ApiContext } from '../context.js';
import { errorSchema, pageQuery, type JsonSchema } from '../schemas.js';

const storyIdParams = { type: 'object', properties: { id: { type: 'string', pattern: '^s[0-9a-z]{1,12}$', description: 'story id (from GET /api/stories)' } }, required: ['id'] };
const str = { type: 'string' };
const strOrNull = { type: ['string', 'null'] };

export const storySummarySchema: JsonSchema = {
  type: 'object',
  properties: {
    id: str, title: str, first: { ...strOrNull, description: 'first publication day' }, last: { ...strOrNull, description: 'last publication day' },
    sources: { type: 'integer', description: 'independent sources (copies of one story count once)' },
    keyActors: { type: 'array', items: str }, events: { type: 'integer' },
    documents: {
      type: 'array',
      items: { type: 'object', properties: { id: str, where: { ...strOrNull, description: 'url or path' }, published: strOrNull, title: strOrNull, copyOf: { ...strOrNull, description: 'the original this document copies' } } },
    },
  },
};

const timelineEntrySchema: JsonSchema = {
  type: 'object',
  properties: {
    event: str, date: strOrNull, label: str, type: strOrNull, certainty: str, sources: { type: 'integer' }, reports: { type: 'integer' },
    actors: { type: 'array', items: str },
    evidence: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          doc: str, published: strOrNull, title: strOrNull, where: strOrNull, start: { type: 'integer' }, end: { type: 'integer' },
          trigger: str, sentence: str, certainty: str, polarity: str, copy: { type: 'boolean' },
        },
      },
    },
  },
};

export const timelineSchema: JsonSchema = {
  type: 'object',
  description: 'dated events in order of occurrence, undated events apart, and stances over time (changed marks a new position)',
  properties: {
    story: str, title: str, first: strOrNull, last: strOrNull, documents: { type: 'integer' }, sources: { type: 'integer' },
    keyActors: { type: 'array', items: { type: 'object', properties: { id: str, name: str, type: str, documents: { type: 'integer' } } } },
    events: { type: 'array', items: timelineEntrySchema },
    undated: { type: 'array', items: timelineEntrySchema },
    stances: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          actor: str, proposition: str, label: str,
          positions: { type: 'array', items: { type: 'object', properties: { date: strOrNull, position: str, doc: str, evidence: str, changed: { type: 'boolean' } } } },
        },
      },
    },
  },
};

export function storyRoutes(app: FastifyInstance, { store, stories }: ApiContext): void {
  app.get<{ Querystring: { limit: number; offset: number; minDocs: number } }>('/stories', {
    schema: {
      tags: ['stories'], summary: 'Stories across the stored articles, largest first',
      querystring: {
        type: 'object', additionalProperties: false,
        properties: { ...pageQuery, minDocs: { type: 'integer', minimum: 1, maximum: 1_000_000, default: 1, description: 'only stories with at least this many documents' } },
      },
      response: {
        200: { type: 'object', properties: { total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' }, items: { type: 'array', items: storySummarySchema } } },
        400: errorSchema,
      },
    },
  }, async (req) => {
    const { limit, offset, minDocs } = req.query;
    const all = listStories(await stories.engine(), { minDocs });
    return { total: all.length, limit, offset, items: all.slice(offset, offset + limit) };
  });

  app.get<{ Params: { id: string } }>('/stories/:id', {
    schema: {
      tags: ['stories'], summary: 'One story: title, dates, independent sources, key actors and its documents',
      params: storyIdParams,
      response: { 200: storySummarySchema, 400: errorSchema, 404: errorSchema },
    },
  }, async (req) => {
    const story = (await stories.engine()).stories.get(req.params.id);
    if (!story) throw new NotFound(`no story has the id ${req.params.id}`);
    return summarize(await stories.engine(), story);
  });

  app.get<{ Params: { id: string }; Querystring: { format: 'json' | 'csv' | 'md' } }>('/stories/:id/timeline', {
    schema: {
      tags: ['stories'], summary: "A story's timeline: merged events by date of occurrence with certainty and sources, and stances over time (JSON, CSV or Markdown)",
      params: storyIdParams,
      querystring: { type: 'object', additionalProperties: false, properties: { format: { type: 'string', enum: ['json', 'csv', 'md'], default: 'json' } } },
      response: { 200: timelineSchema, 400: errorSchema, 404: errorSchema },
    },
  }, async (req, reply) => {
    const t = buildTimeline(await stories.engine(), req.params.id);
    if (!t) throw new NotFound(`no story has the id ${req.params.id}`);
    if (req.query.format === 'csv') return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="timeline-${t.story}.csv"`).send(timelineCsv(t));
    if (req.query.format === 'md') return reply.type('text/markdown; charset=utf-8').send(timelineMarkdown(t));
    return t;
  });

  app.get<{ Params: { id: string } }>('/documents/:id/story', {
    schema: {
      tags: ['stories'], summary: 'The story a document belongs to, by document id or a unique id prefix',
      params: { type: 'object', properties: { id: { type: 'string', pattern: '^[0-9a-f]{1,16}$' } }, required: ['id'] },
      response: { 200: storySummarySchema, 400: errorSchema, 404: errorSchema },
    },
  }, async (req) => {
    const id = req.params.id.length === 16 ? req.params.id : await store.resolveId(req.params.id);
    const engine = await stories.engine();
    const story = id ? engine.storyOf(id) : undefined;
    if (!story) throw new NotFound(`no story holds the document ${req.params.id}${id ? ' (it may not be stored, or not yet added to the stories)' : ''}`);
    return summarize(engine, story);
  });
}
