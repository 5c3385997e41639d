/**
 * Words per CPU-second of the events and stances stages on one core (the machine is shared, so
 * CPU time, not wall time, is measured). Input: the seed article plus the PLOVER GSR dev sentences,
 * five times over, annotated up to the stage before events.
 * Usage: node dist/scripts/events-speed.js
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emptyDocument, type Meta } from '../src/document.js';
import { annotate } from '../src/pipeline.js';
import { eventsStage } from '../src/stages/events/index.js';
import { stancesStage } from '../src/stages/stances/index.js';
import { datasetsDir, projectRoot } from '../src/util/datasets.js';

const raw = readFileSync(join(projectRoot(), '..', 'shared', 'seed', '000_554aa86091631b34.txt'), 'utf8');
const m = /^\s*date (\S+)\s*/.exec(raw)!;
const recs = JSON.parse(readFileSync(join(datasetsDir(), 'plover_gsr', 'PLOVER_GSR_dev.json'), 'utf8')) as { text: string }[];
const one = `${raw.slice(m[0].length)}\n\n${recs.map((r) => r.text).join('\n\n')}`;
const text = Array.from({ length: 5 }, () => one).join('\n\n');
const meta = { id: '0123456789abcdef', textHash: '0123456789abcdef', source: null, path: null, record: null, url: null, title: null, published: m[1]!, publishedFrom: 'dateline', language: 'en', languageDetected: null, format: 'text', encoding: null, warnings: [] } as Meta;
const doc = annotate(emptyDocument(meta, text), { until: 'quotes' });
const words = doc.tokens.filter((t) => t.kind === 'word').length;
for (const stage of [eventsStage, stancesStage]) {
  stage.run(doc);
  const c0 = process.cpuUsage();
  let n = 0;
  const spent = () => { const u = process.cpuUsage(c0); return (u.user + u.system) / 1e6; };
  while (spent() < 3) { stage.run(doc); n++; }
  console.log(`${stage.name}: ${words} words x ${n} runs, ${Math.round((words * n) / spent())} words per CPU-second`);
}
