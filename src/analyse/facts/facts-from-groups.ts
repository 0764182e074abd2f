/** Facts: statements carried by two or more articles, worded by their most central member. */
import { supports } from './citation-support.js';
import type { AlignedGroup, CleanArticle, Fact } from '../../types.js';
import { cosineOf, refKey, storyVectors } from './sentence-vectors.js';

/** Sources a group needs to become a fact. */
export const MIN_FACT_SOURCES = 2;

/**
 * One fact per group with at least two sources, in group order. The text is the member sentence
 * whose wording the most outlets really carry (the summary's citation test: an outlet cites a
 * wording only when its own sentence, or that sentence with a neighbour, holds ≥ 60% of its
 * content terms), then the one most similar on average to the others (the wording the outlets
 * agree on most), then the shorter. Alignment groups paraphrases, and a paraphrase sharing too
 * few words is not a source for that wording: such outlets are dropped from the fact's sources,
 * and a group left with one supporting outlet is no fact (issue 6: citation precision 1.0).
 *
 * @example
 * factsFromGroups(alignSentences(articles, reuse), articles)[0]
 * // → { text: 'Elon Musk's attack … "misjudged and certainly misinformed" …', sources: [...], independentSources: 3 }
 */
export function factsFromGroups(
  groups: readonly AlignedGroup[],
  articles: readonly CleanArticle[],
): Fact[] {
  const { byKey } = storyVectors(articles);
  const byId = new Map(articles.map((clean) => [clean.article.id, clean]));
  const facts: Fact[] = [];
  for (const group of groups) {
    if (group.sources.length < MIN_FACT_SOURCES) continue;
    const members = group.members
      .map((ref) => ({ ref, vector: byKey.get(refKey(ref)) }))
      .filter(
        (m): m is { ref: (typeof group.members)[number]; vector: NonNullable<typeof m.vector> } =>
          m.vector !== undefined,
      );
    if (members.length === 0) continue;
    let best: { text: string; sources: string[] } | null = null;
    let bestScore = -1;
    for (const member of members) {
      const text = member.vector.text;
      const supporting = new Set(
        members
          .filter(
            (other) =>
              other === member ||
              supports(byId.get(other.ref.articleId)!, other.ref.sentence, text),
          )
          .map((other) => other.ref.articleId),
      );
      const sources = group.sources.filter((id) => supporting.has(id));
      const others = members.filter((m) => m !== member);
      const centrality =
        others.reduce((sum, other) => sum + cosineOf(member.vector, other.vector), 0) /
        Math.max(1, others.length);
      // Support dominates (at most 1 per outlet); centrality (≤ 1) breaks ties.
      const score = sources.length * 2 + centrality;
      if (
        best === null ||
        score > bestScore + 1e-9 ||
        (Math.abs(score - bestScore) <= 1e-9 && text.length < best.text.length)
      ) {
        best = { text, sources };
        bestScore = score;
      }
    }
    if (best === null || best.sources.length < MIN_FACT_SOURCES) continue;
    facts.push({
      text: best.text,
      sources: best.sources,
      // Dropped outlets were counted once each at most among the independent ones.
      independentSources: Math.max(
        1,
        group.independentSources - (group.sources.length - best.sources.length),
      ),
    });
  }
  return facts;
}
