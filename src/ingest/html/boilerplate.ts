/**
 * Boilerplate that Readability keeps: share bars, related-link lists, captions, newsletter and
 * consent boxes, "READ MORE" teasers. Two passes share these rules:
 *   - pruneBoilerplate(): before Readability, drop whole widgets named as such in class/id/role;
 *   - cleanContent(): after Readability, drop link lists, captions and furniture inside the
 *     chosen article container.
 * Rules name widgets by what they are (the vocabulary of CMS themes), never by one site.
 */

/** Element types that are page furniture wherever they occur. */
const FURNITURE_TAGS = [
  'nav',
  'aside',
  'form',
  'button',
  'select',
  'dialog',
  'iframe',
  'noscript',
  'svg',
  'footer',
];

/**
 * Class/id/role tokens of widgets. Matched against whole tokens split on `-`, `_`, space and
 * camelCase, so "share" hits "article-share" and "shareBar" but not "shareholders".
 */
const WIDGET_TOKENS = new Set([
  'share',
  'sharing',
  'social',
  'sharebar',
  'sharetools',
  'addthis',
  'related',
  'recommended',
  'recommendations',
  'newsletter',
  'newsletters',
  'subscribe',
  'subscription',
  'signup',
  'paywall',
  'promo',
  'promotion',
  'advert',
  'advertisement',
  'ad',
  'ads',
  'adslot',
  'adunit',
  'dfp',
  'sponsored',
  'outbrain',
  'taboola',
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'breadcrumb',
  'breadcrumbs',
  'comments',
  'comment',
  'disqus',
  'sidebar',
  'popup',
  'modal',
  'toolbar',
  'pagination',
  'pager',
  'tags',
  'tagcloud',
  'caption',
  'credit',
  'credits',
  'figcaption',
  'byline',
  'dateline',
  'timestamp',
  'author',
  'menu',
  'navbar',
  'navigation',
  'masthead',
  'skip',
  'print',
  'trending',
  'most',
  'popular',
  'readmore',
  'teaser',
  'banner',
  'footer',
  'visually',
  'sr',
  'screenreader',
  'offscreen',
  'login',
  'rating',
  'reactions',
  'meta',
]);

/** Tokens that mean "this is the article": never prune an element that carries one. */
const CONTENT_TOKENS = new Set([
  'article',
  'body',
  'content',
  'entry',
  'main',
  'post',
  'story',
  'text',
]);

const TOKEN_SPLIT_RE = /[\s_\-:.]+|(?<=[a-z])(?=[A-Z])/;

export interface ElementLike {
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<ElementLike>;
  remove(): void;
  parentElement?: ElementLike | null;
  children: ArrayLike<ElementLike>;
}

function attributeTokens(element: ElementLike): string[] {
  const text = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''} ${element.getAttribute('role') ?? ''}`;
  return text.split(TOKEN_SPLIT_RE).map((t) => t.toLowerCase());
}

/**
 * Below this many characters an element named both ways ("entry-meta", "post-tags") is
 * furniture; above it, the content token wins ("article-body ad-free").
 */
export const MIXED_WIDGET_MAX_CHARS = 300;

/** True when class/id/role say "widget" and nothing says "article" (unless it is short). */
export function looksLikeWidget(element: ElementLike): boolean {
  let widget = false;
  let content = false;
  for (const token of attributeTokens(element)) {
    if (CONTENT_TOKENS.has(token)) content = true;
    else if (WIDGET_TOKENS.has(token)) widget = true;
  }
  if (!widget) return false;
  return !content || textLength(element) < MIXED_WIDGET_MAX_CHARS;
}

function isHidden(element: ElementLike): boolean {
  if (element.getAttribute('hidden') !== null || element.getAttribute('aria-hidden') === 'true')
    return true;
  const style = element.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

function textLength(element: ElementLike): number {
  return (element.textContent ?? '').replace(/\s+/g, ' ').length;
}

/**
 * Share of the page's text a widget may hold and still be removed. A "widget" holding most of
 * the page is a mislabelled wrapper (`<div class="post-share-wrapper">` around the article).
 */
export const MAX_WIDGET_SHARE = 0.35;

/**
 * Named widgets longer than this are removed only when they are mostly links: page builders
 * (Elementor, Divi) wrap each block of real prose in "widget"/"module" containers, so a class
 * name alone must not cost us a section of the article.
 */
export const WIDGET_MAX_CHARS = 1000;

/** A long widget is a link farm (related/trending lists) above this link-text share. */
export const WIDGET_LINK_DENSITY = 0.5;

function linkShare(element: ElementLike, length: number): number {
  let links = 0;
  for (const anchor of Array.from(element.querySelectorAll('a'))) links += textLength(anchor);
  return links / Math.max(1, length);
}

/** Small enough, or link-dense enough, to drop on the strength of its name alone. */
export function removable(element: ElementLike, total: number): boolean {
  const length = textLength(element);
  if (length >= total * MAX_WIDGET_SHARE) return false;
  return length < WIDGET_MAX_CHARS || linkShare(element, length) >= WIDGET_LINK_DENSITY;
}

/**
 * Before Readability: drop furniture and named widgets. Not redundant with Readability's own
 * class heuristics, which only down-weight candidates and keep widgets inside the winner.
 */
export function pruneBoilerplate(body: ElementLike): void {
  const total = Math.max(1, textLength(body));
  for (const element of Array.from(body.querySelectorAll(FURNITURE_TAGS.join(',')))) {
    if (removable(element, total)) element.remove();
  }
  const named = body.querySelectorAll('[class],[id],[role],[hidden],[aria-hidden],[style]');
  for (const element of Array.from(named)) {
    const tag = element.tagName.toUpperCase();
    if (tag === 'BODY' || tag === 'HTML' || tag === 'ARTICLE' || tag === 'MAIN') continue;
    if ((looksLikeWidget(element) || isHidden(element)) && removable(element, total))
      element.remove();
  }
}
