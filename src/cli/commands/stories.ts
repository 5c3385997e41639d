/**
 * `sitrep stories`, `sitrep timeline <story>` and `sitrep link-events <texts-dir> --mentions f`.
 * The first two bring the story layer up to date with the store (incrementally) and print.
 */
import { Command, Option } from 'commander';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { buildTimeline, linkEvents, listStories, storiesMarkdown, timelineCsv, timelineMarkdown, updateStories, type SpanRef } from '../../story/index.js';
import { DB_HELP, withStore } from '../util.js';

export function register(program: Command): void {
  program.command('stories')
    .description('stories across stored articles (copies grouped), each with its documents')
    .option('--db <location>', DB_HELP)
    .option('--min-docs <n>', 'only stories with at least this many documents', (v) => parseInt(v, 10), 1)
    .option('-n, --limit <n>', 'at most this many stories (largest first)', (v) => parseInt(v, 10))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'md']).default('md'))
    .action(async (opts: { db?: string; minDocs: number; limit?: number; format: 'json' | 'md' }) => {
      await withStore(opts.db, async (store) => {
        const engine = await updateStories(store);
        const list = listStories(engine, { minDocs: opts.minDocs, limit: opts.limit });
        process.stdout.write(opts.format === 'json' ? `${JSON.stringify(list, null, 2)}\n` : storiesMarkdown(list));
      });
    });

  program.command('timeline')
    .description("a story's dated events in order of occurrence, with sources, and stances over time")
    .argument('<story>', 'story id (from `sitrep stories`) or a document id in it')
    .option('--db <location>', DB_HELP)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'csv', 'md']).default('md'))
    .action(async (id: string, opts: { db?: string; format: 'json' | 'csv' | 'md' }) => {
      await withStore(opts.db, async (store) => {
        const engine = await updateStories(store);
        let storyId = engine.stories.has(id) ? id : engine.storyOf(id)?.id;
        if (!storyId) { const full = await store.resolveId(id.toLowerCase()); storyId = full ? engine.storyOf(full)?.id : undefined; }
        const t = storyId ? buildTimeline(engine, storyId) : null;
        if (!t) throw new Error(`no story '${id}' (see sitrep stories)`);
        process.stdout.write(opts.format === 'json' ? `${JSON.stringify(t, null, 2)}\n` : opts.format === 'csv' ? timelineCsv(t) : timelineMarkdown(t));
      });
    });

  program.command('link-events')
    .description('cross-document event coreference: print each mention with the cluster of the real-world event it refers to')
    .argument('<texts-dir>', 'folder of plain-text documents (a mention\'s "doc" is a file name, with or without extension)')
    .requiredOption('--mentions <spans.jsonl>', 'event mentions, one {"doc","start","end"} a line (character offsets into the file text)')
    .action((dir: string, opts: { mentions: string }) => {
      const docs = readdirSync(dir).filter((f) => statSync(join(dir, f)).isFile()).sort()
        .map((f) => ({ id: f, title: null, text: readFileSync(join(dir, f), 'utf8') }));
      const ids = new Map<string, string>();
      for (const d of docs) { ids.set(d.id, d.id); const stem = basename(d.id, extname(d.id)); if (!ids.has(stem)) ids.set(stem, d.id); }
      const spans: SpanRef[] = [];
      const raw: { doc: string; start: number; end: number }[] = [];
      readFileSync(opts.mentions, 'utf8').split('\n').forEach((line, i) => {
        if (!line.trim()) return;
        let m: { doc?: unknown; start?: unknown; end?: unknown };
        try { m = JSON.parse(line) as typeof m; } catch { throw new Error(`${opts.mentions}:${i + 1}: not JSON`); }
        if (typeof m.doc !== 'string' || typeof m.start !== 'number' || typeof m.end !== 'number') throw new Error(`${opts.mentions}:${i + 1}: needs "doc" (string), "start" and "end" (numbers)`);
        const doc = ids.get(m.doc);
        if (!doc) throw new Error(`${opts.mentions}:${i + 1}: no document '${m.doc}' in ${dir}`);
        spans.push({ doc, start: m.start, end: m.end });
        raw.push({ doc: m.doc, start: m.start, end: m.end });
      });
      const clusters = linkEvents(docs, spans);
      process.stdout.write(raw.map((m, i) => JSON.stringify({ ...m, cluster: clusters[i] })).join('\n') + (raw.length ? '\n' : ''));
    });
}
