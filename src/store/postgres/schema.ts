/**
 * Postgres schema, applied as numbered migrations recorded in `storyline_migrations`.
 * Append a migration; never edit one that has shipped. Keep the tables in step with
 * sqlite/schema.ts: both stores pass the same contract suite (store-contract.ts).
 */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE articles (
     id TEXT PRIMARY KEY,
     -- Arrival order. Inserts hold INGEST_LOCK until commit, so seq order is commit order:
     -- a reader that has seen seq N has seen every article below N (the worker relies on it).
     seq BIGSERIAL NOT NULL UNIQUE,
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
   CREATE INDEX articles_unclustered ON articles(seq) WHERE story IS NULL;
   CREATE TABLE duplicates (
     id TEXT PRIMARY KEY REFERENCES articles(id),
     duplicate_of TEXT NOT NULL,
     similarity DOUBLE PRECISION NOT NULL,
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
  // 2 (issue 7): clustering in producer order. Every queue message is logged under the
  // sequence its producer stamped on it; the clustering leader walks the log's gap-free prefix.
  `ALTER TABLE articles ADD COLUMN producer_seq BIGINT;
   -- The deduplicator's digest and MinHash signature, computed by the worker that stored the
   -- article (queue/fingerprint-dedup.ts), so the clustering leader never shingles.
   ALTER TABLE articles ADD COLUMN fingerprint TEXT;
   CREATE TABLE queue_log (
     producer_seq BIGINT PRIMARY KEY,
     -- The article the message carried; null when the message was rejected or the position
     -- skipped (outcome says which). An article under several sequences: the lowest is its place.
     article TEXT REFERENCES articles(id),
     outcome TEXT NOT NULL
   );
   CREATE INDEX queue_log_article ON queue_log(article, producer_seq);
   -- Stories whose brief is stale: rebuilt by any worker once due, at most once per lease.
   CREATE TABLE briefs_owed (
     story TEXT PRIMARY KEY,
     version BIGINT NOT NULL DEFAULT 1,
     due_at TIMESTAMPTZ NOT NULL,
     claimed_until TIMESTAMPTZ
   );`,
  // 3: story search matches the brief's words, not only the title (store/search-text.ts).
  `ALTER TABLE briefs ADD COLUMN search_text TEXT NOT NULL DEFAULT '';`,
];

/**
 * Advisory lock keys (pg_advisory_xact_lock takes a bigint). Arbitrary but fixed: every
 * Storyline process sharing a database must agree on them.
 */
export const LOCKS = {
  /** Held while migrating, so N workers starting at once migrate once. */
  migrate: 0x5354_0001,
  /** Held by each putArticles transaction until commit: seq order = commit order (`run`). */
  ingest: 0x5354_0002,
  /** Held by the one transaction that deduplicates and clusters at a time. */
  cluster: 0x5354_0003,
  /**
   * Held for a whole session by the clustering leader: the worker that keeps the clusterer in
   * memory. Only an optimisation (others do not try to cluster); `cluster` + the cursor check
   * keep two leaders from ever writing inconsistent assignments.
   */
  leader: 0x5354_0004,
} as const;
