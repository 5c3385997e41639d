/**
 * Throughput of the times stage alone, on one core, over the White House corpus:
 *   node dist/scripts/bench-times.js [max-files]
 * Structure (sentences, tokens) is computed first and not timed; then the times stage runs over
 * every document three times; words/second is reported by wall clock and per CPU-second (the
 * second is the fairer number on a busy machine; words = white-space separated tokens).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { emptyDocument, type Document } from '../src/document.js';
import { structureStage } from '../src/stages/structure/index.js';
import { timesStage } from '../src/stages/times/index.js';
import { datasetsDir } from '../src/util/datasets.js';

function* files(dir: string): Generator<string> {
  for (const n of readdirSync(dir).sort()) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (n.endsWith('.md')) yield p;
  }
}

const max = Number(process.argv[2] ?? 400);
const docs: Document[] = [];
let words = 0;
for (const f of files(join(datasetsDir(), 'whitehouse_briefings'))) {
  if (docs.length >= max) break;
  const raw = readFileSync(f, 'utf8');
  const date = /^date:\s*['"]?(\d{4}-\d\d-\d\d)/m.exec(raw)?.[1] ?? null;
  const text = raw.replace(/^---[\s\S]*?---\s*/, '');
  const base = emptyDocument({ id: '0000000000000000', textHash: '0000000000000000', source: null, path: f, record: null, url: null, title: null, published: date, publishedFrom: date ? 'front-matter' : 'unknown', language: 'en', languageDetected: null, format: 'markdown', encoding: 'utf-8', warnings: [] } as Document['meta'], text);
  docs.push({ ...base, ...structureStage.run(base) });
  words += text.split(/\s+/).filter(Boolean).length;
}
timesStage.load?.();
let n = 0;
const t0 = process.hrtime.bigint();
const c0 = process.cpuUsage();
for (let round = 0; round < 3; round++) for (const d of docs) n += timesStage.run(d).times!.length;
const s = Number(process.hrtime.bigint() - t0) / 1e9;
const cu = process.cpuUsage(c0);
const cpu = (cu.user + cu.system) / 1e6;
console.log(`times stage: ${docs.length} docs, ${words} words x3 in ${s.toFixed(2)} s = ${Math.round((3 * words) / s).toLocaleString('en-US')} words/s wall, ${Math.round((3 * words) / cpu).toLocaleString('en-US')} words per CPU-second (${Math.round(n / 3)} timexes per pass)`);
