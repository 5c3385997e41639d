/**
 * Layers across documents: entities (and an actor's page: roles, mentions over time, quotes,
 * events, stances), events, quotes by speaker or source kind, stances by proposition, the
 * who-acts-on-whom graph, and the places of events for the map.
 */
import type { FastifyInstance } from 'fastify';
import { PLOVER_TYPES, SourceKindSchema, type Entity, type Event, type Role } from '../../document.js';
import type { LayerQuery, LayerRow } from '../../store/types.js';
import { NotFound, type ApiContext } from '../context.js';
import { errorSchema, itemSchemas, layerQuery, rowsSchema, type JsonSchema } from '../schemas.js';
import { dayBound } from './documents.js';
import { eventPlaces, placesSchema } from './places.js';

type LayerParams = Record<string, string | number | undefined> & { limit: number; offset: number; country?: string; from?: string; to?: string };

function layer(q: LayerParams, who: string, kind: string): LayerQuery {
  return {
    who: q[who] as string | undefined, kind: q[kind] as string | undefined, country: q.country,
    from: dayBound(q.from, false), to: dayBound(q.to, true), limit: q.limit, offset: q.offset,
  };
}

const eventTypeSchema: JsonSchema = { type: 'string', enum: [...PLOVER_TYPES] };
const sourceKindSchema: JsonSchema = { type: 'string', enum: [...SourceKindSchema.options] };
const entityTypeSchema: JsonSchema = { type: 'string', enum: ['PER', 'ORG', 'LOC', 'GPE', 'NORP', 'MISC'] };

export const graphSchema: JsonSchema = {
  type: 'object',
  properties: {
    nodes: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, label: { type: 'string' }, events: { type: 'integer' } } } },
    edges: {
      type: 'array',
      items: { type: 'object', properties: { source: { type: 'string' }, target: { type: 'string' }, count: { type: 'integer' }, types: { type: 'object', additionalProperties: { type: 'integer' } } } },
    },
  },
};

/** Who acts on whom: one node per actor, one edge per (source, target) with its event types. */
export function actorGraph(rows: LayerRow<unknown>[], names: (row: LayerRow<unknown>, ev: Event) => [string | null, string | null]) {
  const nodes = new Map<string, number>();
  const edges = new Map<string, { source: string; target: string; count: number; types: Record<string, number> }>();
  for (const row of rows) {
    const ev = row.item as Event;
    const [s, t] = names(row, ev);
    if (!s || !t || s === t) continue;
    nodes.set(s, (nodes.get(s) ?? 0) + 1);
    nodes.set(t, (nodes.get(t) ?? 0) + 1);
    const key = `${s}\u0000${t}`;
    const e = edges.get(key) ?? { source: s, target: t, count: 0, types: {} };
    e.count++;
    e.types[ev.type] = (e.types[ev.type] ?? 0) + 1;
    edges.set(key, e);
  }
  return { nodes: [...nodes].map(([id, events]) => ({ id, label: id, events })), edges: [...edges.values()] };
}

/** An actor's name as the index stores it: the linked entity's name when there is one, else the words. */
function actorName(actor: Event['source'], entities: Map<string, string>): string | null {
  return actor ? (actor.entity && entities.get(actor.entity)) || actor.text : null;
}

