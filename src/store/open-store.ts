/** Open a Store from a location string: a file path (SQLite) or a postgres://… URL. */
import { SqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

export const DEFAULT_DB_PATH = 'storyline.db';

/** postgres:// and postgresql:// URLs (libpq's two spellings) open the Postgres store. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

export async function openStore(location: string = DEFAULT_DB_PATH): Promise<Store> {
  if (isPostgresUrl(location)) {
    // Loaded on demand: SQLite users never load the pg driver.
    const { PostgresStore } = await import('./postgres/postgres-store.js');
    return PostgresStore.open(location);
  }
  return new SqliteStore(location);
}
