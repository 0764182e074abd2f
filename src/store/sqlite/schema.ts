/**
 * SQLite schema, applied as numbered migrations recorded in `user_version`.
 * Append a migration; never edit one that has shipped.
 */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE articles (
     id TEXT PRIMARY KEY,
     seq INTEGER NOT NULL UNIQUE,
     url TEXT, source TEXT, title TEXT, byline TEXT, published TEXT, language TEXT,
     text TEXT NOT NULL,
     raw TEXT NOT NULL,
     provenance TEXT NOT NULL,
     sentences TEXT NOT NULL,
     removed TEXT NOT NULL,
     story TEXT,
     ingested_at TEXT NOT NULL
   );
   CREATE INDEX articles_story ON articles(story);
   CREATE TABLE duplicates (
     id TEXT PRIMARY KEY REFERENCES articles(id),
     duplicate_of TEXT NOT NULL,
     similarity REAL NOT NULL,
     kind TEXT NOT NULL
   );
   CREATE TABLE stories (
     id TEXT PRIMARY KEY,
     title TEXT NOT NULL DEFAULT '',
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     merged_into TEXT
   );
   CREATE TABLE merges (
     from_story TEXT NOT NULL, into_story TEXT NOT NULL, merged_at TEXT NOT NULL
   );
   CREATE TABLE briefs (
     story TEXT PRIMARY KEY,
     schema TEXT NOT NULL,
     json TEXT NOT NULL,
     generated_at TEXT NOT NULL
   );
   CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL);`,
  // 2: story search matches the brief's words, not only the title (store/search-text.ts).
  `ALTER TABLE briefs ADD COLUMN search_text TEXT NOT NULL DEFAULT '';`,
];
