/**
 * The queue log (issue 7): every queue message a worker consumed, under the sequence its
 * producer stamped on it. Clustering walks the log's gap-free prefix in sequence order, so
 * stories are those of one process reading the input in order, however many workers store
 * articles and in whatever order they commit.
 *
 *   producer seq:   1   2   3   4   5   6   7
 *   queue_log:      a   b   a   ·   c   d   ·      (· = not logged yet)
 *                   └─ prefix ──┘   the leader clusters a, b (the second a repeats the first:
 *                                   the lowest sequence of an article is its place) and waits at 4
 *
 * Also the owed briefs: stories whose brief is stale, rebuilt by any worker once due.
 */
import type { CleanArticle } from '../../types.js';
import type { PostgresStore } from './postgres-store.js';

/** One consumed message: the article it carried, or why it carried none. */
export interface LogEntry {
  producerSeq: number;
  /** The cleaned article, its raw text and dedup fingerprint; absent for a rejected message. */
  article?: { clean: CleanArticle; raw: string; fingerprint: string | null };
}

/** A sequence already logged for something else (a skipped gap, or a reused counter). */
export interface LogCollision {
  producerSeq: number;
  articleId: string;
}

/** A log row as the clustering leader reads it. */
export interface LogRow {
  producerSeq: number;
  /** Null: rejected message or skipped position. */
  articleId: string | null;
  /** True when this is the article's lowest sequence: the place where it is clustered. */
  first: boolean;
  title: string | null;
  /** Empty unless read with `withText`. */
  text: string;
  published: string | null;
  fingerprint: string | null;
}

/** Clustering progress: every sequence ≤ `cursor` is clustered; the snapshot covers ≤ `snapshotCursor`. */
export interface ClusterCursor {
  cursor: number;
  snapshotCursor: number;
}

const CURSOR_KEY = 'queue/cluster-cursor';

/**
 * Stores a batch in one transaction: new articles (idempotent by content hash; an article
 * keeps its lowest producer sequence) and one log row per entry. Needs no lock: the order
 * that matters is the producers', not the commits'. Returns the ids inserted and the entries
 * whose sequence was already logged for another article (re-stamp them with a fresh one).
 */
export async function logBatch(
  store: PostgresStore,
  entries: readonly LogEntry[],
): Promise<{ inserted: string[]; collisions: LogCollision[] }> {
  if (entries.length === 0) return { inserted: [], collisions: [] };
  const now = new Date().toISOString();
  return store.transaction(async (tx) => {
    // Sorted by id: two workers inserting the same articles lock rows in one order (no deadlock).
    const byId = new Map<
      string,
      { clean: CleanArticle; raw: string; fingerprint: string | null; seq: number }
    >();
    for (const { producerSeq, article } of entries) {
      if (!article) continue;
      const known = byId.get(article.clean.article.id);
      if (!known || producerSeq < known.seq)
        byId.set(article.clean.article.id, { ...article, seq: producerSeq });
    }
    const rows = [...byId.values()].sort((a, b) =>
      a.clean.article.id < b.clean.article.id ? -1 : 1,
    );
    const column = <T>(pick: (row: (typeof rows)[number]) => T): T[] => rows.map(pick);
    const inserted = await tx.execute<{ id: string; inserted: boolean }>(
      `INSERT INTO articles (id, url, source, title, byline, published, language, text, raw,
         provenance, sentences, removed, ingested_at, producer_seq, fingerprint)
       SELECT id, url, source, title, byline, published, language, text, raw, provenance,
              sentences, removed, $13, seq, fingerprint
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
         $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $14::bigint[],
         $15::text[])
         AS v(id, url, source, title, byline, published, language, text, raw, provenance,
              sentences, removed, seq, fingerprint)
       ON CONFLICT (id) DO UPDATE
         SET producer_seq = LEAST(articles.producer_seq, EXCLUDED.producer_seq),
             fingerprint = COALESCE(articles.fingerprint, EXCLUDED.fingerprint)
       RETURNING id, (xmax = 0) AS inserted`,
      [
        column((r) => r.clean.article.id),
        column((r) => r.clean.article.url),
        column((r) => r.clean.article.source),
        column((r) => r.clean.article.title),
        column((r) => r.clean.article.byline),
        column((r) => r.clean.article.published),
        column((r) => r.clean.article.language),
        column((r) => r.clean.article.text),
        column((r) => r.raw),
        column((r) => JSON.stringify(r.clean.article.provenance)),
        column((r) => JSON.stringify(r.clean.sentences)),
        column((r) => JSON.stringify(r.clean.removed)),
        now,
        column((r) => r.seq),
        column((r) => r.fingerprint),
      ],
    );
    const seqs = entries.map((entry) => entry.producerSeq);
    const articles = entries.map((entry) => entry.article?.clean.article.id ?? null);
    await tx.execute(
      `INSERT INTO queue_log (producer_seq, article, outcome)
       SELECT seq, article, CASE WHEN article IS NULL THEN 'rejected' ELSE 'stored' END
       FROM unnest($1::bigint[], $2::text[]) AS v(seq, article)
       ON CONFLICT (producer_seq) DO NOTHING`,
      [seqs, articles],
    );
    // A redelivered message finds its own row (fine); anything else is a collision.
    const logged = await tx.execute<{ producer_seq: string; article: string | null }>(
      'SELECT producer_seq, article FROM queue_log WHERE producer_seq = ANY($1::bigint[])',
      [seqs],
    );
    const loggedAs = new Map(logged.map((row) => [Number(row.producer_seq), row.article]));
    const collisions: LogCollision[] = [];
    for (const { producerSeq, article } of entries) {
      const id = article?.clean.article.id;
      if (id !== undefined && loggedAs.get(producerSeq) !== id)
        collisions.push({ producerSeq, articleId: id });
    }
    return { inserted: inserted.filter((row) => row.inserted).map((row) => row.id), collisions };
  });
}

