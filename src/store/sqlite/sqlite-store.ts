/**
 * The default Store: one SQLite file through better-sqlite3 (synchronous, in-process, the
 * fastest Node driver). WAL mode so readers (the HTTP server) never block the writer.
 */
import Database from 'better-sqlite3';
import { StorylineError } from '../../errors.js';
import type { Brief, CleanArticle, DuplicateLink, StoryAssignment } from '../../types.js';
import type { Store, StoredArticle, StoryQuery, StoryRow } from '../store.js';
import { MIGRATIONS } from './schema.js';
import { briefSearchText } from '../search-text.js';
import { rowToStoredArticle as toStored, type ArticleRow } from '../article-row.js';

const STORY_ROW_SQL = `
  SELECT s.id, s.title, s.updated_at AS updated,
         COUNT(a.id) AS articles,
         COUNT(DISTINCT COALESCE(a.source, a.id)) AS sources,
         MIN(a.published) AS firstPublished, MAX(a.published) AS lastPublished
  FROM stories s JOIN articles a ON a.story = s.id
  WHERE s.merged_into IS NULL`;

export class SqliteStore implements Store {
  private readonly db: Database.Database;

  /** @param path a file path, or ':memory:' for tests. */
  constructor(path: string) {
    try {
      this.db = new Database(path);
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('foreign_keys = ON');
      this.migrate();
    } catch (error) {
      throw new StorylineError(
        'STORE_FAILED',
        `Cannot open database ${path}: ${(error as Error).message}`,
      );
    }
  }

