import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, mkdirSync, copyFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { emptyDocument, type Document } from '../src/document.js';
import { contentId } from '../src/ingest/build.js';
import { ingestInputs } from '../src/ingest/ingest.js';
import { openStore } from '../src/store/index.js';
import type { Store } from '../src/store/types.js';
import { ftsTerms } from '../src/store/types.js';
import { datasetsDir } from '../src/util/datasets.js';
import { CLI, SEED } from './helpers.js';

function doc(text: string, published: string | null, extra: Partial<Document> = {}): Document {
  const d = emptyDocument({
    id: contentId(text), textHash: contentId(text), source: 'Test Wire', path: null, record: null, url: null, title: text.split('.')[0]!, published,
    publishedFrom: published ? 'record' : 'unknown', language: 'en', languageDetected: null, format: 'text', encoding: 'utf-8', warnings: [],
  }, text);
  return { ...d, ...extra };
}

const pgUrl = process.env.SITREP_TEST_PG;
const backends: [string, () => Promise<Store>][] = [
  ['sqlite', () => openStore(join(mkdtempSync(join(tmpdir(), 'sitrep-store-')), 'test.db'))],
];
if (pgUrl) {
  backends.push(['postgres', async () => {
    // a fresh schema per run: drop what an earlier run left
    const pg = (await import('pg')).default;
    const c = new pg.Client({ connectionString: pgUrl });
    await c.connect();
    await c.query('DROP TABLE IF EXISTS documents, doc_entities, doc_events, doc_quotes, doc_stances, doc_countries, doc_entity_names, story_state, sitrep_schema CASCADE');
    await c.end();
    return openStore(pgUrl);
  }]);
}

test('PostgreSQL contract tests run in CI', () => {
  if (process.env.CI === 'true') assert.ok(pgUrl, 'CI must provide SITREP_TEST_PG (a PostgreSQL URL) so the server store is tested');
});

