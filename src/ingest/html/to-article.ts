/**
 * ExtractedPage → Article. The id comes from ingest/article-id.ts so that a page ingested as
 * HTML, from a feed or from a WARC gets the same id as the same article given as JSON Lines.
 */
import type { Article, Provenance } from '../../types.js';
import { articleId } from '../article-id.js';
import type { ExtractedPage } from './extract.js';

/**
 * @example
 * pageToArticle(extractHtml(html, { url }), { file: 'page.html', format: 'html' })
 */
export function pageToArticle(
  page: ExtractedPage,
  provenance: Provenance,
  fallbackUrl: string | null = null,
): Article {
  const url = page.url ?? fallbackUrl;
  return {
    id: articleId({ url, source: page.source, title: page.title, text: page.text }),
    url,
    source: page.source,
    title: page.title,
    byline: page.byline,
    published: page.published,
    language: page.language,
    text: page.text,
    provenance,
  };
}
