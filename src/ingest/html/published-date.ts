/**
 * The publish date of a page: every source that states one (JSON-LD, meta tags, microdata,
 * `<time>`, the URL, the date line under the headline) becomes a candidate with a confidence,
 * and the day most trusted sources agree on wins.
 */
import { readJsonLd, type JsonLdArticle } from './json-ld.js';
import { dateOrderEvidence, readWithPageOrder, type DateOrderEvidence } from './day-month-order.js';
import { dateFromUrl, parseDate } from './parse-date.js';
import {
  bylineDateMatch,
  labelledPublishedMatch,
  labelledUpdatedMatch,
  visibleDateMatch,
} from './visible-date.js';
import { toParagraphs, type TextNodeLike } from './to-text.js';
import type { DocumentLike } from './dom-like.js';

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
export interface DateCandidate {
  /** Where the date came from ("jsonLd", "meta:article:published_time", "url"…), for diagnostics. */
  source: string;
  day: string;
  value: string;
  confidence: number;
}

/**
 * Confidence of each source, from how often it is right on labelled pages: structured data is
 * written by the CMS on publish; `<time>` and the URL are usually but not always the publish day.
 */
const CONFIDENCE = {
  // A date the page itself calls the publish date ("Posted on …") beats everything.
  labelled: 0.98,
  // The date printed under the headline outranks structured data: evergreen pages are re-dated
  // when revised, and readers (and annotators) take the date they see…
  visible: 0.97,
  // …unless the page says it is a revision date ("Last updated: …"): then the CMS's publish
  // date wins. On WCXB dev annotators split about evenly between the two; `published` means
  // first publication, so the field follows its name.
  visibleUpdated: 0.88,
  jsonLd: 0.95,
  meta: 0.9,
  microdata: 0.85,
  time: 0.7,
  url: 0.7,
  text: 0.5,
  // Fallbacks when nothing above dates the page: a byline's date (blogs close articles with
  // one), then a printed revision date.
  byline: 0.4,
  updatedText: 0.35,
  modified: 0.3,
} as const;

/** Each extra source agreeing on the day adds this much confidence. */
const AGREEMENT_BONUS = 0.05;

/**
 * A printed day and a CMS timestamp date the same event when some time zone puts the
 * timestamp's instant on that day: zones run from UTC-12 to UTC+14, so the instant must fall
 * between the day's start minus 14 hours and its end plus 12 hours. The page renders in the
 * reader's zone, or the server's; the timestamp, which carries its own offset, gives the
 * publisher's day.
 */
const EARLIEST_OFFSET_MS = -12 * 3_600_000;
const LATEST_OFFSET_MS = 14 * 3_600_000;
const DAY_MS = 86_400_000;

