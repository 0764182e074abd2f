/**
 * HTML pages, feeds and WARC crawls → Articles. The extractors live in html/, feed/ and
 * warc/; this file adapts them to the ingest stream.
 */
import type { Article, Skipped } from '../types.js';
import { feedArticles } from './feed/feed-articles.js';
import type { Fetcher } from './fetch/fetcher.js';
import { htmlToArticle } from './html-input.js';
import { warcArticles } from './warc/warc-articles.js';

type Item = Article | Skipped;

/** What is known about bytes beyond their content: where they were fetched from, and how. */
export interface MarkupContext {
  /** URL the bytes came from (after redirects). Default: none (a local file). */
  url?: string;
  /** HTTP Content-Type they were served with. Default: none. */
  contentType?: string;
  /** Feeds: fetch each item's link and extract the page. Default false. */
  followLinks?: boolean;
  /** Fetcher for `followLinks` (required for it to have any effect). */
  fetcher?: Fetcher;
}

function origin(file: string | null, context: MarkupContext) {
  return {
    file,
    ...(context.url ? { url: context.url } : {}),
    ...(context.contentType ? { contentType: context.contentType } : {}),
  };
}

export async function* parseHtmlInput(
  bytes: Uint8Array,
  file: string | null,
  context: MarkupContext = {},
): AsyncGenerator<Item> {
  yield htmlToArticle(bytes, origin(file, context));
}

export async function* parseFeedInput(
  bytes: Uint8Array,
  file: string | null,
  context: MarkupContext = {},
): AsyncGenerator<Item> {
  const { fetcher } = context;
  yield* feedArticles(bytes, {
    ...origin(file, context),
    followLinks: context.followLinks ?? false,
    ...(fetcher ? { fetchPage: (url: string) => fetcher.fetch(url) } : {}),
    pageToArticle: htmlToArticle,
  });
}

/** A WARC already in memory (stdin, a fetched URL); files are streamed by read-inputs.ts. */
export async function* parseWarcInput(
  bytes: Uint8Array,
  file: string | null,
): AsyncGenerator<Item> {
  yield* warcArticles(
    (async function* () {
      yield bytes;
    })(),
    { file },
  );
}
