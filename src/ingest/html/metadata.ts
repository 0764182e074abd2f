/**
 * Page metadata from every place a publisher puts it, reconciled with a confidence:
 * JSON-LD, OpenGraph/Twitter/Dublin Core/Parsely meta tags, microdata, `<time>`, the URL, and
 * finally the text itself. Read from the whole document before Readability mutates it.
 */
import { readJsonLd } from './json-ld.js';
import { normaliseLanguageTag } from './language.js';
import { decodeEntities } from './entities.js';
import { dateCandidates, reconcileDates } from './published-date.js';
import {
  CHROME_CLASS_DEPTH,
  CHROME_CLASS_RE,
  CHROME_TAGS,
  HIDDEN_CLASS_RE,
  MAX_H1_CANDIDATES,
  MAX_TITLE_CHARS,
  pickTitle,
  type HeadingCandidate,
} from './title.js';
import type { DocumentLike, ElementLike } from './dom-like.js';
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
export function clean(text: string | null | undefined): string | null {
  const value = decodeEntities(text ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  return value === '' ? null : value;
}

/** All `<meta>` values keyed by lower-cased name/property/itemprop/http-equiv; first wins. */
export function readMeta(doc: DocumentLike): Map<string, string> {
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

/** Is this heading the site's logo/name, inside navigation or hidden, rather than a headline? */
function isSiteChrome(heading: ElementLike): boolean {
  // A parent walk, not closest(): linkedom's closest() re-parses the selector at every level.
  let element: ElementLike | null | undefined = heading;
  for (let depth = 0; element; depth++) {
    if (CHROME_TAGS.has(element.localName ?? '')) return true;
    const classes = element.getAttribute('class') ?? '';
    if (
      depth <= CHROME_CLASS_DEPTH &&
      (CHROME_CLASS_RE.test(classes) || HIDDEN_CLASS_RE.test(classes))
    )
      return true;
    element = element.parentElement;
  }
  return false;
}

/**
 * A heading's text with its lines kept apart: `<br>` and block children ("WEEKEND<br>CODING
 * AGENT") are word breaks that textContent would glue into one word.
 */
function headingText(heading: ElementLike): string {
  return toParagraphs(heading as unknown as TextNodeLike).join(' ');
}

/** What the metadata fields are read from: the page's tags, parsed once. */
export interface MetadataInputs {
  meta: Map<string, string>;
  jsonLd: ReturnType<typeof readJsonLd>;
  /** The canonical URL when the page declares an absolute one, else the URL given. */
  pageUrl: string | null;
  /** Outlet name (JSON-LD publisher, og:site_name…). */
  source: string | null;
  language: string | null;
  /** The first `MAX_H1_CANDIDATES` `<h1>`s, in page order. */
  headings: HeadingCandidate[];
  titleTag: string | null;
  /** JSON-LD headline, then the TITLE_META tags in order; null where absent. */
  metaTitles: (string | null)[];
}

/** Read the tags every metadata field is reconciled from (also used by scripts/explain-metadata.ts). */
export function readMetadataInputs(doc: DocumentLike, url: string | null): MetadataInputs {
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
  const language =
    normaliseLanguageTag(doc.documentElement?.getAttribute('lang')) ??
    normaliseLanguageTag(meta.get('content-language')) ??
    normaliseLanguageTag(meta.get('og:locale')) ??
    normaliseLanguageTag(jsonLd?.language);
  const headings: HeadingCandidate[] = [];
  for (const element of Array.from(doc.querySelectorAll('h1')).slice(0, MAX_H1_CANDIDATES)) {
    const text = clean(headingText(element));
    if (text !== null && text.length <= MAX_TITLE_CHARS)
      headings.push({ text, inChrome: isSiteChrome(element) });
  }
  const titleTag = clean(doc.querySelector('title')?.textContent);
  const metaTitles = [clean(jsonLd?.headline), ...TITLE_META.map((key) => meta.get(key) ?? null)];
  return { meta, jsonLd, pageUrl, source, language, headings, titleTag, metaTitles };
}

/** Read every metadata field of a parsed page. `url` is where the caller got the page. */
export function readMetadata(doc: DocumentLike, url: string | null): PageMetadata {
  const inputs = readMetadataInputs(doc, url);
  const { meta, jsonLd, pageUrl, source, headings } = inputs;
  const title = pickTitle(headings, inputs.metaTitles, inputs.titleTag, source, pageUrl);
  const h1 = headings.find((h) => !h.inChrome)?.text ?? null;
  const author = clean(jsonLd?.author) ?? firstMeta(meta, AUTHOR_META);
  const byline = author && !/^https?:\/\//.test(author) ? author : bylineFromDom(doc);
  const monthFirst = inputs.language === 'en' && !/\.(uk|au|nz|ie|in|za)\b/.test(pageUrl ?? '');
  const { published, confidence } = reconcileDates(
    dateCandidates(doc, meta, jsonLd, pageUrl, monthFirst, [h1, title]),
  );
  return {
    title,
    byline,
    published,
    publishedConfidence: confidence,
    source,
    url: pageUrl,
    language: inputs.language,
  };
}
