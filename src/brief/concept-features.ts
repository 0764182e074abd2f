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
export const MAX_POSITION = 50;

/** What a story's articles say about one concept: the raw counts every feature derives from. */
export interface ConceptStats {
  /** Articles whose sentences use it. */
  articles: number;
  /** Articles whose headline uses it. */
  titles: number;
  /** Articles whose first sentence uses it. */
  leads: number;
  /** Earliest sentence position in any article (Infinity: headlines only). */
  first: number;
  /** Occurrences in all sentences. */
  count: number;
  /** Occurrences not opening a sentence, and those of them written with a capital. */
  midSentence: number;
  capitalised: number;
  /** Lower-case surface forms and their occurrences ("killed": 3, "kills": 1). */
  forms: Map<string, number>;
  /** Occurrences inside quotation marks (an outlet's source speaking, not the outlet). */
  quoted: number;
  /** Sentences using it, and those of them that also use a headline concept of their article. */
  sentences: number;
  titledSentences: number;
  /** Each using article's earliest sentence position, summed. */
  firstSum: number;
}

/** The concepts of a story with their stats, and the story's size. */
export interface StoryConcepts {
  stats: Map<string, ConceptStats>;
  /** Articles (at least 1). */
  articles: number;
  /** Sentences in all articles. */
  sentences: number;
  /** Content-word occurrences in all sentences (the sum of every concept's count). */
  tokens: number;
  /** The concepts each article's sentences use, article by article. */
  perArticle: Set<string>[];
}

/** The stemmed content term of a word, as contentTerms() makes it; null for a stop word. */
function conceptOf(word: string): string | null {
  const lower = word.toLowerCase().replace(/’/g, "'");
  if (isStopWord(lower) || lower.length < 2) return null;
  return /^\d/.test(lower) ? lower : stemmer(lower);
}

/** Whether an offset of the text lies inside quotation marks (curly or straight). */
function quotedSpans(text: string): (offset: number) => boolean {
  const spans: [number, number][] = [];
  let open = -1;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '“' || (char === '"' && open < 0)) open = index;
    else if ((char === '”' || char === '"') && open >= 0) {
      spans.push([open, index]);
      open = -1;
    }
  }
  if (open >= 0) spans.push([open, text.length]);
  return (offset) => spans.some(([start, end]) => offset > start && offset < end);
}

/** One pass over the story's sentences and headlines. */
export function storyConcepts(articles: readonly CleanArticle[]): StoryConcepts {
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
        forms: new Map(),
        quoted: 0,
        sentences: 0,
        titledSentences: 0,
        firstSum: 0,
      };
      stats.set(term, found);
    }
    return found;
  };
  let sentences = 0;
  let tokens = 0;
  const perArticle: Set<string>[] = [];
  for (const clean of articles) {
    const seen = new Set<string>();
    const titleTerms = new Set(contentTerms(clean.article.title ?? ''));
    clean.sentences.forEach((sentence, position) => {
      sentences++;
      const quotedAt = quotedSpans(sentence.text);
      const inSentence = new Set<string>();
      tokenize(sentence.text).forEach((token, index) => {
        const term = conceptOf(token.text);
        if (term === null) return;
        tokens++;
        const entry = statsOf(term);
        entry.count++;
        inSentence.add(term);
        if (quotedAt(token.start)) entry.quoted++;
        const form = token.text.toLowerCase().replace(/’/g, "'");
        entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
        if (index > 0) {
          entry.midSentence++;
          if (/^\p{Lu}/u.test(token.text)) entry.capitalised++;
        }
        if (seen.has(term)) return;
        seen.add(term);
        entry.articles++;
        entry.first = Math.min(entry.first, position);
        entry.firstSum += position;
        if (position === 0) entry.leads++;
      });
      const titled = [...inSentence].some((term) => titleTerms.has(term));
      for (const term of inSentence) {
        const entry = statsOf(term);
        entry.sentences++;
        if (titled && [...titleTerms].some((other) => other !== term && inSentence.has(other))) {
          entry.titledSentences++;
        }
      }
    });
    perArticle.push(seen);
    for (const term of new Set(contentTerms(clean.article.title ?? ''))) statsOf(term).titles++;
  }
  return { stats, articles: Math.max(articles.length, 1), sentences, tokens, perArticle };
}

/**
 * The word features of one concept, in CONCEPT_FEATURES order after `bias`, from its share
 * features and the given count and position terms (raw in version 1, per story in versions 2 and 3).
 */
export function wordFeatures(
  entry: ConceptStats,
  term: string,
  total: number,
  logFirst: number,
  logCount: number,
): number[] {
  const share = entry.articles / total;
  const titleShare = entry.titles / total;
  return [
    1,
    share,
    entry.articles >= total ? 1 : 0,
    titleShare,
    entry.titles > 0 ? 1 : 0,
    logFirst,
    logCount,
    entry.midSentence > 0 ? entry.capitalised / entry.midSentence : 0,
    /^\d/.test(term) ? 1 : 0,
    entry.leads / total,
    entry.articles === 0 ? 1 : 0,
    share * logCount,
    share * titleShare,
    (logCount * logCount) / 4,
    term.length / 10,
  ];
}

/**
 * Every concept of the story with its feature vector (in CONCEPT_FEATURES order).
 *
 * @example
 * conceptFeatures(articles).get('musk'); // [1, 1, 1, 0.8, 1, 0, 2.9, 1, 0, 1, 0, …]
 */
export function conceptFeatures(articles: readonly CleanArticle[]): Map<string, number[]> {
  const story = storyConcepts(articles);
  const out = new Map<string, number[]>();
  for (const [term, entry] of story.stats) {
    const logFirst = Math.log1p(Math.min(entry.first, MAX_POSITION));
    out.set(term, wordFeatures(entry, term, story.articles, logFirst, Math.log1p(entry.count)));
  }
  return out;
}
