/**
 * Concept features, version 3 (version 2 without the last four): the word features of concept-features.ts made per story, plus
 * what the word MEANS (util/word-vectors.ts, GloVe 100-d). A neutral summary prefers event words
 * (killed, announced, vote, court) to framing words (slammed, radical, outrageous); the vector
 * lets the model learn that word-type preference on the NeuS train split and apply it to words
 * it never saw there.
 *
 *   word features   as version 1, but count and position are per story, so a long story of
 *                   long articles does not make every concept look central:
 *                   logCount = log(1 + count · COUNT_SCALE_TOKENS / the story's content words)
 *                   logFirst = log(1 + first position · POSITION_SCALE_SENTENCES / the mean
 *                              sentences per article)
 *   noVector        no surface form of the concept has a vector
 *   vector0…99      the concept's unit vector (mean of its surface forms' by occurrences)
 *   frequencyRank   log(1 + the form's frequency rank in the vectors' corpus) / 12: common
 *                   words are rarely what a story is about
 *   centrality      cosine of the vector to the story's centroid (occurrence-weighted)
 *   synonymShare    share of the articles using the concept OR a near-synonym (vector cosine
 *                   > SYNONYM_COSINE): outlets that frame one event in different words agree
 *   synonymGain     synonymShare − share
 *   quoteShare      share of its occurrences inside quotation marks (a source's words)
 *   titleCooccurrence  share of the sentences using it that also use another word of their
 *                   article's headline (the concept is part of what the outlet leads with)
 *   logMeanFirst    as logFirst, but the mean over the using articles of their first position
 *   countRank       1 − its rank by count among the story's concepts / their number
 *
 * Keep in sync with scripts/train-summary-concepts.ts through VECTOR_CONCEPT_FEATURES and
 * VECTOR_CONCEPT_FEATURE_VERSION: a model trained on other features refuses to load.
 */
import type { CleanArticle } from '../types.js';
import type { WordVectors } from '../util/word-vectors.js';
import {
  CONCEPT_FEATURES,
  MAX_POSITION,
  storyConcepts,
  wordFeatures,
  type ConceptStats,
} from './concept-features.js';

export const VECTOR_CONCEPT_FEATURE_VERSION = 3;

/** Dimensions of the word vectors the features were designed for (GloVe 6B 100-d). */
export const CONCEPT_VECTOR_DIMENSIONS = 100;

export const VECTOR_CONCEPT_FEATURES = [
  ...CONCEPT_FEATURES,
  'noVector',
  ...Array.from({ length: CONCEPT_VECTOR_DIMENSIONS }, (_, index) => `vector${index}`),
  'frequencyRank',
  'centrality',
  'synonymShare',
  'synonymGain',
  'quoteShare',
  'titleCooccurrence',
  'logMeanFirst',
  'countRank',
] as const;

/**
 * Counts are scaled to a story of this many content words (a NeuS story of three short articles
 * has about this many), so a concept's count reads as its weight in the story, not its length.
 */
export const COUNT_SCALE_TOKENS = 150;
/** Positions are scaled to articles of this many sentences (NeuS articles have about four). */
export const POSITION_SCALE_SENTENCES = 4;
/** Vector cosine above which two concepts count as near-synonyms (fired / ousted). */
export const SYNONYM_COSINE = 0.65;
/** Frequency ranks beyond this count as this rare. */
const MAX_RANK = 150_000;
/** Scales log(1 + rank) to about [0, 1]. */
const RANK_SCALE = 12;

/** The concept's unit vector: its surface forms' vectors weighted by occurrences; null if none. */
function conceptVector(entry: ConceptStats, vectors: WordVectors): Float32Array | null {
  const out = new Float32Array(vectors.dimensions);
  let found = false;
  for (const [form, count] of entry.forms) {
    const vector = vectors.vector(form);
    if (!vector) continue;
    found = true;
    for (let d = 0; d < vector.length; d++) out[d]! += count * vector[d]!;
  }
  if (!found) return null;
  let norm = 0;
  for (const value of out) norm += value * value;
  norm = Math.sqrt(norm);
  if (norm === 0) return null;
  for (let d = 0; d < out.length; d++) out[d]! /= norm;
  return out;
}

