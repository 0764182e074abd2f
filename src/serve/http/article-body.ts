/**
 * POST /articles bodies → ingest items. Accepted: a JSON array of article objects, one
 * article object, `{"articles": [...]}`, or JSON Lines (one object a line). Field names are the
 * ingest stage's (`text`/`body`/`content`, `title`, `url`, `source`, `published`, …).
 * A record that is not an article is a Skipped value with its 1-based position.
 */
import { parseJsonl, recordToArticle, type IngestItem } from '../../ingest/index.js';
import { HttpError } from './http-error.js';

export const JSON_TYPES = ['application/json'];
export const JSONL_TYPES = [
  'application/x-ndjson',
  'application/jsonl',
  'application/x-jsonlines',
  'application/json-seq',
];

/** Articles accepted in one request. Default DEFAULT_MAX_BATCH (1000). */
export const DEFAULT_MAX_BATCH = 1000;

export function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase();
}

function fromJson(value: unknown): IngestItem[] {
  const records = Array.isArray(value)
    ? value
    : typeof value === 'object' &&
        value !== null &&
        Array.isArray((value as { articles?: unknown }).articles)
      ? (value as { articles: unknown[] }).articles
      : [value];
  return records.map((record, index) =>
    recordToArticle(record, { file: null, line: index + 1, format: 'json' }),
  );
}

/** Parse a request body; throws HttpError for bodies that cannot be articles at all. */
export function parseArticleBody(
  body: Buffer,
  contentType: string | undefined,
  maxBatch = DEFAULT_MAX_BATCH,
): IngestItem[] {
  const type = mediaType(contentType);
  if (!JSON_TYPES.includes(type) && !JSONL_TYPES.includes(type)) {
    throw new HttpError(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      `Content-Type "${type || 'none'}" is not accepted: send application/json (an article, an array, or {"articles": [...]}) or application/x-ndjson (one article a line)`,
    );
  }
  const text = body.toString('utf8').replace(/^\uFEFF/, '');
  if (text.trim() === '')
    throw new HttpError(
      400,
      'NO_ARTICLES',
      'Empty body: send at least one article with a "text" field',
    );
  let items: IngestItem[];
  if (JSON_TYPES.includes(type)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Clients often label JSON Lines as application/json; one record a line still parses.
      parsed = undefined;
    }
    items = parsed === undefined ? [...parseJsonl(text, null)] : fromJson(parsed);
  } else {
    items = [...parseJsonl(text, null)];
  }
  if (items.length > maxBatch) {
    throw new HttpError(
      413,
      'PAYLOAD_TOO_LARGE',
      `${items.length} articles in one request; send at most ${maxBatch} per request`,
    );
  }
  if (!items.some((item) => !('kind' in item))) {
    throw new HttpError(
      400,
      'NO_ARTICLES',
      'No article in the body: each record needs a non-empty "text" (or "body"/"content") string',
      items
        .slice(0, 20)
        .map((item) => ('kind' in item ? { line: item.line, reason: item.reason } : null)),
    );
  }
  return items;
}
