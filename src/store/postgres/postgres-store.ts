/**
 * The networked Store: Postgres through node-postgres (`pg`), for N workers sharing one
 * database. Every statement is parameterised ($1, $2, …): SQL text is only ever assembled from
 * constant fragments, never from values. Connection settings come from the URL and the
 * standard libpq environment (PGPASSWORD, PGSSLMODE, …), never from source.
 *
 * Faults: each call retries transient errors (server restart, dropped socket) with backoff;
 * multi-statement writes run in one transaction, so a retry never sees half of one.
 */
import pg from 'pg';
import { StorylineError } from '../../errors.js';
import type { Brief, CleanArticle, DuplicateLink, StoryAssignment } from '../../types.js';
import type { Store, StoredArticle, StoryQuery, StoryRow } from '../store.js';
import { isTransientError, withRetry, type RetryOptions } from './retry.js';
import { LOCKS, MIGRATIONS } from './schema.js';
import { rowToStoredArticle as toStored, type ArticleRow } from '../article-row.js';
import { briefSearchText } from '../search-text.js';

export interface PostgresStoreOptions {
  /** Pool size. Default: DEFAULT_POOL_SIZE (4). */
  poolSize?: number;
  /** Backoff for transient errors. Defaults: see retry.ts. */
  retry?: RetryOptions;
}

export const DEFAULT_POOL_SIZE = 4;

type Queryable = pg.Pool | pg.PoolClient;

const STORY_ROW_SQL = `
  SELECT s.id, s.title, s.updated_at AS updated,
         COUNT(a.id)::int AS articles,
         COUNT(DISTINCT COALESCE(a.source, a.id))::int AS sources,
         MIN(a.published) AS "firstPublished", MAX(a.published) AS "lastPublished"
  FROM stories s JOIN articles a ON a.story = s.id
  WHERE s.merged_into IS NULL`;

/** Keep the order of `escapeLike` in step with sqlite-store.ts: `\` first. */
const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * @example
 * const store = await PostgresStore.open('postgres://storyline@127.0.0.1/storyline');
 * await processArticles(readInputs(['articles/']), { store });
 */
export class PostgresStore implements Store {
  private constructor(
    private readonly db: Queryable,
    /** The pool that owns `db`; null inside a transaction (the caller owns the client). */
    private readonly pool: pg.Pool | null,
    private readonly retry: RetryOptions,
    /** Connection URL, for sessions outside the pool (`tryLock`). */
    private readonly url: string,
  ) {}

  /** Connects, applies pending migrations (once, under a lock) and returns the store. */
  static async open(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const pool = new pg.Pool({
      connectionString: url,
      max: options.poolSize ?? DEFAULT_POOL_SIZE,
      connectionTimeoutMillis: 10_000,
    });
    // An idle client whose server went away emits 'error' on the pool; unhandled it would
    // kill the process. The next query gets a fresh client and retries.
    pool.on('error', () => {});
    const store = new PostgresStore(pool, pool, options.retry ?? {}, url);
    try {
      await store.transaction(async (tx) => tx.migrate(), { lock: LOCKS.migrate });
    } catch (error) {
      await pool.end();
      if (error instanceof StorylineError) throw error;
      throw new StorylineError(
        'STORE_FAILED',
        `Cannot open Postgres store ${redact(url)}: ${(error as Error).message}`,
      );
    }
    return store;
  }

  private async migrate(): Promise<void> {
    await this.db.query(
      'CREATE TABLE IF NOT EXISTS storyline_migrations (version INT PRIMARY KEY, applied_at TEXT NOT NULL)',
    );
    const { rows } = await this.db.query<{ version: number | null }>(
      'SELECT MAX(version) AS version FROM storyline_migrations',
    );
    const version = rows[0]?.version ?? 0;
    if (version > MIGRATIONS.length) {
      throw new StorylineError(
        'STORE_FAILED',
        `database schema ${version} is newer than this Storyline (${MIGRATIONS.length})`,
      );
    }
    for (let index = version; index < MIGRATIONS.length; index++) {
      await this.db.query(MIGRATIONS[index] as string);
      await this.db.query(
        'INSERT INTO storyline_migrations (version, applied_at) VALUES ($1, $2)',
        [index + 1, new Date().toISOString()],
      );
    }
  }

  private get inTransaction(): boolean {
    return this.pool === null;
  }

  /** One statement, retried on transient errors unless inside a transaction (the caller retries it whole). */
  private async query<R extends pg.QueryResultRow>(
    sql: string,
    params: unknown[] = [],
  ): Promise<pg.QueryResult<R>> {
    if (this.inTransaction) return this.db.query<R>(sql, params);
    return withRetry(() => this.db.query<R>(sql, params), this.retry);
  }

