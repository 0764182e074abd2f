/**
 * An HTML fragment from a feed (content:encoded, description) → plain text with paragraphs,
 * through the page extractor's renderer (html/to-text.ts) but without its article detection:
 * a feed item's content is already the article, boilerplate detection would only cut it.
 */
import { parseHTML } from 'linkedom';
import { toParagraphs, type TextNodeLike } from '../html/to-text.js';

/** Fragments beyond this many characters are cut: no feed item is this long. */
export const MAX_FRAGMENT_CHARS = 2_000_000;

const STRIP_RE = /<(script|style|svg|iframe|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;

export function htmlFragmentText(html: string): string {
  const source = html.slice(0, MAX_FRAGMENT_CHARS).replace(STRIP_RE, ' ');
  // Plain text summaries are common; they need no parser.
  if (!/[<&]/.test(source)) return source.replace(/[ \t]+/g, ' ').trim();
  const { document } = parseHTML(`<!doctype html><html><body>${source}</body></html>`);
  const body = document.body as unknown as TextNodeLike | null;
  return body ? toParagraphs(body).join('\n\n').trim() : '';
}
