/**
 * The headline of a page, reconciled from the visible `<h1>`s and the metadata titles
 * (JSON-LD headline, og:title, `<title>` with the site name stripped).
 */
import { repairMojibake } from './mojibake.js';
import { compact, isSiteLabel, siteKeys, TITLE_SEPARATOR_RE } from './site-name.js';

/** A leading host name ("davidbau.com", "blog.example.org") and what follows it. */
const DOMAIN_PREFIX_RE = /^((?:[\p{L}\p{N}-]+\.)+[\p{L}]{2,})\s+(\S.*)$/u;

/** A title split into its headline and the site/section labels joined to it. */
export interface SplitTitle {
  headline: string;
  /** "Opinion", "Patient Education", "Site Name": what the title carries besides the headline. */
  labels: string[];
}

/**
 * "Headline | Section | Site" → headline and labels. Segments that name the site (declared
 * name or domain) go wherever they stand ("Site - Headline" too); of the rest, the first is the
 * headline when it has two words or more ("Healthy Eating Plate • The Nutrition Source"),
 * otherwise the title is kept whole ("Webcams - Yosemite National Park" has no clear headline).
 */
export function splitTitle(title: string, keys: Set<string>): SplitTitle {
  // "davidbau.com Vibe Coding": a domain written before the headline with no separator.
  const domain = DOMAIN_PREFIX_RE.exec(title);
  if (domain && isSiteLabel(domain[1]!, keys)) {
    const rest = splitTitle(domain[2]!, keys);
    return { headline: rest.headline, labels: [domain[1]!, ...rest.labels] };
  }
  // "RogerBW's Blog: Advent of Code": a colon cuts the site's name off, never a headline.
  const colon = /^([^:]+):\s+(.+)$/u.exec(title);
  if (colon && isSiteLabel(colon[1]!, keys)) {
    const rest = splitTitle(colon[2]!, keys);
    return { headline: rest.headline, labels: [colon[1]!, ...rest.labels] };
  }
  const parts = title.split(TITLE_SEPARATOR_RE).filter((part) => part.trim() !== '');
  if (parts.length < 2) return { headline: title, labels: [] };
  const kept = parts.filter((part) => !isSiteLabel(part, keys));
  const siteLabels = parts.filter((part) => isSiteLabel(part, keys));
  if (kept.length === 1) return { headline: kept[0]!, labels: siteLabels };
  if (kept.length > 1 && kept[0]!.split(/\s+/).length >= 2)
    return { headline: kept[0]!, labels: parts.filter((part) => part !== kept[0]) };
  return { headline: title, labels: [] };
}

/** A separator or a colon that can end a label standing before a headline. */
const PREFIX_END_RE = new RegExp(`${TITLE_SEPARATOR_RE.source}|:\\s+`, 'gu');

/**
 * Site labels a title carries before the headline, learned by comparing the titles of one page:
 * when the `<title>` is "Lessons Learned: The lean startup" and og:title is "The lean startup",
 * "Lessons Learned" is the blog's name, though neither the domain nor og:site_name says so.
 * Only prefixes: a part after the headline is cut by `splitTitle` already, and may be a subtitle.
 */
export function learnPrefixLabels(titles: readonly string[]): string[] {
  const learned: string[] = [];
  const keys = new Set(titles.map(normalise));
  for (const whole of titles)
    for (const match of whole.matchAll(PREFIX_END_RE)) {
      const before = whole.slice(0, match.index).trim();
      const after = normalise(whole.slice(match.index + match[0].length));
      // A label is shorter than the headline it stands before: "Headline | Site" with og:title
      // "Site" names the site, not a label "Headline".
      const shorter = normalise(before).split(' ').length < after.split(' ').length;
      if (before !== '' && after !== '' && shorter && keys.has(after)) learned.push(before);
    }
  return learned;
}

/** "Headline | Site" → "Headline": the headline part of `splitTitle`, the site named by `site` or the URL's domain. */
export function stripSiteSuffix(
  title: string,
  site: string | null,
  url: string | null = null,
): string {
  return splitTitle(title, siteKeys(site, url)).headline;
}

