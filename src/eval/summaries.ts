/**
 * Summary quality on NeuS/AllSides: ROUGE-1/2/L F1 (rouge.ts, stemmed as rouge-score) of our
 * cited summary against the human `reference_summary`, beside the lead and LexRank baselines
 * computed by the same code under the same word budget. Also citation precision: for every
 * summary sentence and every source it cites, does that source contain the cited content
 * (locateCitation at its default containment)? And redundancy: the largest cosine between two
 * sentences of one summary (the bar is ≤ 0.5).
 *
 *   storyline eval summaries --data ../shared/data [--limit N]
 */
import { analyseStory } from '../analyse/index.js';
import { summarize } from '../brief/index.js';
import { cleanArticle } from '../clean/index.js';
import { DEFAULT_MIN_CONTAINMENT, locateCitation } from '../serve/http/locate-citation.js';
import type { Article, CleanArticle, SummarySentence } from '../types.js';
import { contentTerms, termCounts } from '../util/tokens.js';
import { cosine } from '../util/vector.js';
import { rouge, type RougeScores } from './rouge.js';
import { leadBaseline, lexRankBaseline } from './summaries-baselines.js';
import { loadNeusSummaries, type SummaryItem } from './summaries-data.js';

export interface EvalSummariesOptions {
  dataDir: string;
  /** Stories to score (the first N records). Default: all 2,759. */
  limit?: number;
  /** Word budget of every system's summary. Default DEFAULT_EVAL_WORDS (65, ≈ the references' mean of 67). */
  words?: number;
}

export const DEFAULT_EVAL_WORDS = 65;
/** Issue 6: no two summary sentences above this cosine. */
export const REDUNDANCY_BAR = 0.5;

type SystemName = 'storyline' | 'lead' | 'lexrank';

export interface HalfScores {
  stories: number;
  storyline: number;
  lexrank: number;
}

export interface SystemScores {
  rouge1: number;
  rouge2: number;
  rougeL: number;
  /** Mean summary length in words. */
  words: number;
}

export interface SummariesReport {
  stories: number;
  wordBudget: number;
  /** Mean F1 × 100 per system. */
  systems: Record<SystemName, SystemScores>;
  /** storyline ROUGE-1 − LexRank ROUGE-1, in points (the bar is ≥ 3). */
  rouge1OverLexRank: number;
  /**
   * Diagnostics for generality: ROUGE-1 of storyline and LexRank on the first and the second
   * half of the scored records (develop on one, confirm on the other).
   */
  halves: { first: HalfScores; second: HalfScores };
  /**
   * The same per NeuS split: the summary's concept model (brief/concept-model.ts) is trained on
   * the `train` records only, so `val` is the figure it never saw.
   */
  splits: Record<string, HalfScores>;
  citations: {
    /** (sentence, cited source) pairs checked. */
    checked: number;
    /** Share whose source carries ≥ minContainment of the sentence's content terms. */
    precision: number;
    minContainment: number;
    /** Share of summary sentences found verbatim in at least one cited source. */
    verbatimSentences: number;
    /** Mean sources cited per summary sentence. */
    sourcesPerSentence: number;
    /** Share of summary sentences compressed (not a whole sentence of any cited source). */
    compressedSentences: number;
  };
  /**
   * Redundancy of storyline's summaries: the largest term-count cosine between two sentences
   * of one summary, over all stories (the bar is ≤ 0.5), and the pairs above 0.5.
   */
  redundancy: { maxPairCosine: number; pairsOver: number };
  seconds: number;
}

/** A NeuS record's three articles, cleaned as the product cleans them (outlets `outlet-0..2`). */
export function toClean(item: SummaryItem): CleanArticle[] {
  return item.articles.map((input, index) => {
    const article: Article = {
      id: `${item.id}#${index}`,
      url: null,
      source: `outlet-${index}`,
      title: input.title,
      byline: null,
      published: null,
      language: 'en',
      text: input.text,
      provenance: { file: null, line: index + 1, format: 'json' },
    };
    return cleanArticle(article);
  });
}

const round = (x: number): number => Number(x.toFixed(2));
const share = (x: number): number => Number(x.toFixed(4));

/** Every (sentence, source) citation checked against the source's text. */
function checkCitations(summary: readonly SummarySentence[], articles: readonly CleanArticle[]) {
  const byId = new Map(articles.map((clean) => [clean.article.id, clean]));
  let checked = 0;
  let supported = 0;
  let verbatim = 0;
  let compressed = 0;
  for (const sentence of summary) {
    const whole = sentence.sources.some((source) =>
      byId.get(source)?.sentences.some((s) => s.text === sentence.text),
    );
    if (!whole) compressed++;
    let anyVerbatim = false;
    for (const source of sentence.sources) {
      const match = locateCitation(byId.get(source)?.sentences ?? [], sentence.text);
      checked++;
      if (match) supported++;
      if (match?.verbatim) anyVerbatim = true;
    }
    if (anyVerbatim) verbatim++;
  }
  return { checked, supported, verbatim, compressed };
}

