/**
 * Dates of one cleaned article: the calendar-bearing TIMEX expressions (DATE and TIME), each
 * resolved against the article's publish date and tied to the sentence it appears in.
 * Durations ("two years"), frequencies ("daily") and vague references ("now", "recently")
 * are tagged by the tagger but are not dates a timeline can place, so they are left out.
 */
import type { CleanArticle, DateMention } from '../../types.js';
import { parseAnchor } from './calendar.js';
import { tagTimexes, type TagOptions } from './tag-timexes.js';

export type ExtractDatesOptions = Pick<TagOptions, 'useChrono'>;

/** TimeML values that name no place on a calendar. */
const VAGUE_VALUE = /_REF$/;

/**
 * @example
 * extractDates(seed003) // published 2025-01-03
 * // → [{ text: 'Thursday', value: '2025-01-02', resolved: true, sentenceIndex: 1, … }, …]
 */
export function extractDates(
  clean: CleanArticle,
  options: ExtractDatesOptions = {},
): DateMention[] {
  const text = clean.article.text;
  const anchor = parseAnchor(clean.article.published);
  const out: DateMention[] = [];
  for (const timex of tagTimexes(text, { ...options, anchor })) {
    if (timex.type !== 'DATE' && timex.type !== 'TIME') continue;
    if (timex.value !== null && VAGUE_VALUE.test(timex.value)) continue;
    const sentenceIndex = clean.sentences.findIndex(
      (sentence) => timex.span[0] >= sentence.span[0] && timex.span[0] < sentence.span[1],
    );
    if (sentenceIndex < 0) continue;
    out.push({
      text: timex.text,
      span: timex.span,
      value: timex.value,
      // Never invented: a relative expression without a publish date stays open.
      resolved: timex.value !== null,
      sentenceIndex,
    });
  }
  return out;
}