const SEPARATOR = TITLE_SEPARATOR_RE.source;
const LAST_SEPARATOR_RE = new RegExp(`^(.*\\S)(${SEPARATOR})(.+)$`, 'u');
const FIRST_SEPARATOR_RE = new RegExp(`^(.+?)(${SEPARATOR})(.*\\S)$`, 'u');
/**
 * Separators that only ever join labels. A dash also joins a headline to its subtitle
 * ("Best Bread Machines – My Favorites!"), so a dash cuts only the site's own name.
 */
const LABEL_SEPARATOR_RE = /[|·•»]/;

/**
 * A heading with the labels cut from its ends: an `<h1>` that copies the `<title>` ("How to
 * help babies sleep | Patient Education | UC Davis") or carries its section ("… | Opinion")
 * loses them exactly as the `<title>` does. Only labels the metadata titles show are cut, and
 * only at a pipe-like separator, so a real subtitle stays.
 */
export function trimLabels(
  heading: string,
  labels: ReadonlySet<string>,
  keys: Set<string>,
): string {
  const isLabel = (part: string, separator: string): boolean =>
    isSiteLabel(part, keys) || (LABEL_SEPARATOR_RE.test(separator) && labels.has(compact(part)));
  let text = heading;
  for (let match = LAST_SEPARATOR_RE.exec(text); match; match = LAST_SEPARATOR_RE.exec(text)) {
    if (!isLabel(match[3]!, match[2]!)) break;
    text = match[1]!;
  }
  for (let match = FIRST_SEPARATOR_RE.exec(text); match; match = FIRST_SEPARATOR_RE.exec(text)) {
    if (!isLabel(match[1]!, match[2]!)) break;
    text = match[3]!;
  }
  return text.trim();
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
/**
 * Screen-reader-only class names: a heading readers never see ("Search", "Mobile menu", a copy
 * of the `<title>`) is not the headline they read.
 */
export const HIDDEN_CLASS_RE =
  /(^|\s)(sr-only|visually-hidden|screen-reader-text|screen-reader-only)($|\s)/i;
/** How many ancestors of a heading are checked against CHROME_CLASS_RE and HIDDEN_CLASS_RE. */
export const CHROME_CLASS_DEPTH = 3;

/**
 * Share of a heading's words that must recur in the metadata titles for the `<h1>` to win. Low on
 * purpose: editors rewrite the SEO title ("Best X of 2025 | Site") but keep its key words.
 */
export const H1_TITLE_OVERLAP = 0.3;
/** Share of an all-capitals heading's words a metadata title must share to replace it. */
export const ALL_CAPS_AGREEMENT = 0.5;
/** Pages with more `<h1>`s than this use them for styling, not as the headline. */
export const MAX_H1_CANDIDATES = 5;
/** A "headline" longer than this is a paragraph in an `<h1>`. */
export const MAX_TITLE_CHARS = 300;

/** What follows a headline inside the same `<h1>` when a theme glues the byline line to it. */
const DATELINE_TAIL_RE =
  /^((posted|by|updated|published|written)\b|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}* \d{1,2}\b|\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/u;

/**
 * A date a theme prints before the headline inside the same `<h1>` ("Dec 18 2025 Preparing a
 * transition…", "2025-12-18 Title"), read on the normalised text.
 */
const DATE_HEAD_RE =
  /^((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}* \d{1,2}( \d{4})?|\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*( \d{4})?|\d{4} \d{1,2} \d{1,2}|\d{1,2} \d{1,2} \d{2,4})$/u;
/**
 * A short section label with a colon before the headline ("Blog: Best Agencies in 2025"),
 * raw text: at most three words, then the colon.
 */
const LABEL_HEAD_RE = /^\s*[\p{L}\p{N}&'’.-]+(\s+[\p{L}\p{N}&'’.-]+){0,2}\s*:\s*$/u;

/** The raw text of `text` before its last `wordCount` words' worth of `suffixKey`. */
function headAfterRemoving(text: string, suffixKey: string): string {
  const words = suffixKey.split(' ').length;
  const re = new RegExp(`(?:[\\p{L}\\p{N}]+[^\\p{L}\\p{N}]*){${words}}$`, 'u');
  return text.replace(re, '');
}

/**
 * A glued tail that is only a bracketed one-word source and/or a number: the source note and
 * comment count of a link aggregator ("(latimes.com) 87"), never part of the headline. A
 * bracketed phrase ("(Search Engine Optimization)") is part of it.
 */
