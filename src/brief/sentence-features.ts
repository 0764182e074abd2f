/**
 * Story-level evidence that a sentence carries the gist, for every sentence of every article.
 * Measured on NeuS (AllSides roundups against the human neutral summaries), the words of a
 * reference summary are, in order of strength of the signal, the words several outlets use,
 * the words of the headlines, and the words the story repeats; so a sentence scores by
 *
 *   support      mean, over its distinct content terms, of the share of the *other* articles
 *                that use the term (cross-outlet agreement at the word level: it works when
 *                outlets paraphrase, where sentence alignment does not fire)
 *   centrality   cosine of its term counts with the rest of the story's (leave-one-out
 *                centroid: a long sentence is not its own evidence)
 *   titleOverlap |terms ∩ headline terms| / √|terms|, over every article's title
 *   firstPerson  "I", "we", "you", "our": the voice of quotes and opinion, which a neutral
 *                summary reports rather than repeats
 */
import type { CleanArticle } from '../types.js';
import { contentTerms, termCounts } from '../util/tokens.js';
import { dot, norm } from '../util/vector.js';

export interface SentenceFeatures {
  /** The sentence's content terms (stemmed), kept so callers need not tokenise it again. */
  terms: string[];
  support: number;
  centrality: number;
  titleOverlap: number;
  firstPerson: boolean;
}

const FIRST_PERSON_RE = /\b(I|we|my|our|you|your)\b/i;

/** Key of a sentence in the feature map. */
export const sentenceKey = (articleId: string, index: number): string => `${articleId}|${index}`;

/**
 * Cross-outlet support of any term list said by article `articleIndex`: the mean, over its
 * distinct terms, of the share of the other articles whose sentences use the term (the
 * `support` feature, for spans of a sentence as well as whole sentences).
 */
export function termSupport(
  vocabulary: readonly ReadonlySet<string>[],
  articleIndex: number,
  terms: readonly string[],
): number {
  const distinct = [...new Set(terms)];
  const others = vocabulary.filter((_, index) => index !== articleIndex);
  if (distinct.length === 0 || others.length === 0) return 0;
  return (
    distinct.reduce(
      (sum, term) => sum + others.filter((set) => set.has(term)).length / others.length,
      0,
    ) / distinct.length
  );
}

/** Each article's vocabulary: the content terms of all its sentences. */
export function articleVocabularies(termsOf: readonly string[][][]): Set<string>[] {
  return termsOf.map((sentences) => new Set(sentences.flat()));
}

/**
 * @example
 * const features = sentenceFeatures(articles);
 * features.get(sentenceKey(articles[0].article.id, 0))?.support; // 0.62
 */
export function sentenceFeatures(
  articles: readonly CleanArticle[],
  /** Per-article sentence terms; injected so a story update reuses unchanged articles' work. */
  sentenceTerms: (clean: CleanArticle) => string[][] = (clean) =>
    clean.sentences.map((s) => contentTerms(s.text)),
): Map<string, SentenceFeatures> {
  const termsOf = articles.map(sentenceTerms);
  const vocabulary = articleVocabularies(termsOf);
  const storyCounts = termCounts(termsOf.flat(2));
  const storySquared = norm(storyCounts) ** 2;
  const titleTerms = new Set(articles.flatMap((clean) => contentTerms(clean.article.title ?? '')));
  const out = new Map<string, SentenceFeatures>();
  articles.forEach((clean, articleIndex) => {
    clean.sentences.forEach((sentence, index) => {
      const terms = termsOf[articleIndex]![index] ?? [];
      const distinct = [...new Set(terms)];
      const counts = termCounts(terms);
      // cos(s, story − s) without building story − s: O(|s|) per sentence, not O(|story|).
      const shared = dot(counts, storyCounts);
      const ownSquared = norm(counts) ** 2;
      const restNorm = Math.sqrt(Math.max(0, storySquared - 2 * shared + ownSquared));
      const centrality =
        ownSquared === 0 || restNorm === 0
          ? 0
          : (shared - ownSquared) / (Math.sqrt(ownSquared) * restNorm);
      const support = termSupport(vocabulary, articleIndex, distinct);
      out.set(sentenceKey(clean.article.id, index), {
        terms,
        support,
        centrality,
        titleOverlap:
          distinct.length === 0
            ? 0
            : distinct.filter((term) => titleTerms.has(term)).length / Math.sqrt(distinct.length),
        firstPerson: FIRST_PERSON_RE.test(sentence.text),
      });
    });
  });
  return out;
}