/** Logs already-stored articles under fresh sequences (after a collision). */
export async function relogArticles(
  store: PostgresStore,
  entries: readonly { producerSeq: number; articleId: string }[],
): Promise<void> {
  if (entries.length === 0) return;
  await store.execute(
    `INSERT INTO queue_log (producer_seq, article, outcome)
     SELECT seq, article, 'stored' FROM unnest($1::bigint[], $2::text[]) AS v(seq, article)
     ON CONFLICT (producer_seq) DO NOTHING`,
    [entries.map((entry) => entry.producerSeq), entries.map((entry) => entry.articleId)],
  );
}

/**
 * Up to `limit` log rows after `afterSeq`, in sequence order, with what clustering needs;
 * texts only when `withText` (a reload feeds the deduplicator fingerprints alone).
 */
export async function readLog(
  store: PostgresStore,
  afterSeq: number,
  limit: number,
  withText = true,
): Promise<LogRow[]> {
  const rows = await store.execute<{
    producer_seq: string;
    article: string | null;
    first: boolean;
    title: string | null;
    text: string | null;
    published: string | null;
    fingerprint: string | null;
  }>(
    `SELECT l.producer_seq, l.article,
            l.article IS NOT NULL AND NOT EXISTS (
              SELECT 1 FROM queue_log e WHERE e.article = l.article AND e.producer_seq < l.producer_seq
            ) AS first,
            a.title, CASE WHEN $3 THEN a.text END AS text, a.published, a.fingerprint
     FROM queue_log l LEFT JOIN articles a ON a.id = l.article
     WHERE l.producer_seq > $1 ORDER BY l.producer_seq LIMIT $2`,
    [afterSeq, limit, withText],
  );
  return rows.map((row) => ({
    producerSeq: Number(row.producer_seq),
    articleId: row.article,
    first: row.first,
    title: row.title,
    text: row.text ?? '',
    published: row.published,
    fingerprint: row.fingerprint,
  }));
}

/** The current story of each stored id (null: stored, not assigned). */
export async function storiesOf(
  store: PostgresStore,
  ids: readonly string[],
): Promise<Map<string, string | null>> {
  if (ids.length === 0) return new Map();
  const rows = await store.execute<{ id: string; story: string | null }>(
    'SELECT id, story FROM articles WHERE id = ANY($1::text[])',
    [[...new Set(ids)]],
  );
  return new Map(rows.map((row) => [row.id, row.story]));
}

