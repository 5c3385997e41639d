import { InputError } from '../ingest/decode.js';
import { openStore, defaultStoreLocation } from '../store/index.js';
import type { Store } from '../store/types.js';

/** One clear line on standard error naming the input and the problem. */
export function reportError(err: unknown): void {
  const msg = err instanceof InputError ? err.message : err instanceof Error ? err.message : String(err);
  process.stderr.write(`sitrep: error: ${msg.split('\n')[0]}\n`);
}

export async function withStore<T>(db: string | undefined, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(db ?? defaultStoreLocation());
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

export const DB_HELP = 'store: a SQLite file path or a postgres:// URL (default: $SITREP_DB or .sitrep/sitrep.db)';
