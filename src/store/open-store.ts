/** Open a Store from a location string: a file path (SQLite) or, later, postgres://… */
import { StorylineError } from '../errors.js';
import { SqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

export const DEFAULT_DB_PATH = 'storyline.db';

export async function openStore(location: string = DEFAULT_DB_PATH): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    throw new StorylineError(
      'BAD_OPTION',
      'The Postgres store is not available in this version',
      2,
    );
  }
  return new SqliteStore(location);
}
