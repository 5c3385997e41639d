/** `sitrep ingest <inputs...>`: annotate and store articles, with a progress bar for long runs. */
import { Command } from 'commander';
import cliProgress from 'cli-progress';
import { ingestInputs } from '../../ingest/ingest.js';
import { loadStories, updateStories } from '../../story/index.js';
import type { Store } from '../../store/types.js';
import { DB_HELP, reportError, withStore } from '../util.js';

export function register(program: Command): void {
  program.command('ingest')
    .description('annotate articles and store them (idempotent: an article already stored is skipped)')
    .argument('<inputs...>', 'files, folders, http(s) URLs (pages or RSS/Atom feeds), or - for standard input')
    .option('--db <location>', DB_HELP)
    .option('-d, --date <YYYY-MM-DD>', 'publication date for articles that give none')
    .option('--batch <n>', 'documents per transaction', (v) => parseInt(v, 10), 100)
    .option('-q, --quiet', 'no progress bar')
    .action(async (inputs: string[], opts: { db?: string; date?: string; batch: number; quiet?: boolean }) => {
      const bar = !opts.quiet && process.stderr.isTTY
        ? new cliProgress.SingleBar({ format: 'ingest {bar} {value} read | {inserted} new | {duplicates} known | {failed} failed', stream: process.stderr }, cliProgress.Presets.shades_classic)
        : null;
      bar?.start(0, 0, { inserted: 0, duplicates: 0, failed: 0 });
      const { result, touched } = await withStore(opts.db, async (store) => {
        const result = await ingestInputs(store, inputs, {
          date: opts.date, batchSize: opts.batch,
          onError: (e) => { bar?.stop(); reportError(e); bar?.start(0, 0); },
          onProgress: (p) => { bar?.setTotal(p.read); bar?.update(p.read, { ...p }); },
        });
        bar?.stop();
        return { result, touched: await refreshStories(store) };
      });
      console.log(`ingested: ${result.inserted} new, ${result.duplicates} already stored, ${result.failed} failed (${result.read} read)`);
      console.log(`stories: ${touched} touched`);
      if (result.inserted + result.duplicates === 0) process.exitCode = 1;
    });
}

/** Bring the story layer up to date with the store; the number of stories that got documents (new ones included). */
async function refreshStories(store: Store): Promise<number> {
  const engine = await loadStories(store);
  const before = new Map([...engine.stories.values()].map((s) => [s.id, s.docs.length]));
  await updateStories(store, { engine });
  return [...engine.stories.values()].filter((s) => before.get(s.id) !== s.docs.length).length;
}
