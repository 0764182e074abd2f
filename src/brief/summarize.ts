/**
 * Extractive multi-document summary with citations.
 *
 * Candidates are aligned sentence groups (analyse/facts): a group is a statement and its
 * members are the outlets carrying it, so a summary sentence cites exactly the articles
 * that contain it. Selection is Maximal Marginal Relevance over
 *
 *   score = SUPPORT·independentSources + centrality + lead bonus − standalone penalties
 *
 * with a hard redundancy cap (no two selected sentences above DEFAULT_MAX_REDUNDANCY cosine),
 * then ordered so that facts with more independent support come first.
 */
import type { AlignedGroup, CleanArticle, Quote, SummarySentence } from '../types.js';
import { contentTerms, termCounts, words } from '../util/tokens.js';
import { dot, normalize, type SparseVector } from '../util/vector.js';

export interface SummaryOptions {
  /** Number of sentences. Default DEFAULT_SUMMARY_SENTENCES (6). Ignored when `words` is set. */
  sentences?: number;
  /** Word budget instead of a sentence count. */
  words?: number;
  /** MMR trade-off between relevance and novelty. Default 0.7. */
  lambda?: number;
  /** Cosine above which a candidate is redundant with a selected sentence. Default 0.5. */
  maxRedundancy?: number;
  /**
   * With a word budget, a sentence that would overflow it is skipped and shorter ones are
   * still tried, instead of stopping there. Default true (the budget is used, not wasted).
   */
  fillBudget?: boolean;
  /**
   * The story's quote ledger. A sentence carrying a quote that more outlets carry than its
   * aligned group shows is better corroborated than alignment alone can tell (outlets
   * paraphrase the sentence but keep the quote). Ranking only: citations stay the group's.
   * Default: none.
   */
  quotes?: readonly Quote[];
}

/** Rank bonus per outlet that carries a sentence's quote beyond its aligned sources. */
export const QUOTE_CARRIER_BONUS = 0.3;

export const DEFAULT_SUMMARY_SENTENCES = 6;
export const DEFAULT_LAMBDA = 0.7;
export const DEFAULT_MAX_REDUNDANCY = 0.5;
/** Weight of one more independent outlet, against centrality in [0, 1]. */
const SUPPORT = 1.0;

const DANGLING_START_RE =
  /^(he|she|they|it|his|her|their|its|this|that|these|those|but|and|so|also|meanwhile|however|instead|then|there|here|yet|or)\b/i;

