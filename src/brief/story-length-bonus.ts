/**
 * How much a summary word is worth, given how much the story has to say.
 *
 * A summary of a short story is short: human summaries grow with their source. On NeuS train
 * the log length of the reference summary correlates 0.52 with the log word count of the
 * story's articles (no other story-level signal we tried adds to it: article agreement, aligned
 * groups, quotes, numbers, entities, the concept model's expected concept mass). The concept
 * search (concept-selection.ts) decides how far to fill the budget through its per-word
 * `lengthBonus`, so the bonus follows the story's size:
 *
 *   lengthBonus = BASE_LENGTH_BONUS + LENGTH_BONUS_SLOPE · clamp(ln(words) − REFERENCE_LOG_WORDS)
 *
 * The deviation is clamped to the range the slope was fitted on (NeuS train stories, 30 to 280
 * words of article text): a story of five long articles gets the bonus of the largest NeuS
 * story, not an extrapolation. What it is worth (ROUGE-1 on NeuS, scripts/explore-summaries.ts):
 * knowing each reference's true length would raise ROUGE-1 from 41.02 to 42.24, so length is
 * worth predicting; the size-driven bonus takes 41.02 → 41.29 (train 41.25, val 41.58).
 */
import type { CleanArticle } from '../types.js';

/** Per-word bonus for a story of REFERENCE_LOG_WORDS. Tuned on NeuS train with the slope. */
export const BASE_LENGTH_BONUS = 0.0275;
/**
 * Bonus per unit of ln(words). NeuS train ROUGE-1, base 0.025: slope 0 41.02 · 0.04 41.22 ·
 * 0.0425 41.24 · 0.045 41.23 · 0.0475 41.20 · 0.05 41.16; base 0.0275 with 0.045: 41.25.
 */
export const LENGTH_BONUS_SLOPE = 0.045;
/** Mean ln(words of article text) of the NeuS train stories (about 160 words). */
export const REFERENCE_LOG_WORDS = 5.076;
/** The NeuS train range of ln(words) around the reference: 3.37 to 5.63. */
export const MIN_LOG_WORDS_DEVIATION = -1.7;
export const MAX_LOG_WORDS_DEVIATION = 0.56;

/** Words of the story's article text (whitespace tokens of its sentences). */
export function storyWords(articles: readonly CleanArticle[]): number {
  let total = 0;
  for (const clean of articles) {
    for (const sentence of clean.sentences) {
      for (const token of sentence.text.split(/\s+/)) if (token !== '') total++;
    }
  }
  return total;
}

/**
 * The concept search's per-word bonus for this story.
 *
 * @example
 * storyLengthBonus(neusStoryOf160Words); // ≈ 0.0275
 * storyLengthBonus(fiveLongArticles);    // 0.0527: the cap, the budget is filled
 */
export function storyLengthBonus(articles: readonly CleanArticle[]): number {
  const deviation = Math.log(Math.max(storyWords(articles), 1)) - REFERENCE_LOG_WORDS;
  const clamped = Math.min(MAX_LOG_WORDS_DEVIATION, Math.max(MIN_LOG_WORDS_DEVIATION, deviation));
  return BASE_LENGTH_BONUS + LENGTH_BONUS_SLOPE * clamped;
}
