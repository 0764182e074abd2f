/**
 * After Readability: remove what it keeps inside the article container but a reader skips.
 *   1. figures, captions and image credits
 *   2. link lists ("Related", "More from", navigation that survived)
 *   3. short furniture paragraphs (share/consent/newsletter lines, "READ MORE:" teasers,
 *      bylines and datelines), decided per paragraph by isBoilerplateLine()
 */
import { looksLikeWidget, removable, type ElementLike } from './boilerplate.js';

const CAPTION_SELECTOR =
  'figure, figcaption, picture, [class*="caption"], [class*="credit"], [itemprop="caption"]';

/** A block whose link text is at least this share of its text is a link list. */
export const LINK_LIST_DENSITY = 0.6;

/** Link lists shorter than this stay: one-link paragraphs in prose are rarely this dense. */
const LINK_LIST_MIN_LINKS = 2;

function normalisedLength(text: string | null): number {
  return (text ?? '').replace(/\s+/g, ' ').trim().length;
}

function linkDensity(element: ElementLike): { density: number; links: number } {
  const total = normalisedLength(element.textContent);
  if (total === 0) return { density: 0, links: 0 };
  const anchors = Array.from(element.querySelectorAll('a'));
  let linkText = 0;
  for (const anchor of anchors) linkText += normalisedLength(anchor.textContent);
  return { density: linkText / total, links: anchors.length };
}

/** Lines that are furniture wherever they appear (compared on a trimmed paragraph). */
const FURNITURE_LINE_RES: RegExp[] = [
  // teasers and cross-links
  /^(read|see|watch|listen|click|tap) (more|also|next|here|now)\b.{0,200}$/i,
  /^(related|more from|more on|you may also like|you might also like|recommended|don'?t miss|also read|related articles?|related stories|further reading|most (read|popular|viewed))\b.{0,120}$/i,
  /^(advertisement|advert|sponsored( content)?|continue reading( below)?|story continues below|article continues below)\W*$/i,
  // share, follow, subscribe
  /^(share|share this|share on|follow us|follow)\b.{0,80}$/i,
  /^(sign up|subscribe|get (our|the)\b.{0,40}newsletter|newsletter)\b.{0,160}$/i,
  /\b(cookies?|consent)\b.{0,120}\b(accept|agree|opt[- ]out|privacy|continu)/i,
  /^this (website|site) uses cookies/i,
  // captions and credits
  /^\(?(image|photo|picture|pictured|credit|photograph|illustration|source)s?( credit)?\s*[:|]/i,
  /\((image|photo|picture)s?:[^)]{0,60}\)$/i,
  /\b(credit|photo|image):\s*[\w .,&/-]{0,60}$/i,
  /^image \d+ of \d+$/i,
  /^\d+of\d+/,
  // datelines, bylines and timestamps standing alone
  /^(published|updated|posted|last (updated|modified)|first published)\b.{0,80}$/i,
  /^by\s+[\p{Lu}][\p{L}.'’-]+(\s+[\p{Lu}][\p{L}.'’-]+){0,4}(\s*[,|-].{0,80})?$/u,
  /^(skip to (main )?content|jump to|back to top|toggle navigation|sign in|log in|home)$/i,
  /^(tags?|topics?|categories|filed under)\s*[:|].{0,200}$/i,
  /^(copyright|©|\(c\))\s.{0,200}$/i,
  /^this (slideshow|video|content) requires javascript/i,
  /^(caption|close|comments?|\d+ comments?|leave a (comment|reply)|reply|print|email|expand)$/i,
];

/** Longer paragraphs are prose even when they match a furniture pattern. */
export const FURNITURE_MAX_CHARS = 220;

export function isBoilerplateLine(line: string): boolean {
  const text = line.trim();
  if (text.length === 0) return true;
  if (text.length > FURNITURE_MAX_CHARS) return false;
  return FURNITURE_LINE_RES.some((re) => re.test(text));
}

/** Clean the Readability container in place. `title` lets us drop a repeated headline. */
export function cleanContent(root: ElementLike): void {
  const total = Math.max(1, normalisedLength(root.textContent));
  // 1. captions and credits
  for (const element of Array.from(root.querySelectorAll(CAPTION_SELECTOR))) element.remove();
  // 2. named widgets Readability let through, then link lists
  for (const element of Array.from(root.querySelectorAll('[class],[id]'))) {
    if (looksLikeWidget(element) && removable(element, total)) element.remove();
  }
  for (const element of Array.from(root.querySelectorAll('ul, ol, div, section, table, p, dl'))) {
    const { density, links } = linkDensity(element);
    if (links >= LINK_LIST_MIN_LINKS && density >= LINK_LIST_DENSITY && removable(element, total)) {
      element.remove();
    }
  }
}
