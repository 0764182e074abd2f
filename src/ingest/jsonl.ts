/**
 * JSON Lines (and single JSON objects/arrays) of articles. Accepts the Article shape and the
 * common aliases of news exports (`body`/`content` for text, `outlet`/`publisher` for
 * source, `date`/`publication_date` for published). A bad line is a Skipped value.
 */
import type { Article, Provenance, Skipped } from '../types.js';
import { articleId } from './article-id.js';

type Json = Record<string, unknown>;

function pick(record: Json, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = record[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  }
  return null;
}

function normalizePublished(value: string | null): string | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed))
    return Number.isNaN(Date.parse(trimmed)) ? null : trimmed;
  const time = Date.parse(trimmed);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** Turn one parsed JSON value into an Article or a reason to skip it. */
export function recordToArticle(value: unknown, provenance: Provenance): Article | Skipped {
  const skip = (reason: string): Skipped => ({
    kind: 'skipped',
    file: provenance.file,
    ...(provenance.line !== undefined ? { line: provenance.line } : {}),
    reason,
  });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return skip('not a JSON object');
  }
  const record = value as Json;
  const text = pick(record, ['text', 'body', 'content', 'text_no_url', 'articleBody']);
  if (text === null) return skip('no "text" field');
  const url = pick(record, ['url', 'link', 'uri']);
  const source = pick(record, ['source', 'outlet', 'publisher', 'site_name']);
  const title = pick(record, ['title', 'headline']);
  const id = pick(record, ['id', 'doc_id']) ?? articleId({ url, source, title, text });
  return {
    id,
    url,
    source,
    title,
    byline: pick(record, ['byline', 'author', 'authors']),
    published: normalizePublished(
      pick(record, ['published', 'date', 'publication_date', 'datePublished']),
    ),
    language: pick(record, ['language', 'lang']),
    text,
    provenance,
  };
}

/** Parse JSON Lines content; also accepts one JSON array or object spanning the file. */
export function* parseJsonl(content: string, file: string | null): Generator<Article | Skipped> {
  const trimmed = content.trimStart();
  if (trimmed.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch (error) {
      yield { kind: 'skipped', file, reason: `invalid JSON: ${(error as Error).message}` };
      return;
    }
    const items = Array.isArray(parsed) ? parsed : [parsed];
    for (const [index, item] of items.entries()) {
      yield recordToArticle(item, { file, line: index + 1, format: 'json' });
    }
    return;
  }
  let offset = 0;
  const lines = content.split('\n');
  for (const [index, line] of lines.entries()) {
    const provenance: Provenance = { file, line: index + 1, offset, format: 'jsonl' };
    offset += Buffer.byteLength(line, 'utf8') + 1;
    if (line.trim() === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      yield { kind: 'skipped', file, line: index + 1, reason: 'invalid JSON line' };
      continue;
    }
    yield recordToArticle(parsed, provenance);
  }
}
