/**
 * Extractive multi-document summary with citations.
 *
 * Every sentence of every aligned group (analyse/facts) is a candidate: a group is one
 * statement and its members are the outlets' wordings of it. A candidate cites its own article
 * and each other member whose sentence really carries its wording (analyse/facts/citation-support.ts), so a
 * citation never points at a loose paraphrase. Candidates score by
 *
 *   support + 0.3·centrality + 0.3·titleOverlap            (sentence-features.ts)
 *   + CORROBORATION·(independent cited sources − 1) + quote-carrier bonus
 *   − position decay − first-person voice − 0.2·standalonePenalty
 *
 * A candidate is its sentence compressed (compress-sentence.ts: linking words, attribution and
 * asides the other outlets do not carry are deleted), so the word budget carries more of what
 * the story agrees on; a compression only deletes, so its own article still carries it.
 * A quote that names no speaker is never a candidate. Selection: with a sentence count, Maximal
 * Marginal Relevance; with a word budget, the compatible set covering the most distinct concepts
 * a neutral summary is likely to use (concept-selection.ts, weights from concept-model.ts), or
 * without a concept model the best-filling set by sentence score (budget-selection.ts).
 * Either way no two sentences exceed DEFAULT_MAX_REDUNDANCY cosine, come from one group, or
 * repeat one multi-outlet quote. Output order: facts with more independent support first.
 */
import type { AlignedGroup, CleanArticle, Quote, SummarySentence } from '../types.js';
import { contentTerms, termCounts, words } from '../util/tokens.js';
import { cosine, dot, normalize, type SparseVector } from '../util/vector.js';
import { selectWithinBudget } from './budget-selection.js';
import { conceptWeigher, defaultConceptModel, type ConceptModel } from './concept-model.js';
import { selectByConcepts, type ConceptSelectionOptions } from './concept-selection.js';
import { supports } from '../analyse/facts/citation-support.js';
import { clauseForms } from './clause-forms.js';
import { compressSentence } from './compress-sentence.js';
import { storyLengthBonus } from './story-length-bonus.js';
import {
  articleVocabularies,
  sentenceFeatures,
  sentenceKey,
  termSupport,
} from './sentence-features.js';
import type { SummaryMemo } from './summary-memo.js';

export interface SummaryOptions {
  /** Number of sentences. Default DEFAULT_SUMMARY_SENTENCES (6). Ignored when `words` is set. */
  sentences?: number;
  /** Word budget instead of a sentence count. */
  words?: number;
  /** MMR trade-off between relevance and novelty (sentence-count mode). Default 0.7. */
  lambda?: number;
  /** Cosine above which a candidate is redundant with a selected sentence. Default 0.5. */
  maxRedundancy?: number;
  /**
   * With a word budget, search for the set that fills it best instead of stopping at the first
   * sentence that overflows. Default true (the budget is used, not wasted).
   */
  fillBudget?: boolean;
  /**
   * The story's quote ledger. A sentence carrying a quote that more outlets carry than cite it
   * is better corroborated than its aligned group shows (outlets paraphrase the sentence but
   * keep the quote). Ranking only: citations stay the supporting members'. Default: none.
   */
  quotes?: readonly Quote[];
  /**
   * Work kept across a story's updates (summary-memo.ts): pass the same memo each time the
   * story is re-summarised and only what the update changed is recomputed. Default: none.
   */
  memo?: SummaryMemo;
  /**
   * Compress candidate sentences (compress-sentence.ts: drop datelines, linking adverbials,
   * attribution tails, bracketed asides) so the budget carries more of the story. Default true.
   */
  compress?: boolean;
  /**
   * With a word budget, the concept model that weighs what the summary covers
   * (concept-selection.ts): the set covering the most distinct likely-summary concepts wins.
   * `null` selects by sentence score instead (budget-selection.ts). Default: the committed
   * model (concept-model.ts `defaultConceptModel`, STORYLINE_SUMMARY_MODEL=none turns it off).
   */
  conceptModel?: ConceptModel | null;
  /**
   * With a concept model, the coverage search's settings (concept-selection.ts defaults, except
   * `lengthBonus`: by default it follows the story's size, story-length-bonus.ts).
   */
  selection?: ConceptSelectionOptions;
  /**
   * With a concept model, also offer each sentence's opening main clause as a candidate
   * (clause-forms.ts), so the budget fills in finer steps. Default true.
   */
  clauseForms?: boolean;
}