for (const [name, open] of backends) {
  describe(`store contract: ${name}`, () => {
    test('idempotent put, get, prefix ids, search with filters and pagination', async () => {
      const store = await open();
      try {
        const a = doc('Troops crossed the border near Kharkiv on Monday. The ministry confirmed the attack.', '2024-05-13', {
          entities: [{ id: 'e1', type: 'GPE', name: 'Ukraine', aliases: ['Kyiv'], mentions: [], roles: [], country: 'UA', sector: 'government', kbId: 'UA', linkConfidence: 1, inferred: [] }],
        });
        const b = doc('Diplomats met in Geneva to discuss a ceasefire. No agreement was reached.', '2024-06-02');
        const c = doc('The parliament debated the budget for defence spending. Troops were not mentioned.', '2023-01-10');
        assert.deepEqual(await store.putDocuments([a, b]), { inserted: 2, duplicates: 0 });
        assert.deepEqual(await store.putDocuments([a, c, c]), { inserted: 1, duplicates: 2 });
        assert.equal(await store.count(), 3);
        assert.deepEqual(await store.getDocument(a.meta.id), a);
        assert.equal(await store.getDocument('ffffffffffffffff'), null);
        assert.equal(await store.resolveId(a.meta.id.slice(0, 8)), a.meta.id);
        assert.deepEqual([...(await store.existing([a.meta.id, 'ffffffffffffffff']))], [a.meta.id]);

        const troops = await store.search({ text: 'troops' });
        assert.equal(troops.total, 2);
        assert.ok(troops.items[0]!.snippet?.includes('['));
        assert.equal((await store.search({ text: 'troops', from: '2024-01-01' })).total, 1);
        assert.equal((await store.search({ text: 'troops', to: '2023-12-31' })).items[0]!.id, c.meta.id);
        assert.equal((await store.search({ text: '"met in Geneva"' })).total, 1);
        assert.equal((await store.search({ text: '"Geneva met"' })).total, 0);
        assert.equal((await store.search({ text: 'cease*' })).total, 1);
        assert.equal((await store.search({ entity: 'kyiv' })).items[0]?.id, a.meta.id);
        assert.equal((await store.search({ country: 'ua' })).total, 1);
        assert.equal((await store.search({ source: 'test wire' })).total, 3);
        // hostile query syntax is just words
        assert.equal((await store.search({ text: 'troops) ^ (* :" -' })).total, 2);
        const page1 = await store.search({ limit: 2 });
        const page2 = await store.search({ limit: 2, offset: 2 });
        assert.equal(page1.total, 3);
        assert.equal(page1.items.length, 2);
        assert.equal(page2.items.length, 1);
        assert.deepEqual(page1.items.map((d) => d.published), ['2024-06-02', '2024-05-13']);
        const all: string[] = [];
        for await (const d of store.allDocuments()) all.push(d.meta.id);
        assert.deepEqual(all, [a.meta.id, b.meta.id, c.meta.id]);
        assert.equal((await store.entities({ who: 'Ukraine' })).length, 1);
      } finally {
        await store.close();
      }
    });

    test('entity filter: names and aliases through the alias table, any case, and knowledge-base ids; facets', async () => {
      const store = await open();
      try {
        const ent = (id: string, name: string, aliases: string[], kbId: string | null) => ({
          id, type: 'PER' as const, name, aliases, mentions: [], roles: [], country: 'GB', sector: 'government', kbId, linkConfidence: 1, inferred: [],
        });
        const a = doc('The prime minister spoke in London about the budget.', '2024-11-11', {
          entities: [ent('e1', 'Keir Starmer', ['Starmer', 'the prime minister'], 'Q6560060'), ent('e2', 'Rachel Reeves', ['Reeves'], null)],
        });
        const b = doc('Reeves presented the budget to parliament.', '2024-10-30', { entities: [ent('e1', 'Rachel Reeves', ['Reeves', 'the Chancellor'], null)] });
        const c = doc('Nothing about anyone in particular happened today.', '2024-10-01');
        await store.putDocuments([a, b, c]);
        assert.deepEqual((await store.search({ entity: 'starmer' })).items.map((d) => d.id), [a.meta.id]);
        assert.deepEqual((await store.search({ entity: 'KEIR STARMER' })).items.map((d) => d.id), [a.meta.id]);
        assert.deepEqual((await store.search({ entity: 'Q6560060' })).items.map((d) => d.id), [a.meta.id]);
        assert.equal((await store.search({ entity: 'q6560060' })).total, 0, 'knowledge-base ids match exactly');
        assert.deepEqual((await store.search({ entity: 'reeves' })).items.map((d) => d.id), [a.meta.id, b.meta.id]);
        assert.deepEqual((await store.search({ entity: 'the chancellor', text: 'budget' })).items.map((d) => d.id), [b.meta.id]);
        assert.equal((await store.search({ entity: 'Starm' })).total, 0, 'a part of a name is not the name');
        assert.equal((await store.search({ entity: 'reeves|the chancellor' })).total, 0);
        assert.ok(store.facets, 'both stores count facets');
        const f = await store.facets({ entity: 'reeves' });
        assert.deepEqual(f.entities, [{ value: 'Rachel Reeves', count: 2 }, { value: 'Keir Starmer', count: 1 }]);
        assert.deepEqual(f.sources, [{ value: 'Test Wire', count: 2 }]);
        assert.deepEqual(f.languages, [{ value: 'en', count: 2 }]);
        assert.deepEqual(f.countries, [{ value: 'GB', count: 2 }]);
        assert.deepEqual(f.eventTypes, []);
        assert.equal((await store.facets({})).sources[0]!.count, 3);
      } finally {
        await store.close();
      }
    });
  });
}

