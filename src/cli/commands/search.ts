/** `sitrep search <query>` and `sitrep show <id>`: answers from the store. */
import { Command, Option } from 'commander';
import { renderMarkdown } from '../render.js';
import { DB_HELP, withStore } from '../util.js';

export function register(program: Command): void {
  program.command('search')
    .description('full-text search of stored articles, with filters')
    .argument('[query...]', 'words (all must match), "quoted phrases", prefix*')
    .option('--db <location>', DB_HELP)
    .option('--from <YYYY-MM-DD>', 'published on or after')
    .option('--to <YYYY-MM-DD>', 'published on or before')
    .option('--source <name>', 'publication or site')
    .option('--entity <name>', 'an entity (name, alias or knowledge-base id) the article mentions')
    .option('--event <type>', 'a PLOVER event type the article reports')
    .option('--country <code>', 'an ISO 3166 country code the article involves')
    .option('--language <code>', 'ISO 639-1 language')
    .option('-n, --limit <n>', 'results per page', (v) => parseInt(v, 10), 20)
    .option('--offset <n>', 'skip this many results', (v) => parseInt(v, 10), 0)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (query: string[], opts: Record<string, string | number | undefined>) => {
      for (const k of ['from', 'to'] as const) {
        if (opts[k] !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(opts[k]))) throw new Error(`--${k} must be a date YYYY-MM-DD, not '${opts[k]}'`);
      }
      const res = await withStore(opts.db as string | undefined, (store) => store.search({
        text: query.join(' '), from: opts.from as string, to: opts.to as string, source: opts.source as string,
        entity: opts.entity as string, eventType: opts.event as string, country: opts.country as string,
        language: opts.language as string, limit: opts.limit as number, offset: opts.offset as number,
      }));
      if (opts.format === 'json') { console.log(JSON.stringify(res, null, 2)); return; }
      console.log(`${res.total} matching article${res.total === 1 ? '' : 's'}`);
      for (const d of res.items) {
        console.log(`\n${d.id}  ${d.published?.slice(0, 10) ?? 'undated   '}  ${d.title ?? d.path ?? d.url ?? ''}`);
        if (d.snippet) console.log(`    ${d.snippet.replace(/\s+/g, ' ')}`);
      }
    });

  program.command('show')
    .description('print a stored article\'s situation picture')
    .argument('<id>', 'document id (or a unique prefix of it)')
    .option('--db <location>', DB_HELP)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'md']).default('md'))
    .action(async (id: string, opts: { db?: string; format: 'json' | 'md' }) => {
      await withStore(opts.db, async (store) => {
        const full = (await store.getDocument(id)) ? id : await store.resolveId(id.toLowerCase());
        const doc = full ? await store.getDocument(full) : null;
        if (!doc) throw new Error(`no stored document with id '${id}'`);
        process.stdout.write(opts.format === 'json' ? `${JSON.stringify(doc, null, 2)}\n` : renderMarkdown(doc));
      });
    });
}
