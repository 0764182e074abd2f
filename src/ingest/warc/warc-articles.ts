/**
 * WARC response records → Articles. Only `response` records of HTML pages served with
 * HTTP 200 are pages; other responses (redirects, PDFs, robots.txt) are reported as Skipped,
 * and request/metadata/warcinfo records, which never hold a page, are passed over.
 */
import { createReadStream } from 'node:fs';
import type { Article, Skipped } from '../../types.js';
import { htmlToArticle } from '../html-input.js';
import { parseHttpResponse } from './http-response.js';
import { readWarcRecords, type WarcReadOptions } from './warc-records.js';

type Item = Article | Skipped;

/** Read size for WARC files: large enough that a typical gzip member fits in one read. */
export const WARC_READ_CHUNK_BYTES = 1024 * 1024;

const HTML_TYPE_RE = /^\s*(text\/html|application\/xhtml\+xml)\b/i;

export interface WarcArticleOptions extends WarcReadOptions {
  file: string | null;
}

/**
 * Articles of a WARC or WARC.gz given as a stream of byte chunks.
 *
 * @example
 * for await (const item of warcArticles(createReadStream(path), { file: path })) …
 */
export async function* warcArticles(
  chunks: AsyncIterable<Uint8Array>,
  options: WarcArticleOptions,
): AsyncGenerator<Item> {
  const { file } = options;
  for await (const record of readWarcRecords(chunks, options)) {
    if ('error' in record) {
      yield { kind: 'skipped', file, reason: `${record.error} at byte ${record.offset}` };
      continue;
    }
    if (record.fields.get('warc-type') !== 'response') continue;
    const url = record.fields.get('warc-target-uri')?.replace(/^<|>$/g, '') ?? null;
    const where = `WARC record at byte ${record.offset}${url ? ` (${url})` : ''}`;
    const response = parseHttpResponse(record.block);
    if (!response) {
      yield { kind: 'skipped', file, reason: `${where}: not an HTTP response` };
      continue;
    }
    if (response.status !== 200) {
      yield { kind: 'skipped', file, reason: `${where}: HTTP ${response.status}` };
      continue;
    }
    if (response.contentType !== null && !HTML_TYPE_RE.test(response.contentType)) {
      yield { kind: 'skipped', file, reason: `${where}: not HTML (${response.contentType})` };
      continue;
    }
    const article = htmlToArticle(response.body, {
      file,
      ...(url ? { url } : {}),
      ...(response.contentType ? { contentType: response.contentType } : {}),
    });
    if ('kind' in article) yield { ...article, file, reason: `${where}: ${article.reason}` };
    else yield { ...article, provenance: { file, offset: record.offset, format: 'warc' } };
  }
}

/** Articles of a WARC file, streamed from disk (memory bounded by the largest record). */
export async function* warcFileArticles(
  path: string,
  options: Omit<WarcArticleOptions, 'file'> = {},
): AsyncGenerator<Item> {
  const stream = createReadStream(path, { highWaterMark: WARC_READ_CHUNK_BYTES });
  try {
    yield* warcArticles(stream, { ...options, file: path });
  } catch (error) {
    // A read error midway (disk, NFS) ends this file only; records before it were yielded.
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    yield { kind: 'skipped', file: path, reason: `unreadable: ${code}` };
  } finally {
    stream.destroy();
  }
}
