/**
 * Incremental re-summarisation (issue 6: "a story update re-summarises incrementally").
 *
 * A story update usually adds one article to several unchanged ones. What a summary costs is
 * mostly per-article or per-pair work that the update does not change, so a memo shared across
 * the story's updates keeps it, keyed by *content* (an article re-fetched at the same URL keeps
 * its id but may change its text, so ids are not keys):
 *
 *   sentence terms      tokenising + stemming every sentence    key: hash(article sentences)
 *   citation support    does member m carry candidate text t?    key: hash(m's article), m, t
 *   whole summary       same articles, groups, quotes, options   key: storyFingerprint(...)
 *
 * Story-level scores (cross-outlet support, centrality) depend on every article and are
 * recomputed from the memoised terms: cheap set look-ups, no tokenising. Entries are bounded
 * (oldest dropped first) so one long-lived memo cannot grow without limit.
 */
import { createHash } from 'node:crypto';
import type { AlignedGroup, CleanArticle, Quote, SummarySentence } from '../types.js';
import { contentTerms } from '../util/tokens.js';

/** Entries kept per table before the oldest are dropped. Default 20,000. */
export const DEFAULT_MAX_MEMO_ENTRIES = 20_000;

export interface MemoStats {
  hits: number;
  misses: number;
}

const digest = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Content key of an article's cleaned sentences. */
export function articleContentKey(article: CleanArticle): string {
  return digest(article.sentences.map((sentence) => sentence.text).join('\n'));
}

class BoundedMap<V> {
  private readonly entries = new Map<string, V>();
  readonly stats: MemoStats = { hits: 0, misses: 0 };
  constructor(private readonly maxEntries: number) {}
  get(key: string, compute: () => V): V {
    const found = this.entries.get(key);
    if (found !== undefined) {
      this.stats.hits++;
      return found;
    }
    this.stats.misses++;
    const value = compute();
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, value);
    return value;
  }
}

/**
 * Keep one per story (or one per process: keys are content hashes, so stories cannot clash)
 * and pass it to every re-summarisation of that story.
 *
 * @example
 * const memo = new SummaryMemo();
 * summarize(articles, groups, { memo });            // computes everything
 * summarize([...articles, added], groups2, { memo }); // reuses the unchanged articles' work
 */
export class SummaryMemo {
  private readonly keys = new WeakMap<CleanArticle, string>();
  private readonly termTable: BoundedMap<string[][]>;
  private readonly supportTable: BoundedMap<boolean>;
  private readonly summaryTable: BoundedMap<SummarySentence[]>;

  constructor(maxEntries = DEFAULT_MAX_MEMO_ENTRIES) {
    this.termTable = new BoundedMap(maxEntries);
    this.supportTable = new BoundedMap(maxEntries);
    this.summaryTable = new BoundedMap(maxEntries);
  }

  /** Hits and misses per table, for tests and the integrator's logs. */
  get stats(): { terms: MemoStats; supports: MemoStats; summaries: MemoStats } {
    return {
      terms: { ...this.termTable.stats },
      supports: { ...this.supportTable.stats },
      summaries: { ...this.summaryTable.stats },
    };
  }

  contentKey(article: CleanArticle): string {
    let key = this.keys.get(article);
    if (key === undefined) {
      key = articleContentKey(article);
      this.keys.set(article, key);
    }
    return key;
  }

  /** Content terms of every sentence of `article`. */
  sentenceTerms(article: CleanArticle): string[][] {
    return this.termTable.get(this.contentKey(article), () =>
      article.sentences.map((sentence) => contentTerms(sentence.text)),
    );
  }

  /** Memoised citation check of sentence `index` of `article` for `cited`. */
  supports(article: CleanArticle, index: number, cited: string, compute: () => boolean): boolean {
    return this.supportTable.get(`${this.contentKey(article)}|${index}|${cited}`, compute);
  }

  /** Memoised whole summary under a story fingerprint (see storyFingerprint). */
  summary(fingerprint: string, compute: () => SummarySentence[]): SummarySentence[] {
    // Copies out, so a caller editing its summary cannot edit the memo.
    const stored = this.summaryTable.get(fingerprint, compute);
    return stored.map((sentence) => ({ text: sentence.text, sources: [...sentence.sources] }));
  }

  /**
   * Everything a summary depends on: each article's id, title and content, the aligned groups,
   * the quote ledger's multi-outlet quotes and the options.
   */
  fingerprint(
    articles: readonly CleanArticle[],
    groups: readonly AlignedGroup[],
    quotes: readonly Quote[],
    options: Record<string, unknown>,
  ): string {
    return digest(
      JSON.stringify([
        articles.map((clean) => [clean.article.id, clean.article.title, this.contentKey(clean)]),
        groups.map((group) => [
          group.independentSources,
          group.members.map((m) => `${m.articleId}#${m.sentence}`),
        ]),
        quotes.map((quote) => [quote.text, quote.sources]),
        options,
      ]),
    );
  }
}
