/**
 * Pipeline benchmark: words/second for each stage and end to end, model load times and peak
 * memory, on the White House corpus — with compromise (people/places/organizations) and
 * chrono-node (date parsing) measured on the same texts in the same run as reference points.
 *
 * Usage: node dist/bench/pipeline.js [--limit N] [--json] (reads 3 × N documents)
 * One process, one thread: the numbers are for one core.
 */
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { availableParallelism, loadavg } from 'node:os';
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import type { Document } from '../src/document.js';
import { toDocument } from '../src/ingest/build.js';
import { readInputs } from '../src/ingest/index.js';
import { STAGES, applyStage } from '../src/pipeline.js';
import { datasetsDir } from '../src/util/datasets.js';

export interface BenchRow {
  name: string;
  words: number;
  seconds: number;
  wordsPerSecond: number;
  note: string;
}

const countWords = (s: string) => (s.match(/\S+/g) ?? []).length;

export async function loadCorpus(limit: number): Promise<Document[]> {
  const docs: Document[] = [];
  for await (const r of readInputs([join(datasetsDir(), 'whitehouse_briefings')])) {
    if (!r.ok) continue;
    const d = toDocument(r.article);
    if (d.meta.language === 'en') docs.push(d);
    if (docs.length >= limit) break;
  }
  return docs;
}

/**
 * Time one pass of fn over the docs, after one untimed pass over *other* documents: the figure is
 * the throughput of a running process (the JIT has compiled the code; load times are measured
 * separately) on text it has not seen, so no cache keyed by words or phrases holds the measured
 * texts' own (repeating the same documents would fill them and flatter the stages that memoize).
 */
function timeIt(docs: Document[], warmup: Document[], fn: (d: Document) => unknown): number {
  for (const d of warmup) fn(d);
  const t0 = performance.now();
  for (const d of docs) fn(d);
  return (performance.now() - t0) / 1000;
}

export async function benchPipeline(limit: number): Promise<{ rows: BenchRow[]; loads: { name: string; ms: number }[]; peakRssMb: number; docs: number; words: number; machineLoad: { cpus: number; before: number; after: number } }> {
  // other work on the machine slows every figure: its load average is reported with them
  const loadBefore = loadavg()[0]!;
  const loads: { name: string; ms: number }[] = [];
  for (const stage of STAGES) {
    const t0 = performance.now();
    stage.load?.();
    loads.push({ name: stage.name, ms: performance.now() - t0 });
  }
  // the documents after the first `limit` warm each measurement up (see timeIt); the pipeline end
  // to end is timed on a third set, which no stage has seen (the stages' caches hold the first two)
  const corpus = await loadCorpus(3 * limit);
  const raw = corpus.slice(0, limit);
  const rawWarm = corpus.slice(limit, 2 * limit);
  const fresh = corpus.slice(2 * limit);
  if (fresh.length < limit) throw new Error(`the bench needs ${3 * limit} English documents in whitehouse_briefings; it found ${corpus.length}`);
  const words = raw.reduce((n, d) => n + countWords(d.text), 0);
  const rows: BenchRow[] = [];

  // each stage alone, on documents carrying the layers of the stages before it
  let docs = raw;
  let warm = rawWarm;
  for (const stage of STAGES) {
    const seconds = timeIt(docs, warm, (d) => stage.run(d));
    rows.push({ name: `stage: ${stage.name}`, words, seconds, wordsPerSecond: words / seconds, note: `produces ${stage.produces.join(', ')}` });
    docs = docs.map((d) => applyStage(d, stage));
    warm = warm.map((d) => applyStage(d, stage));
  }
  // let the annotated copies go before the next measurements (a fuller heap slows every later one)
  docs = [];
  warm = [];
  const freshWords = fresh.reduce((n, d) => n + countWords(d.text), 0);
  const end = timeIt(fresh, rawWarm, (d) => STAGES.reduce((acc, s) => applyStage(acc, s), d));
  rows.push({ name: 'pipeline end to end', words: freshWords, seconds: end, wordsPerSecond: freshWords / end, note: `${STAGES.length} stages, on ${fresh.length} other documents` });

  // reference points, same texts, same process
  const ch = timeIt(raw, rawWarm, (d) => chrono.parse(d.text, d.meta.published ? new Date(d.meta.published.slice(0, 10)) : new Date(), { forwardDate: false }));
  rows.push({ name: 'reference: chrono-node parse', words, seconds: ch, wordsPerSecond: words / ch, note: 'chrono-node 2' });
  const comp = timeIt(raw, rawWarm, (d) => { const doc = nlp(d.text); doc.people().out('array'); doc.places().out('array'); doc.organizations().out('array'); });
  rows.push({ name: 'reference: compromise people/places/orgs', words, seconds: comp, wordsPerSecond: words / comp, note: 'compromise 14' });

  return { rows, loads, peakRssMb: process.resourceUsage().maxRSS / 1024, docs: raw.length, words, machineLoad: { cpus: availableParallelism(), before: loadBefore, after: loadavg()[0]! } };
}

export function printPipeline(r: Awaited<ReturnType<typeof benchPipeline>>): void {
  console.log(`\nPipeline on ${r.docs} White House documents (${r.words.toLocaleString('en-US')} words), one core\n`);
  const head = ['what', 'words/s', 'words', 'seconds', 'note'];
  const body = r.rows.map((x) => [x.name, Math.round(x.wordsPerSecond).toLocaleString('en-US'), x.words.toLocaleString('en-US'), x.seconds.toFixed(2), x.note]);
  const w = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (c: string[]) => `| ${c.map((v, i) => (i >= 1 && i <= 3 ? v.padStart(w[i]!) : v.padEnd(w[i]!))).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${w.map((n, i) => (i >= 1 && i <= 3 ? `${'-'.repeat(n + 1)}:` : '-'.repeat(n + 2))).join('|')}|`);
  for (const b of body) console.log(line(b));
  console.log(`\nmodel/resource load: ${r.loads.map((l) => `${l.name} ${l.ms.toFixed(0)} ms`).join(', ')}`);
  console.log(`peak memory (max RSS): ${r.peakRssMb.toFixed(0)} MB`);
  const m = r.machineLoad;
  console.log(`machine load (1-minute load average, ${m.cpus} CPUs): ${m.before.toFixed(2)} before, ${m.after.toFixed(2)} after (this run itself adds about 1; more means other work shared the CPUs and slowed these figures)`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--limit');
  const limit = i > 0 ? parseInt(process.argv[i + 1]!, 10) : 300;
  const r = await benchPipeline(limit);
  if (process.argv.includes('--json')) console.log(JSON.stringify(r, null, 2));
  else printPipeline(r);
}
