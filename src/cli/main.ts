#!/usr/bin/env node
/**
 * The `sitrep` command line. Each command lives in src/cli/commands/<name>.ts and exports a
 * `register(program)` function; this file lists them.
 */
import { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../util/datasets.js';
import * as extract from './commands/extract.js';
import * as ingest from './commands/ingest.js';
import * as search from './commands/search.js';
import * as schema from './commands/schema.js';
import * as stories from './commands/stories.js';
import * as serve from './commands/serve.js';
import * as events from './commands/events.js';
import * as timeml from './commands/timeml.js';
import * as conll from './commands/conll.js';

const COMMANDS: { register: (program: Command) => void }[] = [
  extract, ingest, search, schema, stories, serve,
  events,
  timeml,
  conll,
];

export function buildProgram(): Command {
  const pkg = JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as { version: string };
  const program = new Command('sitrep')
    .description('Turn news articles into a sourced, structured situation picture.')
    .version(pkg.version)
    .showHelpAfterError();
  for (const c of COMMANDS) c.register(program);
  return program;
}

buildProgram().parseAsync(process.argv).catch((err: unknown) => {
  console.error(`sitrep: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
