/**
 * Opening a store: a PostgreSQL URL (postgres://...) opens the server store; anything else is a
 * SQLite file path. Default: $SITREP_DB, else .sitrep/sitrep.db under the current folder.
 */
import { resolve } from 'node:path';
import { SqliteStore } from './sqlite.js';
import type { Store } from './types.js';

export type { Store, SearchQuery, SearchResult, PutResult, DocumentSummary, LayerQuery, LayerRow, Facets, FacetCount } from './types.js';

export function defaultStoreLocation(): string {
  return process.env.SITREP_DB ?? resolve('.sitrep', 'sitrep.db');
}

export async function openStore(location: string = defaultStoreLocation()): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    const { PostgresStore } = await import('./postgres.js');
    return PostgresStore.open(location);
  }
  return new SqliteStore(location);
}
