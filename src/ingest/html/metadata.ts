/**
 * Page metadata from every place a publisher puts it, reconciled with a confidence:
 * JSON-LD, OpenGraph/Twitter/Dublin Core/Parsely meta tags, microdata, `<time>`, the URL, and
 * finally the text itself. Read from the whole document before Readability mutates it.
 */
import { readJsonLd, type JsonLdArticle } from './json-ld.js';
import { dateFromUrl, parseDate } from './parse-date.js';
import { normaliseLanguageTag } from './language.js';
import { decodeEntities } from './entities.js';
import { visibleDate } from './visible-date.js';
import { toParagraphs, type TextNodeLike } from './to-text.js';

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  published: string | null;
  /** 0..1: how much the sources agree and how reliable the best one is; 0 when unknown. */
  publishedConfidence: number;
  source: string | null;
  url: string | null;
  /** Declared language (ISO 639-1), null when the page does not say. */
  language: string | null;
}

interface DocumentLike {
  querySelectorAll(selector: string): ArrayLike<ElementLike>;
  querySelector(selector: string): ElementLike | null;
  documentElement: ElementLike | null;
}

interface ElementLike {
  textContent: string | null;
  getAttribute(name: string): string | null;
  closest?(selector: string): ElementLike | null;
}

/** Meta names carrying the publish time, most specific first. */
const PUBLISHED_META = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'published_time',
  'datepublished',
  'article.published',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'sailthru.date',
  'parsely-pub-date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'dc.date.created',
  'citation_publication_date',
  'citation_date',
  'date',
  'article_date_original',
  'original-publish-date',
  'cxenseparse:recs:publishtime',
  'release_date',
  'created',
  'timestamp',
  'content_date',
  'displaydate',
  'live_date',
  'rnews:datepublished',
];
const MODIFIED_META = [
  'article:modified_time',
  'og:updated_time',
  'datemodified',
  'last-modified',
  'dcterms.modified',
];
const AUTHOR_META = [
  'author',
  'article:author',
  'parsely-author',
  'sailthru.author',
  'dc.creator',
  'dcterms.creator',
  'byl',
  'twitter:creator',
  'citation_author',
];
const TITLE_META = [
  'og:title',
  'twitter:title',
  'parsely-title',
  'sailthru.title',
  'dc.title',
  'headline',
  'title',
];
const SITE_META = [
  'og:site_name',
  'application-name',
  'apple-mobile-web-app-title',
  'publisher',
  'twitter:site',
  'dc.publisher',
];

/** Collapse whitespace and decode entities that CMSs double-encode into meta and JSON-LD. */
function clean(text: string | null | undefined): string | null {
  const value = decodeEntities(text ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  return value === '' ? null : value;
}

/** All `<meta>` values keyed by lower-cased name/property/itemprop/http-equiv; first wins. */
function readMeta(doc: DocumentLike): Map<string, string> {
  const meta = new Map<string, string>();
  for (const element of Array.from(doc.querySelectorAll('meta'))) {
    const content = clean(element.getAttribute('content') ?? element.getAttribute('datetime'));
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = element.getAttribute(attr)?.toLowerCase().trim();
      if (key && !meta.has(key)) meta.set(key, content);
    }
  }
  return meta;
}

function firstMeta(meta: Map<string, string>, keys: string[]): string | null {
  for (const key of keys) {
    const value = meta.get(key);
    if (value) return value;
  }
  return null;
}

interface DateCandidate {
  day: string;
  value: string;
  confidence: number;
}

/**
 * Confidence of each source, from how often it is right on labelled pages: structured data is
 * written by the CMS on publish; `<time>` and the URL are usually but not always the publish day.
 */
const CONFIDENCE = {
  // The visible date outranks structured data: see visible-date.ts for why.
  visible: 0.97,
  jsonLd: 0.95,
  meta: 0.9,
  microdata: 0.85,
  time: 0.7,
  url: 0.7,
  text: 0.5,
  modified: 0.3,
} as const;

/** Each extra source agreeing on the day adds this much confidence. */
const AGREEMENT_BONUS = 0.05;

