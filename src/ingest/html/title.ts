/**
 * The headline of a page, reconciled from the visible `<h1>`s and the metadata titles
 * (JSON-LD headline, og:title, `<title>` with the site name stripped).
 */
/** "Headline | Site" → "Headline" when one side is the site name or the other side is much longer. */
export function stripSiteSuffix(title: string, site: string | null): string {
  const parts = title.split(/\s+[|–—·•»-]\s+/);
  if (parts.length < 2) return title;
  const siteLower = site?.toLowerCase();
  const kept = parts.filter((part) => !siteLower || part.toLowerCase() !== siteLower);
  if (kept.length === 1) return kept[0]!;
  // Headline first, then section/site ("Healthy Eating Plate • The Nutrition Source").
  return kept[0]!.split(/\s+/).length >= 2 ? kept[0]! : title;
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A heading as found on the page. */
export interface HeadingCandidate {
  text: string;
  /** Inside the site's chrome (logo, site name, nav, footer, aside): never the headline. */
  inChrome: boolean;
}

/** Containers whose headings belong to the site, not the article. */
export const CHROME_TAGS = new Set(['nav', 'footer', 'aside']);

/**
 * Class names of a logo or site-name heading ("site-title", "logo", "site-branding"), checked
 * on the heading and its nearest ancestors only: a page-level class like "category-blogging"
 * or "page-masthead" says nothing about one heading.
 */
export const CHROME_CLASS_RE =
  /(^|[\s_-])(site-?title|site-?name|logo|site-?branding|brand)($|[\s_-])/i;
/** How many ancestors of a heading are checked against CHROME_CLASS_RE. */
export const CHROME_CLASS_DEPTH = 3;

/**
 * Share of a heading's words that must recur in the metadata titles for the `<h1>` to win. Low on
 * purpose: editors rewrite the SEO title ("Best X of 2025 | Site") but keep its key words.
 */
export const H1_TITLE_OVERLAP = 0.3;
/** Pages with more `<h1>`s than this use them for styling, not as the headline. */
export const MAX_H1_CANDIDATES = 5;
/** A "headline" longer than this is a paragraph in an `<h1>`. */
export const MAX_TITLE_CHARS = 300;

/** What follows a headline inside the same `<h1>` when a theme glues the byline line to it. */
const DATELINE_TAIL_RE =
  /^((posted|by|updated|published|written)\b|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}* \d{1,2}\b|\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/u;

function wordSet(text: string): Set<string> {
  return new Set(
    normalise(text)
      .split(' ')
      .filter((w) => w.length > 2),
  );
}

/** Share of `words` found in `known`. */
function overlap(words: Set<string>, known: Set<string>): number {
  let shared = 0;
  for (const w of words) if (known.has(w)) shared++;
  return words.size === 0 ? 0 : shared / words.size;
}

/**
 * The headline: the `<h1>` (outside the site chrome) that agrees best with a metadata title,
 * since the visible heading is what readers see; a heading that is a metadata title plus a glued
 * date line gives the metadata title. With no agreeing heading, the metadata title, else the
 * `<title>`, each with the site name stripped, else the first heading.
 *
 * @param refs metadata titles (JSON-LD headline, og:title, twitter:title), raw.
 */
export function pickTitle(
  headings: HeadingCandidate[],
  refs: (string | null)[],
  titleTag: string | null,
  site: string | null,
): string | null {
  const siteKey = site ? normalise(site) : null;
  const stripped = [titleTag, ...refs]
    .filter((t): t is string => t !== null)
    .map((t) => stripSiteSuffix(t, site));
  const known = wordSet(stripped.join(' '));
  let best: string | null = null;
  let bestScore = 0;
  for (const heading of headings) {
    if (heading.inChrome || normalise(heading.text) === siteKey) continue;
    const words = wordSet(heading.text);
    if (words.size === 0) continue;
    const key = normalise(heading.text);
    // An exact match with a metadata title outranks any partial overlap.
    const score = stripped.some((ref) => normalise(ref) === key) ? 2 : overlap(words, known);
    if (score > bestScore) {
      best = heading.text;
      bestScore = score;
    }
  }
  if (best !== null && bestScore >= H1_TITLE_OVERLAP) {
    const key = normalise(best);
    for (const ref of stripped) {
      const refKey = normalise(ref);
      if (refKey !== key && key.startsWith(`${refKey} `)) {
        if (DATELINE_TAIL_RE.test(key.slice(refKey.length + 1))) return ref;
      }
    }
    return best;
  }
  const fromTag = titleTag ? stripSiteSuffix(titleTag, site) : null;
  const fromMeta = refs.find((r): r is string => r !== null);
  return (
    (fromMeta ? stripSiteSuffix(fromMeta, site) : null) ??
    fromTag ??
    headings.find((h) => !h.inChrome)?.text ??
    headings[0]?.text ??
    null
  );
}
