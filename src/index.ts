/** The public library API: named re-exports only. */
export * from './types.js';
export { StorylineError, ERROR_CODES, type ErrorCode } from './errors.js';
export {
  readInputs,
  parseBytes,
  isArticle,
  parseTextArticle,
  parseJsonl,
  articleId,
} from './ingest/index.js';
export { cleanArticle, splitSentences, normalizeText, detectLanguage } from './clean/index.js';
export { Deduplicator, MinHash, MinHashLsh } from './dedup/index.js';
export { findReuse } from './dedup/passage-reuse.js';
export { StoryClusterer } from './cluster/index.js';
export {
  analyseStory,
  extractEntityMentions,
  resolveStoryEntities,
  extractQuotes,
  buildQuoteLedger,
  extractDates,
  buildTimeline,
  alignSentences,
  factsFromGroups,
  findDiscrepancies,
} from './analyse/index.js';
export { buildBrief, summarize, renderBrief, renderMarkdown, renderHtml } from './brief/index.js';
export {
  SqliteStore,
  openStore,
  type Store,
  type StoredArticle,
  type StoryRow,
} from './store/index.js';
export {
  processArticles,
  briefStory,
  type RunReport,
  type PipelineOptions,
} from './pipeline/index.js';
export { PostgresStore } from './store/postgres/postgres-store.js';
export { ArticleQueue } from './queue/article-queue.js';
export { runWorker } from './queue/ingest-worker.js';
export { buildServer } from './serve/http/index.js';
