/**
 * Document frequencies maintained online, for IDF weights that follow the stream, over an
 * interned vocabulary: each term gets a small integer id (first-seen order) so vectors are
 * typed arrays (sparse.ts) and counts live in one Int32Array instead of a string Map.
 *
 * The vocabulary of an endless stream grows without end (names, typos), so once it passes
 * `maxTerms` the owner calls `compact`: terms seen in one document only and not referenced
 * by any live vector are forgotten (an unknown term and a once-seen term get almost the same,
 * maximal, IDF, so little is lost), and the survivors are renumbered in the same relative
 * order, which keeps every sorted vector sorted and a snapshot's ids reproducible.
 */
export interface DocumentFrequenciesState {
  documents: number;
  /** [term, count] in id order. */
  terms: [string, number][];
}

/** 2M terms ≈ 150 MB of interning Map entries. */
export const DEFAULT_MAX_TERMS = 2_000_000;

/** Source of `generation` values: unique across instances, so a translation never outlives its table. */
let generations = 0;

export class DocumentFrequencies {
  private documentCount = 0;
  /**
   * Changes whenever ids are renumbered (`compact`) and differs between instances: term ids
   * cached elsewhere (term-dictionary.ts) are valid for one generation.
   */
  generation = ++generations;
  private readonly ids = new Map<string, number>();
  private terms: string[] = [];
  private counts = new Int32Array(1024);

  constructor(readonly maxTerms = DEFAULT_MAX_TERMS) {}

  /** Documents observed so far (N of the IDF). */
  get documents(): number {
    return this.documentCount;
  }

  /** Terms in the vocabulary. */
  get size(): number {
    return this.terms.length;
  }

  /** The id of a term, assigning the next one to a new term. */
  intern(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
      if (id >= this.counts.length) {
        const grown = new Int32Array(this.counts.length * 2);
        grown.set(this.counts);
        this.counts = grown;
      }
    }
    return id;
  }

  /** The id of a known term, or undefined. */
  idOf(term: string): number | undefined {
    return this.ids.get(term);
  }

  term(id: number): string {
    return this.terms[id]!;
  }

  /** Counts one document containing each of `ids` (distinct). */
  observe(ids: ArrayLike<number>): void {
    this.documentCount++;
    for (let i = 0; i < ids.length; i++) this.counts[ids[i]!]!++;
  }

  /** Smoothed IDF, ≥ 1: log((1 + N) / (1 + df)) + 1 (scikit-learn's `smooth_idf`). */
  idf(id: number): number {
    return Math.log((1 + this.documentCount) / (1 + (this.counts[id] ?? 0))) + 1;
  }

  /**
   * Forgets once-seen terms that `referenced` does not keep. Returns old id → new id (−1 for
   * a forgotten term), or null when nothing was forgotten.
   */
  compact(referenced: (id: number) => boolean): Int32Array | null {
    const remap = new Int32Array(this.terms.length);
    const kept: string[] = [];
    for (let id = 0; id < this.terms.length; id++) {
      if (this.counts[id]! > 1 || referenced(id)) {
        remap[id] = kept.length;
        this.counts[kept.length] = this.counts[id]!;
        kept.push(this.terms[id]!);
      } else {
        remap[id] = -1;
        this.ids.delete(this.terms[id]!);
      }
    }
    if (kept.length === this.terms.length) return null;
    this.generation = ++generations;
    this.counts.fill(0, kept.length);
    for (let id = 0; id < kept.length; id++) this.ids.set(kept[id]!, id);
    this.terms = kept;
    return remap;
  }

  toJSON(): DocumentFrequenciesState {
    return {
      documents: this.documentCount,
      terms: this.terms.map((term, id) => [term, this.counts[id]!]),
    };
  }

  static fromJSON(
    state: DocumentFrequenciesState,
    maxTerms = DEFAULT_MAX_TERMS,
  ): DocumentFrequencies {
    const out = new DocumentFrequencies(maxTerms);
    out.documentCount = state.documents;
    for (const [term, count] of state.terms) out.counts[out.intern(term)] = count;
    return out;
  }
}
