/**
 * Per-outlet coverage: when each article was published, how long it is, how many quotes it
 * carried, what it alone reports, and whose copy it reused.
 */
import type { AlignedGroup, CleanArticle, CoverageRow, StoryAnalysis } from '../types.js';
import { words } from '../util/tokens.js';
import { articleLabel } from './labels.js';
import { standalonePenalty } from './summarize.js';

/** How many exclusive statements to list per article. Default 3. */
export const DEFAULT_EXCLUSIVE_PER_ARTICLE = 3;

export function coverage(
  articles: readonly CleanArticle[],
  analysis: Pick<StoryAnalysis, 'groups' | 'quoteMentions' | 'reuse'>,
  exclusivePerArticle = DEFAULT_EXCLUSIVE_PER_ARTICLE,
): CoverageRow[] {
  const singletons = new Map<string, AlignedGroup[]>();
  for (const group of analysis.groups) {
    const only = group.sources.length === 1 ? group.sources[0] : undefined;
    if (only !== undefined) singletons.set(only, [...(singletons.get(only) ?? []), group]);
  }
  // Symmetric: "001 reused 002" means each shares copy with the other, and an undated pair's
  // direction is a guess; a reader comparing columns wants both to say so.
  const sharing = new Map<string, Set<string>>();
  const share = (a: string, b: string): void => {
    sharing.set(a, (sharing.get(a) ?? new Set()).add(b));
  };
  for (const link of analysis.reuse) {
    share(link.articleId, link.fromArticleId);
    share(link.fromArticleId, link.articleId);
  }
  return articles.map((clean) => {
    const id = clean.article.id;
    const exclusive = (singletons.get(id) ?? [])
      .map((group) => clean.sentences[group.members[0]?.sentence ?? -1]?.text ?? '')
      .filter((text) => text !== '' && standalonePenalty(text) === 0)
      .slice(0, exclusivePerArticle);
    return {
      articleId: id,
      label: articleLabel(clean.article),
      source: clean.article.source,
      published: clean.article.published,
      words: words(clean.article.text).length,
      // Direct quotes only: indirect speech cues are broad and would inflate the count.
      quotes: (analysis.quoteMentions.get(id) ?? []).filter((quote) => quote.direct).length,
      exclusive,
      reusedFrom: analysis.reuse
        .filter((link) => link.articleId === id)
        .map((link) => link.fromArticleId),
      sharesCopyWith: articles
        .map((other) => other.article.id)
        .filter((other) => sharing.get(id)?.has(other) === true),
    };
  });
}
