/** The map's points: the places where events happened (or every resolved place), grouped by location. */
import type { Document, Event, Place } from '../../document.js';
import type { LayerQuery, Store } from '../../store/types.js';
import type { JsonSchema } from '../schemas.js';

export interface MapPoint {
  name: string;
  country: string | null;
  lat: number;
  lon: number;
  count: number;
  /** up to 20 of the events or mentions placed here */
  items: { doc: string; title: string | null; type: string | null; text: string; start: number; end: number }[];
}

export const placesSchema: JsonSchema = {
  type: 'object',
  properties: {
    points: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          name: { type: 'string' }, country: { type: ['string', 'null'] }, lat: { type: 'number' }, lon: { type: 'number' }, count: { type: 'integer' },
          items: { type: 'array', items: { type: 'object', additionalProperties: true } },
        },
      },
    },
    documents: { type: 'integer', description: 'documents read to place them' },
  },
};

const MAX_DOCS = 200;

/** An event's place: its own place item, else a resolved place in the same sentence. */
export function placeOfEvent(doc: Document, ev: Event): Place | null {
  const located = (p: Place | undefined) => (p && p.resolved && p.lat !== null && p.lon !== null ? p : null);
  if (ev.place) return located(doc.places.find((p) => p.id === ev.place));
  const sentence = doc.sentences[ev.sentence];
  if (!sentence) return null;
  return doc.places.map(located).find((p) => p && p.start >= sentence.start && p.end <= sentence.end) ?? null;
}

export async function eventPlaces(store: Store, query: LayerQuery, all: boolean): Promise<{ points: MapPoint[]; documents: number }> {
  const points = new Map<string, MapPoint>();
  const add = (doc: Document, p: Place, type: string | null, span: { text: string; start: number; end: number }) => {
    const key = `${p.geonameId ?? p.name}:${p.lat}:${p.lon}`;
    const pt = points.get(key) ?? { name: p.name ?? p.text, country: p.country, lat: p.lat!, lon: p.lon!, count: 0, items: [] };
    pt.count++;
    if (pt.items.length < 20) pt.items.push({ doc: doc.meta.id, title: doc.meta.title, type, text: span.text, start: span.start, end: span.end });
    points.set(key, pt);
  };
  let docIds: string[];
  if (all) {
    docIds = (await store.search({ from: query.from, to: query.to, country: query.country, limit: MAX_DOCS })).items.map((d) => d.id);
  } else {
    const rows = await store.events({ ...query, limit: 500 });
    docIds = [...new Set(rows.map((r) => r.doc))].slice(0, MAX_DOCS);
  }
  for (const id of docIds) {
    const doc = await store.getDocument(id);
    if (!doc) continue;
    if (all) {
      for (const p of doc.places) if (p.resolved && p.lat !== null && p.lon !== null) add(doc, p, null, p);
      continue;
    }
    for (const ev of doc.events) {
      if (query.kind && ev.type !== query.kind) continue;
      const p = placeOfEvent(doc, ev);
      if (p) add(doc, p, ev.type, ev.trigger);
    }
  }
  return { points: [...points.values()].sort((a, b) => b.count - a.count), documents: docIds.length };
}