export function layerRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const { store } = ctx;
  const items = itemSchemas();
  const list = <Q extends LayerParams>(rows: LayerRow<unknown>[], q: Q) => ({ items: rows, limit: q.limit, offset: q.offset });

  app.get<{ Querystring: LayerParams }>('/entities', {
    schema: {
      tags: ['layers'], summary: 'Entities as found in each document (newest first)',
      querystring: layerQuery('name:entity name or knowledge-base id', 'type:entity type', entityTypeSchema),
      response: { 200: rowsSchema(items.entity), 400: errorSchema },
    },
  }, async (req) => list(await store.entities(layer(req.query, 'name', 'type')), req.query));

  app.get<{ Params: { name: string } }>('/actors/:name', {
    schema: {
      tags: ['layers'], summary: "An actor's page: names, roles, mentions over time, quotes, events and stances",
      params: { type: 'object', properties: { name: { type: 'string', minLength: 1, maxLength: 200 } }, required: ['name'] },
      response: { 200: { type: 'object', additionalProperties: true }, 400: errorSchema, 404: errorSchema },
    },
  }, async (req) => {
    const name = req.params.name;
    const rows = await store.entities({ who: name, limit: 500 });
    const aliases = new Set<string>();
    const roles = new Map<string, Role & { doc: string; published: string | null }>();
    const types = new Map<string, number>();
    const countries = new Set<string>();
    const byDay = new Map<string, { day: string; documents: number; mentions: number }>();
    let kbId: string | null = null;
    for (const row of rows) {
      const e = row.item as Entity;
      e.aliases.forEach((a) => aliases.add(a));
      for (const r of e.roles) if (!roles.has(r.title)) roles.set(r.title, { ...r, doc: row.doc, published: row.published });
      types.set(e.type, (types.get(e.type) ?? 0) + 1);
      if (e.country) countries.add(e.country);
      kbId ??= e.kbId;
      const day = row.published?.slice(0, 10) ?? 'unknown';
      const d = byDay.get(day) ?? { day, documents: 0, mentions: 0 };
      d.documents++;
      d.mentions += e.mentions.length;
      byDay.set(day, d);
    }
    // an actor no entity stage linked is still found by the words that named it as speaker or actor
    const canonical = rows.length ? (rows[0]!.item as Entity).name : name;
    const [quotes, asActor, stances] = await Promise.all([
      store.quotes({ who: canonical, limit: 200 }), store.events({ who: canonical, limit: 200 }), store.stances({ who: canonical, limit: 200 }),
    ]);
    if (!rows.length && !quotes.length && !asActor.length && !stances.length) throw new NotFound(`no stored document names an actor ${name}`);
    return {
      name: canonical, kbId, aliases: [...aliases].filter((a) => a !== canonical),
      types: [...types].sort((a, b) => b[1] - a[1]).map(([t]) => t), countries: [...countries],
      roles: [...roles.values()], documents: rows.length,
      mentionsOverTime: [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day)),
      quotes, events: asActor, stances,
    };
  });

  app.get<{ Querystring: LayerParams }>('/events', {
    schema: {
      tags: ['layers'], summary: 'Events (PLOVER), by the day of the event (its normalized time, else the publication day), newest first',
      querystring: layerQuery('actor:source or target actor name', 'type:PLOVER event type', eventTypeSchema),
      response: { 200: rowsSchema(items.event), 400: errorSchema },
    },
  }, async (req) => list(await store.events(layer(req.query, 'actor', 'type')), req.query));

  app.get<{ Querystring: LayerParams }>('/quotes', {
    schema: {
      tags: ['layers'], summary: 'Quotes and attributions, by speaker or by the kind of source (anonymous, person, ...)',
      querystring: layerQuery('speaker:speaker name', 'kind:source kind', sourceKindSchema),
      response: { 200: rowsSchema(items.quote), 400: errorSchema },
    },
  }, async (req) => list(await store.quotes(layer(req.query, 'speaker', 'kind')), req.query));

  app.get<{ Querystring: LayerParams }>('/stances', {
    schema: {
      tags: ['layers'], summary: "Actors' stances, by proposition key (e.g. send-troops:UKR) or actor",
      querystring: layerQuery('actor:actor name', 'proposition:proposition key'),
      response: { 200: rowsSchema(items.stance), 400: errorSchema },
    },
  }, async (req) => list(await store.stances(layer(req.query, 'actor', 'proposition')), req.query));

  app.get<{ Querystring: LayerParams }>('/graph', {
    schema: {
      tags: ['layers'], summary: 'Who acts on whom: actors and the events between them (from up to `limit` events)',
      querystring: layerQuery('actor:only events with this actor', 'type:PLOVER event type', eventTypeSchema),
      response: { 200: graphSchema, 400: errorSchema },
    },
  }, async (req) => {
    const rows = await store.events({ ...layer(req.query, 'actor', 'type'), limit: Math.max(req.query.limit, 500) });
    // the index names actors by their linked entity; the row's item keeps only ids, so re-derive names per document
    const docNames = new Map<string, Map<string, string>>();
    const need = [...new Set(rows.filter((r) => { const ev = r.item as Event; return ev.source?.entity || ev.target?.entity; }).map((r) => r.doc))].slice(0, 200);
    for (const id of need) {
      const doc = await store.getDocument(id);
      if (doc) docNames.set(id, new Map(doc.entities.map((e) => [e.id, e.name])));
    }
    return actorGraph(rows, (row, ev) => {
      const names = docNames.get(row.doc) ?? new Map<string, string>();
      return [actorName(ev.source, names), actorName(ev.target, names)];
    });
  });

  app.get<{ Querystring: LayerParams & { scope?: string } }>('/places', {
    schema: {
      tags: ['layers'], summary: 'Places of events (scope=events), or every resolved place in the documents (scope=all), with coordinates',
      querystring: {
        ...layerQuery('actor:only events with this actor', 'type:PLOVER event type', eventTypeSchema),
        properties: {
          ...(layerQuery('actor:only events with this actor', 'type:PLOVER event type', eventTypeSchema).properties as object),
          scope: { type: 'string', enum: ['events', 'all'], default: 'events' },
        },
      },
      response: { 200: placesSchema, 400: errorSchema },
    },
  }, async (req) => eventPlaces(store, layer(req.query, 'actor', 'type'), req.query.scope === 'all'));
}
