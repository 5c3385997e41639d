/**
 * The embedded store: one SQLite file (better-sqlite3), WAL journal, FTS5 full-text index.
 * Documents are kept whole as JSON; the layers the front doors query (entities, events, quotes,
 * stances, countries) are indexed in side tables written in the same transaction, so a store is
 * never half-written: a batch lands whole or not at all, and a killed run loses nothing committed.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Document } from '../document.js';
import { indexRows } from './rows.js';
import {
  clampLimit, ftsTerms, type DocumentSummary, type LayerQuery, type LayerRow, type PutResult, type SearchQuery,
  type SearchResult, type Store, type Facets, type FacetCount,
} from './types.js';

/** Schema migrations, applied in order; PRAGMA user_version records how many have run. */
const MIGRATIONS: string[] = [
  `CREATE TABLE documents (
     rowid INTEGER PRIMARY KEY,
     id TEXT NOT NULL UNIQUE,
     day TEXT, published TEXT, source TEXT, url TEXT, path TEXT, title TEXT,
     language TEXT NOT NULL, format TEXT NOT NULL, ingested_at TEXT NOT NULL,
     json TEXT NOT NULL
   );
   CREATE INDEX documents_day ON documents(day);
   CREATE INDEX documents_source ON documents(source);
   CREATE VIRTUAL TABLE documents_fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
   CREATE TABLE doc_entities (doc TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL, kb_id TEXT, country TEXT, names TEXT NOT NULL, item TEXT NOT NULL);
   CREATE INDEX doc_entities_doc ON doc_entities(doc);
   CREATE INDEX doc_entities_name ON doc_entities(name COLLATE NOCASE);
   CREATE INDEX doc_entities_kb ON doc_entities(kb_id);
   CREATE TABLE doc_events (doc TEXT NOT NULL, type TEXT NOT NULL, source TEXT, target TEXT, countries TEXT NOT NULL, day TEXT, item TEXT NOT NULL);
   CREATE INDEX doc_events_doc ON doc_events(doc);
   CREATE INDEX doc_events_type ON doc_events(type);
   CREATE INDEX doc_events_day ON doc_events(day);
   CREATE TABLE doc_quotes (doc TEXT NOT NULL, kind TEXT NOT NULL, speaker TEXT, item TEXT NOT NULL);
   CREATE INDEX doc_quotes_doc ON doc_quotes(doc);
   CREATE INDEX doc_quotes_kind ON doc_quotes(kind);
   CREATE TABLE doc_stances (doc TEXT NOT NULL, proposition TEXT NOT NULL, position TEXT NOT NULL, actor TEXT, item TEXT NOT NULL);
   CREATE INDEX doc_stances_doc ON doc_stances(doc);
   CREATE INDEX doc_stances_prop ON doc_stances(proposition);
   CREATE TABLE doc_countries (doc TEXT NOT NULL, code TEXT NOT NULL, PRIMARY KEY (doc, code)) WITHOUT ROWID;
   CREATE INDEX doc_countries_code ON doc_countries(code);`,
  // story layer (src/story/): its state as key/value rows
  `CREATE TABLE story_state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;`,
  // front doors (src/api/): covering indexes, so filtered counts, date order and deep pages never read stored JSON
  `CREATE INDEX documents_id_day ON documents(id, day);
   CREATE INDEX doc_events_type_doc ON doc_events(type, doc);
   CREATE INDEX doc_entities_lookup ON doc_entities(name COLLATE NOCASE, kb_id, names, doc);
   CREATE INDEX documents_day_id ON documents(day, id);`,
  // the search page's facet counts by entity and by event type
  `CREATE INDEX doc_entities_type_name ON doc_entities(type, name, doc);
   CREATE INDEX documents_language ON documents(language);`,
  // the entity filter's alias table: one row per lowercased name or alias per document, filled for stored documents
  // by splitting doc_entities.names ('|name|alias|...|')
  `CREATE TABLE doc_entity_names (name_lc TEXT NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (name_lc, doc)) WITHOUT ROWID;
   WITH RECURSIVE split(doc, rest, name) AS (
     SELECT doc, substr(names, 2), NULL FROM doc_entities
     UNION ALL
     SELECT doc, substr(rest, instr(rest, '|') + 1), substr(rest, 1, instr(rest, '|') - 1) FROM split WHERE instr(rest, '|') > 0
   )
   INSERT OR IGNORE INTO doc_entity_names (name_lc, doc) SELECT name, doc FROM split WHERE name IS NOT NULL AND name <> '';`,
];