  /**
   * Runs `action` in one transaction on one connection, optionally holding an advisory lock
   * until commit. Retried whole on transient errors: `action` must be safe to run again
   * (everything it wrote was rolled back). Nested calls join the outer transaction.
   */
  async transaction<T>(
    action: (tx: PostgresStore) => Promise<T>,
    options: { lock?: number } = {},
  ): Promise<T> {
    if (this.inTransaction) {
      if (options.lock !== undefined)
        await this.db.query('SELECT pg_advisory_xact_lock($1)', [options.lock]);
      return action(this);
    }
    const pool = this.pool as pg.Pool;
    return withRetry(async () => {
      const client = await pool.connect();
      let broken = false;
      // While checked out, a client whose server connection is closed between two queries
      // (a long clustering step, a server restart) emits 'error'; unheard it kills the
      // process. The next query then fails as transient and the whole transaction is retried.
      const onError = (): void => {
        broken = true;
      };
      client.on('error', onError);
      try {
        await client.query('BEGIN');
        if (options.lock !== undefined)
          await client.query('SELECT pg_advisory_xact_lock($1)', [options.lock]);
        const result = await action(new PostgresStore(client, null, this.retry, this.url));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        broken = broken || isTransientError(error);
        await client.query('ROLLBACK').catch(() => {
          broken = true;
        });
        throw error;
      } finally {
        client.off('error', onError);
        // A client whose connection failed must not go back to the pool.
        client.release(broken ? true : undefined);
      }
    }, this.retry);
  }

  async putArticles(articles: readonly { clean: CleanArticle; raw: string }[]): Promise<string[]> {
    if (articles.length === 0) return [];
    const now = new Date().toISOString();
    return this.transaction(
      async (tx) => {
        const inserted: string[] = [];
        for (const { clean, raw } of articles) {
          const { article } = clean;
          const result = await tx.db.query(
            `INSERT INTO articles (id, url, source, title, byline, published, language, text, raw,
               provenance, sentences, removed, ingested_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
             ON CONFLICT (id) DO NOTHING`,
            [
              article.id,
              article.url,
              article.source,
              article.title,
              article.byline,
              article.published,
              article.language,
              article.text,
              raw,
              JSON.stringify(article.provenance),
              JSON.stringify(clean.sentences),
              JSON.stringify(clean.removed),
              now,
            ],
          );
          if ((result.rowCount ?? 0) > 0) inserted.push(article.id);
        }
        return inserted;
      },
      { lock: LOCKS.ingest },
    );
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const { rows } = await this.query<ArticleRow>('SELECT * FROM articles WHERE id = $1', [id]);
    return rows[0] ? toStored(rows[0]) : null;
  }

  async listArticles(options: { story?: string } = {}): Promise<StoredArticle[]> {
    // Arrival order: articles of a single-process run (no producer sequence) by insertion,
    // then queued ones in their producer's order, not in the order workers happened to commit.
    const { rows } =
      options.story === undefined
        ? await this.query<ArticleRow>(
            'SELECT * FROM articles ORDER BY producer_seq NULLS FIRST, seq',
          )
        : await this.query<ArticleRow>(
            'SELECT * FROM articles WHERE story = $1 ORDER BY producer_seq NULLS FIRST, seq',
            [options.story],
          );
    return rows.map(toStored);
  }

  async countArticles(): Promise<number> {
    const { rows } = await this.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM articles');
    return rows[0]?.n ?? 0;
  }

  async putDuplicates(links: readonly DuplicateLink[]): Promise<void> {
    if (links.length === 0) return;
    // One statement; the Map keeps the last link of an id, as upserting them in order would.
    const byId = [...new Map(links.map((link) => [link.id, link])).values()];
    await this.query(
      `INSERT INTO duplicates (id, duplicate_of, similarity, kind)
       SELECT * FROM unnest($1::text[], $2::text[], $3::float8[], $4::text[])
       ON CONFLICT (id) DO UPDATE SET duplicate_of = EXCLUDED.duplicate_of,
         similarity = EXCLUDED.similarity, kind = EXCLUDED.kind`,
      [
        byId.map((link) => link.id),
        byId.map((link) => link.duplicateOf),
        byId.map((link) => link.similarity),
        byId.map((link) => link.kind),
      ],
    );
  }

  async listDuplicates(): Promise<DuplicateLink[]> {
    const { rows } = await this.query<DuplicateLink>(
      `SELECT id, duplicate_of AS "duplicateOf", similarity, kind FROM duplicates ORDER BY id COLLATE "C"`,
    );
    return rows;
  }

  async assignStories(assignments: readonly StoryAssignment[]): Promise<void> {
    if (assignments.length === 0) return;
    const now = new Date().toISOString();
    // Two set-based statements, not two per article (the clustering leader writes hundreds
    // per step). The Map keeps the last assignment of an id, as applying them in order would.
    const storyOf = new Map(assignments.map(({ id, story }) => [id, story]));
    const ids = [...storyOf.keys()];
    const stories = [...storyOf.values()];
    await this.transaction(async (tx) => {
      await tx.db.query(
        `INSERT INTO stories (id, created_at, updated_at)
         SELECT DISTINCT story, $2, $2 FROM unnest($1::text[]) AS story
         ON CONFLICT (id) DO UPDATE SET updated_at = EXCLUDED.updated_at`,
        [[...new Set(stories)], now],
      );
      await tx.db.query(
        `UPDATE articles SET story = v.story
         FROM unnest($1::text[], $2::text[]) AS v(id, story) WHERE articles.id = v.id`,
        [ids, stories],
      );
    });
  }

