export type { Store, StoredArticle, StoryRow, StoryQuery } from './store.js';
export { SqliteStore } from './sqlite/sqlite-store.js';
export { openStore, DEFAULT_DB_PATH } from './open-store.js';
