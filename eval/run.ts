/**
 * `npm run eval`: run every task's scorer against the datasets and print a table of dev-set
 * numbers. Exits non-zero when a metric falls under its floor (a regression) or a task fails.
 * Usage: npm run eval [-- task ...]   (datasets root: $SITREP_DATASETS or ../shared/datasets)
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { datasetsDir } from '../src/util/datasets.js';
import type { EvalTask, MetricRow } from './types.js';
import { structureTask } from './structure.js';
import { entitiesTask } from './entities.js';
import { timesTask } from './times.js';
import { placesTask } from './places.js';
import { quotesTask } from './quotes.js';
import { storiesTask } from './stories.js';
import { eventsTask } from './events.js';

/** Every evaluation task, in the order the table shows them. */
export const TASKS: EvalTask[] = [
  structureTask,
  entitiesTask,
  timesTask,
  placesTask,
  quotesTask,
  storiesTask,
  eventsTask,
];

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const dir = datasetsDir();
  if (!existsSync(dir)) {
    console.error(`eval: datasets folder not found: ${dir} (set SITREP_DATASETS)`);
    process.exit(2);
  }
  const rows: MetricRow[] = [];
  const failures: string[] = [];
  for (const task of TASKS) {
    if (wanted.length && !wanted.includes(task.name)) continue;
    const missing = task.datasets.filter((d) => !existsSync(join(dir, d)));
    if (missing.length) { failures.push(`${task.name}: missing dataset(s) ${missing.join(', ')} under ${dir}`); continue; }
    const t0 = Date.now();
    try {
      const got = await task.run(dir);
      rows.push(...got);
      console.error(`eval: ${task.name} done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    } catch (err) {
      failures.push(`${task.name}: ${(err as Error).stack ?? err}`);
    }
  }
  printTable(rows);
  for (const r of rows) {
    if (r.floor !== undefined && !(r.value >= r.floor)) failures.push(`${r.task} ${r.dataset} ${r.metric}: ${fmt(r.value)} is under its floor ${fmt(r.floor)}`);
  }
  if (failures.length) {
    console.error(`\neval FAILED:\n- ${failures.join('\n- ')}`);
    process.exit(1);
  }
  console.log(`\neval: ${rows.length} metrics, all at or above their floors`);
}

function fmt(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(3);
}

export function printTable(rows: MetricRow[]): void {
  const head = ['task', 'dataset', 'metric', 'value', 'floor'];
  const body = rows.map((r) => [r.task, r.dataset, r.metric, fmt(r.value), r.floor === undefined ? '' : fmt(r.floor)]);
  const w = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i >= 3 ? c.padStart(w[i]!) : c.padEnd(w[i]!))).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${w.map((n, i) => (i >= 3 ? '-'.repeat(n + 1) + ':' : '-'.repeat(n + 2))).join('|')}|`);
  for (const b of body) console.log(line(b));
}

main().catch((err) => { console.error(err); process.exit(1); });
