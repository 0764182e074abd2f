/**
 * TF-IDF vectors of every sentence of a story, the representation alignment and discrepancy
 * search compare. IDF is computed over the story's sentences: a name every outlet repeats
 * ("Musk") weighs little, the words that make a statement ("misinformed") weigh much.
 */
import type { CleanArticle, SentenceRef } from '../../types.js';
import { contentTerms, termCounts } from '../../util/tokens.js';
import { type SparseVector, dot, normalize } from '../../util/vector.js';

export interface SentenceVector {
  ref: SentenceRef;
  /** Position of the article in the input list (for stable ordering). */
  articleOrder: number;
  text: string;
  terms: Set<string>;
  /** L2-normalised TF-IDF weights. */
  vector: SparseVector;
}

export interface StoryVectors {
  sentences: SentenceVector[];
  idf: Map<string, number>;
  /** `${articleId}#${sentence}` → vector. */
  byKey: Map<string, SentenceVector>;
}

export const refKey = (ref: SentenceRef): string => `${ref.articleId}#${ref.sentence}`;

export function storyVectors(articles: readonly CleanArticle[]): StoryVectors {
  const raw = articles.flatMap((clean, articleOrder) =>
    clean.sentences.map((sentence) => ({
      ref: { articleId: clean.article.id, sentence: sentence.index },
      articleOrder,
      text: sentence.text,
      terms: contentTerms(sentence.text),
    })),
  );
  const documentFrequency = new Map<string, number>();
  for (const sentence of raw) {
    for (const term of new Set(sentence.terms))
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const idf = new Map<string, number>();
  for (const [term, df] of documentFrequency)
    idf.set(term, Math.log((raw.length + 1) / (df + 1)) + 1);
  const sentences = raw.map((sentence) => {
    const weights: SparseVector = new Map();
    for (const [term, count] of termCounts(sentence.terms))
      weights.set(term, count * (idf.get(term) ?? 1));
    return { ...sentence, terms: new Set(sentence.terms), vector: normalize(weights) };
  });
  return { sentences, idf, byKey: new Map(sentences.map((s) => [refKey(s.ref), s])) };
}

export function cosineOf(a: SentenceVector, b: SentenceVector): number {
  return dot(a.vector, b.vector);
}

/**
 * IDF-weighted share of the shorter sentence's terms found in the longer one: one outlet's
 * shorter wording of the same statement scores high even when cosine is diluted by extra
 * clauses in the other.
 */
export function weightedContainment(
  a: SentenceVector,
  b: SentenceVector,
  idf: Map<string, number>,
): number {
  const [small, large] = a.terms.size <= b.terms.size ? [a, b] : [b, a];
  let total = 0;
  let shared = 0;
  for (const term of small.terms) {
    const weight = idf.get(term) ?? 1;
    total += weight;
    if (large.terms.has(term)) shared += weight;
  }
  return total === 0 ? 0 : shared / total;
}
