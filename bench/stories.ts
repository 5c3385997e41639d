/**
 * Story-layer benchmark: milliseconds to add one article (story, copies, entities, events,
 * timeline state, saved to SQLite) to a store that already holds many, and memory.
 *
 *   node dist/bench/stories.js synthetic [--n 100000] [--measure 1000]
 *     fills an engine with N synthetic articles (topics, names, dated sentences, 10% copies),
 *     then times --measure more, each added and saved to a SQLite store.
 *   node dist/bench/stories.js real <dir|file>... [--db file] [--find word] [--annotate]
 *     reads real articles (e.g. ../shared/datasets/whitehouse_briefings), adds each (annotated
 *     through the pipeline with --annotate, else as read), saves; prints time per article, the
 *     largest stories, and the timeline of the largest story whose title or actors match --find.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Document } from '../src/document.js';
import { rawArticle } from '../src/ingest/article.js';
import { toDocument } from '../src/ingest/build.js';
import { readInputs } from '../src/ingest/index.js';
import { annotate } from '../src/pipeline.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { buildTimeline, listStories, StoryEngine, timelineMarkdown } from '../src/story/index.js';

function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] ?? dflt : dflt;
}

function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; return (x >>> 0) / 4294967296; };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const VERBS = ['attacked', 'visited', 'announced', 'signed', 'arrested', 'met', 'protested', 'launched', 'rejected', 'approved'];

function syntheticDocs(n: number, seed: number): Document[] {
  const r = rng(seed);
  const word = (k: number) => `w${k.toString(36)}`;
  const name = (k: number) => `N${k.toString(36)}x`;
  const out: Document[] = [];
  const topics = Math.max(10, Math.floor(n / 20));
  for (let i = 0; i < n; i++) {
    if (i > 0 && r() < 0.1) { // a copy of a recent article, lightly edited
      const src = out[Math.max(0, i - 1 - Math.floor(r() * 50))]!;
      out.push(toDocument(rawArticle({ text: `${src.text} Copyright syndicate ${i}.`, format: 'text', url: `https://syn.example/${i}`, published: src.meta.published, publishedFrom: 'option' })));
      continue;
    }
    const t = Math.floor(r() * topics);
    const day = new Date(Date.UTC(2020, 0, 1) + Math.floor((t % 1000) * 86400000 + r() * 20 * 86400000));
    const sentences: string[] = [];
    for (let s = 0; s < 15; s++) {
      const ws: string[] = [];
      for (let k = 0; k < 18; k++) ws.push(r() < 0.35 ? word(50000 + t * 40 + Math.floor(r() * 40)) : word(Math.floor(Math.pow(r(), 2) * 50000)));
      if (s % 5 === 0) ws.splice(3, 0, name(t * 5 + Math.floor(r() * 5)), name(t * 5 + Math.floor(r() * 5)));
      sentences.push(`${ws.join(' ')}.`);
    }
    const ev = new Date(day.getTime() - Math.floor(r() * 5) * 86400000);
    sentences.splice(2, 0, `On ${MONTHS[ev.getUTCMonth()]} ${ev.getUTCDate()}, ${ev.getUTCFullYear()} ${name(t * 5)} ${VERBS[t % VERBS.length]} ${name(t * 5 + 1)} in ${word(50000 + t * 40)}.`);
    out.push(toDocument(rawArticle({ text: sentences.join(' '), format: 'text', url: `https://syn.example/${i}`, title: `${word(50000 + t * 40)} ${word(50000 + t * 40 + 1)} ${name(t * 5)}`,
      published: day.toISOString().slice(0, 10), publishedFrom: 'option' })));
  }
  return out;
}

/** Heap in use; after a full collection when node runs with --expose-gc (else it counts garbage not yet collected). */
function mb(): string {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
  return `${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB heap${gc ? ' (after gc)' : ''}`;
}

async function timeAdds(engine: StoryEngine, store: SqliteStore, docs: Iterable<Document>): Promise<{ n: number; ms: number }> {
  let n = 0; let ms = 0;
  for (const d of docs) {
    const t0 = performance.now();
    engine.add(d);
    await store.saveStoryState(engine.takeChanges());
    ms += performance.now() - t0;
    n++;
  }
  return { n, ms };
}

async function synthetic(): Promise<void> {
  const n = Number(arg('n', '100000'));
  const measure = Number(arg('measure', '1000'));
  const engine = new StoryEngine();
  const t0 = performance.now();
  const chunk = 5000;
  for (let i = 0; i < n; i += chunk) {
    for (const d of syntheticDocs(Math.min(chunk, n - i), 1 + i)) engine.add(d);
    engine.takeChanges();
    if ((i / chunk) % 4 === 0) console.error(`  filled ${i + chunk} (${((performance.now() - t0) / 1000).toFixed(0)} s, ${mb()})`);
  }
  console.log(`filled ${engine.docs.size} synthetic articles in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${engine.stories.size} stories, ${engine.events.size} events, ${engine.entities.entities.size} entities; ${mb()}`);
  const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'sitrep-bench-')), 'stories.db'));
  const { n: m, ms } = await timeAdds(engine, store, syntheticDocs(measure, 987654321));
  console.log(`added ${m} more to a store of ${n}: ${(ms / m).toFixed(2)} ms per article on average (story, copies, entities, events, saved); ${mb()}`);
  await store.close();
}

async function real(): Promise<void> {
  const inputs = process.argv.slice(3).filter((a, i, all) => !a.startsWith('--') && !(all[i - 1] ?? '').startsWith('--'));
  const store = new SqliteStore(arg('db', join(mkdtempSync(join(tmpdir(), 'sitrep-bench-')), 'stories.db')));
  const engine = new StoryEngine();
  const doAnnotate = process.argv.includes('--annotate');
  let n = 0; let ms = 0;
  for await (const r of readInputs(inputs)) {
    if (!r.ok) continue;
    let doc = toDocument(r.article);
    if (doAnnotate && doc.meta.language === 'en') doc = annotate(doc);
    const t = await timeAdds(engine, store, [doc]);
    n += t.n; ms += t.ms;
  }
  console.log(`added ${n} articles: ${(ms / n).toFixed(2)} ms per article on average; ${engine.stories.size} stories; ${mb()}`);
  const list = listStories(engine, { minDocs: 2 });
  for (const s of list.slice(0, 15)) console.log(`  ${s.id} ${s.documents.length} docs ${s.first}..${s.last} ${s.title.slice(0, 90)} | ${s.keyActors.slice(0, 4).join(', ')}`);
  const find = arg('find', '').toLowerCase();
  if (find) {
    const s = list.find((x) => x.title.toLowerCase().includes(find) || x.keyActors.some((a) => a.toLowerCase().includes(find)));
    if (s) {
      const t = buildTimeline(engine, s.id)!;
      const md = timelineMarkdown(t).split('\n');
      console.log(md.slice(0, 60).join('\n'));
      const dates = t.events.map((e) => e.date!);
      console.log(`timeline ${s.id}: ${t.events.length} dated events, in order: ${dates.every((d, i) => i === 0 || dates[i - 1]! <= d)}`);
    }
  }
  await store.close();
}

(process.argv[2] === 'real' ? real() : synthetic()).catch((err) => { console.error(err); process.exit(1); });
