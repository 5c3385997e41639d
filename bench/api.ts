/**
 * API latency benchmark: p50/p95/p99 of search and document reads against `buildServer` on a
 * local port, with N stored articles (default 10,000), measured with autocannon.
 *
 * The store: White House briefings annotated by the real pipeline (as many as a time budget
 * allows), then variants of them up to N — each variant appends a dated dispatch line to the text
 * (so every layer's offsets stay exact), and shifts the publication date and source, so ids, full
 * text and date filters differ. The store is kept in the temp folder and reused by later runs.
 *
 * Each route is measured twice: by one client (requests one after another: the latency a user
 * sees) and by N concurrent clients (default 10: latency under load, where requests queue behind
 * each other in the one server process, so it also shows throughput).
 *
 * Usage: node dist/bench/api.js [--articles 10000] [--seconds 8] [--connections 10] [--fresh] [--json]
 * From the bench runner: `printApi(await benchApi({ articles: 10000 }))`.
 */
import autocannon from 'autocannon';
import { fork } from 'node:child_process';
import type { EventEmitter } from 'node:events';
import { createHash } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { buildServer } from '../src/api/server.js';
import type { Document } from '../src/document.js';
import { annotateIfEnglish } from '../src/ingest/ingest.js';
import { openStore } from '../src/store/index.js';
import type { Store } from '../src/store/types.js';
import { loadCorpus } from './pipeline.js';

export interface ApiBenchOptions {
  articles?: number;
  /** distinct articles to annotate at most, and the seconds to spend annotating them */
  base?: number;
  annotateSeconds?: number;
  seconds?: number;
  connections?: number;
  fresh?: boolean;
}

export interface ApiBenchRow {
  name: string;
  connections: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

export interface ApiBenchResult {
  articles: number;
  annotated: number;
  buildSeconds: number;
  connections: number;
  rows: ApiBenchRow[];
}

const SOURCES = ['The White House', 'Wire A', 'Wire B', 'Daily Dispatch', 'Evening Post', 'Capital Times'];

/** The k-th variant of an annotated document: same layers, text with one more line, another day and source. */
export function variant(doc: Document, k: number): Document {
  if (k === 0) return doc;
  const text = `${doc.text}\n\nDispatch ${k}: filed by desk ${(k * 7919) % 1000} for ${SOURCES[k % SOURCES.length]}.`;
  const id = createHash('sha256').update(`${k}\u0000${text}`).digest('hex').slice(0, 16);
  const day = doc.meta.published ? new Date(Date.parse(doc.meta.published.slice(0, 10)) + (k % 400) * 86_400_000).toISOString().slice(0, 10) : null;
  return {
    ...doc, text,
    meta: { ...doc.meta, id, textHash: createHash('sha256').update(text).digest('hex').slice(0, 16), published: day, source: SOURCES[k % SOURCES.length]!, url: null },
  };
}

async function fillStore(store: Store, articles: number, base: number, annotateSeconds: number): Promise<number> {
  const raw = await loadCorpus(base);
  const annotated: Document[] = [];
  const t0 = performance.now();
  for (const d of raw) {
    annotated.push(annotateIfEnglish(d));
    if ((performance.now() - t0) / 1000 > annotateSeconds) break;
  }
  if (!annotated.length) throw new Error('no article to build the benchmark store from (datasets missing?)');
  // variants until the store holds N (copies in the corpus, or a partly filled store, count once)
  let stored = await store.count();
  for (let i = 0; stored < articles; i += 500) {
    const batch: Document[] = [];
    for (let j = i; j < i + Math.min(500, articles - stored); j++) batch.push(variant(annotated[j % annotated.length]!, Math.floor(j / annotated.length)));
    stored += (await store.putDocuments(batch)).inserted;
  }
  return annotated.length;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** autocannon over a rotating list of paths; latencies from every response. */
async function hammer(url: string, name: string, paths: string[], seconds: number, connections: number): Promise<ApiBenchRow> {
  let n = 0;
  const times: number[] = [];
  const instance = autocannon({
    url, connections, duration: seconds, pipelining: 1,
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths[n++ % paths.length]! }) }],
  });
  (instance as unknown as EventEmitter).on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => { times.push(responseTime); });
  const res = await instance;
  times.sort((a, b) => a - b);
  return {
    name, connections, requests: res.requests.total, rps: res.requests.average, errors: res.errors + res.non2xx,
    p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99),
  };
}

