/**
 * The Store interface: everything the pipeline and the servers persist. SQLite implements it
 * today; Postgres will implement the same interface and pass the same contract suite
 * (store-contract.ts). Methods are async so that a networked store fits without change.
 */
import type { Brief, CleanArticle, DuplicateLink, StoryAssignment } from '../types.js';

/** A cleaned article as stored, with its arrival order and its raw (pre-clean) text. */
export interface StoredArticle extends CleanArticle {
  /** Arrival order, assigned by the store: stable tie-breaker for undated articles. */
  seq: number;
  /** The ingested text before cleaning: kept so that nothing accepted is ever lost. */
  raw: string;
  story: string | null;
}

export interface StoryRow {
  id: string;
  title: string;
  articles: number;
  sources: number;
  /** Earliest and latest publish dates among the articles (null when none is dated). */
  firstPublished: string | null;
  lastPublished: string | null;
  updated: string;
}

export interface StoryQuery {
  /** Case-insensitive substring of the title. */
  search?: string;
  /** Only stories with an article published at or after / before this ISO date. */
  since?: string;
  until?: string;
  limit?: number;
  offset?: number;
}

export interface Store {
  /** Insert articles whose id is not stored yet; returns the ids actually inserted. */
  putArticles(articles: readonly { clean: CleanArticle; raw: string }[]): Promise<string[]>;
  getArticle(id: string): Promise<StoredArticle | null>;
  /** All articles in arrival order, or those of one story. */
  listArticles(options?: { story?: string }): Promise<StoredArticle[]>;
  countArticles(): Promise<number>;
  putDuplicates(links: readonly DuplicateLink[]): Promise<void>;
  listDuplicates(): Promise<DuplicateLink[]>;
  /** Assign (or re-assign) articles to stories; creates stories as needed. */
  assignStories(assignments: readonly StoryAssignment[]): Promise<void>;
  /** Record that story `from` was merged into `into` (its articles move). */
  recordMerge(from: string, into: string): Promise<void>;
  listStories(query?: StoryQuery): Promise<StoryRow[]>;
  getStory(id: string): Promise<StoryRow | null>;
  putBrief(brief: Brief): Promise<void>;
  getBrief(storyId: string): Promise<Brief | null>;
  /** Forget the brief of a story left without articles (merged away or emptied by moves). */
  deleteBrief(storyId: string): Promise<void>;
  /** Small named state blobs (the clusterer's snapshot). */
  getState(key: string): Promise<string | null>;
  putState(key: string, value: string): Promise<void>;
  close(): Promise<void>;
}