  private migrate(): void {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    if (version > MIGRATIONS.length) {
      throw new Error(
        `database schema ${version} is newer than this Storyline (${MIGRATIONS.length})`,
      );
    }
    for (let index = version; index < MIGRATIONS.length; index++) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[index] as string);
        this.db.pragma(`user_version = ${index + 1}`);
      })();
    }
  }

  async putArticles(articles: readonly { clean: CleanArticle; raw: string }[]): Promise<string[]> {
    const insert = this.db.prepare(
      `INSERT OR IGNORE INTO articles
         (id, seq, url, source, title, byline, published, language, text, raw, provenance, sentences, removed, ingested_at)
       VALUES (@id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM articles), @url, @source, @title, @byline, @published,
               @language, @text, @raw, @provenance, @sentences, @removed, @now)`,
    );
    const now = new Date().toISOString();
    return this.db.transaction(() => {
      const inserted: string[] = [];
      for (const { clean, raw } of articles) {
        const { article } = clean;
        const result = insert.run({
          id: article.id,
          url: article.url,
          source: article.source,
          title: article.title,
          byline: article.byline,
          published: article.published,
          language: article.language,
          text: article.text,
          raw,
          provenance: JSON.stringify(article.provenance),
          sentences: JSON.stringify(clean.sentences),
          removed: JSON.stringify(clean.removed),
          now,
        });
        if (result.changes > 0) inserted.push(article.id);
      }
      return inserted;
    })();
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const row = this.db.prepare('SELECT * FROM articles WHERE id = ?').get(id) as
      ArticleRow | undefined;
    return row ? toStored(row) : null;
  }

  async listArticles(options: { story?: string } = {}): Promise<StoredArticle[]> {
    const rows =
      options.story === undefined
        ? this.db.prepare('SELECT * FROM articles ORDER BY seq').all()
        : this.db.prepare('SELECT * FROM articles WHERE story = ? ORDER BY seq').all(options.story);
    return (rows as ArticleRow[]).map(toStored);
  }

  async countArticles(): Promise<number> {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
  }

  async putDuplicates(links: readonly DuplicateLink[]): Promise<void> {
    const insert = this.db.prepare(
      'INSERT OR REPLACE INTO duplicates (id, duplicate_of, similarity, kind) VALUES (?, ?, ?, ?)',
    );
    this.db.transaction(() => {
      for (const link of links) insert.run(link.id, link.duplicateOf, link.similarity, link.kind);
    })();
  }

  async listDuplicates(): Promise<DuplicateLink[]> {
    return this.db
      .prepare(
        'SELECT id, duplicate_of AS duplicateOf, similarity, kind FROM duplicates ORDER BY id',
      )
      .all() as DuplicateLink[];
  }

  async assignStories(assignments: readonly StoryAssignment[]): Promise<void> {
    const now = new Date().toISOString();
    const upsertStory = this.db.prepare(
      `INSERT INTO stories (id, created_at, updated_at) VALUES (?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET updated_at = excluded.updated_at`,
    );
    const assign = this.db.prepare('UPDATE articles SET story = ? WHERE id = ?');
    this.db.transaction(() => {
      for (const { id, story } of assignments) {
        upsertStory.run(story, now, now);
        assign.run(story, id);
      }
    })();
  }

  async recordMerge(from: string, into: string): Promise<void> {
    const now = new Date().toISOString();
    this.db.transaction(() => {
      this.db.prepare('UPDATE articles SET story = ? WHERE story = ?').run(into, from);
      this.db
        .prepare('UPDATE stories SET merged_into = ?, updated_at = ? WHERE id = ?')
        .run(into, now, from);
      this.db
        .prepare('INSERT INTO merges (from_story, into_story, merged_at) VALUES (?, ?, ?)')
        .run(from, into, now);
      this.db.prepare('DELETE FROM briefs WHERE story = ?').run(from);
    })();
  }

  async listStories(query: StoryQuery = {}): Promise<StoryRow[]> {
    const where: string[] = [];
    const params: Record<string, unknown> = {
      limit: query.limit ?? 100,
      offset: query.offset ?? 0,
    };
    if (query.search) {
      where.push(
        `(s.title LIKE @search ESCAPE '\\' OR EXISTS (SELECT 1 FROM briefs b
           WHERE b.story = s.id AND b.search_text LIKE @search ESCAPE '\\'))`,
      );
      params.search = `%${query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    }
    let having = '';
    if (query.since) {
      having += ' AND MAX(a.published) >= @since';
      params.since = query.since;
    }
    if (query.until) {
      having += ' AND MIN(a.published) < @until';
      params.until = query.until;
    }
    const sql = `${STORY_ROW_SQL} ${where.map((w) => `AND ${w}`).join(' ')}
      GROUP BY s.id HAVING 1 = 1 ${having}
      ORDER BY COUNT(a.id) DESC, s.created_at, s.id LIMIT @limit OFFSET @offset`;
    return this.db.prepare(sql).all(params) as StoryRow[];
  }

  async getStory(id: string): Promise<StoryRow | null> {
    const row = this.db.prepare(`${STORY_ROW_SQL} AND s.id = ? GROUP BY s.id`).get(id) as
      StoryRow | undefined;
    return row ?? null;
  }

  async putBrief(brief: Brief): Promise<void> {
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO briefs (story, schema, json, generated_at, search_text)
           VALUES (?, ?, ?, ?, ?)
           ON CONFLICT(story) DO UPDATE SET schema = excluded.schema, json = excluded.json,
             generated_at = excluded.generated_at, search_text = excluded.search_text`,
        )
        .run(
          brief.story.id,
          brief.schema,
          JSON.stringify(brief),
          brief.generated,
          briefSearchText(brief),
        );
      this.db
        .prepare('UPDATE stories SET title = ? WHERE id = ?')
        .run(brief.story.title, brief.story.id);
    })();
  }

  async getBrief(storyId: string): Promise<Brief | null> {
    const row = this.db.prepare('SELECT json FROM briefs WHERE story = ?').get(storyId) as
      { json: string } | undefined;
    return row ? (JSON.parse(row.json) as Brief) : null;
  }

  async deleteBrief(storyId: string): Promise<void> {
    this.db.prepare('DELETE FROM briefs WHERE story = ?').run(storyId);
  }

  async getState(key: string): Promise<string | null> {
    const row = this.db.prepare('SELECT value FROM state WHERE key = ?').get(key) as
      { value: string } | undefined;
    return row?.value ?? null;
  }

  async putState(key: string, value: string): Promise<void> {
    this.db
      .prepare(
        'INSERT INTO state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
      )
      .run(key, value);
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