export async function benchApi(options: ApiBenchOptions = {}): Promise<ApiBenchResult> {
  const articles = options.articles ?? 10_000;
  const seconds = options.seconds ?? 8;
  const connections = options.connections ?? 10;
  const file = join(tmpdir(), `sitrep-bench-api-${articles}.db`);
  if (options.fresh && existsSync(file)) for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  const store = await openStore(file);
  let annotated = 0;
  const t0 = performance.now();
  if ((await store.count()) < articles) annotated = await fillStore(store, articles, options.base ?? 300, options.annotateSeconds ?? 150);
  const buildSeconds = (performance.now() - t0) / 1000;

  // the server runs in its own process, so the load generator does not share its event loop
  const server = fork(fileURLToPath(import.meta.url), ['--serve', file], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('message', (m) => resolve((m as { port: number }).port));
    server.once('exit', (code) => reject(new Error(`the benchmark server exited (${code})`)));
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    const ids = (await store.search({ limit: 500, offset: 0 })).items.map((d) => d.id);
    const more = (await store.search({ limit: 500, offset: Math.floor(articles / 2) })).items.map((d) => d.id);
    const words = ['Ukraine', 'president', 'sanctions', 'energy', '"climate change"', 'border', 'vaccine', 'Russia', 'China', 'infrastructure',
      'jobs', 'NATO', 'inflation', 'democracy', 'secur*', '"supply chain"', 'Israel', 'weapons', 'economy', 'Dispatch'];
    const searches = words.flatMap((w, i) => {
      const q = encodeURIComponent(w);
      return [`/api/search?q=${q}`, `/api/search?q=${q}&from=202${i % 4 + 1}-01-01&to=2025-12-31`, `/api/search?q=${q}&offset=20`];
    });
    const filters = ['eventType=ASSAULT', 'eventType=CONSULT', 'country=UA', 'country=US', 'entity=Joe%20Biden', 'source=Wire%20A', 'from=2023-01-01&to=2023-06-30', '']
      .map((f) => `/api/search?${f}`);
    const routes: [string, string[]][] = [
      ['search: full text (+ date range, 2nd page)', searches],
      ['search: filters only (event type, country, entity, source, dates)', filters],
      ['document read by id (whole annotated document)', [...ids, ...more].map((id) => `/api/documents/${id}`)],
      ['document list (newest first)', ['/api/documents', '/api/documents?offset=100', '/api/documents?offset=5000']],
    ];
    const rows: ApiBenchRow[] = [];
    for (const conns of [...new Set([1, connections])]) {
      for (const [name, paths] of routes) rows.push(await hammer(url, name, paths, seconds, conns));
    }
    return { articles: await store.count(), annotated, buildSeconds, connections, rows };
  } finally {
    server.kill('SIGTERM');
    await store.close();
  }
}

/** The server side: serve the store on a free localhost port and tell the parent which. */
async function serve(file: string): Promise<void> {
  const store = await openStore(file);
  const app = await buildServer({ store, webDir: null });
  await app.listen({ host: '127.0.0.1', port: 0 });
  process.send!({ port: (app.server.address() as AddressInfo).port });
  process.once('SIGTERM', () => void app.close().then(() => store.close()).then(() => process.exit(0)));
}

export function printApi(r: ApiBenchResult): void {
  console.log(`\nAPI latency: ${r.articles} stored articles${r.annotated ? ` (built from ${r.annotated} annotated, in ${r.buildSeconds.toFixed(0)} s)` : ''}, 1 client and ${r.connections} concurrent clients; target p95 < 100 ms`);
  console.log('| route | clients | requests | req/s | p50 ms | p95 ms | p99 ms | errors |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const x of r.rows) console.log(`| ${x.name} | ${x.connections} | ${x.requests} | ${x.rps.toFixed(0)} | ${x.p50.toFixed(1)} | ${x.p95.toFixed(1)}${x.p95 < 100 ? "" : " (over)"} | ${x.p99.toFixed(1)} | ${x.errors} |`);
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv[2] === '--serve') {
  await serve(process.argv[3]!);
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string, def: number) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? Number(process.argv[i + 1]) : def; };
  const res = await benchApi({ articles: arg('articles', 10_000), seconds: arg('seconds', 8), connections: arg('connections', 10), base: arg('base', 300), fresh: process.argv.includes('--fresh') });
  if (process.argv.includes('--json')) console.log(JSON.stringify(res, null, 2));
  else printApi(res);
}
