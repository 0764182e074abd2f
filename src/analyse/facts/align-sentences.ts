/**
 * Cross-outlet sentence alignment: sentences of different articles that state the same thing,
 * grouped. Citations are drawn from these groups, so precision comes first: a sentence joins a
 * group only if it is aligned with every member already there (complete linkage), at most one
 * sentence per article.
 *
 * Two sentences are aligned when one of these holds and no veto applies:
 *   - one is a reused passage of the other (findReuse);
 *   - TF-IDF cosine ≥ minCosine;
 *   - both quote the same words (≥ minQuotedTerms shared, most of the shorter quotation) and
 *     cosine ≥ quoteMinCosine;
 *   - the shorter one's terms are nearly all in the longer (IDF-weighted containment ≥
 *     minContainment, with ≥ minContainedTerms terms) and cosine ≥ quoteMinCosine.
 * Veto: both sentences quote someone and their quotations share no term.
 *
 *   pairs by score ─▶ merge groups A∪B if no shared article and every a∈A, b∈B aligned
 */
import type { AlignedGroup, CleanArticle, ReuseLink, SentenceRef } from '../../types.js';
import { containment } from '../../util/vector.js';
import { quotedTerms } from './quoted-terms.js';
import {
  type SentenceVector,
  cosineOf,
  refKey,
  storyVectors,
  weightedContainment,
} from './sentence-vectors.js';

export interface AlignOptions {
  /** TF-IDF cosine that aligns two sentences on its own. Default: `DEFAULT_MIN_COSINE` (0.5). */
  minCosine?: number;
  /** Cosine needed when the same quotation or contained wording backs the pair. Default: `DEFAULT_QUOTE_MIN_COSINE` (0.35). */
  quoteMinCosine?: number;
  /** Quoted content terms two sentences must share for the quotation rule. Default: `DEFAULT_MIN_QUOTED_TERMS` (3). */
  minQuotedTerms?: number;
  /** IDF-weighted containment of the shorter sentence for the wording rule. Default: `DEFAULT_MIN_CONTAINMENT` (0.85). */
  minContainment?: number;
  /** Content terms the shorter sentence needs for the wording rule. Default: `DEFAULT_MIN_CONTAINED_TERMS` (6). */
  minContainedTerms?: number;
  /**
   * What counts as one source in `independentSources`: 'passage' joins two members when one is
   * a reused passage of the other; 'article' joins any two articles linked by reuse.
   * Default: `DEFAULT_INDEPENDENCE` ('passage').
   */
  independence?: 'passage' | 'article';
}

export const DEFAULT_MIN_COSINE = 0.5;
export const DEFAULT_QUOTE_MIN_COSINE = 0.35;
export const DEFAULT_MIN_QUOTED_TERMS = 3;
export const DEFAULT_MIN_CONTAINMENT = 0.85;
export const DEFAULT_MIN_CONTAINED_TERMS = 6;
export const DEFAULT_INDEPENDENCE = 'passage' as const;
/** Share of the shorter quotation's terms the other must contain for the quotation rule. */
const QUOTE_CONTAINMENT = 0.8;

