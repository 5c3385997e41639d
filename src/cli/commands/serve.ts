/** `sitrep serve [inputs...]`: ingest the inputs (if any), then serve the API and the web UI. */
import { Command } from 'commander';
import { buildServer } from '../../api/server.js';
import { isLoopback } from '../../api/security.js';
import { ingestInputs } from '../../ingest/ingest.js';
import { openStore, defaultStoreLocation } from '../../store/index.js';
import { DB_HELP, reportError } from '../util.js';

export function register(program: Command): void {
  program.command('serve')
    .description('ingest the given inputs (if any), then serve the JSON API (/api, described at /api/openapi.json) and the web UI')
    .argument('[inputs...]', 'files, folders or http(s) URLs to ingest first')
    .option('--db <location>', DB_HELP)
    .option('-p, --port <n>', 'port', (v) => parseInt(v, 10), 8080)
    .option('--host <address>', 'address to listen on (beyond localhost, writes need SITREP_TOKEN)', '127.0.0.1')
    .option('--log', 'log every request')
    .action(async (inputs: string[], opts: { db?: string; port: number; host: string; log?: boolean }) => {
      if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) throw new Error(`bad port: ${opts.port}`);
      const store = await openStore(opts.db ?? defaultStoreLocation());
      if (inputs.length) {
        const res = await ingestInputs(store, inputs, { onError: reportError });
        console.log(`ingested: ${res.inserted} new, ${res.duplicates} already stored, ${res.failed} failed (${res.read} read)`);
      }
      const app = await buildServer({ store, host: opts.host, logger: !!opts.log });
      if (!isLoopback(opts.host) && !process.env.SITREP_TOKEN) {
        console.error('sitrep: warning: listening beyond localhost without SITREP_TOKEN: write routes (ingest) are disabled');
      }
      const address = await app.listen({ port: opts.port, host: opts.host });
      console.log(`sitrep: serving ${await store.count()} documents at ${address}/ (API: ${address}/api/openapi.json)`);
      const stop = async () => { await app.close(); await store.close(); process.exit(0); };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
    });
}
