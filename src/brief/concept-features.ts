/**
 * Concepts of a story and the generic evidence that a neutral summary of it uses each one.
 * A concept is a stemmed content term (util/tokens.ts `contentTerms`: the summary's own unit of
 * redundancy and support). Its features use nothing but the story's own articles, so they carry
 * to stories and outlets the model never saw:
 *
 *   share        share of the articles that use the term (cross-outlet agreement)
 *   everywhere   every article uses it
 *   titleShare   share of the articles whose headline uses it; anyTitle; onlyTitle (in a
 *                headline but in no sentence)
 *   logFirst     log(1 + earliest sentence position of the term in any article): news leads
 *   logCount     log(1 + occurrences in the story)
 *   capShare     share of its mid-sentence occurrences written with a capital (names)
 *   number       the term is a number
 *   leadShare    share of the articles whose first sentence uses it
 *   + interactions share·logCount, share·titleShare, logCount²/4 and the stem's length / 10
 *
 * Keep in sync with scripts/train-summary-concepts.ts through CONCEPT_FEATURES and
 * CONCEPT_FEATURE_VERSION: a model trained on other features refuses to load.
 */
import { stemmer } from 'stemmer';
import type { CleanArticle } from '../types.js';
import { contentTerms, isStopWord, tokenize } from '../util/tokens.js';

export const CONCEPT_FEATURE_VERSION = 1;

export const CONCEPT_FEATURES = [
  'bias',
  'share',
  'everywhere',
  'titleShare',
  'anyTitle',
  'logFirst',
  'logCount',
  'capShare',
  'number',
  'leadShare',
  'onlyTitle',
  'share*logCount',
  'share*titleShare',
  'logCount^2/4',
  'stemLength/10',
] as const;

/** Sentence positions beyond this count as this far from the lead. */
const MAX_POSITION = 50;

interface ConceptStats {
  articles: number;
  titles: number;
  leads: number;
  first: number;
  count: number;
  midSentence: number;
  capitalised: number;
}

/** The stemmed content term of a word, as contentTerms() makes it; null for a stop word. */
function conceptOf(word: string): string | null {
  const lower = word.toLowerCase().replace(/’/g, "'");
  if (isStopWord(lower) || lower.length < 2) return null;
  return /^\d/.test(lower) ? lower : stemmer(lower);
}

/**
 * Every concept of the story with its feature vector (in CONCEPT_FEATURES order).
 *
 * @example
 * conceptFeatures(articles).get('musk'); // [1, 1, 1, 0.8, 1, 0, 2.9, 1, 0, 1, 0, …]
 */
export function conceptFeatures(articles: readonly CleanArticle[]): Map<string, number[]> {
  const stats = new Map<string, ConceptStats>();
  const statsOf = (term: string): ConceptStats => {
    let found = stats.get(term);
    if (!found) {
      found = {
        articles: 0,
        titles: 0,
        leads: 0,
        first: Infinity,
        count: 0,
        midSentence: 0,
        capitalised: 0,
      };
      stats.set(term, found);
    }
    return found;
  };
  for (const clean of articles) {
    const seen = new Set<string>();
    clean.sentences.forEach((sentence, position) => {
      tokenize(sentence.text).forEach((token, index) => {
        const term = conceptOf(token.text);
        if (term === null) return;
        const entry = statsOf(term);
        entry.count++;
        if (index > 0) {
          entry.midSentence++;
          if (/^\p{Lu}/u.test(token.text)) entry.capitalised++;
        }
        if (seen.has(term)) return;
        seen.add(term);
        entry.articles++;
        entry.first = Math.min(entry.first, position);
        if (position === 0) entry.leads++;
      });
    });
    for (const term of new Set(contentTerms(clean.article.title ?? ''))) statsOf(term).titles++;
  }
  const total = Math.max(articles.length, 1);
  const out = new Map<string, number[]>();
  for (const [term, entry] of stats) {
    const share = entry.articles / total;
    const titleShare = entry.titles / total;
    const logCount = Math.log1p(entry.count);
    out.set(term, [
      1,
      share,
      entry.articles >= total ? 1 : 0,
      titleShare,
      entry.titles > 0 ? 1 : 0,
      Math.log1p(Math.min(entry.first, MAX_POSITION)),
      logCount,
      entry.midSentence > 0 ? entry.capitalised / entry.midSentence : 0,
      /^\d/.test(term) ? 1 : 0,
      entry.leads / total,
      entry.articles === 0 ? 1 : 0,
      share * logCount,
      share * titleShare,
      (logCount * logCount) / 4,
      term.length / 10,
    ]);
  }
  return out;
}