function reconcileDates(candidates: DateCandidate[]): {
  published: string | null;
  confidence: number;
} {
  // Group by day; the group holding the most trusted single source wins, agreement breaks ties.
  const byDay = new Map<string, { value: string; best: number; count: number }>();
  for (const candidate of candidates) {
    const entry = byDay.get(candidate.day);
    if (!entry) {
      byDay.set(candidate.day, { value: candidate.value, best: candidate.confidence, count: 1 });
      continue;
    }
    entry.count++;
    // Keep the most precise string (with a time) among the day's sources.
    if (candidate.value.length > entry.value.length) entry.value = candidate.value;
    entry.best = Math.max(entry.best, candidate.confidence);
  }
  let winner: { value: string; best: number; count: number } | null = null;
  for (const entry of byDay.values()) {
    if (
      !winner ||
      entry.best > winner.best ||
      (entry.best === winner.best && entry.count > winner.count)
    )
      winner = entry;
  }
  if (!winner) return { published: null, confidence: 0 };
  const confidence = Math.min(1, winner.best + AGREEMENT_BONUS * (winner.count - 1));
  return { published: winner.value, confidence: Number(confidence.toFixed(2)) };
}

/** "Headline | Site" → "Headline" when one side is the site name or the other side is much longer. */
function stripSiteSuffix(title: string, site: string | null): string {
  const parts = title.split(/\s+[|–—·•»-]\s+/);
  if (parts.length < 2) return title;
  const siteLower = site?.toLowerCase();
  const kept = parts.filter((part) => !siteLower || part.toLowerCase() !== siteLower);
  if (kept.length === 1) return kept[0]!;
  // Headline first, then section/site ("Healthy Eating Plate • The Nutrition Source").
  return kept[0]!.split(/\s+/).length >= 2 ? kept[0]! : title;
}

/** Site-specific meta names that still say "publish date" ("cludo:date", "blog-publish-date"). */
const PUBLISHED_META_RE = /(publish|pub[-_]?date|release|posted|created|issued)|(^|[:._-])date$/;

function dateCandidates(
  doc: DocumentLike,
  meta: Map<string, string>,
  jsonLd: JsonLdArticle | null,
  url: string | null,
  monthFirst: boolean,
  headline: string | null,
): DateCandidate[] {
  const out: DateCandidate[] = [];
  const add = (raw: string | null | undefined, confidence: number): void => {
    const value = raw ? parseDate(raw, { monthFirst }) : null;
    if (value) out.push({ day: value.slice(0, 10), value, confidence });
  };
  // Paragraph-joined text, not textContent: "Updated on:</div><div>May 1, 2025</div>" must not
  // read as "on:May 1, 2025Written", where no word boundary would end the year.
  const body = doc.querySelector('body');
  const bodyText = body ? toParagraphs(body as unknown as TextNodeLike).join(' \n ') : '';
  add(visibleDate(bodyText, headline, monthFirst), CONFIDENCE.visible);
  add(jsonLd?.datePublished, CONFIDENCE.jsonLd);
  for (const key of PUBLISHED_META) add(meta.get(key), CONFIDENCE.meta);
  for (const [key, value] of meta) {
    if (!PUBLISHED_META.includes(key) && PUBLISHED_META_RE.test(key) && !/modif|updat/.test(key)) {
      add(value, CONFIDENCE.meta - 0.1);
    }
  }
  for (const element of Array.from(doc.querySelectorAll('[itemprop="datePublished"]'))) {
    add(
      element.getAttribute('content') ?? element.getAttribute('datetime') ?? element.textContent,
      CONFIDENCE.microdata,
    );
  }
  const times = Array.from(doc.querySelectorAll('time'));
  const firstDated = times.findIndex(
    (t) => parseDate(t.getAttribute('datetime') ?? t.textContent ?? '') !== null,
  );
  for (const [index, element] of times.entries()) {
    const cls =
      `${element.getAttribute('class') ?? ''} ${element.getAttribute('itemprop') ?? ''}`.toLowerCase();
    if (/updat|modif/.test(cls)) continue;
    const tagged =
      element.getAttribute('pubdate') !== null ||
      /publish|pubdate|post-date|entry-date|created/.test(cls);
    // Only the first <time> or a labelled one: later ones date comments and related links.
    if (index === firstDated || tagged)
      add(
        element.getAttribute('datetime') ?? element.textContent,
        tagged ? CONFIDENCE.microdata : CONFIDENCE.time,
      );
  }
  if (url) {
    const fromUrl = dateFromUrl(url);
    if (fromUrl) out.push({ day: fromUrl, value: fromUrl, confidence: CONFIDENCE.url });
  }
  if (out.length === 0) {
    add(jsonLd?.dateModified, CONFIDENCE.modified);
    for (const key of MODIFIED_META) add(meta.get(key), CONFIDENCE.modified);
  }
  return out;
}