interface Pair {
  a: string;
  b: string;
  score: number;
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    const p = this.parent.get(x) ?? x;
    if (p === x) return x;
    const root = this.find(p);
    this.parent.set(x, root);
    return root;
  }
  union(a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

/** Reused-passage pairs, both orders, as sentence keys. */
function reusePairs(reuse: readonly ReuseLink[]): Set<string> {
  const out = new Set<string>();
  for (const link of reuse) {
    for (const passage of link.passages) {
      const a = refKey({ articleId: link.articleId, sentence: passage.sentence });
      const b = refKey({ articleId: link.fromArticleId, sentence: passage.fromSentence });
      out.add(`${a}|${b}`).add(`${b}|${a}`);
    }
  }
  return out;
}

/**
 * Groups every sentence of every article: each sentence is in exactly one group (singletons
 * included). Groups are sorted by independent sources, then sources, then earliest position.
 *
 * @example
 * const groups = alignSentences(articles, findReuse(articles));
 * groups[0]; // { members: [{articleId, sentence}, …], sources: [...], independentSources: 3 }
 */
export function alignSentences(
  articles: readonly CleanArticle[],
  reuse: readonly ReuseLink[],
  options: AlignOptions = {},
): AlignedGroup[] {
  const minCosine = options.minCosine ?? DEFAULT_MIN_COSINE;
  const quoteMinCosine = options.quoteMinCosine ?? DEFAULT_QUOTE_MIN_COSINE;
  const minQuotedTerms = options.minQuotedTerms ?? DEFAULT_MIN_QUOTED_TERMS;
  const minContainment = options.minContainment ?? DEFAULT_MIN_CONTAINMENT;
  const minContainedTerms = options.minContainedTerms ?? DEFAULT_MIN_CONTAINED_TERMS;
  const { sentences, idf, byKey } = storyVectors(articles);
  const quotes = new Map<string, Set<string>>();
  for (const clean of articles) {
    quotedTerms(clean).forEach((terms, sentence) =>
      quotes.set(refKey({ articleId: clean.article.id, sentence }), terms),
    );
  }
  const reused = reusePairs(reuse);

  /** Alignment score of two sentences, or 0 when they are not aligned. */
  const aligned = (x: SentenceVector, y: SentenceVector): number => {
    const [kx, ky] = [refKey(x.ref), refKey(y.ref)];
    const cosine = cosineOf(x, y);
    const qx = quotes.get(kx) ?? new Set<string>();
    const qy = quotes.get(ky) ?? new Set<string>();
    if (qx.size > 0 && qy.size > 0 && containment(qx, qy) === 0) return 0;
    if (reused.has(`${kx}|${ky}`)) return Math.max(cosine, 1);
    if (cosine >= minCosine) return cosine;
    if (cosine < quoteMinCosine) return 0;
    let sharedQuoted = 0;
    for (const term of qx) if (qy.has(term)) sharedQuoted++;
    if (sharedQuoted >= minQuotedTerms && containment(qx, qy) >= QUOTE_CONTAINMENT) return cosine;
    const smaller = Math.min(x.terms.size, y.terms.size);
    if (smaller >= minContainedTerms && weightedContainment(x, y, idf) >= minContainment)
      return cosine;
    return 0;
  };

  // 1. Candidate pairs across articles, strongest first.
  const scores = new Map<string, number>();
  const pairs: Pair[] = [];
  for (let i = 0; i < sentences.length; i++) {
    for (let j = i + 1; j < sentences.length; j++) {
      const [x, y] = [sentences[i]!, sentences[j]!];
      if (x.ref.articleId === y.ref.articleId) continue;
      const score = aligned(x, y);
      if (score <= 0) continue;
      const [a, b] = [refKey(x.ref), refKey(y.ref)];
      scores.set(`${a}|${b}`, score).set(`${b}|${a}`, score);
      pairs.push({ a, b, score });
    }
  }
  pairs.sort((p, q) => q.score - p.score || (p.a + p.b < q.a + q.b ? -1 : 1));

  // 2. Complete-linkage merging: every member pair aligned, one sentence per article.
  const groupOf = new Map<string, string[]>(sentences.map((s) => [refKey(s.ref), [refKey(s.ref)]]));
  for (const { a, b } of pairs) {
    const [ga, gb] = [groupOf.get(a)!, groupOf.get(b)!];
    if (ga === gb) continue;
    const articlesA = new Set(ga.map((k) => byKey.get(k)!.ref.articleId));
    if (gb.some((k) => articlesA.has(byKey.get(k)!.ref.articleId))) continue;
    if (!ga.every((x) => gb.every((y) => scores.has(`${x}|${y}`)))) continue;
    const merged = [...ga, ...gb];
    for (const key of merged) groupOf.set(key, merged);
  }

  // 3. Groups with their sources and independent sources.
  const articleOrder = new Map(articles.map((clean, order) => [clean.article.id, order]));
  const linkedArticles = new Set(
    reuse.flatMap((l) => [
      `${l.articleId}|${l.fromArticleId}`,
      `${l.fromArticleId}|${l.articleId}`,
    ]),
  );
  const independence = options.independence ?? DEFAULT_INDEPENDENCE;
  const seen = new Set<string[]>();
  const groups: (AlignedGroup & { first: [number, number] })[] = [];
  for (const members of groupOf.values()) {
    if (seen.has(members)) continue;
    seen.add(members);
    const refs: SentenceRef[] = members
      .map((k) => byKey.get(k)!.ref)
      .sort(
        (p, q) =>
          articleOrder.get(p.articleId)! - articleOrder.get(q.articleId)! ||
          p.sentence - q.sentence,
      );
    const sources = [...new Set(refs.map((r) => r.articleId))];
    const sameSource = new UnionFind();
    for (const x of refs) {
      for (const y of refs) {
        const linked =
          independence === 'article'
            ? linkedArticles.has(`${x.articleId}|${y.articleId}`)
            : reused.has(`${refKey(x)}|${refKey(y)}`);
        if (linked) sameSource.union(x.articleId, y.articleId);
      }
    }
    const independentSources = new Set(sources.map((s) => sameSource.find(s))).size;
    const first = refs[0]!;
    groups.push({
      members: refs,
      sources,
      independentSources,
      first: [articleOrder.get(first.articleId)!, first.sentence],
    });
  }
  groups.sort(
    (p, q) =>
      q.independentSources - p.independentSources ||
      q.sources.length - p.sources.length ||
      p.first[1] - q.first[1] ||
      p.first[0] - q.first[0],
  );
  return groups.map(({ members, sources, independentSources }) => ({
    members,
    sources,
    independentSources,
  }));
}
