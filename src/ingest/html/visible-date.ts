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
// A date starts after a non-letter, or glued to the byline before it where case changes
// ("By Kathryn GiuffridaMar 5, 2025", "Mental HealthDECEMBER 22, 2022", "Yucy3/4/2025");
// JavaScript's \b is ASCII-only and sees no edge in either. No `i` flag where a case change
// counts: under `iu`, \p{Lu} matches lower case too and every letter would start a date.
const WORD_START = '(?:(?<=\\p{Ll})(?=\\p{Lu})|(?<![\\p{L}\\p{N}]))';
const NUMBER_START = '(?<!\\d)';
const MONTH_WORD = '\\p{L}{3,10}\\.?';
const DATE_RES = [
  new RegExp(`${WORD_START}${MONTH_WORD}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}(?!\\d)`, 'gu'),
  new RegExp(
    `${NUMBER_START}\\d{1,2}(?:st|nd|rd|th|\\.)?\\s+(?:de\\s+)?${MONTH_WORD}(?:\\s+de)?,?\\s+\\d{4}(?!\\d)`,
    'giu',
  ),
  new RegExp(`${NUMBER_START}\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?!\\d)`, 'gu'),
  new RegExp(`${NUMBER_START}\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}(?!\\d)`, 'gu'),
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

/**
 * A date (or its label) belongs to a date line, not a sentence, when its paragraph is this short: "The analysis,
 * published online Feb. 16, 2023, by the British Journal…" dates a study, not the page.
 */
export const MAX_DATELINE_CHARS = 160;

function paragraphLength(pageText: string, index: number): number {
  const start = pageText.lastIndexOf('\n', index);
  const end = pageText.indexOf('\n', index);
  return (end < 0 ? pageText.length : end) - (start < 0 ? 0 : start);
}

/** Two sentences in one paragraph: "…is April 15, 2025. If you are unable to file…". */
const SENTENCE_BREAK_RE = /[\p{Ll}\p{N}][.!?]\s+\p{Lu}/u;

/** Is the date at `index` in running prose rather than in a date line? */
function inProse(pageText: string, index: number): boolean {
  const start = pageText.lastIndexOf('\n', index) + 1;
  const end = pageText.indexOf('\n', index);
  const paragraph = pageText.slice(start, end < 0 ? pageText.length : end);
  return paragraph.length > MAX_DATELINE_CHARS || SENTENCE_BREAK_RE.test(paragraph);
}

/** A date found in page text: where, what it reads as, and the characters it was read from. */
export interface TextDate {
  index: number;
  value: string;
  text: string;
}

/**
 * Earliest parseable date in `text`, with its index. With `dateLineOf`, only dates in a short
 * paragraph of that page text count (`text` starts at `offset` in it): a date in running prose
 * ("enrolment opened on Wednesday, December 17 2025") dates an event, not the page.
 */
function firstDate(
  text: string,
  monthFirst: boolean,
  dateLineOf?: { pageText: string; offset: number },
): TextDate | null {
  let best: TextDate | null = null;
  for (const re of DATE_RES) {
    re.lastIndex = 0;
    for (const match of text.matchAll(re)) {
      if (best && match.index >= best.index) break;
      if (dateLineOf && inProse(dateLineOf.pageText, dateLineOf.offset + match.index)) continue;
      const value = parseDate(match[0], { monthFirst });
      if (value) {
        best = { index: match.index, value, text: match[0] };
        break;
      }
    }
  }
  return best;
}

/** Every parseable date in `text`, in no particular order. */
export function allDates(text: string, monthFirst: boolean): TextDate[] {
  const out: TextDate[] = [];
  for (const re of DATE_RES) {
    re.lastIndex = 0;
    for (const match of text.matchAll(re)) {
      const value = parseDate(match[0], { monthFirst });
      if (value) out.push({ index: match.index, value, text: match[0] });
    }
  }
  return out;
}

/**
 * The last date line in `pageText` between `start` and `end`, read from its first date: in
 * "DECEMBER 22, 2022Updated: JANUARY 02, 2026" the line's own date comes first.
 */
function lastDateLine(
  pageText: string,
  start: number,
  end: number,
  monthFirst: boolean,
): TextDate | null {
  const dates = allDates(pageText.slice(start, end), monthFirst)
    .filter((found) => !inProse(pageText, start + found.index))
    .sort((a, b) => a.index - b.index);
  const last = dates.at(-1);
  if (!last) return null;
  const lineStart = pageText.lastIndexOf('\n', start + last.index);
  return dates.find((found) => start + found.index > lineStart) ?? last;
}

/**
 * The date line of one headline: the nearest date after it or just before it. Before counts
 * too: "Blog > Marketing \n January 16, 2025 \n <h1>" puts the date line above, and the first
 * date below can be a sidebar's ("Most Popular … July 15, 2025").
 */
function dateNearHeadline(
  pageText: string,
  headline: string,
  monthFirst: boolean,
): (VisibleDate & { text: string }) | null {
  const at = pageText.indexOf(headline);
  if (at < 0) return null;
  const end = at + headline.length;
  const after = firstDate(pageText.slice(end, end + AFTER_HEADLINE_CHARS), monthFirst, {
    pageText,
    offset: end,
  });
  const beforeStart = Math.max(0, at - BEFORE_HEADLINE_CHARS);
  const before = lastDateLine(pageText, beforeStart, at, monthFirst);
  const afterDistance = after ? after.index : Infinity;
  const beforeDistance = before ? at - (beforeStart + before.index + before.text.length) : Infinity;
  if (!after && !before) return null;
  const [found, offset] = afterDistance <= beforeDistance ? [after!, end] : [before!, beforeStart];
  return {
    value: found.value,
    label: labelBefore(pageText, offset + found.index),
    text: found.text,
  };
}

/**
 * The date line under the headline, with its label, and the characters it was read from.
 * Headlines are tried in order: the first `<h1>` can be a search box or a section name with
 * no date line ("Search"), while the page title is the article's own heading.
 */
export function visibleDateMatch(
  pageText: string,
  headlines: readonly (string | null)[],
  monthFirst: boolean,
): (VisibleDate & { text: string }) | null {
  for (const headline of new Set(headlines)) {
    if (!headline) continue;
    const found = dateNearHeadline(pageText, headline, monthFirst);
    if (found) return found;
  }
  return null;
}

/** First date after the headline (else in the text just before it), with its label. */
export function visibleDate(
  pageText: string,
  headline: string | null,
  monthFirst: boolean,
): VisibleDate | null {
  const found = visibleDateMatch(pageText, [headline], monthFirst);
  return found ? { value: found.value, label: found.label } : null;
}

/** "Last published" is a revision (or a site's latest post), not the first publication. */
const LAST_BEFORE_RE = /\blast\s*$/i;

/**
 * The first date on the page that a label calls the publish date ("Posted by Ann on
 * 13/04/2023"), with the characters it was read from. Found anywhere: blogs print it under the
 * article, far from the headline; but only in a date line, never in running prose.
 */
export function labelledPublishedMatch(pageText: string, monthFirst: boolean): TextDate | null {
  PUBLISHED_LABEL_RE.lastIndex = 0;
  for (const label of pageText.matchAll(PUBLISHED_LABEL_RE)) {
    const start = label.index + label[0].length;
    if (!isWordEdge(pageText, label.index, start)) continue;
    if (LAST_BEFORE_RE.test(pageText.slice(Math.max(0, label.index - 10), label.index))) continue;
    if (paragraphLength(pageText, label.index) > MAX_DATELINE_CHARS) continue;
    const found = firstDate(pageText.slice(start, start + LABEL_TO_DATE_CHARS + 30), monthFirst);
    if (found && found.index <= LABEL_TO_DATE_CHARS)
      return { ...found, index: start + found.index };
  }
  return null;
}

/** The value of labelledPublishedMatch(). */
export function labelledPublishedDate(pageText: string, monthFirst: boolean): string | null {
  return labelledPublishedMatch(pageText, monthFirst)?.value ?? null;
}

const UPDATED_LABEL_RE = /(?:last\s+)?(?:updated|modified|revised|reviewed)\W{0,3}(?:on\W)?/gi;

/**
 * The first date on the page labelled as a revision ("Last updated: November 13, 2025"), read
 * anywhere: some pages print nothing else, at the foot of the page, far from the headline.
 */
export function labelledUpdatedMatch(pageText: string, monthFirst: boolean): TextDate | null {
  UPDATED_LABEL_RE.lastIndex = 0;
  for (const label of pageText.matchAll(UPDATED_LABEL_RE)) {
    const start = label.index + label[0].length;
    if (!isWordEdge(pageText, label.index, label.index + label[0].trimEnd().length)) continue;
    if (paragraphLength(pageText, label.index) > MAX_DATELINE_CHARS) continue;
    const found = firstDate(pageText.slice(start, start + LABEL_TO_DATE_CHARS), monthFirst);
    if (found && found.index <= 3) return { ...found, index: start + found.index };
  }
  return null;
}

/** A byline opening its own line: "By Ann Lee", "Written by …", "Interview by …". */
const BYLINE_RE = /(?:^|\n)[ \t]*(?:(?:written|interview|words|story|posted)[ \t]+)?by[ \t]+/gi;
/** At most this many characters of names between "by" and the date of a byline. */
export const BYLINE_TO_DATE_CHARS = 80;

/**
 * The date of the first byline that carries one ("Written by Moses Kim \n April 8, 2024"):
 * blogs that print no date line under the headline often close the article with it.
 */
export function bylineDateMatch(pageText: string, monthFirst: boolean): TextDate | null {
  BYLINE_RE.lastIndex = 0;
  for (const label of pageText.matchAll(BYLINE_RE)) {
    const start = label.index + label[0].length;
    const window = pageText.slice(start, start + BYLINE_TO_DATE_CHARS + 30);
    const found = firstDate(window, monthFirst);
    if (!found || found.index > BYLINE_TO_DATE_CHARS) continue;
    // The names, then the date on the same line or the next: never across a paragraph.
    if ((window.slice(0, found.index).match(/\n/g) ?? []).length > 1) continue;
    return { ...found, index: start + found.index };
  }
  return null;
}
