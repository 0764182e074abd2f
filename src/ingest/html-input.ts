/**
 * HTML page bytes → Article: charset detection (encoding/decode.ts), then the extractor
 * (html/extract.ts). A page with no article text is a Skipped value, not an empty Article.
 */
import type { Article, Skipped } from '../types.js';
import { decodeBytes } from './encoding/decode.js';
import { extractHtml } from './html/extract.js';
import { pageToArticle } from './html/to-article.js';

/** Fewer words than this and the page is not an article (an index, a login wall, an error). */
export const DEFAULT_MIN_ARTICLE_WORDS = 20;

export function htmlToArticle(
  bytes: Uint8Array,
  origin: { file: string | null; url?: string; contentType?: string },
): Article | Skipped {
  const { text: html } = decodeBytes(
    bytes,
    origin.contentType ? { contentType: origin.contentType } : {},
  );
  let page: ReturnType<typeof extractHtml>;
  try {
    page = extractHtml(html, origin.url ? { url: origin.url } : {});
  } catch (error) {
    // A DOM library failing on hostile markup rejects this page only, never the run.
    const reason = `unparseable HTML (${(error as Error).message.slice(0, 80)})`;
    return { kind: 'skipped', file: origin.file ?? origin.url ?? null, reason };
  }
  if (page.text.split(/\s+/).filter(Boolean).length < DEFAULT_MIN_ARTICLE_WORDS) {
    return {
      kind: 'skipped',
      file: origin.file ?? origin.url ?? null,
      reason: 'no article text found in the page',
    };
  }
  return pageToArticle(page, { file: origin.file, format: 'html' }, origin.url ?? null);
}
