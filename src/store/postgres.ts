/**
 * The server store: PostgreSQL through node-postgres, for several processes and machines at once.
 * Same tables and semantics as the SQLite store: documents kept whole as JSONB, query tables for
 * the layers written in the same transaction, full text through a generated tsvector column.
 */
import pg from 'pg';
import type { Document } from '../document.js';
import { indexRows } from './rows.js';
import {
  clampLimit, ftsTerms, type DocumentSummary, type LayerQuery, type LayerRow, type PutResult, type SearchQuery,
  type SearchResult, type Store, type Facets, type FacetCount,
} from './types.js';

const MIGRATIONS: string[] = [
  `CREATE TABLE documents (
     seq BIGSERIAL PRIMARY KEY,
     id TEXT NOT NULL UNIQUE,
     day TEXT, published TEXT, source TEXT, url TEXT, path TEXT, title TEXT,
     language TEXT NOT NULL, format TEXT NOT NULL, ingested_at TEXT NOT NULL,
     body TEXT NOT NULL,
     json JSONB NOT NULL,
     tsv tsvector GENERATED ALWAYS AS (setweight(to_tsvector('simple', coalesce(title, '')), 'A') || to_tsvector('english', body)) STORED
   );
   CREATE INDEX documents_day ON documents(day);
   CREATE INDEX documents_source ON documents(lower(source));
   CREATE INDEX documents_tsv ON documents USING gin(tsv);
   CREATE TABLE doc_entities (seq BIGSERIAL PRIMARY KEY, doc TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL, kb_id TEXT, country TEXT, names TEXT NOT NULL, item JSONB NOT NULL);
   CREATE INDEX doc_entities_doc ON doc_entities(doc);
   CREATE INDEX doc_entities_name ON doc_entities(lower(name));
   CREATE INDEX doc_entities_kb ON doc_entities(kb_id);
   CREATE TABLE doc_events (seq BIGSERIAL PRIMARY KEY, doc TEXT NOT NULL, type TEXT NOT NULL, source TEXT, target TEXT, countries TEXT NOT NULL, day TEXT, item JSONB NOT NULL);
   CREATE INDEX doc_events_doc ON doc_events(doc);
   CREATE INDEX doc_events_type ON doc_events(type);
   CREATE INDEX doc_events_day ON doc_events(day);
   CREATE TABLE doc_quotes (seq BIGSERIAL PRIMARY KEY, doc TEXT NOT NULL, kind TEXT NOT NULL, speaker TEXT, item JSONB NOT NULL);
   CREATE INDEX doc_quotes_doc ON doc_quotes(doc);
   CREATE INDEX doc_quotes_kind ON doc_quotes(kind);
   CREATE TABLE doc_stances (seq BIGSERIAL PRIMARY KEY, doc TEXT NOT NULL, proposition TEXT NOT NULL, position TEXT NOT NULL, actor TEXT, item JSONB NOT NULL);
   CREATE INDEX doc_stances_doc ON doc_stances(doc);
   CREATE INDEX doc_stances_prop ON doc_stances(proposition);
   CREATE TABLE doc_countries (doc TEXT NOT NULL, code TEXT NOT NULL, PRIMARY KEY (doc, code));
   CREATE INDEX doc_countries_code ON doc_countries(code);`,
  // story layer (src/story/): its state as key/value rows
  `CREATE TABLE story_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);`,
  // front doors (src/api/): the indexes of SQLite migrations 4 and 5, for filtered counts, date order and facets
  `CREATE INDEX documents_id_day ON documents(id, day);
   CREATE INDEX documents_day_id ON documents(day, id);
   CREATE INDEX documents_language ON documents(language);
   CREATE INDEX doc_events_type_doc ON doc_events(type, doc);
   CREATE INDEX doc_entities_lookup ON doc_entities(lower(name), kb_id, doc);
   CREATE INDEX doc_entities_type_name ON doc_entities(type, name, doc);`,
  // the entity filter's alias table: one row per lowercased name or alias per document, filled for stored documents
  // by splitting doc_entities.names ('|name|alias|...|')
  `CREATE TABLE doc_entity_names (name_lc TEXT NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (name_lc, doc));
   INSERT INTO doc_entity_names (name_lc, doc)
     SELECT DISTINCT n, doc FROM doc_entities, unnest(string_to_array(trim(both '|' from names), '|')) AS n WHERE n <> ''
     ON CONFLICT DO NOTHING;`,
];

