/**
 * The HTTP API in-process (Fastify inject) and on a real port for the slow-client timeout: every
 * route, validation errors (400 with a message), 404s, size limits (413), the write token guard,
 * and the security headers (CSP) on every response.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildServer } from '../src/api/server.js';
import { openStore } from '../src/store/index.js';
import type { Store } from '../src/store/types.js';
import type { Document } from '../src/document.js';
import { SEED } from './helpers.js';

let dir = '';
let store: Store;
let app: FastifyInstance;
let seedId = '';
const json = <T = Record<string, unknown>>(r: LightMyRequestResponse) => JSON.parse(r.body) as T;

function multipart(name: string, content: string | Buffer, field = 'file'): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----sitrep-test-boundary';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    Buffer.isBuffer(content) ? content : Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

function assertSecurityHeaders(r: LightMyRequestResponse, what: string): void {
  const csp = String(r.headers['content-security-policy'] ?? '');
  assert.match(csp, /script-src 'self'/, `${what}: CSP script-src`);
  assert.match(csp, /default-src 'none'/, `${what}: CSP default-src`);
  assert.match(csp, /frame-ancestors 'none'/, `${what}: CSP frame-ancestors`);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, `${what}: no unsafe sources`);
  assert.equal(r.headers['x-content-type-options'], 'nosniff', what);
  assert.equal(r.headers['x-frame-options'], 'DENY', what);
  assert.equal(r.headers['referrer-policy'], 'no-referrer', what);
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-api-'));
  const web = join(dir, 'web');
  mkdirSync(join(web, 'assets'), { recursive: true });
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>sitrep</title><script type="module" src="/assets/app.js"></script>');
  writeFileSync(join(web, 'assets', 'app.js'), 'console.log(1)');
  store = await openStore(join(dir, 'api.db'));
  app = await buildServer({ store, webDir: web, maxFileBytes: 4096 });
  const r = await app.inject({ method: 'POST', url: '/api/ingest', payload: { text: readFileSync(SEED, 'utf8') } });
  assert.equal(r.statusCode, 200, r.body);
  seedId = json<{ ids: string[] }>(r).ids[0]!;
});

after(async () => {
  await app?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('health and the OpenAPI document', async () => {
  const h = await app.inject('/api/health');
  assert.deepEqual(json(h), { ok: true, documents: 1, store: 'sqlite', writable: true, tokenRequired: false });
  const o = await app.inject('/api/openapi.json');
  assert.equal(o.statusCode, 200);
  const doc = json<{ openapi: string; paths: Record<string, unknown> }>(o);
  assert.equal(doc.openapi, '3.1.0');
  for (const p of ['/api/documents', '/api/documents/{id}', '/api/search', '/api/facets', '/api/entities', '/api/actors/{name}', '/api/events',
    '/api/quotes', '/api/stances', '/api/graph', '/api/places', '/api/ingest', '/api/ingest/file', '/api/health']) {
    assert.ok(doc.paths[p], `OpenAPI describes ${p}`);
  }
  assert.ok(!doc.paths['/api/openapi.json'] && !doc.paths['/*'], 'internal routes are hidden');
});

test('security headers on every response: JSON, errors, 404s and the UI', async () => {
  for (const url of ['/api/health', '/api/search?limit=0', '/api/nowhere', '/', '/assets/app.js', '/missing.js']) {
    assertSecurityHeaders(await app.inject(url), url);
  }
  assertSecurityHeaders(await app.inject({ method: 'POST', url: '/api/ingest', payload: {} }), 'POST 400');
});

test('ingest: text (idempotent), validation errors, size limit', async () => {
  const again = await app.inject({ method: 'POST', url: '/api/ingest', payload: { text: readFileSync(SEED, 'utf8') } });
  assert.deepEqual({ ...json<Record<string, unknown>>(again), errors: undefined }, { inserted: 0, duplicates: 1, failed: 0, ids: [seedId], errors: undefined });
  const md = await app.inject({ method: 'POST', url: '/api/ingest', payload: { text: '# Talks in Geneva\n\nThe foreign ministers of France and Germany met in Geneva on Monday.', name: 'talks.md', title: 'Talks in Geneva', source: 'Test Wire', published: '2024-12-02' } });
  assert.equal(md.statusCode, 200, md.body);
  const mdDoc = json<Document>(await app.inject(`/api/documents/${json<{ ids: string[] }>(md).ids[0]}`));
  assert.equal(mdDoc.meta.source, 'Test Wire');
  assert.equal(mdDoc.meta.published, '2024-12-02');
  assert.equal(mdDoc.meta.title, 'Talks in Geneva');

  for (const [payload, why] of [
    [{}, 'none of text, url, feed'], [{ text: '' }, 'empty text'], [{ url: 'ftp://example.org/x' }, 'not http(s)'],
    [{ text: 'x', extra: 1 }, 'unknown field'], [{ text: 'x', url: 'https://a.example', feed: 'https://b.example' }, 'text and feed'],
    [{ text: 'x', published: 'yesterday' }, 'bad date'],
  ] as const) {
    const r = await app.inject({ method: 'POST', url: '/api/ingest', payload });
    assert.equal(r.statusCode, 400, `${why}: ${r.body}`);
    assert.ok(json<{ message: string }>(r).message.length > 5, `${why}: a message`);
  }
  const bad = await app.inject({ method: 'POST', url: '/api/ingest', headers: { 'content-type': 'application/json' }, payload: '{"text": ' });
  assert.equal(bad.statusCode, 400, 'malformed JSON');
  const blank = await app.inject({ method: 'POST', url: '/api/ingest', payload: { text: '   \n  ' } });
  assert.equal(json<{ failed: number }>(blank).failed, 1, 'white space only is reported, not stored');

  const huge = await app.inject({ method: 'POST', url: '/api/ingest', payload: { text: 'word '.repeat(1_400_000) } });
  assert.equal(huge.statusCode, 413);
  assert.match(json<{ message: string }>(huge).message, /large|limit/i);
});

test('ingest: file upload (multipart) with a size limit', async () => {
  const ok = await app.inject({ method: 'POST', url: '/api/ingest/file', ...multipart('note.txt', 'date 2024-12-03 Poland and Lithuania agreed on Tuesday to hold joint exercises in the spring.') });
  assert.equal(ok.statusCode, 200, ok.body);
  assert.equal(json<{ inserted: number }>(ok).inserted, 1);
  const doc = json<Document>(await app.inject(`/api/documents/${json<{ ids: string[] }>(ok).ids[0]}`));
  assert.equal(doc.meta.published, '2024-12-03');
  const big = await app.inject({ method: 'POST', url: '/api/ingest/file', ...multipart('big.txt', 'a '.repeat(5000)) });
  assert.equal(big.statusCode, 413, big.body);
  const notForm = await app.inject({ method: 'POST', url: '/api/ingest/file', payload: { text: 'x' } });
  assert.equal(notForm.statusCode, 400);
  const binary = await app.inject({ method: 'POST', url: '/api/ingest/file', ...multipart('x.bin', Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 0])) });
  assert.equal(json<{ failed: number; inserted: number }>(binary).inserted, 0);
});

test('documents: list, by id, by unique prefix, 404 and 400', async () => {
  const list = json<{ total: number; items: { id: string; snippet: string }[] }>(await app.inject('/api/documents?limit=2'));
  assert.equal(list.total, 3);
  assert.equal(list.items.length, 2);
  const full = json<Document>(await app.inject(`/api/documents/${seedId}`));
  assert.equal(full.meta.id, seedId);
  assert.ok(full.text.includes('Keir Starmer'));
  const byPrefix = await app.inject(`/api/documents/${seedId.slice(0, 6)}`);
  assert.equal(json<Document>(byPrefix).meta.id, seedId);
  const missing = await app.inject('/api/documents/ffffffffffffffff');
  assert.equal(missing.statusCode, 404);
  assert.match(json<{ message: string }>(missing).message, /no stored document/);
  assert.equal((await app.inject('/api/documents/not-hex')).statusCode, 400);
  assert.equal((await app.inject('/api/documents?limit=501')).statusCode, 400);
});

test('search: full text, filters, pagination, facets', async () => {
  type S = { total: number; items: { id: string; snippet: string }[] };
  const q = json<S>(await app.inject('/api/search?q=troops'));
  assert.deepEqual(q.items.map((d) => d.id), [seedId]);
  assert.match(q.items[0]!.snippet, /\[troops\]/i);
  assert.equal(json<S>(await app.inject('/api/search?q=Geneva')).total, 1);
  assert.equal(json<S>(await app.inject('/api/search?from=2024-12-01')).total, 2);
  assert.equal(json<S>(await app.inject('/api/search?from=2024-11&to=2024-11')).total, 1);
  assert.equal(json<S>(await app.inject('/api/search?source=test%20wire')).total, 1);
  assert.equal(json<S>(await app.inject('/api/search?eventType=MOBILIZE')).total, 1);
  assert.equal(json<S>(await app.inject('/api/search?country=UA')).items[0]?.id, seedId);
  assert.equal(json<S>(await app.inject('/api/search?entity=Keir%20Starmer')).items[0]?.id, seedId);
  const page2 = json<S>(await app.inject('/api/search?limit=1&offset=1'));
  assert.equal(page2.items.length, 1);
  assert.equal(page2.total, 3);
  for (const bad of ['from=yesterday', 'limit=0', 'offset=-1', 'eventType=PARTY', 'country=Ukraine', 'unknown=1', `q=${'x'.repeat(600)}`]) {
    const r = await app.inject(`/api/search?${bad}`);
    assert.equal(r.statusCode, 400, bad);
    assert.ok(json<{ message: string }>(r).message, bad);
  }
  const f = json<{ eventTypes: { value: string; count: number }[]; sources: { value: string }[] }>(await app.inject('/api/facets?q=troops'));
  assert.ok(f.eventTypes.some((e) => e.value === 'MOBILIZE' && e.count === 1));
  assert.deepEqual(json<{ sources: unknown[] }>(await app.inject('/api/facets?source=Test%20Wire')).sources, [{ value: 'Test Wire', count: 1 }]);
});

test('layers: entities, actor page, events, quotes, stances, graph, places', async () => {
  type Rows<T> = { items: { doc: string; item: T }[] };
  const ents = json<Rows<{ name: string }>>(await app.inject('/api/entities?name=Keir%20Starmer'));
  assert.ok(ents.items.length >= 1 && ents.items.every((r) => r.item.name === 'Keir Starmer'));
  const actor = json<{ name: string; roles: { title: string }[]; mentionsOverTime: { day: string }[] }>(await app.inject('/api/actors/Keir%20Starmer'));
  assert.equal(actor.name, 'Keir Starmer');
  assert.deepEqual(actor.mentionsOverTime.map((d) => d.day), ['2024-11-25']);
  assert.equal((await app.inject('/api/actors/Nobody%20Atall')).statusCode, 404);

  const ev = json<Rows<{ type: string }>>(await app.inject('/api/events?type=MOBILIZE&limit=100'));
  assert.ok(ev.items.length >= 1 && ev.items.every((r) => r.item.type === 'MOBILIZE'));
  assert.equal((await app.inject('/api/events?type=PARTY')).statusCode, 400);
  const dated = json<Rows<{ time: { value: string } }>>(await app.inject('/api/events?from=2024-11-11&to=2024-11-11'));
  assert.ok(dated.items.every((r) => r.item.time.value.startsWith('2024-11-11')), 'events filter by their own date');

  const anon = json<Rows<{ speaker: { kind: string; span: { text: string } } }>>(await app.inject('/api/quotes?kind=anonymous'));
  assert.ok(anon.items.some((r) => /Ministry of Defense/.test(r.item.speaker.span.text)), 'the anonymous MoD quote');
  assert.ok(anon.items.every((r) => r.item.speaker.kind === 'anonymous'));
  assert.equal((await app.inject('/api/quotes?kind=rumour')).statusCode, 400);
  const stances = await app.inject('/api/stances?proposition=send-troops%3AUKR');
  assert.equal(stances.statusCode, 200);
  assert.ok(Array.isArray(json<Rows<unknown>>(stances).items));

  const g = json<{ nodes: { id: string }[]; edges: { source: string; target: string; types: Record<string, number> }[] }>(await app.inject('/api/graph'));
  assert.ok(g.edges.length > 0 && g.edges.every((e) => g.nodes.some((n) => n.id === e.source) && g.nodes.some((n) => n.id === e.target)));
  const all = json<{ points: { name: string; country: string; lat: number; lon: number }[] }>(await app.inject('/api/places?scope=all'));
  assert.ok(all.points.some((p) => p.country === 'UA'));
  assert.ok(all.points.every((p) => Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180));
  assert.equal((await app.inject('/api/places?scope=planet')).statusCode, 400);
});

test('404s and the UI files', async () => {
  const nf = await app.inject('/api/nowhere');
  assert.equal(nf.statusCode, 404);
  assert.match(json<{ message: string }>(nf).message, /nowhere/);
  assert.equal((await app.inject({ method: 'DELETE', url: `/api/documents/${seedId}` })).statusCode, 404);
  const index = await app.inject('/');
  assert.equal(index.statusCode, 200);
  assert.match(String(index.headers['content-type']), /text\/html/);
  assert.equal((await app.inject('/assets/app.js')).headers['content-type'], 'text/javascript; charset=utf-8');
  for (const u of ['/../package.json', '/%2e%2e/package.json', '/assets/../../package.json']) assert.equal((await app.inject(u)).statusCode, 404, u);
  const bare = await buildServer({ store, webDir: join(dir, 'no-such-folder') });
  assert.equal((await bare.inject('/')).statusCode, 503);
  await bare.close();
});

test('write guard: the token is needed when set, and beyond localhost writes need one', async () => {
  const text = 'date 2024-12-04 Kenya and Ethiopia signed a trade accord in Nairobi.';
  const guarded = await buildServer({ store, token: 's3cret-token', webDir: null });
  const noAuth = await guarded.inject({ method: 'POST', url: '/api/ingest', payload: { text } });
  assert.equal(noAuth.statusCode, 401);
  assert.equal((await guarded.inject({ method: 'POST', url: '/api/ingest', payload: { text }, headers: { authorization: 'Bearer wrong' } })).statusCode, 401);
  assert.equal((await guarded.inject({ method: 'POST', url: '/api/ingest/file', ...multipart('a.txt', text) })).statusCode, 401);
  assert.equal((await guarded.inject('/api/search?q=troops')).statusCode, 200, 'reads need no token');
  const withAuth = await guarded.inject({ method: 'POST', url: '/api/ingest', payload: { text }, headers: { authorization: 'Bearer s3cret-token' } });
  assert.equal(withAuth.statusCode, 200, withAuth.body);
  assert.ok(json<{ openapi: string; paths: Record<string, { post: { security: unknown[] } }> }>(await guarded.inject('/api/openapi.json')).paths['/api/ingest']!.post.security.length > 0);
  await guarded.close();

  const open = await buildServer({ store, host: '0.0.0.0', token: '', webDir: null });
  const refused = await open.inject({ method: 'POST', url: '/api/ingest', payload: { text } });
  assert.equal(refused.statusCode, 403);
  assert.match(json<{ message: string }>(refused).message, /SITREP_TOKEN/);
  assert.equal(json<{ writable: boolean }>(await open.inject('/api/health')).writable, false);
  await open.close();
});

test('a slow client is cut off', async () => {
  const slow = await buildServer({ store, webDir: null, requestTimeout: 300 });
  await slow.listen({ host: '127.0.0.1', port: 0 });
  const port = (slow.server.address() as AddressInfo).port;
  const started = Date.now();
  await new Promise<void>((resolve, reject) => {
    const sock = connect(port, '127.0.0.1', () => sock.write('GET /api/health HTTP/1.1\r\nHost: x\r\n'));
    sock.on('close', () => resolve());
    sock.on('error', () => resolve());
    setTimeout(() => reject(new Error('the connection stayed open')), 5000).unref();
  });
  assert.ok(Date.now() - started < 5000);
  await slow.close();
});

test('stories: list, one story, its timeline (json, csv, md), a document\'s story, kept current by ingest', async () => {
  type Summary = { id: string; title: string; sources: number; documents: { id: string }[] };
  const list = await app.inject('/api/stories');
  assert.equal(list.statusCode, 200, list.body);
  const page = json<{ total: number; limit: number; offset: number; items: Summary[] }>(list);
  assert.equal(page.limit, 20);
  const story = page.items.find((s) => s.documents.some((d) => d.id === seedId));
  assert.ok(story, 'the seed is in a story');
  assert.ok(story.title.length > 0 && story.sources >= 1);
  assert.equal(json<{ items: unknown[] }>(await app.inject('/api/stories?limit=1&offset=0')).items.length, 1);
  assert.equal(json<{ items: unknown[] }>(await app.inject(`/api/stories?offset=${page.total}`)).items.length, 0);
  assert.equal(json<{ total: number }>(await app.inject('/api/stories?minDocs=1000000')).total, 0);
  for (const bad of ['limit=0', 'offset=-1', 'minDocs=abc', 'minDocs=0', 'nope=1']) {
    const r = await app.inject(`/api/stories?${bad}`);
    assert.equal(r.statusCode, 400, bad);
    assert.ok(json<{ message: string }>(r).message.length > 0, bad);
  }

  const one = await app.inject(`/api/stories/${story.id}`);
  assert.equal(one.statusCode, 200, one.body);
  assert.deepEqual(json<Summary>(one).documents.map((d) => d.id), story.documents.map((d) => d.id));
  assert.equal((await app.inject('/api/stories/szzzzzzzzzz')).statusCode, 404);
  assert.equal((await app.inject('/api/stories/<script>')).statusCode, 400);

  const t = await app.inject(`/api/stories/${story.id}/timeline`);
  assert.equal(t.statusCode, 200, t.body);
  const tl = json<{ story: string; events: { date: string | null; evidence: { doc: string }[] }[] }>(t);
  assert.equal(tl.story, story.id);
  assert.ok(tl.events.length > 0, 'dated events');
  const dates = tl.events.map((e) => e.date!);
  assert.deepEqual(dates, [...dates].sort(), 'in order of occurrence');
  assert.ok(tl.events.every((e) => e.evidence.length > 0));
  const csv = await app.inject(`/api/stories/${story.id}/timeline?format=csv`);
  assert.equal(csv.statusCode, 200);
  assert.match(String(csv.headers['content-type']), /^text\/csv/);
  assert.match(csv.body, /^date,event,label,/);
  assert.equal(csv.body.trim().split('\n').length, 1 + tl.events.reduce((n, e) => n + e.evidence.length, 0));
  const md = await app.inject(`/api/stories/${story.id}/timeline?format=md`);
  assert.equal(md.statusCode, 200);
  assert.match(String(md.headers['content-type']), /^text\/markdown/);
  assert.ok(md.body.includes(dates[0]!));
  assert.equal((await app.inject(`/api/stories/${story.id}/timeline?format=xml`)).statusCode, 400);
  assert.equal((await app.inject('/api/stories/szzzzzzzzzz/timeline')).statusCode, 404);

  const of = await app.inject(`/api/documents/${seedId}/story`);
  assert.equal(of.statusCode, 200, of.body);
  assert.equal(json<Summary>(of).id, story.id);
  assert.equal(json<Summary>(await app.inject(`/api/documents/${seedId.slice(0, 8)}/story`)).id, story.id, 'an id prefix');
  assert.equal((await app.inject('/api/documents/0000000000000000/story')).statusCode, 404);
  assert.equal((await app.inject('/api/documents/not-hex/story')).statusCode, 400);

  // a new article joins a story as soon as it is stored
  const text = 'date 2031-03-02\nHarbour workers in Valparaiso walked out on Monday over pay, the union said. Port officials said talks would resume on Friday.\n';
  const ing = await app.inject({ method: 'POST', url: '/api/ingest', payload: { text } });
  assert.equal(ing.statusCode, 200, ing.body);
  const newId = json<{ ids: string[] }>(ing).ids[0]!;
  const joined = await app.inject(`/api/documents/${newId}/story`);
  assert.equal(joined.statusCode, 200, joined.body);
  assert.ok(json<Summary>(joined).documents.some((d) => d.id === newId));

  const paths = json<{ paths: Record<string, unknown> }>(await app.inject('/api/openapi.json')).paths;
  for (const p of ['/api/stories', '/api/stories/{id}', '/api/stories/{id}/timeline', '/api/documents/{id}/story']) assert.ok(paths[p], p);
});