const NAMED_ATTRIBUTION_RE =
  /[”’"]\s*,?\s*(?:(?:said|added|told|wrote)\s+)?(?:\p{Lu}[\p{L}’'-]+\s*){1,3}(?:said|added|told|wrote|says)/u;
const PRONOUN_ATTRIBUTION_RE = /[”’"]\s*,?\s*(he|she|they|it) (said|added|told|wrote|continued)\b/i;

export interface Candidate {
  group: AlignedGroup;
  text: string;
  vector: SparseVector;
  score: number;
  /** Multi-outlet ledger quotes the sentence carries: two sentences sharing one repeat it. */
  quotes: Set<string>;
}

/** How well a sentence stands alone in a summary (0 = fine, higher = worse). */
export function standalonePenalty(text: string): number {
  const count = words(text).length;
  let penalty = 0;
  if (DANGLING_START_RE.test(text)) penalty += 0.8;
  // A sentence opening with a quote needs a named speaker after it ("…,” Mr Gwynne said):
  // a quote nobody is named for is not a summary sentence.
  if (/^[“‘"]/.test(text) && !NAMED_ATTRIBUTION_RE.test(text)) penalty += 2;
  // "…, he added." leaves the reader asking who.
  if (PRONOUN_ATTRIBUTION_RE.test(text)) penalty += 0.8;
  if (count < 8) penalty += 1;
  if (count > 50) penalty += 0.5;
  if (/\?\s*[”’"]?$/.test(text)) penalty += 0.5;
  if (!/[.!?…][”’"')\]]*$/.test(text)) penalty += 0.5;
  return penalty;
}

function idfOf(articles: readonly CleanArticle[]): (term: string) => number {
  const df = new Map<string, number>();
  let total = 0;
  for (const clean of articles) {
    for (const sentence of clean.sentences) {
      total++;
      for (const term of new Set(contentTerms(sentence.text)))
        df.set(term, (df.get(term) ?? 0) + 1);
    }
  }
  return (term) => Math.log((total + 1) / ((df.get(term) ?? 0) + 1)) + 1;
}

/** Score every aligned group as a summary candidate, with its best representative sentence. */
export function candidates(
  articles: readonly CleanArticle[],
  groups: readonly AlignedGroup[],
  quotes: readonly Quote[] = [],
): Candidate[] {
  const carried = quotes
    .filter((quote) => quote.sources.length > 1 && words(quote.text).length >= 3)
    .map((quote) => ({
      phrase: ` ${words(quote.text).join(' ')} `,
      carriers: quote.sources.length,
    }));
  const carriedIn = (text: string): typeof carried => {
    const padded = ` ${words(text).join(' ')} `;
    return carried.filter((q) => padded.includes(q.phrase));
  };
  const byId = new Map(articles.map((clean) => [clean.article.id, clean]));
  const idf = idfOf(articles);
  const vectorOf = (text: string): SparseVector => {
    const vector: SparseVector = new Map();
    for (const [term, count] of termCounts(contentTerms(text))) vector.set(term, count * idf(term));
    return normalize(vector);
  };
  // Story centroid: what the story as a whole is about.
  const centroid: SparseVector = new Map();
  const memberText = (articleId: string, index: number): string | null =>
    byId.get(articleId)?.sentences[index]?.text ?? null;
  const out: Candidate[] = [];
  for (const group of groups) {
    let best: { text: string; penalty: number; position: number } | null = null;
    for (const member of group.members) {
      const text = memberText(member.articleId, member.sentence);
      if (text === null) continue;
      const penalty = standalonePenalty(text);
      if (
        !best ||
        penalty < best.penalty ||
        (penalty === best.penalty && member.sentence < best.position)
      ) {
        best = { text, penalty, position: member.sentence };
      }
    }
    if (!best) continue;
    const vector = vectorOf(best.text);
    for (const [term, weight] of vector)
      centroid.set(term, (centroid.get(term) ?? 0) + weight * group.sources.length);
    const lead = best.position < 3 ? 0.3 : 0;
    const inSentence = carriedIn(best.text);
    const quoteCarriers = Math.max(0, ...inSentence.map((q) => q.carriers));
    out.push({
      group,
      quotes: new Set(inSentence.map((q) => q.phrase)),
      text: best.text,
      vector,
      score:
        SUPPORT * group.independentSources +
        QUOTE_CARRIER_BONUS * Math.max(0, quoteCarriers - group.sources.length) +
        lead -
        best.penalty,
    });
  }
  const unit = normalize(centroid);
  for (const candidate of out) candidate.score += dot(candidate.vector, unit);
  return out;
}

/**
 * Select and order summary sentences.
 *
 * @example
 * const summary = summarize(articles, analysis.groups, { sentences: 6 });
 * summary[0]; // { text: '…', sources: ['id1', 'id2'] }
 */
export function summarize(
  articles: readonly CleanArticle[],
  groups: readonly AlignedGroup[],
  options: SummaryOptions = {},
): SummarySentence[] {
  const lambda = options.lambda ?? DEFAULT_LAMBDA;
  const maxRedundancy = options.maxRedundancy ?? DEFAULT_MAX_REDUNDANCY;
  const maxSentences =
    options.words === undefined ? (options.sentences ?? DEFAULT_SUMMARY_SENTENCES) : Infinity;
  const wordBudget = options.words ?? Infinity;
  const fillBudget = options.fillBudget ?? true;
  const pool = candidates(articles, groups, options.quotes).filter(
    (c) => c.score > 0 || groups.length < 3,
  );
  const selected: Candidate[] = [];
  let wordsUsed = 0;
  while (selected.length < maxSentences && pool.length > 0) {
    let bestIndex = -1;
    let bestValue = -Infinity;
    pool.forEach((candidate, index) => {
      const repeats = (s: Candidate): boolean => [...s.quotes].some((q) => candidate.quotes.has(q));
      const redundancy = Math.max(
        0,
        ...selected.map((s) => (repeats(s) ? 1 : dot(s.vector, candidate.vector))),
      );
      if (redundancy > maxRedundancy) return;
      const value = lambda * candidate.score - (1 - lambda) * redundancy;
      if (value > bestValue) {
        bestValue = value;
        bestIndex = index;
      }
    });
    if (bestIndex < 0) break;
    const [chosen] = pool.splice(bestIndex, 1) as [Candidate];
    const length = words(chosen.text).length;
    if (wordsUsed + length > wordBudget && selected.length > 0) {
      if (fillBudget) continue;
      break;
    }
    selected.push(chosen);
    wordsUsed += length;
  }
  // Facts several independent outlets report come first; ties keep selection order.
  return selected
    .map((candidate, order) => ({ candidate, order }))
    .sort(
      (a, b) =>
        b.candidate.group.independentSources - a.candidate.group.independentSources ||
        b.candidate.group.sources.length - a.candidate.group.sources.length ||
        a.order - b.order,
    )
    .map(({ candidate }) => ({ text: candidate.text, sources: [...candidate.group.sources] }));
}
