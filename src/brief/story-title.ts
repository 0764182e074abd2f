/**
 * The story's title. Outlets' headlines when there are any; for plain-text inputs (no headline),
 * the lede (first sentence) of one article, since a lede is written to stand for the whole
 * story, which the summary's first sentence ("On Friday, …") is not. Among several candidates,
 * the one closest on average to all the story's articles wins, so an outlet's off-angle
 * headline or a reused wire lede does not name the story by coming first.
 */
import type { CleanArticle } from '../types.js';
import { contentTerms, termCounts, words } from '../util/tokens.js';
import { cosine, type SparseVector } from '../util/vector.js';
import { standalonePenalty } from './summarize.js';

/** A lede shorter than this many words is a dateline or a fragment, not a title. Default 6. */
export const MIN_LEDE_WORDS = 6;

const vectorOf = (text: string): SparseVector => termCounts(contentTerms(text));

/**
 * @example
 * storyTitle(seedArticles) // 'Elon Musk’s attacks on the UK Government’s handling of child grooming gangs …'
 */
export function storyTitle(articles: readonly CleanArticle[]): string | null {
  const headlines = articles
    .map((clean) => clean.article.title?.trim() ?? '')
    .filter((title) => title !== '');
  const candidates =
    headlines.length > 0
      ? headlines
      : articles
          .map((clean) => clean.sentences[0]?.text.trim() ?? '')
          .filter((lede) => words(lede).length >= MIN_LEDE_WORDS && standalonePenalty(lede) === 0);
  if (candidates.length === 0) return null;
  if (candidates.length === 1) return candidates[0]!;
  const bodies = articles.map((clean) =>
    vectorOf(`${clean.article.title ?? ''} ${clean.article.text}`),
  );
  let best = candidates[0]!;
  let bestScore = -1;
  for (const candidate of candidates) {
    const vector = vectorOf(candidate);
    const score = bodies.reduce((sum, body) => sum + cosine(vector, body), 0) / bodies.length;
    // Strictly greater: on a tie the earlier candidate (first article) keeps the title.
    if (score > bestScore + 1e-9) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}
