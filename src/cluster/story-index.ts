/**
 * Inverted index from term ids to story slots, so a new article is compared with the few
 * stories that share its most telling terms instead of with every live story. Each story is
 * posted under its top `indexTerms` terms only; a term posted by more than `maxPostings`
 * stories is too common within the window to single any out and is skipped at query time.
 */
export const DEFAULT_MAX_POSTINGS = 2_000;

export class StoryIndex {
  /**
   * Slots by term, as plain arrays with swap-remove: a story is posted under a term at most
   * once, and the order within a posting list never matters (`candidates` ranks by a strict
   * total order), so arrays do what Sets did at a fraction of the cost of iterating them.
   * Indexed by term id (ids are dense, from 0): an array read instead of a Map lookup.
   */
  private postings: (number[] | undefined)[] = [];
  /** Accumulated scores by slot; zero between queries. */
  private scores: Float64Array = new Float64Array(1024);

  /**
   * Score of the last place of the latest `candidates` call when it was full (0 when not):
   * a story must beat it to enter that candidate list.
   */
  cutoff = 0;

  constructor(private readonly maxPostings = DEFAULT_MAX_POSTINGS) {}

  /** Posts `slot` under `terms`; the caller never posts a slot twice under one term. */
  add(slot: number, terms: ArrayLike<number>): void {
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i]!;
      const slots = this.postings[term];
      if (slots === undefined) {
        while (this.postings.length < term) this.postings.push(undefined);
        this.postings[term] = [slot];
      } else slots.push(slot);
    }
  }

  remove(slot: number, terms: ArrayLike<number>): void {
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i]!;
      const slots = this.postings[term];
      if (slots === undefined) continue;
      const at = slots.lastIndexOf(slot);
      if (at < 0) continue;
      slots[at] = slots[slots.length - 1]!;
      slots.pop();
      if (slots.length === 0) this.postings[term] = undefined;
    }
  }

  /**
   * The `limit` stories sharing the most weight of the query terms (summed query weights of
   * shared terms, in the order given), best first, ties to the lower `orderOf` (older story).
   */
  candidates(
    terms: ArrayLike<number>,
    weights: ArrayLike<number>,
    limit: number,
    orderOf: ArrayLike<number>,
  ): number[] {
    const touched: number[] = [];
    for (let i = 0; i < terms.length; i++) {
      const slots = this.postings[terms[i]!];
      if (slots === undefined || slots.length > this.maxPostings) continue;
      const weight = weights[i]!;
      for (let j = 0; j < slots.length; j++) {
        const slot = slots[j]!;
        if (slot >= this.scores.length) this.scores = grown(this.scores, slot);
        if (this.scores[slot] === 0) touched.push(slot);
        this.scores[slot] = this.scores[slot]! + weight;
      }
    }
    // Bounded insertion: most slots lose to the current last place after one comparison.
    const best: number[] = [];
    const better = (a: number, b: number) =>
      this.scores[a]! > this.scores[b]! ||
      (this.scores[a] === this.scores[b] && orderOf[a]! < orderOf[b]!);
    for (const slot of touched) {
      if (best.length === limit && !better(slot, best[limit - 1]!)) continue;
      let at = Math.min(best.length, limit - 1);
      best[at] = slot;
      while (at > 0 && better(slot, best[at - 1]!)) {
        best[at] = best[at - 1]!;
        best[--at] = slot;
      }
    }
    this.cutoff = best.length === limit ? this.scores[best[limit - 1]!]! : 0;
    for (const slot of touched) this.scores[slot] = 0;
    return best;
  }

  /** Renumbers terms after a vocabulary compaction (old id → new id, −1 = gone). */
  remap(remap: Int32Array): void {
    const postings: (number[] | undefined)[] = [];
    this.postings.forEach((slots, term) => {
      const id = term < remap.length ? remap[term]! : -1;
      if (slots === undefined || id < 0) return;
      while (postings.length < id) postings.push(undefined);
      postings[id] = slots;
    });
    this.postings = postings;
  }
}

/** A copy of `values` long enough to hold `index`. */
function grown(values: Float64Array, index: number): Float64Array {
  let size = values.length;
  while (size <= index) size *= 2;
  const out = new Float64Array(size);
  out.set(values);
  return out;
}