export class PostgresStore implements Store {
  readonly description: string;

  private constructor(private pool: pg.Pool, url: string) {
    this.description = `postgres:${url.replace(/\/\/([^:@/]+):[^@]*@/, '//$1:***@')}`;
  }

  static async open(url: string): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: url, max: 8, statement_timeout: 30_000 });
    const store = new PostgresStore(pool, url);
    await store.migrate();
    return store;
  }

  private async migrate(): Promise<void> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      // one migrator at a time, whichever process gets there first
      await c.query('SELECT pg_advisory_xact_lock(727274)');
      await c.query('CREATE TABLE IF NOT EXISTS sitrep_schema (version INTEGER NOT NULL)');
      const r = await c.query<{ version: number }>('SELECT version FROM sitrep_schema');
      let version = r.rows[0]?.version ?? 0;
      if (!r.rows.length) await c.query('INSERT INTO sitrep_schema (version) VALUES (0)');
      if (version > MIGRATIONS.length) throw new Error(`store schema version ${version} is newer than this sitrep (${MIGRATIONS.length})`);
      for (; version < MIGRATIONS.length; version++) await c.query(MIGRATIONS[version]!);
      await c.query('UPDATE sitrep_schema SET version = $1', [version]);
      await c.query('COMMIT');
    } catch (err) {
      await c.query('ROLLBACK');
      throw err;
    } finally {
      c.release();
    }
  }

  async putDocuments(docs: Document[]): Promise<PutResult> {
    const c = await this.pool.connect();
    let inserted = 0;
    let duplicates = 0;
    const now = new Date().toISOString();
    try {
      await c.query('BEGIN');
      for (const doc of docs) {
        const m = doc.meta;
        const r = await c.query(`INSERT INTO documents (id, day, published, source, url, path, title, language, format, ingested_at, body, json)
          VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12) ON CONFLICT (id) DO NOTHING`,
        [m.id, m.published?.slice(0, 10) ?? null, m.published, m.source, m.url, m.path, m.title, m.language, m.format, now, doc.text, JSON.stringify(doc)]);
        if (r.rowCount === 0) { duplicates++; continue; }
        const rows = indexRows(doc);
        for (const e of rows.entities) await c.query('INSERT INTO doc_entities (doc, name, type, kb_id, country, names, item) VALUES ($1,$2,$3,$4,$5,$6,$7)', [m.id, e.name, e.type, e.kbId, e.country, e.names, JSON.stringify(e.item)]);
        for (const e of rows.events) await c.query('INSERT INTO doc_events (doc, type, source, target, countries, day, item) VALUES ($1,$2,$3,$4,$5,$6,$7)', [m.id, e.type, e.source, e.target, e.countries, e.day, JSON.stringify(e.item)]);
        for (const q of rows.quotes) await c.query('INSERT INTO doc_quotes (doc, kind, speaker, item) VALUES ($1,$2,$3,$4)', [m.id, q.kind, q.speaker, JSON.stringify(q.item)]);
        for (const s of rows.stances) await c.query('INSERT INTO doc_stances (doc, proposition, position, actor, item) VALUES ($1,$2,$3,$4,$5)', [m.id, s.proposition, s.position, s.actor, JSON.stringify(s.item)]);
        for (const code of rows.countries) await c.query('INSERT INTO doc_countries (doc, code) VALUES ($1,$2) ON CONFLICT DO NOTHING', [m.id, code]);
        if (rows.entityNames.length) {
          await c.query('INSERT INTO doc_entity_names (name_lc, doc) SELECT unnest($1::text[]), $2 ON CONFLICT DO NOTHING', [rows.entityNames, m.id]);
        }
        inserted++;
      }
      await c.query('COMMIT');
    } catch (err) {
      await c.query('ROLLBACK');
      throw err;
    } finally {
      c.release();
    }
    return { inserted, duplicates };
  }

  async existing(ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const r = await this.pool.query<{ id: string }>('SELECT id FROM documents WHERE id = ANY($1)', [ids]);
    return new Set(r.rows.map((x) => x.id));
  }

  async getDocument(id: string): Promise<Document | null> {
    const r = await this.pool.query<{ json: Document }>('SELECT json FROM documents WHERE id = $1', [id]);
    return r.rows[0]?.json ?? null;
  }

  async *allDocuments(options: { since?: string } = {}): AsyncIterable<Document> {
    for (let after = 0; ;) {
      const r = await this.pool.query<{ seq: string; json: Document }>(
        'SELECT seq, json FROM documents WHERE seq > $1 AND ingested_at >= $2 ORDER BY seq LIMIT 200', [after, options.since ?? '']);
      if (!r.rows.length) return;
      for (const row of r.rows) yield row.json;
      after = Number(r.rows[r.rows.length - 1]!.seq);
    }
  }

  async resolveId(prefix: string): Promise<string | null> {
    if (!/^[0-9a-f]{1,16}$/.test(prefix)) return null;
    const r = await this.pool.query<{ id: string }>('SELECT id FROM documents WHERE id >= $1 AND id < $2 LIMIT 2', [prefix, `${prefix}g`]);
    return r.rows.length === 1 ? r.rows[0]!.id : null;
  }

  async count(): Promise<number> {
    const r = await this.pool.query<{ n: string }>('SELECT count(*) AS n FROM documents');
    return Number(r.rows[0]!.n);
  }

  /** The WHERE of a search (over documents d), shared by search and facets. */
  private searchClause(query: SearchQuery): { cond: string; params: unknown[]; p: (v: unknown) => string; tsq: string | null } {
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => { params.push(v); return `$${params.length}`; };
    const parts = ftsTerms(query.text ?? '').map((t) => (t.term.includes(' ')
      ? `phraseto_tsquery('english', ${p(t.term)})`
      : t.prefix ? `to_tsquery('english', ${p(`${t.term.replace(/'/g, "''")}:*`)})` : `plainto_tsquery('english', ${p(t.term)})`));
    const tsq = parts.length ? parts.join(' && ') : null;
    if (tsq) where.push(`d.tsv @@ (${tsq})`);
    if (query.from) where.push(`d.day >= ${p(query.from)}`);
    if (query.to) where.push(`d.day <= ${p(query.to)}`);
    if (query.source) where.push(`lower(d.source) = lower(${p(query.source)})`);
    if (query.language) where.push(`d.language = ${p(query.language)}`);
    if (query.entity) {
      // names and aliases through the alias table, knowledge-base ids through their index
      where.push(`d.id IN (SELECT doc FROM doc_entity_names WHERE name_lc = ${p(query.entity.toLowerCase())}
        UNION SELECT doc FROM doc_entities WHERE kb_id = ${p(query.entity)})`);
    }
    if (query.eventType) where.push(`d.id IN (SELECT doc FROM doc_events WHERE type = ${p(query.eventType.toUpperCase())})`);
    if (query.country) where.push(`d.id IN (SELECT doc FROM doc_countries WHERE code = ${p(query.country.toUpperCase())})`);
    const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
    return { cond, params, p, tsq };
  }

  async facets(query: SearchQuery): Promise<Facets> {
    const { cond, params } = this.searchClause(query);
    const docs = `SELECT d.id FROM documents d ${cond}`;
    // ties by value in byte order, as SQLite orders them
    const count = async (sql: string, n: number): Promise<FacetCount[]> => {
      const r = await this.pool.query<{ value: string; count: string }>(
        `SELECT value, count FROM (${sql}) f ORDER BY count DESC, value COLLATE "C" LIMIT ${n}`, params);
      return r.rows.map((x) => ({ value: x.value, count: Number(x.count) }));
    };
    const [sources, languages, eventTypes, countries, entities] = await Promise.all([
      count(`SELECT d.source AS value, count(*) AS count FROM documents d ${cond ? `${cond} AND` : 'WHERE'} d.source IS NOT NULL GROUP BY d.source`, 12),
      count(`SELECT d.language AS value, count(*) AS count FROM documents d ${cond} GROUP BY d.language`, 8),
      count(`SELECT type AS value, count(DISTINCT doc) AS count FROM doc_events WHERE doc IN (${docs}) GROUP BY type`, 16),
      count(`SELECT code AS value, count(*) AS count FROM doc_countries WHERE doc IN (${docs}) GROUP BY code`, 12),
      count(`SELECT name AS value, count(DISTINCT doc) AS count FROM doc_entities WHERE doc IN (${docs}) AND type IN ('PER', 'ORG') GROUP BY name`, 15),
    ]);
    return { sources, languages, eventTypes, countries, entities };
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const { cond, params, p, tsq } = this.searchClause(query);
    const total = Number((await this.pool.query<{ n: string }>(`SELECT count(*) AS n FROM documents d ${cond}`, params)).rows[0]!.n);
    const snippet = tsq ? `ts_headline('english', d.body, (${tsq}), 'StartSel=[, StopSel=], MaxWords=24, MinWords=8')` : 'NULL';
    const order = tsq ? `ts_rank(d.tsv, (${tsq})) DESC, d.day DESC NULLS LAST` : 'd.day DESC NULLS LAST, d.seq';
    const limit = p(clampLimit(query.limit));
    const offset = p(Math.max(0, Math.floor(query.offset ?? 0)));
    const r = await this.pool.query<DocumentSummary>(`SELECT d.id, d.title, d.published, d.source, d.url, d.path, d.language, ${snippet} AS snippet
      FROM documents d ${cond} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`, params);
    return { total, items: r.rows };
  }

  private async layer(table: string, column: { who?: string; kind?: string; day?: string }, query: LayerQuery): Promise<LayerRow<unknown>[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => { params.push(v); return `$${params.length}`; };
    if (query.who && column.who) { const w = p(query.who); where.push(column.who.replace(/\?/g, w)); }
    if (query.kind && column.kind) where.push(`t.${column.kind} = ${p(query.kind)}`);
    if (query.country) where.push(`t.doc IN (SELECT doc FROM doc_countries WHERE code = ${p(query.country.toUpperCase())})`);
    const day = column.day ? `t.${column.day}` : 'd.day';
    if (query.from) where.push(`${day} >= ${p(query.from)}`);
    if (query.to) where.push(`${day} <= ${p(query.to)}`);
    const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const r = await this.pool.query<{ doc: string; published: string | null; title: string | null; item: unknown }>(
      `SELECT t.doc, d.published, d.title, t.item FROM ${table} t JOIN documents d ON d.id = t.doc ${cond}
       ORDER BY ${day} DESC NULLS LAST, t.seq LIMIT ${p(clampLimit(query.limit))} OFFSET ${p(Math.max(0, query.offset ?? 0))}`, params);
    return r.rows;
  }

  async entities(query: LayerQuery): Promise<LayerRow<unknown>[]> {
    return this.layer('doc_entities', { who: '(lower(t.name) = lower(?) OR t.kb_id = ?)', kind: 'type' }, query);
  }

  async events(query: LayerQuery): Promise<LayerRow<unknown>[]> {
    return this.layer('doc_events', { who: '(t.source = ? OR t.target = ?)', kind: 'type', day: 'day' }, query);
  }

  async quotes(query: LayerQuery): Promise<LayerRow<unknown>[]> {
    return this.layer('doc_quotes', { who: 'lower(t.speaker) = lower(?)', kind: 'kind' }, query);
  }

  async stances(query: LayerQuery): Promise<LayerRow<unknown>[]> {
    return this.layer('doc_stances', { who: 'lower(t.actor) = lower(?)', kind: 'proposition' }, query);
  }

  async saveStoryState(entries: { key: string; value: string | null }[]): Promise<void> {
    if (!entries.length) return;
    const put = entries.filter((e) => e.value !== null);
    // one statement, so atomic without an explicit transaction
    await this.pool.query(`WITH del AS (DELETE FROM story_state WHERE key = ANY($3::text[]))
      INSERT INTO story_state (key, value) SELECT * FROM unnest($1::text[], $2::text[])
      ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    [put.map((e) => e.key), put.map((e) => e.value), entries.filter((e) => e.value === null).map((e) => e.key)]);
  }

  async *loadStoryState(): AsyncIterable<{ key: string; value: string }> {
    for (let after = ''; ;) {
      const r = await this.pool.query<{ key: string; value: string }>('SELECT key, value FROM story_state WHERE key > $1 ORDER BY key LIMIT 1000', [after]);
      if (!r.rows.length) return;
      yield* r.rows;
      after = r.rows[r.rows.length - 1]!.key;
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
