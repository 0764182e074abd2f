/**
 * Dates as readers see them in the page text: the date line next to the headline ("By Ann Lee ·
 * Updated August 14, 2025") and, anywhere on the page, a date explicitly labelled as the publish
 * date ("Posted on April 13, 2023", "Published On: 15 August 2025").
 */
import { parseDate } from './parse-date.js';

/** Characters of page text read before and after the headline. Bylines sit within this. */
export const BEFORE_HEADLINE_CHARS = 400;
export const AFTER_HEADLINE_CHARS = 700;
/** At most this many characters between a "Published" label and its date ("Posted by Ann on"). */
export const LABEL_TO_DATE_CHARS = 40;

// Any word: parseDate() accepts only month names it knows (English, French, German, Spanish…).
// The year ends at a non-digit, not at a word boundary: CMSs glue dates ("2024September 26").
const MONTH_WORD = '\\p{L}{3,10}\\.?';
const DATE_RES = [
  new RegExp(`\\b${MONTH_WORD}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}(?!\\d)`, 'giu'),
  new RegExp(
    `\\b\\d{1,2}(?:st|nd|rd|th|\\.)?\\s+(?:de\\s+)?${MONTH_WORD}(?:\\s+de)?,?\\s+\\d{4}(?!\\d)`,
    'giu',
  ),
  /\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)/g,
  /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?!\d)/g,
];

/** Words that say the date next to them is a revision, not the first publication. */
const UPDATED_RE =
  /(updated|modified|revised|reviewed|aktualisiert|geändert|mis à jour|modifié|actualizado|aggiornato)\W{0,3}(on|am|le|el|il)?\W*$/iu;

/** Words that say the date after them is the publish date. */
/**
 * Words that say the date after them is the publish date ("first published", "originally
 * published" contain "published"). No `u` flag and no lookbehind: this scans whole pages, and
 * both make V8's regex several times slower; word edges are checked by hand (isWordEdge).
 */
const PUBLISHED_LABEL_RE =
  /(published|posted|publication date|post date|post time|publi\u00e9|ver\u00f6ffentlicht|publicado|pubblicato)/gi;

export type DateLabel = 'published' | 'updated' | null;

export interface VisibleDate {
  value: string;
  /** What the words just before the date say it is; null when they say nothing. */
  label: DateLabel;
}

/** Characters before a date that are read for its label ("Last updated:"). */
const LABEL_CHARS = 30;

const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;

/** True when the match at [start, end) is a whole word (JavaScript's \b is ASCII-only). */
function isWordEdge(text: string, start: number, end: number): boolean {
  return (
    !LETTER_OR_DIGIT_RE.test(text[start - 1] ?? ' ') && !LETTER_OR_DIGIT_RE.test(text[end] ?? ' ')
  );
}

function labelBefore(text: string, index: number): DateLabel {
  const before = text.slice(Math.max(0, index - LABEL_CHARS), index);
  if (UPDATED_RE.test(before)) return 'updated';
  PUBLISHED_LABEL_RE.lastIndex = 0;
  for (const label of before.matchAll(PUBLISHED_LABEL_RE))
    if (isWordEdge(before, label.index, label.index + label[0].length)) return 'published';
  return null;
}

/** Earliest parseable date in `text`, with its index. */
function firstDate(text: string, monthFirst: boolean): { index: number; value: string } | null {
  let best: { index: number; value: string } | null = null;
  for (const re of DATE_RES) {
    re.lastIndex = 0;
    for (const match of text.matchAll(re)) {
      if (best && match.index >= best.index) break;
      const value = parseDate(match[0], { monthFirst });
      if (value) {
        best = { index: match.index, value };
        break;
      }
    }
  }
  return best;
}

/** First date after the headline (else in the text just before it), with its label. */
export function visibleDate(
  pageText: string,
  headline: string | null,
  monthFirst: boolean,
): VisibleDate | null {
  const at = headline ? pageText.indexOf(headline) : -1;
  if (at < 0) return null;
  const windows: [number, number][] = [
    [at + headline!.length, at + headline!.length + AFTER_HEADLINE_CHARS],
    [Math.max(0, at - BEFORE_HEADLINE_CHARS), at],
  ];
  for (const [start, end] of windows) {
    const found = firstDate(pageText.slice(start, end), monthFirst);
    if (found) return { value: found.value, label: labelBefore(pageText, start + found.index) };
  }
  return null;
}

/**
 * The first date on the page that a label calls the publish date ("Posted by Ann on
 * 13/04/2023"). Found anywhere: blogs print it under the article, far from the headline.
 */
export function labelledPublishedDate(pageText: string, monthFirst: boolean): string | null {
  PUBLISHED_LABEL_RE.lastIndex = 0;
  for (const label of pageText.matchAll(PUBLISHED_LABEL_RE)) {
    const start = label.index + label[0].length;
    if (!isWordEdge(pageText, label.index, start)) continue;
    const found = firstDate(pageText.slice(start, start + LABEL_TO_DATE_CHARS + 30), monthFirst);
    if (found && found.index <= LABEL_TO_DATE_CHARS) return found.value;
  }
  return null;
}
