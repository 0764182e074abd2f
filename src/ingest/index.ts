export {
  readInputs,
  parseBytes,
  isArticle,
  type IngestItem,
  type IngestOptions,
} from './read-inputs.js';
export { parseTextArticle } from './text-file.js';
export { parseJsonl, recordToArticle } from './jsonl.js';
export { articleId, contentHash } from './article-id.js';
export { detectFormat, looksBinary } from './detect-format.js';
export { createFetcher } from './fetch/fetcher.js';
export { feedArticles } from './feed/feed-articles.js';
export { parseFeed } from './feed/parse-feed.js';
export { warcArticles, warcFileArticles } from './warc/warc-articles.js';
export { htmlToArticle } from './html-input.js';
export { extractHtml } from './html/extract.js';
