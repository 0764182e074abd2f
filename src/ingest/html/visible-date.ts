/**
 * The date a reader sees next to the headline ("By Ann Lee · Updated August 14, 2025").
 * Human annotators (and readers resolving "yesterday") take this one, which may differ from
 * the CMS's first-publish timestamp on evergreen pages that are re-dated when revised.
 */
import { parseDate } from './parse-date.js';

/** Characters of page text read before and after the headline. Bylines sit within this. */
export const BEFORE_HEADLINE_CHARS = 400;
export const AFTER_HEADLINE_CHARS = 700;

// Any word: parseDate() accepts only month names it knows (English, French, German, Spanish…).
const MONTH_WORD = '\\p{L}{3,10}\\.?';
const DATE_RES = [
  new RegExp(`\\b${MONTH_WORD}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b`, 'giu'),
  new RegExp(
    `\\b\\d{1,2}(?:st|nd|rd|th|\\.)?\\s+(?:de\\s+)?${MONTH_WORD}(?:\\s+de)?,?\\s+\\d{4}\\b`,
    'giu',
  ),
  /\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b/g,
  /\b\d{1,2}[/.]\d{1,2}[/.]\d{4}\b/g,
];

/** First date after the headline (or in the page head when there is none), with its position. */
export function visibleDate(
  pageText: string,
  headline: string | null,
  monthFirst: boolean,
): string | null {
  const at = headline ? pageText.indexOf(headline) : -1;
  const windows: [number, number][] =
    at >= 0
      ? [
          [at + headline!.length, at + headline!.length + AFTER_HEADLINE_CHARS],
          [Math.max(0, at - BEFORE_HEADLINE_CHARS), at],
        ]
      : [];
  for (const [start, end] of windows) {
    const slice = pageText.slice(start, end);
    let best: { index: number; value: string } | null = null;
    for (const re of DATE_RES) {
      re.lastIndex = 0;
      for (const match of slice.matchAll(re)) {
        const value = parseDate(match[0], { monthFirst });
        if (value && (!best || match.index < best.index)) best = { index: match.index, value };
        if (value) break;
      }
    }
    if (best) return best.value;
  }
  return null;
}
