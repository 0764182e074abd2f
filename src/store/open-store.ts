/** Open a Store from a location string: a file path (SQLite) or a postgres://… URL. */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { SqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

export const DEFAULT_DB_PATH = 'storyline.db';

/** postgres:// and postgresql:// URLs (libpq's two spellings) open the Postgres store. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/**
 * Creates the missing folders above a database file, one level at a time. Not
 * `mkdirSync(…, { recursive: true })`: on some pseudo file systems (/proc) Node's recursive
 * mkdir loops forever. If a folder cannot be made, SqliteStore reports it in its one-line error.
 */
function makeParentFolders(file: string): void {
  const missing: string[] = [];
  for (let dir = dirname(resolve(file)); !existsSync(dir); dir = dirname(dir)) {
    missing.unshift(dir);
    if (dirname(dir) === dir) break;
  }
  try {
    for (const dir of missing) mkdirSync(dir);
  } catch {
    /* reported by SqliteStore */
  }
}

export async function openStore(location: string = DEFAULT_DB_PATH): Promise<Store> {
  if (isPostgresUrl(location)) {
    // Loaded on demand: SQLite users never load the pg driver.
    const { PostgresStore } = await import('./postgres/postgres-store.js');
    return PostgresStore.open(location);
  }
  // A new database in a new folder is a normal first run (`--db runs/today.db`), not an error.
  if (location !== ':memory:') makeParentFolders(location);
  return new SqliteStore(location);
}
