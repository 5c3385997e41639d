/**
 * The Store interface: every front door (CLI, API, web, story layer) talks to storage through it.
 * Implementations: SQLite (embedded default, src/store/sqlite.ts) and PostgreSQL (servers).
 * All methods are async so that both implementations fit.
 */
import type { Document } from '../document.js';

export interface PutResult {
  /** documents newly stored */
  inserted: number;
  /** documents already stored (same content hash), left as they were */
  duplicates: number;
}

export interface SearchQuery {
  /** full-text query: words (all must match), "quoted phrases", word* prefixes; empty = all */
  text?: string;
  /** publication day range, inclusive, YYYY-MM-DD */
  from?: string;
  to?: string;
  source?: string;
  language?: string;
  /** entity name, alias or knowledge-base id mentioned in the document */
  entity?: string;
  /** PLOVER event type present in the document */
  eventType?: string;
  /** ISO 3166-1 alpha-2 or alpha-3 country the document's entities, places or events involve */
  country?: string;
  limit?: number;
  offset?: number;
}

export interface DocumentSummary {
  id: string;
  title: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
  path: string | null;
  language: string;
  /** a short excerpt around the match, with the matched words between [ and ] */
  snippet: string | null;
}

export interface SearchResult {
  total: number;
  items: DocumentSummary[];
}

/** A row of a layer across documents (entities, events, quotes, stances) for the API and UI. */
/** Counts of the documents matching a search, by value, for the search page's facets. */
export interface Facets {
  sources: FacetCount[];
  languages: FacetCount[];
  eventTypes: FacetCount[];
  countries: FacetCount[];
  entities: FacetCount[];
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface LayerRow<T> {
  doc: string;
  published: string | null;
  title: string | null;
  item: T;
}

export interface LayerQuery {
  /** entity id/name/kbId, speaker, actor ... depends on the layer */
  who?: string;
  /** event type, source kind, proposition key ... depends on the layer */
  kind?: string;
  country?: string;
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

export interface Store {
  /** which implementation ('sqlite' or 'postgres') and where */
  readonly description: string;
  /** Store documents (idempotent by content hash), in one transaction. */
  putDocuments(docs: Document[]): Promise<PutResult>;
  /** Which of these ids are stored already. */
  existing(ids: string[]): Promise<Set<string>>;
  getDocument(id: string): Promise<Document | null>;
  /** The stored document as its JSON text, unparsed (for front doors that only pass it on); optional. */
  getDocumentJson?(id: string): Promise<string | null>;
  /** Every stored document, in ingest order, streamed (for the story layer and exports). */
  allDocuments(options?: { since?: string }): AsyncIterable<Document>;
  /** The stored document whose id starts with this prefix, when exactly one does. */
  resolveId(prefix: string): Promise<string | null>;
  search(query: SearchQuery): Promise<SearchResult>;
  count(): Promise<number>;
  /** Facet counts over the documents a search matches (limit/offset ignored); optional. */
  facets?(query: SearchQuery): Promise<Facets>;
  entities(query: LayerQuery): Promise<LayerRow<unknown>[]>;
  events(query: LayerQuery): Promise<LayerRow<unknown>[]>;
  quotes(query: LayerQuery): Promise<LayerRow<unknown>[]>;
  stances(query: LayerQuery): Promise<LayerRow<unknown>[]>;
  /**
   * Story-layer state (src/story/) as key/value rows: upsert each entry in one transaction;
   * a null value deletes the key.
   */
  saveStoryState(entries: { key: string; value: string | null }[]): Promise<void>;
  /** Every saved story-layer row, streamed. */
  loadStoryState(): AsyncIterable<{ key: string; value: string }>;
  close(): Promise<void>;
}

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 500;

export function clampLimit(n: number | undefined): number {
  if (n === undefined || !Number.isFinite(n)) return DEFAULT_LIMIT;
  return Math.max(1, Math.min(MAX_LIMIT, Math.floor(n)));
}

/**
 * Turn a user's search text into a safe full-text query: words and "phrases" only, each quoted,
 * all required; a trailing * on a word keeps prefix search. Nothing else of the engine's syntax
 * passes through, so no input can make the query fail.
 */
export function ftsTerms(text: string): { term: string; prefix: boolean }[] {
  const out: { term: string; prefix: boolean }[] = [];
  const re = /"([^"]*)"|([^\s"]+)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const phrase = m[1];
    if (phrase !== undefined) {
      const words = phrase.match(/[\p{L}\p{N}]+/gu);
      if (words?.length) out.push({ term: words.join(' '), prefix: false });
      continue;
    }
    const raw = m[2]!;
    const prefix = raw.endsWith('*');
    const words = raw.match(/[\p{L}\p{N}]+/gu);
    if (!words) continue;
    words.forEach((w, i) => out.push({ term: w, prefix: prefix && i === words.length - 1 }));
  }
  return out;
}
