/** `sitrep extract <inputs...>`: print the situation picture of each article (nothing stored). */
import { Command, Option } from 'commander';
import { extractInputs } from '../../ingest/ingest.js';
import { renderMarkdown } from '../render.js';
import { reportError } from '../util.js';

export function register(program: Command): void {
  program.command('extract')
    .description('annotate articles (files, folders, URLs, or - for standard input) and print their situation picture')
    .argument('<inputs...>', 'files, folders, http(s) URLs, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'jsonl', 'md']).default('md'))
    .option('-d, --date <YYYY-MM-DD>', 'publication date for articles that give none')
    .option('--stdin-name <name>', 'file name that tells the format of standard input (e.g. page.html)')
    .action(async (inputs: string[], opts: { format: 'json' | 'jsonl' | 'md'; date?: string; stdinName?: string }) => {
      let ok = 0;
      let failed = 0;
      const docs = [];
      for await (const r of extractInputs(inputs, { date: opts.date, stdinName: opts.stdinName })) {
        if (!r.ok) { failed++; reportError(r.error); continue; }
        ok++;
        if (opts.format === 'jsonl') process.stdout.write(`${JSON.stringify(r.doc)}\n`);
        else if (opts.format === 'md') process.stdout.write(`${ok > 1 ? '\n---\n\n' : ''}${renderMarkdown(r.doc)}`);
        else docs.push(r.doc);
      }
      if (opts.format === 'json') process.stdout.write(`${JSON.stringify(docs.length === 1 ? docs[0] : docs, null, 2)}\n`);
      if (ok === 0) { process.exitCode = 1; if (!failed) console.error('sitrep: no articles found in the inputs'); }
    });
}