function dotProduct(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sum = 0;
  for (let d = 0; d < a.length; d++) sum += a[d]! * b[d]!;
  return sum;
}

/** The most frequent (lowest) corpus rank of any surface form of the concept. */
function frequencyRank(entry: ConceptStats, vectors: WordVectors): number {
  let best = MAX_RANK;
  for (const form of entry.forms.keys()) best = Math.min(best, vectors.rows.get(form) ?? MAX_RANK);
  return best;
}

/**
 * Every concept of the story with its version-3 feature vector (VECTOR_CONCEPT_FEATURES order).
 *
 * @example
 * vectorConceptFeatures(articles, loadWordVectors()!).get('kill'); // [1, 0.67, 0, …]
 */
export function vectorConceptFeatures(
  articles: readonly CleanArticle[],
  vectors: WordVectors,
): Map<string, number[]> {
  const story = storyConcepts(articles);
  const terms = [...story.stats.keys()];
  const vectorOf = new Map<string, Float32Array | null>(
    terms.map((term) => [term, conceptVector(story.stats.get(term)!, vectors)]),
  );
  const centroid = new Float64Array(vectors.dimensions);
  for (const term of terms) {
    const vector = vectorOf.get(term);
    if (!vector) continue;
    const count = story.stats.get(term)!.count;
    for (let d = 0; d < vector.length; d++) centroid[d]! += count * vector[d]!;
  }
  const centroidNorm = Math.sqrt(dotProduct(centroid, centroid)) || 1;
  // Near-synonyms among the story's own concepts: one pass over the pairs.
  const synonyms = new Map<string, string[]>(terms.map((term) => [term, []]));
  const withVectors = terms.filter((term) => vectorOf.get(term));
  for (let i = 0; i < withVectors.length; i++) {
    const a = vectorOf.get(withVectors[i]!)!;
    for (let j = i + 1; j < withVectors.length; j++) {
      if (dotProduct(a, vectorOf.get(withVectors[j]!)!) <= SYNONYM_COSINE) continue;
      synonyms.get(withVectors[i]!)!.push(withVectors[j]!);
      synonyms.get(withVectors[j]!)!.push(withVectors[i]!);
    }
  }
  const meanSentences = story.sentences / story.articles;
  // Rank of each concept by count among the story's concepts, 1 = most used.
  const byCount = [...story.stats].sort(([, a], [, b]) => b.count - a.count);
  const countRank = new Map(
    byCount.map(([term], index) => [term, 1 - index / Math.max(byCount.length, 1)]),
  );
  const out = new Map<string, number[]>();
  for (const [term, entry] of story.stats) {
    const first = Math.min(entry.first, MAX_POSITION);
    const logFirst = Number.isFinite(entry.first)
      ? Math.log1p((first * POSITION_SCALE_SENTENCES) / Math.max(meanSentences, 1))
      : Math.log1p(MAX_POSITION);
    const logCount = Math.log1p((entry.count * COUNT_SCALE_TOKENS) / Math.max(story.tokens, 1));
    const vector = vectorOf.get(term) ?? null;
    const near = synonyms.get(term)!;
    const agreeing = story.perArticle.filter(
      (used) => used.has(term) || near.some((other) => used.has(other)),
    ).length;
    const share = entry.articles / story.articles;
    const synonymShare = agreeing / story.articles;
    out.set(term, [
      ...wordFeatures(entry, term, story.articles, logFirst, logCount),
      vector ? 0 : 1,
      ...(vector ?? new Float32Array(vectors.dimensions)),
      Math.log1p(frequencyRank(entry, vectors)) / RANK_SCALE,
      vector ? dotProduct(vector, centroid) / centroidNorm : 0,
      synonymShare,
      synonymShare - share,
      entry.count > 0 ? entry.quoted / entry.count : 0,
      entry.sentences > 0 ? entry.titledSentences / entry.sentences : 0,
      entry.articles > 0
        ? Math.log1p(
            (entry.firstSum * POSITION_SCALE_SENTENCES) /
              entry.articles /
              Math.max(meanSentences, 1),
          )
        : Math.log1p(MAX_POSITION),
      countRank.get(term)!,
    ]);
  }
  return out;
}
