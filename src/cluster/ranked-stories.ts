/**
 * The ranked candidate stories of one article, best first: parallel typed arrays of story
 * slots, story orders and similarities, reused from one look to the next. A refinement pass
 * re-reads ~20 such lists per arrival; arrays of [Story, similarity] tuples sorted with a
 * comparator made most of its garbage, and reading each Story object to learn whether it is
 * still alive or changed missed the cache (see `StoryClusterer.recheck`, which asks the
 * slot-indexed arrays instead).
 *
 * Rank order: higher similarity first, then the lower order (the older story); orders are
 * unique, so the order is total and the list is the same whatever the insertion order.
 */
export class RankedStories {
  readonly slots: Int32Array;
  /** Story orders: a slot is reused after its story is gone, the order never is. */
  readonly orders: Float64Array;
  readonly similarities: Float64Array;
  size = 0;

  constructor(readonly capacity: number) {
    this.slots = new Int32Array(capacity);
    this.orders = new Float64Array(capacity);
    this.similarities = new Float64Array(capacity);
  }

  /**
   * Inserts a story at its rank; when the list is full, the last place drops out (or the
   * story does not enter, if it ranks below it).
   */
  insert(slot: number, order: number, similarity: number): void {
    let at = this.size;
    if (at === this.capacity) {
      if (at === 0 || !this.ranksBefore(similarity, order, at - 1)) return;
      at--;
    } else this.size++;
    while (at > 0 && this.ranksBefore(similarity, order, at - 1)) {
      this.slots[at] = this.slots[at - 1]!;
      this.orders[at] = this.orders[at - 1]!;
      this.similarities[at] = this.similarities[at - 1]!;
      at--;
    }
    this.slots[at] = slot;
    this.orders[at] = order;
    this.similarities[at] = similarity;
  }

  /** Keeps the entries `keep(i)` accepts, in their order (so the list stays ranked). */
  retain(keep: (index: number) => boolean): void {
    let kept = 0;
    for (let i = 0; i < this.size; i++) {
      if (!keep(i)) continue;
      this.slots[kept] = this.slots[i]!;
      this.orders[kept] = this.orders[i]!;
      this.similarities[kept++] = this.similarities[i]!;
    }
    this.size = kept;
  }

  private ranksBefore(similarity: number, order: number, at: number): boolean {
    const other = this.similarities[at]!;
    return similarity > other || (similarity === other && order < this.orders[at]!);
  }
}
