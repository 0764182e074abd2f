/**
 * HTML page → article text and metadata.
 *
 * Workflow:
 *   1. drop scripts/styles/comments textually (linkedom parses several times faster without them),
 *      cut oversized pages and cap pathological nesting
 *   2. parse with linkedom
 *   3. read metadata from the whole page (JSON-LD, meta, <time>, URL)
 *   4. prune named widgets and furniture, then run Mozilla Readability
 *   5. fall back to the densest container when Readability returns little or nothing
 *   6. clean the container (captions, link lists, widgets) and render paragraphs
 *   7. drop furniture lines and the repeated headline
 *   8. language: declared, else detected
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { pruneBoilerplate, type ElementLike } from './boilerplate.js';
import { cleanContent, isBoilerplateLine } from './clean-content.js';
import { densestContainer } from './fallback.js';
import { flattenNesting } from './flatten-nesting.js';
import { detectLanguage } from './language.js';
import { readMetadata } from './metadata.js';
import { toParagraphs, type TextNodeLike } from './to-text.js';

export interface ExtractedPage {
  title: string | null;
  byline: string | null;
  /** ISO 8601 date or date-time in the page's own time zone; null when no source gives one. */
  published: string | null;
  /** 0..1, see metadata.ts; 0 when `published` is null. */
  publishedConfidence: number;
  /** Outlet name ("BBC News"). */
  source: string | null;
  /** Canonical URL when the page declares one, else the URL given. */
  url: string | null;
  language: string | null;
  /** Paragraphs separated by one blank line. */
  text: string;
}

export interface ExtractOptions {
  /** Where the page was fetched from; used for dates in the URL and as the fallback URL. Default: none. */
  url?: string;
}

/** Pages beyond this many characters (after dropping scripts) are cut: no article is this long. */
export const MAX_HTML_CHARS = 4_000_000;

/**
 * Readability's answer stands unless it is shorter than this many characters and the fallback
 * has more. A longer fallback is no evidence by itself: teaser lists and comment threads are
 * long too, and a ratio rule let them replace the real (short) article.
 */
export const FALLBACK_BELOW_CHARS = 250;

const STRIP_RES = [
  /<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>/gi,
  /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi,
  /<!--[\s\S]*?-->/g,
  /<svg\b[^>]*>[\s\S]*?<\/svg\s*>/gi,
];

/** Raw HTML → the markup linkedom parses (step 1 of extractHtml; also used by diagnostics). */
export function prepareHtml(html: string): string {
  let out = html;
  for (const re of STRIP_RES) out = out.replace(re, ' ');
  if (out.length > MAX_HTML_CHARS) out = out.slice(0, MAX_HTML_CHARS);
  out = flattenNesting(out);
  // linkedom builds no documentElement for fragments and garbage; give it one.
  return /<html[\s>]/i.test(out.slice(0, 10_000)) ? out : `<html><body>${out}</body></html>`;
}

/** Nesting beyond this (real pages stay under ~60) marks a hostile or broken page. */
export const MAX_READABILITY_DEPTH = 1000;

interface TreeNode {
  children: ArrayLike<TreeNode>;
}

/** Depth of the element tree, iteratively, stopping as soon as `limit` is reached. */
function maxDepth(root: TreeNode, limit: number): number {
  const stack: [TreeNode, number][] = [[root, 0]];
  let deepest = 0;
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (deepest >= limit) return deepest;
    const children = node.children;
    for (let i = 0; i < children.length; i++) stack.push([children[i]!, depth + 1]);
  }
  return deepest;
}

function normaliseForCompare(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function finishParagraphs(paragraphs: string[], title: string | null): string[] {
  const titleKey = title ? normaliseForCompare(title) : null;
  const out: string[] = [];
  for (const paragraph of paragraphs) {
    if (isBoilerplateLine(paragraph)) continue;
    if (titleKey && normaliseForCompare(paragraph) === titleKey) continue;
    // Repeated blocks (mobile + desktop copies of a teaser) add nothing the first did not.
    if (out.length > 0 && out[out.length - 1] === paragraph) continue;
    out.push(paragraph);
  }
  return out;
}

/**
 * Extract the article of one HTML page.
 *
 * @example
 * const page = extractHtml(html, { url: 'https://example.com/2024/05/01/story' });
 * page.text.split('\n\n') // paragraphs
 */
export function extractHtml(html: string, options: ExtractOptions = {}): ExtractedPage {
  // 1-2. parse
  const { document } = parseHTML(prepareHtml(html));
  // 3. metadata before anything mutates the tree
  const metadata = readMetadata(document as never, options.url ?? null);
  const body = document.body as unknown as ElementLike | null;
  let paragraphs: string[] = [];
  if (body) {
    // 4. prune, then Readability (it mutates the document, so the fallback is measured first)
    pruneBoilerplate(body);
    const fallbackNode = densestContainer(body as never) as unknown as ElementLike | null;
    const fallbackLength = (fallbackNode?.textContent ?? '').length;
    let container: ElementLike | null = null;
    // Readability is quadratic on pathological nesting; such pages get the fallback alone.
    if (maxDepth(body as never, MAX_READABILITY_DEPTH) < MAX_READABILITY_DEPTH)
      try {
        const result = new Readability(
          document as never,
          { serializer: (el: unknown) => el } as never,
        ).parse();
        container = (result?.content as unknown as ElementLike | undefined) ?? null;
      } catch {
        // Readability throws on some degenerate trees; the fallback covers those pages.
        // container stays null.
      }
    // 5. fallback
    const readabilityLength = (container?.textContent ?? '').trim().length;
    if (
      !container ||
      (readabilityLength < FALLBACK_BELOW_CHARS && fallbackLength > readabilityLength)
    )
      container = fallbackNode;
    if (container) {
      // 6. clean and render
      cleanContent(container);
      paragraphs = toParagraphs(container as unknown as TextNodeLike);
    }
  }
  // 7. furniture lines and the headline
  const text = finishParagraphs(paragraphs, metadata.title).join('\n\n');
  // 8. language
  const language = metadata.language ?? detectLanguage(text);
  return { ...metadata, language, text };
}
