/**
 * Baselines the summary eval compares against, under the same word budget and the same
 * budget rule as summarize() (skip a sentence that would overflow, try the next; keep ≥ 1):
 *
 *   lead     the lead sentences of the articles in turn (1st of each, then 2nd of each, …):
 *            the classic news baseline, strong because reporters write the gist first
 *   lexrank  Erkan & Radev (2004): sentences are nodes, edges join pairs whose TF-IDF cosine
 *            ≥ threshold (0.1), degree-normalised; PageRank with damping 0.85 scores
 *            centrality; sentences are taken by score, skipping near-repeats (cosine > 0.5)
 */
import type { CleanArticle } from '../types.js';
import { contentTerms, termCounts, words } from '../util/tokens.js';
import { dot, normalize, type SparseVector } from '../util/vector.js';

export interface LexRankOptions {
  /** Cosine at or above which two sentences are linked. Default 0.1 (the paper's best). */
  threshold?: number;
  /** PageRank damping. Default 0.85. */
  damping?: number;
  /** Cosine above which a sentence repeats a selected one. Default 0.5. */
  maxRedundancy?: number;
}

export const DEFAULT_LEXRANK_THRESHOLD = 0.1;
export const DEFAULT_DAMPING = 0.85;
const ITERATIONS = 50;

/** Take sentences in order, skipping any that would overflow `budget` words (keep ≥ 1). */
export function withinBudget(ordered: readonly string[], budget: number): string[] {
  const out: string[] = [];
  let used = 0;
  for (const text of ordered) {
    const length = words(text).length;
    if (used + length > budget && out.length > 0) continue;
    out.push(text);
    used += length;
  }
  return out;
}

export function leadBaseline(articles: readonly CleanArticle[], budget: number): string[] {
  const ordered: string[] = [];
  const longest = Math.max(0, ...articles.map((clean) => clean.sentences.length));
  for (let index = 0; index < longest; index++)
    for (const clean of articles) {
      const sentence = clean.sentences[index];
      if (sentence) ordered.push(sentence.text);
    }
  return withinBudget(ordered, budget);
}

function tfidfVectors(texts: readonly string[]): SparseVector[] {
  const terms = texts.map((text) => contentTerms(text));
  const df = new Map<string, number>();
  for (const list of terms) for (const term of new Set(list)) df.set(term, (df.get(term) ?? 0) + 1);
  return terms.map((list) => {
    const vector: SparseVector = new Map();
    for (const [term, count] of termCounts(list))
      vector.set(term, count * Math.log((texts.length + 1) / ((df.get(term) ?? 0) + 1) + 1));
    return normalize(vector);
  });
}

/** LexRank centrality of each text (sums to 1). */
export function lexRankScores(texts: readonly string[], options: LexRankOptions = {}): number[] {
  const threshold = options.threshold ?? DEFAULT_LEXRANK_THRESHOLD;
  const damping = options.damping ?? DEFAULT_DAMPING;
  const count = texts.length;
  if (count === 0) return [];
  const vectors = tfidfVectors(texts);
  const neighbours: number[][] = vectors.map((a, i) =>
    vectors.flatMap((b, j) => (i === j || dot(a, b) >= threshold ? [j] : [])),
  );
  let scores = new Array<number>(count).fill(1 / count);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const next = new Array<number>(count).fill((1 - damping) / count);
    neighbours.forEach((links, i) => {
      const share = (damping * scores[i]!) / links.length;
      for (const j of links) next[j]! += share;
    });
    scores = next;
  }
  return scores;
}

export function lexRankBaseline(
  articles: readonly CleanArticle[],
  budget: number,
  options: LexRankOptions = {},
): string[] {
  const maxRedundancy = options.maxRedundancy ?? 0.5;
  const texts = articles.flatMap((clean) => clean.sentences.map((sentence) => sentence.text));
  const scores = lexRankScores(texts, options);
  const vectors = tfidfVectors(texts);
  const ranked = texts.map((_, index) => index).sort((a, b) => scores[b]! - scores[a]! || a - b);
  const chosen: number[] = [];
  for (const index of ranked) {
    if (chosen.some((other) => dot(vectors[index]!, vectors[other]!) > maxRedundancy)) continue;
    chosen.push(index);
  }
  return withinBudget(
    chosen.map((index) => texts[index]!),
    budget,
  );
}