  async recordMerge(from: string, into: string): Promise<void> {
    const now = new Date().toISOString();
    await this.transaction(async (tx) => {
      await tx.db.query('UPDATE articles SET story = $1 WHERE story = $2', [into, from]);
      await tx.db.query('UPDATE stories SET merged_into = $1, updated_at = $2 WHERE id = $3', [
        into,
        now,
        from,
      ]);
      await tx.db.query(
        'INSERT INTO merges (from_story, into_story, merged_at) VALUES ($1, $2, $3)',
        [from, into, now],
      );
      await tx.db.query('DELETE FROM briefs WHERE story = $1', [from]);
    });
  }

  async listStories(query: StoryQuery = {}): Promise<StoryRow[]> {
    // Only constant fragments are concatenated; every value goes through `params`.
    const params: unknown[] = [];
    const param = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    let where = '';
    if (query.search) {
      const pattern = param(`%${escapeLike(query.search)}%`);
      where += ` AND (s.title ILIKE ${pattern} OR EXISTS (SELECT 1 FROM briefs b
        WHERE b.story = s.id AND b.search_text ILIKE ${pattern}))`;
    }
    let having = '';
    if (query.since) having += ` AND MAX(a.published) >= ${param(query.since)}`;
    if (query.until) having += ` AND MIN(a.published) < ${param(query.until)}`;
    const sql = `${STORY_ROW_SQL} ${where}
      GROUP BY s.id HAVING TRUE ${having}
      ORDER BY COUNT(a.id) DESC, s.created_at, s.id COLLATE "C"
      LIMIT ${param(query.limit ?? 100)} OFFSET ${param(query.offset ?? 0)}`;
    return (await this.query<StoryRow>(sql, params)).rows;
  }

  async getStory(id: string): Promise<StoryRow | null> {
    const { rows } = await this.query<StoryRow>(`${STORY_ROW_SQL} AND s.id = $1 GROUP BY s.id`, [
      id,
    ]);
    return rows[0] ?? null;
  }

  async putBrief(brief: Brief): Promise<void> {
    await this.transaction(async (tx) => {
      await tx.db.query(
        `INSERT INTO briefs (story, schema, json, generated_at, search_text)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (story) DO UPDATE SET schema = EXCLUDED.schema, json = EXCLUDED.json,
           generated_at = EXCLUDED.generated_at, search_text = EXCLUDED.search_text`,
        [
          brief.story.id,
          brief.schema,
          JSON.stringify(brief),
          brief.generated,
          briefSearchText(brief),
        ],
      );
      await tx.db.query('UPDATE stories SET title = $1 WHERE id = $2', [
        brief.story.title,
        brief.story.id,
      ]);
    });
  }

  async getBrief(storyId: string): Promise<Brief | null> {
    const { rows } = await this.query<{ json: string }>(
      'SELECT json FROM briefs WHERE story = $1',
      [storyId],
    );
    return rows[0] ? (JSON.parse(rows[0].json) as Brief) : null;
  }

  async deleteBrief(storyId: string): Promise<void> {
    await this.query('DELETE FROM briefs WHERE story = $1', [storyId]);
  }

  async getState(key: string): Promise<string | null> {
    const { rows } = await this.query<{ value: string }>('SELECT value FROM state WHERE key = $1', [
      key,
    ]);
    return rows[0]?.value ?? null;
  }

  async putState(key: string, value: string): Promise<void> {
    await this.query(
      `INSERT INTO state (key, value) VALUES ($1, $2)
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
      [key, value],
    );
  }

  /**
   * Rows of one parameterised statement, for the SQL modules beside this one (queue-log.ts).
   * Retried on transient errors outside a transaction, like every other call.
   */
  async execute<R extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<R[]> {
    return (await this.query<R>(sql, params)).rows;
  }

  /**
   * Tries to take a session-level advisory lock on a connection of its own, held until
   * `release()` or until that connection dies (then `lost` turns true). Null when someone
   * else holds it.
   */
  async tryLock(key: number): Promise<SessionLock | null> {
    const client = new pg.Client({ connectionString: this.url, connectionTimeoutMillis: 10_000 });
    const lock: SessionLock = {
      lost: false,
      release: async () => {
        lock.lost = true;
        await client.end().catch(() => {});
      },
    };
    client.on('error', () => (lock.lost = true));
    client.on('end', () => (lock.lost = true));
    try {
      await client.connect();
      const { rows } = await client.query<{ locked: boolean }>(
        'SELECT pg_try_advisory_lock($1) AS locked',
        [key],
      );
      if (rows[0]?.locked) return lock;
    } catch (error) {
      if (!isTransientError(error)) throw error;
    }
    await lock.release();
    return null;
  }

  async close(): Promise<void> {
    if (this.pool) await this.pool.end();
  }
}

/** A session-level lock (see `PostgresStore.tryLock`). */
export interface SessionLock {
  /** True once released or once its connection failed: the lock is no longer held. */
  lost: boolean;
  release(): Promise<void>;
}

/** The URL without its password, for error messages. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}