function bylineFromDom(doc: DocumentLike): string | null {
  const element = doc.querySelector(
    '[itemprop="author"] [itemprop="name"], [itemprop="author"], [rel="author"], .byline__name, .author-name, .byline, .author',
  );
  const text = clean(element?.getAttribute('content') ?? element?.textContent)?.replace(
    /^by\s+/i,
    '',
  );
  return text && text.length <= 80 ? text : null;
}

/** Read every metadata field of a parsed page. `url` is where the caller got the page. */
export function readMetadata(doc: DocumentLike, url: string | null): PageMetadata {
  const meta = readMeta(doc);
  const jsonLd = readJsonLd(
    Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).map(
      (s) => s.textContent ?? '',
    ),
  );
  const canonical =
    clean(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) ??
    meta.get('og:url') ??
    null;
  const pageUrl = canonical && /^https?:\/\//i.test(canonical) ? canonical : url;
  const source = clean(jsonLd?.publisher) ?? firstMeta(meta, SITE_META)?.replace(/^@/, '') ?? null;
  const declaredLanguage =
    normaliseLanguageTag(doc.documentElement?.getAttribute('lang')) ??
    normaliseLanguageTag(meta.get('content-language')) ??
    normaliseLanguageTag(meta.get('og:locale')) ??
    normaliseLanguageTag(jsonLd?.language);
  const headings = Array.from(doc.querySelectorAll('h1'))
    .slice(0, MAX_H1_CANDIDATES)
    .map((element) => clean(element.textContent))
    .filter((text): text is string => text !== null && text.length <= MAX_TITLE_CHARS);
  const titleTag = clean(doc.querySelector('title')?.textContent);
  const metaTitle = clean(jsonLd?.headline) ?? firstMeta(meta, TITLE_META);
  const title = pickTitle(headings, metaTitle, titleTag, source);
  const h1 = headings[0] ?? null;
  const author = clean(jsonLd?.author) ?? firstMeta(meta, AUTHOR_META);
  const byline = author && !/^https?:\/\//.test(author) ? author : bylineFromDom(doc);
  const monthFirst = declaredLanguage === 'en' && !/\.(uk|au|nz|ie|in|za)\b/.test(pageUrl ?? '');
  const { published, confidence } = reconcileDates(
    dateCandidates(doc, meta, jsonLd, pageUrl, monthFirst, h1 ?? title),
  );
  return {
    title,
    byline,
    published,
    publishedConfidence: confidence,
    source,
    url: pageUrl,
    language: declaredLanguage,
  };
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The visible `<h1>` is what readers see, but many pages use it for the site logo; trust it when
 * it agrees with the metadata title, else prefer the metadata, else the cleaned `<title>`.
 */
/** Share of a heading's words that must recur in the metadata title for the `<h1>` to win. */
export const H1_TITLE_OVERLAP = 0.3;
/** Pages with more `<h1>`s than this use them for styling, not as the headline. */
const MAX_H1_CANDIDATES = 5;
/** A "headline" longer than this is a paragraph in an `<h1>`. */
const MAX_TITLE_CHARS = 300;

function pickTitle(
  headings: string[],
  metaTitle: string | null,
  titleTag: string | null,
  site: string | null,
): string | null {
  const known = new Set(normalise(`${metaTitle ?? ''} ${titleTag ?? ''}`).split(' '));
  for (const heading of headings) {
    const words = normalise(heading)
      .split(' ')
      .filter((w) => w.length > 2);
    const shared = words.filter((w) => known.has(w)).length;
    const isSiteName = site !== null && normalise(site) === normalise(heading);
    if (words.length > 0 && !isSiteName && shared / words.length >= H1_TITLE_OVERLAP)
      return heading;
  }
  if (metaTitle) return stripSiteSuffix(metaTitle, site);
  if (titleTag) return stripSiteSuffix(titleTag, site);
  return headings[0] ?? null;
}