/** Could `timestamp` (ISO with an offset or Z) fall on `day` (YYYY-MM-DD) in some time zone? */
export function sameEventDay(timestamp: string, day: string): boolean {
  if (!/T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:?\d{2})$/.test(timestamp)) return false;
  const instant = Date.parse(timestamp);
  const dayStart = Date.parse(`${day.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(instant) || Number.isNaN(dayStart)) return false;
  return instant + LATEST_OFFSET_MS >= dayStart && instant + EARLIEST_OFFSET_MS < dayStart + DAY_MS;
}

const STRUCTURED_RE = /^(jsonLd|meta|microdata)/;

/**
 * A structured timestamp (with a time of day) that dates the same event as a printed day, on
 * another day. Even when a `<time datetime>` in the reader's zone agrees with the printed day,
 * the CMS's own timestamp decides (labelled pages follow it two times out of three); but not
 * when the URL agrees with the printed day: a path is written once, on the publisher's day.
 */
function sameEventTimestamp(
  candidates: DateCandidate[],
  printed: string,
): DateCandidate | undefined {
  const day = printed.slice(0, 10);
  if (candidates.some((c) => c.source === 'url' && c.day === day)) return undefined;
  return candidates.find(
    (c) => STRUCTURED_RE.test(c.source) && c.day !== day && sameEventDay(c.value, day),
  );
}

export function reconcileDates(candidates: DateCandidate[]): {
  published: string | null;
  confidence: number;
} {
  // Group by day; the group holding the most trusted single source wins, agreement breaks ties.
  const byDay = new Map<
    string,
    { day: string; value: string; best: number; count: number; bestSource: string }
  >();
  for (const candidate of candidates) {
    const entry = byDay.get(candidate.day);
    if (!entry) {
      byDay.set(candidate.day, {
        day: candidate.day,
        value: candidate.value,
        best: candidate.confidence,
        count: 1,
        bestSource: candidate.source,
      });
      continue;
    }
    entry.count++;
    if (candidate.confidence > entry.best) entry.bestSource = candidate.source;
    // Keep the most precise string (with a time) among the day's sources.
    if (candidate.value.length > entry.value.length) entry.value = candidate.value;
    entry.best = Math.max(entry.best, candidate.confidence);
  }
  let winner: {
    day: string;
    value: string;
    best: number;
    count: number;
    bestSource: string;
  } | null = null;
  // Full ties go to the earlier day: two sources equally sure of "published" disagree when a
  // page was republished, and the field means first publication.
  const days = [...byDay.keys()].sort();
  for (const day of days) {
    const entry = byDay.get(day)!;
    if (
      !winner ||
      entry.best > winner.best ||
      (entry.best === winner.best && entry.count > winner.count)
    )
      winner = entry;
  }
  if (!winner) return { published: null, confidence: 0 };
  // Sources that disagree are arbitrated by the date line under the headline: a "Published on"
  // label elsewhere can date an embedded story, and two structured dates disagree when a CMS
  // republished (JSON-LD keeps 2018, article:published_time says 2025); the day the date line
  // shows and a structured source confirms outweighs a winner the date line does not show.
  const printed = (c: DateCandidate): boolean => c.source.startsWith('visible');
  if (!candidates.some((c) => printed(c) && c.day === winner!.day)) {
    const confirmed = candidates.find(
      (c) =>
        printed(c) &&
        candidates.some((other) => other.day === c.day && STRUCTURED_RE.test(other.source)),
    );
    if (confirmed) winner = byDay.get(confirmed.day)!;
  }
  // A JSON-LD datePublished that no other source confirms yields to the revision date printed
  // under the headline: SEO plugins write JSON-LD once and keep the first date through rewrites,
  // while the page shows readers when it was last revised. On WCXB dev the printed "Updated"
  // date is the gold in 15 of the 17 such pages; a meta or microdata publish date anywhere on the
  // page (written by the CMS itself) keeps the structured date (19 of 22).
  const updated = candidates.find((c) => c.source === 'visible:updated');
  if (updated && updated.day !== winner.day) {
    const sameDay = candidates.filter((c) => c.day === winner!.day);
    const otherStructured = candidates.some(
      (c) => STRUCTURED_RE.test(c.source) && c.source !== 'jsonLd',
    );
    if (!otherStructured && sameDay.every((c) => c.source === 'jsonLd'))
      winner = byDay.get(updated.day)!;
  }
  // A printed day (the date line or a "Posted on" label) yields to the timestamp of the same event.
  if (winner.bestSource.startsWith('visible') || winner.bestSource === 'labelled') {
    const timestamp = sameEventTimestamp(candidates, winner.value);
    if (timestamp) return { published: timestamp.value, confidence: winner.best };
  }
  const confidence = Math.min(1, winner.best + AGREEMENT_BONUS * (winner.count - 1));
  return { published: winner.value, confidence: Number(confidence.toFixed(2)) };
}

/** Site-specific meta names that still say "publish date" ("cludo:date", "blog-publish-date"). */
const PUBLISHED_META_RE = /(publish|pub[-_]?date|release|posted|created|issued)|(^|[:._-])date$/;

export function dateCandidates(
  doc: DocumentLike,
  meta: Map<string, string>,
  jsonLd: JsonLdArticle | null,
  url: string | null,
  monthFirst: boolean,
  headlines: readonly (string | null)[],
): DateCandidate[] {
  const out: DateCandidate[] = [];
  // Paragraph-joined text, not textContent: "Updated on:</div><div>May 1, 2025</div>" must not
  // read as "on:May 1, 2025Written", where no word boundary would end the year.
  // The whole document, not the first <body>: pages that embed a second <body> (widgets,
  // pasted templates) leave the first one nearly empty. toParagraphs skips <head>.
  const root = doc.documentElement ?? doc.querySelector('body');
  const bodyText = root ? toParagraphs(root as unknown as TextNodeLike).join(' \n ') : '';
  const fromUrl = url ? dateFromUrl(url) : null;
  // Read once, and only for a page that has an ambiguous numeric date.
  let evidence: DateOrderEvidence | null = null;
  const pageEvidence = (): DateOrderEvidence =>
    (evidence ??= dateOrderEvidence(bodyText, fromUrl ? [fromUrl] : []));
  const add = (raw: string | null | undefined, confidence: number, source: string): void => {
    const value = raw ? readWithPageOrder(raw, pageEvidence, monthFirst) : null;
    if (value) out.push({ day: value.slice(0, 10), value, confidence, source });
  };
  const seen = visibleDateMatch(bodyText, headlines, monthFirst);
  if (seen) {
    const confidence = seen.label === 'updated' ? CONFIDENCE.visibleUpdated : CONFIDENCE.visible;
    add(seen.text, confidence, seen.label ? `visible:${seen.label}` : 'visible');
  }
  add(labelledPublishedMatch(bodyText, monthFirst)?.text, CONFIDENCE.labelled, 'labelled');
  add(jsonLd?.datePublished, CONFIDENCE.jsonLd, 'jsonLd');
  // JSON-LD some frameworks put in a meta tag (`<meta name="script:ld+json" content="{…}">`).
  for (const [key, value] of meta)
    if (key.endsWith('ld+json'))
      add(readJsonLd([value])?.datePublished, CONFIDENCE.jsonLd, `meta:${key}`);
  for (const key of PUBLISHED_META) add(meta.get(key), CONFIDENCE.meta, `meta:${key}`);
  for (const [key, value] of meta) {
    if (!PUBLISHED_META.includes(key) && PUBLISHED_META_RE.test(key) && !/modif|updat/.test(key)) {
      add(value, CONFIDENCE.meta - 0.1, `meta:${key}`);
    }
  }
  for (const element of Array.from(doc.querySelectorAll('[itemprop="datePublished"]'))) {
    add(
      element.getAttribute('content') ?? element.getAttribute('datetime') ?? element.textContent,
      CONFIDENCE.microdata,
      'microdata',
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
        tagged ? 'time:tagged' : 'time',
      );
  }
  if (fromUrl)
    out.push({ day: fromUrl, value: fromUrl, confidence: CONFIDENCE.url, source: 'url' });
  if (out.length === 0) {
    // Nothing dates the first publication: a revision date is the best the page offers, and
    // the one it prints ("Last updated: …" at the foot) before the CMS's.
    add(bylineDateMatch(bodyText, monthFirst)?.text, CONFIDENCE.byline, 'text:byline');
    add(labelledUpdatedMatch(bodyText, monthFirst)?.text, CONFIDENCE.updatedText, 'text:updated');
    add(jsonLd?.dateModified, CONFIDENCE.modified, 'jsonLd:modified');
    for (const key of MODIFIED_META) add(meta.get(key), CONFIDENCE.modified, `modified:${key}`);
  }
  return out;
}
