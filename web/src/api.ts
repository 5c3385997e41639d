/** Calls to the sitrep JSON API (same origin) and the shapes it answers with. */
import type { Document, Entity, Event, Quote, Role, Stance } from '../../src/document';

export type { Document, Entity, Event, Quote, Stance, Role };

export interface Summary { id: string; title: string | null; published: string | null; source: string | null; url: string | null; path: string | null; language: string; snippet: string | null }
export interface SearchResult { total: number; limit: number; offset: number; items: Summary[] }
export interface FacetCount { value: string; count: number }
export interface Facets { sources: FacetCount[]; languages: FacetCount[]; eventTypes: FacetCount[]; countries: FacetCount[]; entities: FacetCount[] }
export interface Row<T> { doc: string; published: string | null; title: string | null; item: T }
export interface Rows<T> { items: Row<T>[] }
export interface Health { ok: boolean; documents: number; writable: boolean; tokenRequired: boolean }
export interface ActorPage {
  name: string; kbId: string | null; aliases: string[]; types: string[]; countries: string[]; documents: number;
  roles: (Role & { doc: string; published: string | null })[];
  mentionsOverTime: { day: string; documents: number; mentions: number }[];
  quotes: Row<Quote>[]; events: Row<Event>[]; stances: Row<Stance>[];
}
export interface MapPoint { name: string; country: string | null; lat: number; lon: number; count: number; items: { doc: string; title: string | null; type: string | null; text: string }[] }
export interface Graph { nodes: { id: string; label: string; events: number }[]; edges: { source: string; target: string; count: number; types: Record<string, number> }[] }
export interface StorySummary {
  id: string; title: string; first: string | null; last: string | null; sources: number; keyActors: string[]; events: number;
  documents: { id: string; where: string | null; published: string | null; title: string | null; copyOf: string | null }[];
}
export interface StoryList { total: number; limit: number; offset: number; items: StorySummary[] }
export interface TimelineEntry {
  event: string; date: string | null; label: string; type: string | null; certainty: string; sources: number; reports: number; actors: string[];
  evidence: { doc: string; published: string | null; title: string | null; where: string | null; start: number; end: number; trigger: string; sentence: string; certainty: string; polarity: string; copy: boolean }[];
}
export interface StoryTimeline {
  story: string; title: string; first: string | null; last: string | null; documents: number; sources: number;
  keyActors: { id: string; name: string; type: string; documents: number }[];
  events: TimelineEntry[]; undated: TimelineEntry[];
  stances: { actor: string; proposition: string; label: string; positions: { date: string | null; position: string; doc: string; evidence: string; changed: boolean }[] }[];
}
export interface IngestReport { inserted: number; duplicates: number; failed: number; ids: string[]; errors: string[] }

export class ApiError extends Error {
  constructor(readonly status: number, message: string) { super(message); }
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, { ...init, headers: { accept: 'application/json', ...(init?.headers ?? {}) } });
  const body = await res.json().catch(() => null) as { message?: string } | null;
  if (!res.ok) throw new ApiError(res.status, body?.message ?? `${res.status} ${res.statusText}`);
  return body as T;
}

/** A query string from the set values only. */
export function qs(params: Record<string, string | number | undefined | null>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}

const TOKEN_KEY = 'sitrep-token';
export const token = {
  get: () => sessionStorage.getItem(TOKEN_KEY) ?? '',
  set: (t: string) => (t ? sessionStorage.setItem(TOKEN_KEY, t) : sessionStorage.removeItem(TOKEN_KEY)),
};
const auth = (): Record<string, string> => (token.get() ? { authorization: `Bearer ${token.get()}` } : {});

export const api = {
  health: () => call<Health>('/api/health'),
  search: (p: Record<string, string | number | undefined>) => call<SearchResult>(`/api/search${qs(p)}`),
  facets: (p: Record<string, string | number | undefined>) => call<Facets>(`/api/facets${qs({ ...p, limit: undefined, offset: undefined })}`),
  document: (id: string) => call<Document>(`/api/documents/${encodeURIComponent(id)}`),
  events: (p: Record<string, string | number | undefined>) => call<Rows<Event>>(`/api/events${qs(p)}`),
  actor: (name: string) => call<ActorPage>(`/api/actors/${encodeURIComponent(name)}`),
  places: (p: Record<string, string | number | undefined>) => call<{ points: MapPoint[]; documents: number }>(`/api/places${qs(p)}`),
  graph: (p: Record<string, string | number | undefined>) => call<Graph>(`/api/graph${qs(p)}`),
  stories: (p: Record<string, string | number | undefined>) => call<StoryList>(`/api/stories${qs(p)}`),
  story: (id: string) => call<StorySummary>(`/api/stories/${encodeURIComponent(id)}`),
  storyTimeline: (id: string) => call<StoryTimeline>(`/api/stories/${encodeURIComponent(id)}/timeline`),
  storyOf: (docId: string) => call<StorySummary>(`/api/documents/${encodeURIComponent(docId)}/story`),
  ingestText: (body: Record<string, string>) => call<IngestReport>('/api/ingest', { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...auth() } }),
  ingestFile: (file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return call<IngestReport>('/api/ingest/file', { method: 'POST', body: form, headers: auth() });
  },
};