function isNoteTail(rawTail: string): boolean {
  return /^\s*(\(\S+\)\s*)?\d*\s*$/u.test(rawTail) && /\S/.test(rawTail);
}

/** The raw text of `text` after its first `wordCount` words' worth of `prefixKey`. */
function tailAfter(text: string, prefixKey: string): string {
  const words = prefixKey.split(' ').length;
  const re = new RegExp(`^(?:[^\\p{L}\\p{N}]*[\\p{L}\\p{N}]+){${words}}`, 'u');
  return text.replace(re, '');
}

/** Two or more words and no lower-case letter: "BEST DRIP COFFEE MAKER". */
function isAllCaps(text: string): boolean {
  return /\p{Lu}.*\s.*\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

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
 * The headline: the `<h1>` (outside the site chrome, with the labels of `trimLabels` cut) that
 * agrees best with a metadata title, since the visible heading is what readers see. A heading
 * that is a metadata title plus a glued date line or source note, or that is set in capitals,
 * gives the metadata title. With no agreeing heading, the `<title>`, else the first metadata
 * title, each split by `splitTitle`, else the first heading. The `<title>` comes first because
 * it is the title the publisher shows in tabs and search results; og:title is often a social
 * teaser ("You Need to Download This!").
 *
 * @param refs metadata titles (JSON-LD headline, og:title, twitter:title), raw.
 * @param url the page's URL: its domain names the site when the page does not.
 */
export function pickTitle(
  headings: HeadingCandidate[],
  refs: (string | null)[],
  titleTag: string | null,
  site: string | null,
  url: string | null = null,
): string | null {
  const keys = siteKeys(site, url);
  const raws = [titleTag, ...refs].filter((t): t is string => t !== null).map(repairMojibake);
  for (const label of learnPrefixLabels(raws)) keys.add(compact(label));
  const tag = titleTag ? splitTitle(repairMojibake(titleTag), keys) : null;
  const metas = refs
    .filter((t): t is string => t !== null)
    .map((t) => splitTitle(repairMojibake(t), keys));
  const splits = tag ? [tag, ...metas] : metas;
  const stripped = splits.map((s) => s.headline);
  const labels = new Set(splits.flatMap((s) => s.labels.map(compact)));
  const known = wordSet(stripped.join(' '));
  let best: string | null = null;
  let bestScore = 0;
  for (const heading of headings) {
    if (heading.inChrome || isSiteLabel(heading.text, keys)) continue;
    const text = trimLabels(repairMojibake(heading.text), labels, keys);
    const words = wordSet(text);
    if (words.size === 0) continue;
    const key = normalise(text);
    // An exact match with a metadata title outranks any partial overlap.
    // One shared word is chance ("So many models!" beside "Small adventures with small language
    // models"): a partial match needs two, or all of a one-word heading.
    const shared = overlap(words, known) * words.size;
    const score = stripped.some((ref) => normalise(ref) === key)
      ? 2
      : shared >= Math.min(2, words.size)
        ? overlap(words, known)
        : 0;
    if (score > bestScore) {
      best = text;
      bestScore = score;
    }
  }
  if (best !== null && bestScore >= H1_TITLE_OVERLAP) {
    const key = normalise(best);
    for (const ref of stripped) {
      const refKey = normalise(ref);
      if (refKey !== key && key.startsWith(`${refKey} `)) {
        if (DATELINE_TAIL_RE.test(key.slice(refKey.length + 1))) return ref;
        if (isNoteTail(tailAfter(best, refKey))) return ref;
      }
      if (refKey !== '' && refKey !== key && key.endsWith(` ${refKey}`)) {
        const head = headAfterRemoving(best, refKey);
        if (DATE_HEAD_RE.test(normalise(head)) || LABEL_HEAD_RE.test(head)) return ref;
      }
    }
    // An all-capitals heading is a display style; the metadata keeps the editorial wording.
    if (isAllCaps(best)) {
      const agreeing = stripped.find(
        (ref) => overlap(wordSet(best!), wordSet(ref)) >= ALL_CAPS_AGREEMENT,
      );
      if (agreeing) return agreeing;
    }
    return best;
  }
  const fromTag = tag?.headline ?? null;
  const fromMeta = metas[0]?.headline ?? null;
  return (
    fromTag ?? fromMeta ?? headings.find((h) => !h.inChrome)?.text ?? headings[0]?.text ?? null
  );
}
