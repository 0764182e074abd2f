/**
 * Document frequencies maintained online, for IDF weights that follow the stream. The
 * vocabulary of an endless stream grows without end (names, typos), so once it passes
 * `maxTerms` the terms seen in one document only are forgotten: an unknown term and a
 * once-seen term get almost the same (maximal) IDF, so little is lost.
 */
export interface DocumentFrequenciesState {
  documents: number;
  terms: [string, number][];
}

/** 2M terms ≈ 150 MB of Map entries. */
export const DEFAULT_MAX_TERMS = 2_000_000;

export class DocumentFrequencies {
  private documentCount = 0;
  private readonly counts = new Map<string, number>();

  constructor(private readonly maxTerms = DEFAULT_MAX_TERMS) {}

  /** Documents observed so far (N of the IDF). */
  get documents(): number {
    return this.documentCount;
  }

  get size(): number {
    return this.counts.size;
  }

  observe(terms: Iterable<string>): void {
    this.documentCount++;
    for (const term of terms) this.counts.set(term, (this.counts.get(term) ?? 0) + 1);
    if (this.counts.size > this.maxTerms) {
      for (const [term, count] of this.counts) if (count <= 1) this.counts.delete(term);
    }
  }

  /** Smoothed IDF, ≥ 1: log((1 + N) / (1 + df)) + 1 (scikit-learn's `smooth_idf`). */
  idf(term: string): number {
    return Math.log((1 + this.documentCount) / (1 + (this.counts.get(term) ?? 0))) + 1;
  }

  toJSON(): DocumentFrequenciesState {
    return { documents: this.documentCount, terms: [...this.counts] };
  }

  static fromJSON(
    state: DocumentFrequenciesState,
    maxTerms = DEFAULT_MAX_TERMS,
  ): DocumentFrequencies {
    const out = new DocumentFrequencies(maxTerms);
    out.documentCount = state.documents;
    for (const [term, count] of state.terms) out.counts.set(term, count);
    return out;
  }
}