test('sqlite: a store made before the alias table upgrades on open, keeps its documents and finds them by alias', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'sitrep-migrate-')), 'old.db');
  const a = doc('Ministers met in Kyiv on Tuesday.', '2024-05-14', {
    entities: [{ id: 'e1', type: 'GPE', name: 'Ukraine', aliases: ['Kyiv', 'Kiev'], mentions: [], roles: [], country: 'UA', sector: 'government', kbId: 'UA', linkConfidence: 1, inferred: [] }],
  });
  const first = await openStore(file);
  await first.putDocuments([a]);
  await first.close();
  // turn it into a schema-4 store: what sitrep wrote before the alias table (migration 5)
  const raw = new Database(file);
  raw.exec('DROP TABLE doc_entity_names');
  raw.pragma('user_version = 4');
  raw.close();
  const store = await openStore(file);
  try {
    assert.equal(await store.count(), 1);
    for (const q of ['kiev', 'KYIV', 'ukraine', 'UA']) assert.deepEqual((await store.search({ entity: q })).items.map((d) => d.id), [a.meta.id], q);
    assert.equal((await store.search({ entity: 'kharkiv' })).total, 0);
  } finally {
    await store.close();
  }
  const check = new Database(file, { readonly: true });
  assert.ok((check.pragma('user_version', { simple: true }) as number) >= 5);
  assert.deepEqual((check.prepare('SELECT name_lc FROM doc_entity_names ORDER BY name_lc').all() as { name_lc: string }[]).map((r) => r.name_lc), ['kiev', 'kyiv', 'ukraine']);
  check.close();
});

test('ftsTerms keeps words and phrases only', () => {
  assert.deepEqual(ftsTerms('troops "red lines" kyiv* OR)('), [
    { term: 'troops', prefix: false }, { term: 'red lines', prefix: false }, { term: 'kyiv', prefix: true }, { term: 'OR', prefix: false },
  ]);
});

test('ingest: the same article twice is stored once; a killed run loses nothing committed and a rerun resumes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-kill-'));
  const input = join(dir, 'in');
  mkdirSync(input);
  // 60 real articles from the White House corpus
  const src = join(datasetsDir(), 'whitehouse_briefings', 'statements-releases');
  let n = 0;
  for (const m of readdirSync(src).sort()) {
    for (const f of readdirSync(join(src, m)).filter((x) => x.endsWith('.md')).sort()) {
      if (n < 60) { copyFileSync(join(src, m, f), join(input, `${m}-${f}`)); n++; }
    }
  }
  const db = join(dir, 'kill.db');
  // start an ingest in small batches and kill it hard part-way
  const child = spawn(process.execPath, [CLI, 'ingest', input, '--db', db, '--batch', '5', '--quiet'], { stdio: 'ignore' });
  // kill it as soon as the first batch is committed
  const exited = new Promise((r) => child.on('exit', r));
  let done = false;
  void exited.then(() => { done = true; });
  const deadline = Date.now() + 120_000;
  while (!done && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 25));
    try {
      const peek = new Database(db, { readonly: true, fileMustExist: true });
      const k = (peek.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
      peek.close();
      if (k > 0) break;
    } catch { /* not created yet */ }
  }
  child.kill('SIGKILL');
  await exited;
  const raw = new Database(db);
  assert.equal(raw.pragma('integrity_check', { simple: true }), 'ok');
  const before = (raw.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  const fts = (raw.prepare('SELECT count(*) AS n FROM documents_fts').get() as { n: number }).n;
  raw.close();
  assert.equal(fts, before, 'full-text index and documents agree');
  assert.ok(before < n, `the kill came before the end (${before} of ${n})`);
  const store = await openStore(db);
  try {
    const again = await ingestInputs(store, [input, SEED, SEED]);
    assert.equal(again.inserted, n - before + 1);
    assert.equal(again.duplicates, before + 1);
    assert.equal(await store.count(), n + 1);
    const twice = await ingestInputs(store, [input]);
    assert.deepEqual([twice.inserted, twice.duplicates], [0, n]);
  } finally {
    await store.close();
  }
});