export const DEFAULT_SUMMARY_SENTENCES = 6;
export const DEFAULT_LAMBDA = 0.7;
export const DEFAULT_MAX_REDUNDANCY = 0.5;
/** Rank bonus per outlet that carries a sentence’s quote beyond its aligned group. */
export const QUOTE_CARRIER_BONUS = 0.3;
/** Rank bonus per independent cited outlet beyond the first. */
export const CORROBORATION = 0.5;
/** Weights of the sentence features against `support` (which is in [0, 1], weight 1). */
const CENTRALITY = 0.3;
const TITLE_OVERLAP = 0.3;
const FIRST_PERSON = 0.1;
const STANDALONE = 0.2;
/** Leads carry the gist: a small decay per sentence position, capped. */
const POSITION_DECAY = 0.05;
const MAX_POSITION_DECAY = 0.5;

const DANGLING_START_RE =
  /^(he|she|they|it|his|her|their|its|this|that|these|those|but|and|so|also|meanwhile|however|instead|then|there|here|yet|or)\b/i;

const NAMED_ATTRIBUTION_RE =
  /[”’"]\s*,?\s*(?:(?:said|added|told|wrote)\s+)?(?:\p{Lu}[\p{L}’'-]+\s*){1,3}(?:said|added|told|wrote|says)/u;
const PRONOUN_ATTRIBUTION_RE = /[”’"]\s*,?\s*(he|she|they|it) (said|added|told|wrote|continued)\b/i;

export interface Candidate {
  group: AlignedGroup;
  /** The article and sentence position the candidate is taken from. */
  articleId: string;
  sentence: number;
  text: string;
  /** Articles whose own sentence carries `text`: the citations. */
  sources: string[];
  /** Independent sources among `sources` (reused copy counts once). */
  independentSources: number;
  /** Length in words. */
  length: number;
  /** Distinct content terms: the concepts the sentence covers. */
  concepts: string[];
  /** standalonePenalty of the text. */
  standalone: number;
  /** TF-IDF unit vector (MMR) and raw term counts (the redundancy bar is on either). */
  vector: SparseVector;
  counts: Map<string, number>;
  score: number;
  /** Multi-outlet ledger quotes the sentence carries: two sentences sharing one repeat it. */
  quotes: Set<string>;
}

/** A sentence opening with a quote needs a named speaker after it ("…,” Mr Gwynne said). */
export function isUnattributedQuote(text: string): boolean {
  return /^[“‘"]/.test(text) && !NAMED_ATTRIBUTION_RE.test(text);
}

/** How well a sentence stands alone in a summary (0 = fine, higher = worse). */
export function standalonePenalty(text: string): number {
  const count = words(text).length;
  let penalty = 0;
  if (DANGLING_START_RE.test(text)) penalty += 0.8;
  if (isUnattributedQuote(text)) penalty += 2;
  // "…, he added." leaves the reader asking who.
  if (PRONOUN_ATTRIBUTION_RE.test(text)) penalty += 0.8;
  if (count < 8) penalty += 1;
  if (count > 50) penalty += 0.5;
  if (/\?\s*[”’"]?$/.test(text)) penalty += 0.5;
  if (!/[.!?…][”’"')\]]*$/.test(text)) penalty += 0.5;
  return penalty;
}

/** Sentence-level IDF over the story, from the sentences' (already computed) terms. */
function idfOf(sentenceTerms: Iterable<readonly string[]>): (term: string) => number {
  const df = new Map<string, number>();
  let total = 0;
  for (const terms of sentenceTerms) {
    total++;
    for (const term of new Set(terms)) df.set(term, (df.get(term) ?? 0) + 1);
  }
  return (term) => Math.log((total + 1) / ((df.get(term) ?? 0) + 1)) + 1;
}

/** Score every member sentence of every aligned group as a summary candidate. */
export function candidates(
  articles: readonly CleanArticle[],
  groups: readonly AlignedGroup[],
  quotes: readonly Quote[] = [],
  memo?: SummaryMemo,
  compress = true,
  /**
   * Also offer each sentence with every removable clause deleted (compress-sentence.ts with
   * maxSpanSupport 1), whatever the other outlets say: for the concept-coverage search, which
   * weighs what a shorter form loses. Default false.
   */
  shortForms = false,
  /**
   * With shortForms, also offer each form's opening main clause (clause-forms.ts). Default
   * false.
   */
  clauses = false,
): Candidate[] {
  const carried = quotes
    .filter((quote) => quote.sources.length > 1 && words(quote.text).length >= 3)
    .map((quote) => ({
      phrase: ` ${words(quote.text).join(' ')} `,
      carriers: quote.sources.length,
    }));
  const byId = new Map(articles.map((clean) => [clean.article.id, clean]));
  const termsOf = articles.map((clean) =>
    memo ? memo.sentenceTerms(clean) : clean.sentences.map((s) => contentTerms(s.text)),
  );
  const termsByArticle = new Map(articles.map((clean, index) => [clean, termsOf[index]!]));
  const features = sentenceFeatures(articles, (clean) => termsByArticle.get(clean)!);
  const vocabulary = articleVocabularies(termsOf);
  const articleIndex = new Map(articles.map((clean, index) => [clean.article.id, index]));
  const supported = (clean: CleanArticle, index: number, text: string): boolean =>
    memo
      ? memo.supports(clean, index, text, () => supports(clean, index, text))
      : supports(clean, index, text);
  const idf = idfOf([...features.values()].map((feature) => feature.terms));
  const out: Candidate[] = [];
  for (const group of groups) {
    for (const member of group.members) {
      const source = byId.get(member.articleId)?.sentences[member.sentence]?.text;
      const feature = features.get(sentenceKey(member.articleId, member.sentence));
      if (source === undefined || !feature || isUnattributedQuote(source)) continue;
      const spanSupport = (span: string): number =>
        termSupport(vocabulary, articleIndex.get(member.articleId)!, contentTerms(span));
      const text = compress ? compressSentence(source, { spanSupport }) : source;
      const texts = [text];
      // A shorter form of the sentence lets a budget search fill words a whole sentence
      // would overflow; the group rule keeps one form at most in a summary.
      if (compress && shortForms) {
        const short = compressSentence(source, { spanSupport, maxSpanSupport: 1 });
        if (short !== text) texts.push(short);
        if (clauses) {
          for (const form of texts.flatMap((kept) => clauseForms(kept))) {
            if (!texts.includes(form)) texts.push(form);
          }
        }
      }
      for (const text of texts) {
        const terms = text === source ? feature.terms : contentTerms(text);
        // Cite only the members whose own wording carries this sentence (issue 6: a paraphrase
        // sharing too few terms is not a source for it).
        const cited = new Set(
          group.members
            .filter(
              (other) =>
                other === member || supported(byId.get(other.articleId)!, other.sentence, text),
            )
            .map((other) => other.articleId),
        );
        const sources = group.sources.filter((id) => cited.has(id));
        const independentSources = Math.max(
          1,
          group.independentSources - (group.sources.length - sources.length),
        );
        const padded = ` ${words(text).join(' ')} `;
        const inSentence = carried.filter((q) => padded.includes(q.phrase));
        const quoteCarriers = Math.max(0, ...inSentence.map((q) => q.carriers));
        const counts = termCounts(terms);
        const standalone = standalonePenalty(text);
        const vector: SparseVector = new Map();
        for (const [term, count] of counts) vector.set(term, count * idf(term));
        out.push({
          group,
          articleId: member.articleId,
          sentence: member.sentence,
          text,
          sources,
          independentSources,
          length: words(text).length,
          concepts: [...counts.keys()],
          standalone,
          vector: normalize(vector),
          counts,
          quotes: new Set(inSentence.map((q) => q.phrase)),
          score:
            feature.support +
            CENTRALITY * feature.centrality +
            TITLE_OVERLAP * feature.titleOverlap -
            (feature.firstPerson ? FIRST_PERSON : 0) -
            Math.min(POSITION_DECAY * member.sentence, MAX_POSITION_DECAY) -
            STANDALONE * standalone +
            CORROBORATION * (independentSources - 1) +
            QUOTE_CARRIER_BONUS * Math.max(0, quoteCarriers - group.sources.length),
        });
      }
    }
  }
  return out;
}

/** Redundancy of two candidates in [0, 1]: 1 when they are one statement or repeat a quote. */
function redundancy(a: Candidate, b: Candidate): number {
  if (a.group === b.group || [...a.quotes].some((q) => b.quotes.has(q))) return 1;
  return Math.max(dot(a.vector, b.vector), cosine(a.counts, b.counts));
}

/** Sentence-count mode: Maximal Marginal Relevance under the hard redundancy cap. */
function selectByCount(
  pool: readonly Candidate[],
  count: number,
  lambda: number,
  maxRedundancy: number,
): Candidate[] {
  const selected: Candidate[] = [];
  const left = [...pool];
  while (selected.length < count) {
    let bestIndex = -1;
    let bestValue = -Infinity;
    left.forEach((candidate, index) => {
      const overlap = Math.max(0, ...selected.map((s) => redundancy(s, candidate)));
      if (overlap > maxRedundancy) return;
      const value = lambda * candidate.score - (1 - lambda) * overlap;
      if (value > bestValue) {
        bestValue = value;
        bestIndex = index;
      }
    });
    if (bestIndex < 0) break;
    selected.push(...left.splice(bestIndex, 1));
  }
  return selected;
}

/** Word-budget mode without filling: best first, stop at the first overflow (keep ≥ 1). */
function selectUntilOverflow(
  pool: readonly Candidate[],
  budget: number,
  maxRedundancy: number,
): Candidate[] {
  const selected: Candidate[] = [];
  let used = 0;
  for (const candidate of [...pool].sort((a, b) => b.score - a.score)) {
    if (selected.some((s) => redundancy(s, candidate) > maxRedundancy)) continue;
    if (used + candidate.length > budget && selected.length > 0) break;
    selected.push(candidate);
    used += candidate.length;
  }
  return selected;
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
  const { memo, quotes = [], ...rest } = options;
  if (memo) {
    const fingerprint = memo.fingerprint(articles, groups, quotes, rest);
    return memo.summary(fingerprint, () => summarizeOnce(articles, groups, options, memo));
  }
  return summarizeOnce(articles, groups, options);
}

function summarizeOnce(
  articles: readonly CleanArticle[],
  groups: readonly AlignedGroup[],
  options: SummaryOptions,
  memo?: SummaryMemo,
): SummarySentence[] {
  const maxRedundancy = options.maxRedundancy ?? DEFAULT_MAX_REDUNDANCY;
  const fillBudget = options.words !== undefined && (options.fillBudget ?? true);
  const model = !fillBudget
    ? null
    : options.conceptModel === undefined
      ? defaultConceptModel()
      : options.conceptModel;
  const compress = options.compress ?? true;
  const pool = candidates(
    articles,
    groups,
    options.quotes,
    memo,
    compress,
    model !== null,
    model !== null && (options.clauseForms ?? true),
  );
  const compatible = (a: Candidate, b: Candidate): boolean => redundancy(a, b) <= maxRedundancy;
  let selected: Candidate[];
  if (options.words === undefined) {
    selected = selectByCount(
      pool,
      options.sentences ?? DEFAULT_SUMMARY_SENTENCES,
      options.lambda ?? DEFAULT_LAMBDA,
      maxRedundancy,
    );
  } else if (model) {
    selected = selectByConcepts(pool, options.words, compatible, conceptWeigher(model, articles), {
      lengthBonus: storyLengthBonus(articles),
      ...options.selection,
    });
  } else if (fillBudget) {
    selected = selectWithinBudget(pool, options.words, compatible);
  } else {
    selected = selectUntilOverflow(pool, options.words, maxRedundancy);
  }
  // Facts several independent outlets report come first; ties keep selection order.
  const ordered = selected
    .map((candidate, order) => ({ candidate, order }))
    .sort(
      (a, b) =>
        b.candidate.independentSources - a.candidate.independentSources ||
        b.candidate.sources.length - a.candidate.sources.length ||
        a.order - b.order,
    )
    .map(({ candidate }) => candidate);
  return leadStandsAlone(ordered).map((candidate) => ({
    text: candidate.text,
    sources: [...candidate.sources],
  }));
}

/**
 * A summary cannot open on "He also suggested …": nothing before it says who. When the first
 * sentence leans on an earlier one (DANGLING_START_RE) and another does not, the first one
 * that stands alone moves to the front; the rest keep their order.
 */
export function leadStandsAlone<T extends { text: string }>(ordered: readonly T[]): T[] {
  if (ordered.length < 2 || !DANGLING_START_RE.test(ordered[0]!.text)) return [...ordered];
  const lead = ordered.findIndex((item) => !DANGLING_START_RE.test(item.text));
  if (lead < 0) return [...ordered];
  return [ordered[lead]!, ...ordered.filter((_, index) => index !== lead)];
}