export class SqliteStore implements Store {
  readonly description: string;
  private db: Database.Database;

  constructor(readonly file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.description = `sqlite:${file}`;
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    this.migrate();
  }

  private migrate(): void {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    if (version > MIGRATIONS.length) throw new Error(`${this.file}: store schema version ${version} is newer than this sitrep (${MIGRATIONS.length})`);
    for (let v = version; v < MIGRATIONS.length; v++) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[v]!);
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
  }

  async putDocuments(docs: Document[]): Promise<PutResult> {
    const exists = this.db.prepare('SELECT 1 FROM documents WHERE id = ?');
    const insDoc = this.db.prepare(`INSERT INTO documents (id, day, published, source, url, path, title, language, format, ingested_at, json)
      VALUES (@id, @day, @published, @source, @url, @path, @title, @language, @format, @ingested_at, @json)`);
    const insFts = this.db.prepare('INSERT INTO documents_fts (rowid, title, body) VALUES (?, ?, ?)');
    const insEnt = this.db.prepare('INSERT INTO doc_entities (doc, name, type, kb_id, country, names, item) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const insEvt = this.db.prepare('INSERT INTO doc_events (doc, type, source, target, countries, day, item) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const insQuo = this.db.prepare('INSERT INTO doc_quotes (doc, kind, speaker, item) VALUES (?, ?, ?, ?)');
    const insSta = this.db.prepare('INSERT INTO doc_stances (doc, proposition, position, actor, item) VALUES (?, ?, ?, ?, ?)');
    const insCty = this.db.prepare('INSERT OR IGNORE INTO doc_countries (doc, code) VALUES (?, ?)');
    const insName = this.db.prepare('INSERT OR IGNORE INTO doc_entity_names (name_lc, doc) VALUES (?, ?)');
    const now = new Date().toISOString();
    let inserted = 0;
    let duplicates = 0;
    this.db.transaction(() => {
      const seen = new Set<string>();
      for (const doc of docs) {
        const id = doc.meta.id;
        if (seen.has(id) || exists.get(id)) { duplicates++; continue; }
        seen.add(id);
        const info = insDoc.run({
          id, day: doc.meta.published?.slice(0, 10) ?? null, published: doc.meta.published, source: doc.meta.source,
          url: doc.meta.url, path: doc.meta.path, title: doc.meta.title, language: doc.meta.language, format: doc.meta.format,
          ingested_at: now, json: JSON.stringify(doc),
        });
        insFts.run(info.lastInsertRowid, doc.meta.title ?? '', doc.text);
        const rows = indexRows(doc);
        for (const e of rows.entities) insEnt.run(id, e.name, e.type, e.kbId, e.country, e.names, JSON.stringify(e.item));
        for (const e of rows.events) insEvt.run(id, e.type, e.source, e.target, e.countries, e.day, JSON.stringify(e.item));
        for (const q of rows.quotes) insQuo.run(id, q.kind, q.speaker, JSON.stringify(q.item));
        for (const s of rows.stances) insSta.run(id, s.proposition, s.position, s.actor, JSON.stringify(s.item));
        for (const c of rows.countries) insCty.run(id, c);
        for (const n of rows.entityNames) insName.run(n, id);
        inserted++;
      }
    })();
    return { inserted, duplicates };
  }

  async existing(ids: string[]): Promise<Set<string>> {
    const out = new Set<string>();
    const q = this.db.prepare('SELECT 1 FROM documents WHERE id = ?');
    for (const id of ids) if (q.get(id)) out.add(id);
    return out;
  }

  async getDocument(id: string): Promise<Document | null> {
    const row = this.db.prepare('SELECT json FROM documents WHERE id = ?').get(id) as { json: string } | undefined;
    return row ? (JSON.parse(row.json) as Document) : null;
  }

  async getDocumentJson(id: string): Promise<string | null> {
    const row = this.db.prepare('SELECT json FROM documents WHERE id = ?').get(id) as { json: string } | undefined;
    return row?.json ?? null;
  }

  async *allDocuments(options: { since?: string } = {}): AsyncIterable<Document> {
    // pages by rowid, so the connection is free for other queries between pages
    const page = this.db.prepare('SELECT rowid, json FROM documents WHERE rowid > ? AND ingested_at >= ? ORDER BY rowid LIMIT 200');
    for (let after = 0; ;) {
      const rows = page.all(after, options.since ?? '') as { rowid: number; json: string }[];
      if (!rows.length) return;
      for (const r of rows) yield JSON.parse(r.json) as Document;
      after = rows[rows.length - 1]!.rowid;
    }
  }

  async resolveId(prefix: string): Promise<string | null> {
    if (!/^[0-9a-f]{1,16}$/.test(prefix)) return null;
    const rows = this.db.prepare('SELECT id FROM documents WHERE id >= ? AND id < ? LIMIT 2').all(prefix, `${prefix}g`) as { id: string }[];
    return rows.length === 1 ? rows[0]!.id : null;
  }

  async count(): Promise<number> {
    return (this.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  }

  /** The FROM and WHERE of a search, shared by search and facets (`docs`: the documents table is always joined). */
  private searchClause(query: SearchQuery, docs = false): { from: string; cond: string; params: unknown[]; fts: string } {
    const where: string[] = [];
    const params: unknown[] = [];
    const terms = ftsTerms(query.text ?? '');
    const fts = terms.map((t) => `"${t.term.replace(/"/g, '""')}"${t.prefix ? '*' : ''}`).join(' ');
    if (fts) { where.push('documents_fts MATCH ?'); params.push(fts); }
    const textOnly = where.length;
    if (query.from) { where.push('d.day >= ?'); params.push(query.from); }
    if (query.to) { where.push('d.day <= ?'); params.push(query.to); }
    if (query.source) { where.push('d.source = ? COLLATE NOCASE'); params.push(query.source); }
    if (query.language) { where.push('d.language = ?'); params.push(query.language); }
    if (query.entity) {
      // names and aliases through the alias table, knowledge-base ids through their index
      where.push(`+d.id IN (SELECT doc FROM doc_entity_names WHERE name_lc = ? UNION SELECT doc FROM doc_entities WHERE kb_id = ?)`);
      params.push(query.entity.toLowerCase(), query.entity);
    }
    if (query.eventType) { where.push('+d.id IN (SELECT doc FROM doc_events WHERE type = ?)'); params.push(query.eventType.toUpperCase()); }
    if (query.country) { where.push('+d.id IN (SELECT doc FROM doc_countries WHERE code = ?)'); params.push(query.country.toUpperCase()); }
    // a text query with no other filter is answered by the full-text index alone
    const ftsOnly = !!fts && where.length === textOnly && !docs;
    const from = ftsOnly ? 'documents_fts' : fts ? 'documents_fts JOIN documents d ON d.rowid = documents_fts.rowid' : 'documents d';
    const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
    return { from, cond, params, fts };
  }

  async facets(query: SearchQuery): Promise<Facets> {
    const { from, cond, params } = this.searchClause(query, true);
    const docs = `SELECT d.id FROM ${from} ${cond}`;
    const count = (sql: string, n: number) => this.db.prepare(`${sql} ORDER BY count DESC, value LIMIT ${n}`).all(...params) as FacetCount[];
    return {
      sources: count(`SELECT d.source AS value, count(*) AS count FROM ${from} ${cond ? `${cond} AND` : 'WHERE'} d.source IS NOT NULL GROUP BY d.source`, 12),
      languages: count(`SELECT d.language AS value, count(*) AS count FROM ${from} ${cond} GROUP BY d.language`, 8),
      eventTypes: count(`SELECT type AS value, count(DISTINCT doc) AS count FROM doc_events WHERE +doc IN (${docs}) GROUP BY type`, 16),
      countries: count(`SELECT code AS value, count(*) AS count FROM doc_countries WHERE doc IN (${docs}) GROUP BY code`, 12),
      entities: count(`SELECT name AS value, count(DISTINCT doc) AS count FROM doc_entities WHERE doc IN (${docs}) AND type IN ('PER', 'ORG') GROUP BY name`, 15),
    };
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const { from, cond, params, fts } = this.searchClause(query);
    const total = (this.db.prepare(`SELECT count(*) AS n FROM ${from} ${cond}`).get(...params) as { n: number }).n;
    const limit = clampLimit(query.limit);
    const offset = Math.max(0, Math.floor(query.offset ?? 0));
    const columns = 'd.id, d.title, d.published, d.source, d.url, d.path, d.language';
    if (!fts) {
      // '+d.id IN (...)' above keeps the filters off the id index, so the day index drives the order and the scan stops
      // at the page; the page's rows are picked on indexes alone, then only those rows are read; the opening of the
      // text stands as the excerpt
      const order = 'd.day DESC, d.rowid DESC';
      const rows = this.db.prepare(`SELECT ${columns}, (SELECT substr(body, 1, 200) FROM documents_fts WHERE documents_fts.rowid = d.rowid) AS snippet
        FROM documents d WHERE d.rowid IN (SELECT d.rowid FROM ${from} ${cond} ORDER BY ${order} LIMIT ? OFFSET ?)
        ORDER BY ${order}`).all(...params, limit, offset) as DocumentSummary[];
      return { total, items: rows };
    }
    // ranked by relevance (bm25; equal scores: newest ingested first) on the full-text index, then only the page's
    // rows and snippets are read: the snippet of one row is a seek by rowid, not a second pass over every match
    const page = this.db.prepare(`SELECT documents_fts.rowid FROM ${from} ${cond} ORDER BY bm25(documents_fts), documents_fts.rowid DESC LIMIT ? OFFSET ?`)
      .pluck().all(...params, limit, offset) as number[];
    if (!page.length) return { total, items: [] };
    const byRowid = new Map((this.db.prepare(`SELECT d.rowid AS rowid, ${columns} FROM documents d WHERE d.rowid IN (SELECT value FROM json_each(?))`)
      .all(JSON.stringify(page)) as (DocumentSummary & { rowid: number })[]).map((r) => [r.rowid, r]));
    const snippet = this.db.prepare(`SELECT snippet(documents_fts, 1, '[', ']', '…', 16) FROM documents_fts WHERE documents_fts MATCH ? AND rowid = ?`).pluck();
    const items: DocumentSummary[] = [];
    for (const rowid of page) {
      const row = byRowid.get(rowid);
      if (!row) continue;
      const { rowid: _, ...summary } = row;
      items.push({ ...summary, snippet: snippet.get(fts, rowid) as string | null });
    }
    return { total, items };
  }

  private layer(table: string, column: { who?: string; kind?: string; day?: string }, query: LayerQuery): LayerRow<unknown>[] {
    const where: string[] = [];
    const params: unknown[] = [];
    if (query.who && column.who) { where.push(column.who); params.push(...column.who.split('?').slice(1).map(() => query.who)); }
    if (query.kind && column.kind) { where.push(`t.${column.kind} = ?`); params.push(query.kind); }
    if (query.country) { where.push('t.doc IN (SELECT doc FROM doc_countries WHERE code = ?)'); params.push(query.country.toUpperCase()); }
    const day = column.day ? `t.${column.day}` : 'd.day';
    if (query.from) { where.push(`${day} >= ?`); params.push(query.from); }
    if (query.to) { where.push(`${day} <= ?`); params.push(query.to); }
    const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const rows = this.db.prepare(`SELECT t.doc, d.published, d.title, t.item FROM ${table} t JOIN documents d ON d.id = t.doc ${cond}
      ORDER BY ${day} DESC, t.rowid LIMIT ? OFFSET ?`).all(...params, clampLimit(query.limit), Math.max(0, query.offset ?? 0)) as
      { doc: string; published: string | null; title: string | null; item: string }[];
    return rows.map((r) => ({ doc: r.doc, published: r.published, title: r.title, item: JSON.parse(r.item) as unknown }));
  }

  async entities(query: LayerQuery): Promise<LayerRow<unknown>[]> {
    return this.layer('doc_entities', { who: '(t.name = ? COLLATE NOCASE OR t.kb_id = ?)', kind: 'type' }, query);
  }

  async events(query: LayerQuery): Promise<LayerRow<unknown>[]> {
    return this.layer('doc_events', { who: '(t.source = ? OR t.target = ?)', kind: 'type', day: 'day' }, query);
  }

  async quotes(query: LayerQuery): Promise<LayerRow<unknown>[]> {
    return this.layer('doc_quotes', { who: 't.speaker = ? COLLATE NOCASE', kind: 'kind' }, query);
  }

  async stances(query: LayerQuery): Promise<LayerRow<unknown>[]> {
    return this.layer('doc_stances', { who: 't.actor = ? COLLATE NOCASE', kind: 'proposition' }, query);
  }

  async saveStoryState(entries: { key: string; value: string | null }[]): Promise<void> {
    const put = this.db.prepare('INSERT INTO story_state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
    const del = this.db.prepare('DELETE FROM story_state WHERE key = ?');
    this.db.transaction(() => { for (const e of entries) { if (e.value === null) del.run(e.key); else put.run(e.key, e.value); } })();
  }

  async *loadStoryState(): AsyncIterable<{ key: string; value: string }> {
    const page = this.db.prepare('SELECT key, value FROM story_state WHERE key > ? ORDER BY key LIMIT 1000');
    for (let after = ''; ;) {
      const rows = page.all(after) as { key: string; value: string }[];
      if (!rows.length) return;
      yield* rows;
      after = rows[rows.length - 1]!.key;
    }
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
