/**
 * JSON Schemas of the API's requests and responses. Layer items come from the zod schemas in
 * src/document.ts, so the OpenAPI document describes exactly the Document model.
 */
import { z } from 'zod';
import { DocumentSchema, EntitySchema, EventSchema, PLOVER_TYPES, QuoteSchema, StanceSchema } from '../document.js';
import { MAX_LIMIT } from '../store/types.js';

export type JsonSchema = Record<string, unknown>;

/** A zod schema as plain JSON Schema for route schemas (no $schema key, which ajv's draft-07 would reject). */
export function fromZod(schema: z.ZodType): JsonSchema {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { target: 'draft-7', io: 'output', unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

const DAY = { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$', description: 'YYYY, YYYY-MM or YYYY-MM-DD' } as const;
const TEXT = (description: string, maxLength = 200) => ({ type: 'string', maxLength, description });

export const pageQuery = {
  limit: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: 20 },
  offset: { type: 'integer', minimum: 0, maximum: 1_000_000, default: 0 },
} as const;

export const searchQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    q: TEXT('full text: words (all must match), "quoted phrases", word* prefixes', 500),
    from: { ...DAY, description: 'publication day from (inclusive)' },
    to: { ...DAY, description: 'publication day to (inclusive)' },
    source: TEXT('publication or site name'),
    language: { type: 'string', pattern: '^[a-z]{2,3}$' },
    entity: TEXT('entity name, alias or knowledge-base id'),
    eventType: { type: 'string', enum: [...PLOVER_TYPES, ...PLOVER_TYPES.map((t) => t.toLowerCase())] },
    country: { type: 'string', pattern: '^[A-Za-z]{2,3}$', description: 'ISO 3166-1 alpha-2 or alpha-3' },
    ...pageQuery,
  },
} as const;

/** The query of a layer listing; `who` and `kind` mean what each route says. */
export function layerQuery(who: string, kind: string, kindSchema: JsonSchema = TEXT(kind)): JsonSchema {
  return {
    type: 'object',
    additionalProperties: false,
    properties: {
      [who.split(':')[0]!]: TEXT(who.split(':')[1] ?? who),
      [kind.split(':')[0]!]: { ...kindSchema, description: kind.split(':')[1] ?? kind },
      country: { type: 'string', pattern: '^[A-Za-z]{2,3}$' },
      from: DAY,
      to: DAY,
      ...pageQuery,
    },
  };
}

export const summarySchema: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' }, title: { type: ['string', 'null'] }, published: { type: ['string', 'null'] },
    source: { type: ['string', 'null'] }, url: { type: ['string', 'null'] }, path: { type: ['string', 'null'] },
    language: { type: 'string' }, snippet: { type: ['string', 'null'], description: 'excerpt, matched words between [ and ]' },
  },
};

export const searchResultSchema: JsonSchema = {
  type: 'object',
  properties: { total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' }, items: { type: 'array', items: summarySchema } },
};

const facetList = { type: 'array', items: { type: 'object', properties: { value: { type: 'string' }, count: { type: 'integer' } } } };
export const facetsSchema: JsonSchema = {
  type: 'object',
  properties: { sources: facetList, languages: facetList, eventTypes: facetList, countries: facetList, entities: facetList },
};

/** Rows of a layer across documents: the document it sits in, and the item. */
export function rowsSchema(item: JsonSchema): JsonSchema {
  return {
    type: 'object',
    properties: {
      items: {
        type: 'array',
        items: { type: 'object', properties: { doc: { type: 'string' }, published: { type: ['string', 'null'] }, title: { type: ['string', 'null'] }, item } },
      },
      limit: { type: 'integer' },
      offset: { type: 'integer' },
    },
  };
}

export const errorSchema: JsonSchema = {
  type: 'object',
  properties: { error: { type: 'string' }, message: { type: 'string' } },
};

let cached: Record<string, JsonSchema> | null = null;
/** Layer item schemas, built once. */
export function itemSchemas(): Record<'document' | 'entity' | 'event' | 'quote' | 'stance', JsonSchema> {
  cached ??= {
    document: fromZod(DocumentSchema), entity: fromZod(EntitySchema), event: fromZod(EventSchema),
    quote: fromZod(QuoteSchema), stance: fromZod(StanceSchema),
  };
  return cached as Record<'document' | 'entity' | 'event' | 'quote' | 'stance', JsonSchema>;
}
