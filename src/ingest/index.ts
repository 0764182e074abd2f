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