/** Largest pairwise cosine of the sentences' content-term counts, and how many exceed `bar`. */
export function pairRedundancy(
  sentences: readonly string[],
  bar = REDUNDANCY_BAR,
): { max: number; over: number } {
  const counts = sentences.map((text) => termCounts(contentTerms(text)));
  let max = 0;
  let over = 0;
  for (let i = 0; i < counts.length; i++) {
    for (let j = i + 1; j < counts.length; j++) {
      const value = cosine(counts[i]!, counts[j]!);
      max = Math.max(max, value);
      if (value > bar) over++;
    }
  }
  return { max, over };
}

/**
 * @example
 * const report = await evalSummaries({ dataDir: '../shared/data', limit: 200 });
 * report.systems.storyline.rouge1; // mean ROUGE-1 F1 × 100
 */
export async function evalSummaries(options: EvalSummariesOptions): Promise<SummariesReport> {
  const started = performance.now();
  const budget = options.words ?? DEFAULT_EVAL_WORDS;
  const items = loadNeusSummaries(options.dataDir, options.limit);
  const sums: Record<SystemName, SystemScores> = {
    storyline: { rouge1: 0, rouge2: 0, rougeL: 0, words: 0 },
    lead: { rouge1: 0, rouge2: 0, rougeL: 0, words: 0 },
    lexrank: { rouge1: 0, rouge2: 0, rougeL: 0, words: 0 },
  };
  const half = Math.ceil(items.length / 2);
  const halves = {
    first: { stories: 0, storyline: 0, lexrank: 0 },
    second: { stories: 0, storyline: 0, lexrank: 0 },
  };
  const splits: Record<string, HalfScores> = {};
  let index = 0;
  let split: HalfScores = { stories: 0, storyline: 0, lexrank: 0 };
  const add = (system: SystemName, sentences: readonly string[], reference: string): void => {
    const text = sentences.join(' ');
    const scores: RougeScores = rouge(text, reference);
    if (system !== 'lead') {
      halves[index < half ? 'first' : 'second'][system] += scores.rouge1.f1;
      split[system] += scores.rouge1.f1;
    }
    sums[system].rouge1 += scores.rouge1.f1;
    sums[system].rouge2 += scores.rouge2.f1;
    sums[system].rougeL += scores.rougeL.f1;
    sums[system].words += text.split(/\s+/).filter(Boolean).length;
  };
  const citations = { checked: 0, supported: 0, verbatim: 0, compressed: 0, sentences: 0 };
  const redundancy = { maxPairCosine: 0, pairsOver: 0 };
  for (const item of items) {
    split = splits[item.split] ??= { stories: 0, storyline: 0, lexrank: 0 };
    split.stories++;
    const articles = toClean(item);
    // The same inputs as the product's briefs: aligned groups and the quote ledger.
    const analysis = analyseStory(articles);
    const summary = summarize(articles, analysis.groups, {
      words: budget,
      quotes: analysis.quotes,
    });
    add(
      'storyline',
      summary.map((s) => s.text),
      item.referenceSummary,
    );
    add('lead', leadBaseline(articles, budget), item.referenceSummary);
    add('lexrank', lexRankBaseline(articles, budget), item.referenceSummary);
    const checked = checkCitations(summary, articles);
    citations.checked += checked.checked;
    citations.supported += checked.supported;
    citations.verbatim += checked.verbatim;
    citations.compressed += checked.compressed;
    citations.sentences += summary.length;
    const pairs = pairRedundancy(summary.map((s) => s.text));
    redundancy.maxPairCosine = Math.max(redundancy.maxPairCosine, pairs.max);
    redundancy.pairsOver += pairs.over;
    halves[index < half ? 'first' : 'second'].stories++;
    index++;
  }
  const halfScores = (total: HalfScores): HalfScores => ({
    stories: total.stories,
    storyline: round((100 * total.storyline) / Math.max(total.stories, 1)),
    lexrank: round((100 * total.lexrank) / Math.max(total.stories, 1)),
  });
  const count = Math.max(items.length, 1);
  const systems = Object.fromEntries(
    Object.entries(sums).map(([name, total]) => [
      name,
      {
        rouge1: round((100 * total.rouge1) / count),
        rouge2: round((100 * total.rouge2) / count),
        rougeL: round((100 * total.rougeL) / count),
        words: round(total.words / count),
      },
    ]),
  ) as Record<SystemName, SystemScores>;
  return {
    stories: items.length,
    wordBudget: budget,
    systems,
    rouge1OverLexRank: round(systems.storyline.rouge1 - systems.lexrank.rouge1),
    halves: { first: halfScores(halves.first), second: halfScores(halves.second) },
    splits: Object.fromEntries(
      Object.entries(splits)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, total]) => [name, halfScores(total)]),
    ),
    citations: {
      checked: citations.checked,
      precision: share(citations.supported / Math.max(citations.checked, 1)),
      minContainment: DEFAULT_MIN_CONTAINMENT,
      verbatimSentences: share(citations.verbatim / Math.max(citations.sentences, 1)),
      sourcesPerSentence: round(citations.checked / Math.max(citations.sentences, 1)),
      compressedSentences: share(citations.compressed / Math.max(citations.sentences, 1)),
    },
    redundancy: { maxPairCosine: share(redundancy.maxPairCosine), pairsOver: redundancy.pairsOver },
    seconds: round((performance.now() - started) / 1000),
  };
}
