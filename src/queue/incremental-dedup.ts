/**
 * The deduplicator a worker keeps across batches. `processArticles` rebuilds one from every
 * stored article per run; a worker cannot afford that per batch, so it feeds each article
 * once, in seq order (= commit order, see store/postgres/schema.ts), and remembers the links.
 * Feeding the same sequence in the same order gives every worker the same links as the
 * single-process run.
 */
import { Deduplicator, type DedupOptions } from '../dedup/index.js';
import type { DuplicateLink } from '../types.js';

export class IncrementalDedup {
  private readonly deduplicator: Deduplicator;
  private readonly links = new Map<string, DuplicateLink>();
  /** Highest seq fed so far: every article up to it has been seen. */
  fedSeq = 0;

  constructor(options: DedupOptions = {}) {
    this.deduplicator = new Deduplicator(options);
  }

  /** Feeds the articles after `fedSeq` (in seq order); earlier ones are skipped. */
  feed(articles: Iterable<{ seq: number; id: string; text: string }>): void {
    for (const { seq, id, text } of articles) {
      if (seq <= this.fedSeq) continue;
      const link = this.deduplicator.add(id, text);
      if (link) this.links.set(id, link);
      this.fedSeq = seq;
    }
  }

  linkOf(id: string): DuplicateLink | undefined {
    return this.links.get(id);
  }
}
