/**
 * During one refinement pass: the stories changed since the previous pass, by index term,
 * so a window article finds the changed stories that share its query terms (see
 * `StoryClusterer.recheck`). A pass looks up ~30 terms for each of ~1,000 window articles;
 * typed-array linked lists indexed by term id answer those lookups with one array read
 * instead of a Map lookup, and a new pass empties them in O(1) by bumping `pass`.
 *
 *   term ─► head[term] ─► entry ─► next[entry] ─► … ─► −1      (valid while passOfTerm[term] = pass)
 *   entry: slot, order (a slot whose order differs now holds another story: skip)
 *
 * A story noted twice under one term (changed again during the pass) has two entries, and
 * a lookup sees both: `recheck` adds its term weight twice, as the Map of arrays did.
 */
export class ChangedTerms {
  private pass = 0;
  private passOfTerm = new Int32Array(1024);
  private head = new Int32Array(1024);
  private next = new Int32Array(1024);
  private slots = new Int32Array(1024);
  private orders = new Float64Array(1024);
  private entries = 0;

  /** Starts a pass: forgets every entry. */
  begin(): void {
    this.pass++;
    this.entries = 0;
  }

  /** Notes a changed story (by slot and order) under its index terms. */
  note(slot: number, order: number, terms: readonly number[]): void {
    for (const term of terms) {
      if (term >= this.passOfTerm.length) this.growTerms(term);
      if (this.entries === this.slots.length) this.growEntries();
      const entry = this.entries++;
      this.slots[entry] = slot;
      this.orders[entry] = order;
      this.next[entry] = this.passOfTerm[term] === this.pass ? this.head[term]! : -1;
      this.passOfTerm[term] = this.pass;
      this.head[term] = entry;
    }
  }

  /** The first entry noted under `term` in this pass, or −1; then `nextOf` until −1. */
  first(term: number): number {
    return term < this.passOfTerm.length && this.passOfTerm[term] === this.pass
      ? this.head[term]!
      : -1;
  }

  nextOf(entry: number): number {
    return this.next[entry]!;
  }

  slotOf(entry: number): number {
    return this.slots[entry]!;
  }

  orderOf(entry: number): number {
    return this.orders[entry]!;
  }

  private growTerms(term: number): void {
    let size = this.passOfTerm.length;
    while (size <= term) size *= 2;
    const passOfTerm = new Int32Array(size);
    passOfTerm.set(this.passOfTerm);
    const head = new Int32Array(size);
    head.set(this.head);
    this.passOfTerm = passOfTerm;
    this.head = head;
  }

  private growEntries(): void {
    const size = 2 * this.slots.length;
    const next = new Int32Array(size);
    next.set(this.next);
    const slots = new Int32Array(size);
    slots.set(this.slots);
    const orders = new Float64Array(size);
    orders.set(this.orders);
    this.next = next;
    this.slots = slots;
    this.orders = orders;
  }
}