/** Lowest logged sequence after `afterSeq`, or null. */
export async function nextLogged(store: PostgresStore, afterSeq: number): Promise<number | null> {
  const rows = await store.execute<{ seq: string | null }>(
    'SELECT MIN(producer_seq) AS seq FROM queue_log WHERE producer_seq > $1',
    [afterSeq],
  );
  return rows[0]?.seq == null ? null : Number(rows[0].seq);
}

/** Highest logged sequence (0 when none). */
export async function lastLogged(store: PostgresStore): Promise<number> {
  const rows = await store.execute<{ seq: string | null }>(
    'SELECT MAX(producer_seq) AS seq FROM queue_log',
  );
  return rows[0]?.seq == null ? 0 : Number(rows[0].seq);
}

/** Marks sequences `from`…`to` as skipped (a gap that will not fill), unless logged meanwhile. */
export async function skipSeqs(store: PostgresStore, from: number, to: number): Promise<void> {
  await store.execute(
    `INSERT INTO queue_log (producer_seq, article, outcome)
     SELECT generate_series($1::bigint, $2::bigint), NULL, 'skipped'
     ON CONFLICT (producer_seq) DO NOTHING`,
    [from, to],
  );
}

export async function countSkipped(store: PostgresStore): Promise<number> {
  const rows = await store.execute<{ n: number }>(
    `SELECT COUNT(*)::int AS n FROM queue_log WHERE outcome = 'skipped'`,
  );
  return rows[0]?.n ?? 0;
}

export async function getCursor(store: PostgresStore): Promise<ClusterCursor> {
  const value = await store.getState(CURSOR_KEY);
  return value ? (JSON.parse(value) as ClusterCursor) : { cursor: 0, snapshotCursor: 0 };
}

export async function putCursor(store: PostgresStore, cursor: ClusterCursor): Promise<void> {
  await store.putState(CURSOR_KEY, JSON.stringify(cursor));
}

/**
 * Marks stories' briefs stale. A story already owed keeps its due time (so a story that keeps
 * growing is rebuilt once per `delayMs`, not per article) and gets a new version (so a rebuild
 * that started before this change is not taken as covering it).
 */
export async function oweBriefs(
  store: PostgresStore,
  stories: Iterable<string>,
  delayMs: number,
): Promise<void> {
  const list = [...stories];
  if (list.length === 0) return;
  await store.execute(
    `INSERT INTO briefs_owed (story, due_at)
     SELECT story, now() + $2 * interval '1 millisecond' FROM unnest($1::text[]) AS story
     ON CONFLICT (story) DO UPDATE SET version = briefs_owed.version + 1`,
    [list, delayMs],
  );
}

/**
 * Claims up to `limit` owed briefs that are due (or all owed ones when `dueOrNot`) and not
 * claimed by a live worker, for `leaseMs`. A worker killed mid-rebuild loses its claim when the
 * lease ends.
 */
export async function claimBriefs(
  store: PostgresStore,
  limit: number,
  leaseMs: number,
  dueOrNot: boolean,
): Promise<{ story: string; version: number }[]> {
  const rows = await store.execute<{ story: string; version: string }>(
    `UPDATE briefs_owed SET claimed_until = now() + $2 * interval '1 millisecond'
     WHERE story IN (
       SELECT story FROM briefs_owed
       WHERE ($3 OR due_at <= now()) AND (claimed_until IS NULL OR claimed_until < now())
       ORDER BY due_at LIMIT $1 FOR UPDATE SKIP LOCKED)
     RETURNING story, version`,
    [limit, leaseMs, dueOrNot],
  );
  return rows.map((row) => ({ story: row.story, version: Number(row.version) }));
}

/** The brief of `version` is written: forget the debt, unless the story changed meanwhile. */
export async function settleBrief(
  store: PostgresStore,
  story: string,
  version: number,
): Promise<void> {
  const done = await store.execute(
    'DELETE FROM briefs_owed WHERE story = $1 AND version = $2 RETURNING story',
    [story, version],
  );
  if (done.length === 0)
    await store.execute('UPDATE briefs_owed SET claimed_until = NULL WHERE story = $1', [story]);
}

export async function countBriefsOwed(store: PostgresStore): Promise<number> {
  const rows = await store.execute<{ n: number }>('SELECT COUNT(*)::int AS n FROM briefs_owed');
  return rows[0]?.n ?? 0;
}
