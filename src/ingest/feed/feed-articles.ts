/**
 * Feed bytes → one Article per item (or a Skipped value with a reason per item that has no
 * text). With `followLinks`, each item's page is fetched and extracted instead, and the feed's
 * own fields fill whatever the page does not say.
 */
import type { Article, Skipped } from '../../types.js';
import { articleId } from '../article-id.js';
import { decodeBytes } from '../encoding/decode.js';
import { detectLanguage } from '../html/language.js';
import { htmlFragmentText } from './html-fragment-text.js';
import { parseFeed, type Feed, type FeedItem } from './parse-feed.js';

/** A fetched page, as the follow-links step needs it. */
export interface FetchedPage {
  bytes: Uint8Array;
  /** Final URL after redirects. */
  url: string;
  contentType: string | null;
}

export type FetchPage = (url: string) => Promise<FetchedPage | Skipped>;
export type PageToArticle = (
  bytes: Uint8Array,
  origin: { file: string | null; url?: string; contentType?: string },
) => Article | Skipped;

export interface FeedArticleOptions {
  file: string | null;
  /** Where the feed was fetched from: resolves relative item links. Default: none. */
  url?: string;
  /** HTTP Content-Type of the feed, for its charset. Default: the XML declaration. */
  contentType?: string;
  /** Fetch each item's link and extract the page instead of the summary. Default false. */
  followLinks?: boolean;
  /** Fetcher used by `followLinks` (SSRF guard, robots.txt, caps: see fetch/). */
  fetchPage?: FetchPage;
  /** Page extractor used by `followLinks` (html-input.ts's htmlToArticle). */
  pageToArticle?: PageToArticle;
}

type Item = Article | Skipped;

function xmlDeclaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
  const match = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return match ? `text/xml; charset=${match[1]}` : undefined;
}

function absolute(link: string | null, base: string | undefined): string | null {
  if (!link) return null;
  try {
    return new URL(link, base).href;
  } catch {
    return link;
  }
}

function itemArticle(item: FeedItem, feed: Feed, options: FeedArticleOptions): Item {
  const html = item.contentHtml ?? item.summaryHtml;
  const text = html ? htmlFragmentText(html) : '';
  const label = item.title ? `"${item.title.slice(0, 60)}"` : '(untitled)';
  if (text === '')
    return { kind: 'skipped', file: options.file, reason: `feed item ${label}: no text` };
  const url = absolute(item.link, options.url ?? feed.link ?? undefined);
  const source = feed.title;
  return {
    id: articleId({ url, source, title: item.title, text }),
    url,
    source,
    title: item.title,
    byline: item.byline,
    published: item.published,
    language: feed.language ?? detectLanguage(text),
    text,
    provenance: { file: options.file, format: 'feed' },
  };
}

async function followedArticle(
  item: FeedItem,
  fallback: Item,
  options: FeedArticleOptions,
): Promise<Item> {
  const link = 'kind' in fallback ? absolute(item.link, options.url) : fallback.url;
  if (!link || !options.fetchPage || !options.pageToArticle) return fallback;
  const page = await options.fetchPage(link);
  const article =
    'kind' in page
      ? page
      : options.pageToArticle(page.bytes, {
          file: options.file,
          url: page.url,
          ...(page.contentType ? { contentType: page.contentType } : {}),
        });
  // The page failed (robots.txt, paywall, timeout): the feed's own text is better than nothing.
  if ('kind' in article) return fallback;
  if ('kind' in fallback) return article;
  const merged = {
    ...article,
    source: article.source ?? fallback.source,
    title: article.title ?? fallback.title,
    byline: article.byline ?? fallback.byline,
    published: article.published ?? fallback.published,
    language: article.language ?? fallback.language,
  };
  return { ...merged, id: articleId(merged) };
}

/**
 * Read one feed.
 *
 * @example
 * for await (const item of feedArticles(bytes, { file: 'news.rss' })) …
 */
export async function* feedArticles(
  bytes: Uint8Array,
  options: FeedArticleOptions,
): AsyncGenerator<Item> {
  const hint = options.contentType ?? xmlDeclaredCharset(bytes);
  const { text: xml } = decodeBytes(bytes, hint ? { contentType: hint } : {});
  const result = parseFeed(xml);
  if (!result.ok) {
    yield { kind: 'skipped', file: options.file, reason: result.reason };
    return;
  }
  if (result.feed.items.length === 0) {
    yield { kind: 'skipped', file: options.file, reason: 'feed has no items' };
    return;
  }
  for (const item of result.feed.items) {
    const article = itemArticle(item, result.feed, options);
    yield options.followLinks ? await followedArticle(item, article, options) : article;
  }
}
