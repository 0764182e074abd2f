/** Facts: statements carried by two or more articles, worded by their most central member. */
import type { AlignedGroup, CleanArticle, Fact } from '../../types.js';
import { cosineOf, refKey, storyVectors } from './sentence-vectors.js';

/** Sources a group needs to become a fact. */
export const MIN_FACT_SOURCES = 2;

/**
 * One fact per group with at least two sources, in group order. The text is the member sentence
 * most similar on average to the others (the wording the outlets agree on most), the shorter
 * one on a tie.
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
  const facts: Fact[] = [];
  for (const group of groups) {
    if (group.sources.length < MIN_FACT_SOURCES) continue;
    const members = group.members
      .map((ref) => byKey.get(refKey(ref)))
      .filter((m) => m !== undefined);
    if (members.length === 0) continue;
    let best = members[0]!;
    let bestScore = -1;
    for (const member of members) {
      const others = members.filter((m) => m !== member);
      const score =
        others.reduce((sum, other) => sum + cosineOf(member, other), 0) /
        Math.max(1, others.length);
      if (
        score > bestScore + 1e-9 ||
        (Math.abs(score - bestScore) <= 1e-9 && member.text.length < best.text.length)
      ) {
        best = member;
        bestScore = score;
      }
    }
    facts.push({
      text: best.text,
      sources: [...group.sources],
      independentSources: group.independentSources,
    });
  }
  return facts;
}
