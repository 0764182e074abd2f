/**
 * HTML pages, feeds and WARC crawls → Articles. The extractors live in html/, feed/ and
 * warc/; this file adapts them to the ingest stream.
 */
import type { Article, Skipped } from '../types.js';
import { htmlToArticle } from './html-input.js';

type Item = Article | Skipped;

export async function* parseHtmlInput(
  bytes: Uint8Array,
  file: string | null,
): AsyncGenerator<Item> {
  yield htmlToArticle(bytes, { file });
}

// Until the feed/WARC readers land (issue 3), these inputs are reported, never dropped silently.
export async function* parseFeedInput(
  _bytes: Uint8Array,
  file: string | null,
): AsyncGenerator<Item> {
  yield { kind: 'skipped', file, reason: 'RSS/Atom input is not supported yet' };
}
export async function* parseWarcInput(
  _bytes: Uint8Array,
  file: string | null,
): AsyncGenerator<Item> {
  yield { kind: 'skipped', file, reason: 'WARC input is not supported yet' };
}
