/**
 * The stored row of an article, shared by every SQL Store: columns hold the Article's scalar
 * fields, JSON text holds provenance, sentences and removed lines. Keep in sync with
 * sqlite/schema.ts and postgres/schema.ts.
 */
import type { StoredArticle } from './store.js';

export interface ArticleRow {
  id: string;
  /** A number in SQLite, a string for Postgres bigint. */
  seq: number | string;
  url: string | null;
  source: string | null;
  title: string | null;
  byline: string | null;
  published: string | null;
  language: string | null;
  text: string;
  raw: string;
  provenance: string;
  sentences: string;
  removed: string;
  story: string | null;
}

export function rowToStoredArticle(row: ArticleRow): StoredArticle {
  return {
    article: {
      id: row.id,
      url: row.url,
      source: row.source,
      title: row.title,
      byline: row.byline,
      published: row.published,
      language: row.language,
      text: row.text,
      provenance: JSON.parse(row.provenance),
    },
    sentences: JSON.parse(row.sentences),
    removed: JSON.parse(row.removed),
    seq: Number(row.seq),
    raw: row.raw,
    story: row.story,
  };
}
