/**
 * The rows a stored document contributes to the query tables (entities, events, quotes, stances,
 * countries). Shared by every Store implementation so they index alike.
 */
import type { Actor, Document } from '../document.js';

export interface IndexRows {
  entities: { name: string; type: string; kbId: string | null; country: string | null; names: string; item: unknown }[];
  events: { type: string; source: string | null; target: string | null; countries: string; day: string | null; item: unknown }[];
  quotes: { kind: string; speaker: string | null; item: unknown }[];
  stances: { proposition: string; position: string; actor: string | null; item: unknown }[];
  countries: string[];
  /** every entity name and alias in the document, lowercased, once each (the alias table for the entity filter) */
  entityNames: string[];
}

export function indexRows(doc: Document): IndexRows {
  const names = new Map(doc.entities.map((e) => [e.id, e.name]));
  const actorName = (a: Actor | null) => (a ? (a.entity && names.get(a.entity)) || a.text : null);
  const day = doc.meta.published?.slice(0, 10) ?? null;
  const countries = new Set<string>();
  for (const e of doc.entities) if (e.country) countries.add(e.country.toUpperCase());
  for (const p of doc.places) if (p.country) countries.add(p.country.toUpperCase());
  const events = doc.events.map((ev) => {
    const cs = [ev.source?.country, ev.target?.country].filter((c): c is string => !!c).map((c) => c.toUpperCase());
    cs.forEach((c) => countries.add(c));
    const d = ev.time.value && /^\d{4}-\d{2}-\d{2}/.test(ev.time.value) ? ev.time.value.slice(0, 10) : day;
    return { type: ev.type, source: actorName(ev.source), target: actorName(ev.target), countries: `|${cs.join('|')}|`, day: d, item: ev };
  });
  return {
    entities: doc.entities.map((e) => ({
      name: e.name, type: e.type, kbId: e.kbId, country: e.country,
      names: `|${[e.name, ...e.aliases].map((n) => n.toLowerCase()).join('|')}|`, item: e,
    })),
    events,
    quotes: doc.quotes.map((q) => ({
      kind: q.speaker.kind,
      speaker: (q.speaker.entity && names.get(q.speaker.entity)) || q.speaker.antecedent?.text || q.speaker.span?.text || null,
      item: q,
    })),
    stances: doc.stances.map((s) => ({ proposition: s.proposition.key, position: s.position, actor: actorName(s.actor), item: s })),
    countries: [...countries],
    entityNames: [...new Set(doc.entities.flatMap((e) => [e.name, ...e.aliases].map((n) => n.toLowerCase())))],
  };
}
