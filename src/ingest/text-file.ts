/**
 * Plain-text articles (one file, one article), as in ../shared/seeds:
 *
 *   [date YYYY-MM-DD]   optional header, possibly on the same line as the text
 *   [Title line]        first line, when it reads as a title (short, not a sentence)
 *   Body…
 */
import type { Article, Provenance } from '../types.js';
import { articleId } from './article-id.js';

const DATE_HEADER_RE =
  /^\s*date\s*[:=]?\s*(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)\b\s*/i;
/** A first line is a title when it is at most this many words and ends without a full stop. */
export const DEFAULT_MAX_TITLE_WORDS = 20;

function isValidDate(value: string): boolean {
  const time = Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isFinite(time) && value.slice(0, 10) === new Date(time).toISOString().slice(0, 10);
}

/** Parse the text of one article file. The header and title line are not part of `text`. */
export function parseTextArticle(content: string, provenance: Provenance): Article {
  let body = content.replace(/^\uFEFF/, '');
  let published: string | null = null;
  const header = DATE_HEADER_RE.exec(body);
  if (header?.[1] && isValidDate(header[1])) {
    published = header[1].replace(' ', 'T');
    body = body.slice(header[0].length);
  }
  body = body.replace(/^\s*\n/, '');
  let title: string | null = null;
  const newline = body.indexOf('\n');
  if (newline > 0) {
    const first = body.slice(0, newline).trim();
    const rest = body.slice(newline + 1).trim();
    const wordCount = first.split(/\s+/).length;
    if (rest.length > 0 && wordCount <= DEFAULT_MAX_TITLE_WORDS && !/[.,;:]["”’']?$/.test(first)) {
      title = first;
      body = rest;
    }
  }
  const text = body.trim();
  return {
    id: articleId({ title, text }),
    url: null,
    source: null,
    title,
    byline: null,
    published,
    language: null,
    text,
    provenance,
  };
}
