/**
 * Inverted index from terms to stories, so a new article is compared with the few stories
 * that share its most telling terms instead of with every live story. Each story is posted
 * under its top `indexTerms` terms only; a term posted by more than `maxPostings` stories is
 * too common within the window to single any out and is skipped at query time.
 */
export const DEFAULT_MAX_POSTINGS = 2_000;

export class StoryIndex {
  private readonly postings = new Map<string, Set<number>>();

  constructor(private readonly maxPostings = DEFAULT_MAX_POSTINGS) {}

  add(story: number, terms: readonly string[]): void {
    for (const term of terms) {
      let stories = this.postings.get(term);
      if (stories === undefined) this.postings.set(term, (stories = new Set()));
      stories.add(story);
    }
  }

  remove(story: number, terms: readonly string[]): void {
    for (const term of terms) {
      const stories = this.postings.get(term);
      if (stories === undefined) continue;
      stories.delete(story);
      if (stories.size === 0) this.postings.delete(term);
    }
  }

  /** Stories sharing weighted query terms, scored by the summed weights of shared terms. */
  candidates(query: readonly [string, number][]): Map<number, number> {
    const scores = new Map<number, number>();
    for (const [term, weight] of query) {
      const stories = this.postings.get(term);
      if (stories === undefined || stories.size > this.maxPostings) continue;
      for (const story of stories) scores.set(story, (scores.get(story) ?? 0) + weight);
    }
    return scores;
  }
}
