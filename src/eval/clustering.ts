/**
 * Scores story clustering on the labelled sets: ECB+ (gold = subtopic; each topic pairs two
 * similar events) and the pooled NeuS/AllSides articles (gold = record id), for Storyline's
 * online StoryClusterer and, side by side, a TF-IDF + average-linkage baseline whose
 * threshold is tuned on gold (an upper bound for that baseline).
 *
 * The sets are stored grouped by story; an online clusterer fed them in that order would be
 * flattered, so articles arrive in a seeded random order (undated: arrival order is the clock).
 */
import { StoryClusterer, type ClusterOptions } from '../cluster/story-clusterer.js';
import { bCubed, pairwise } from './bcubed.js';
import { averageLinkage, cutDendrogram, tfidfSimilarities } from './clustering-baseline.js';
import { loadEcbPlus, loadNeusPool, shuffled, type LabelledArticle } from './clustering-data.js';

export interface EvalClusteringOptions {
  dataDir: string;
  /** Articles per set (first N in file order). Default: all ECB+, DEFAULT_NEUS_LIMIT of NeuS. */
  limit?: number;
  /**
   * NeuS articles skipped before the first `limit` (a diagnostic: confirm a change on another
   * slice of the pool than the one it was developed on). Default: 0.
   */
  neusOffset?: number;
  /** Seed of the arrival order. Default: DEFAULT_ORDER_SEED (1). */
  orderSeed?: number;
  /** StoryClusterer options under test. Default: the clusterer's defaults. */
  cluster?: ClusterOptions;
  /** Skip the quadratic baseline. Default: false. */
  skipBaseline?: boolean;
}

/** The baseline is quadratic in memory (n² floats): 3,000 articles = 36 MB, about 10 s. */
export const DEFAULT_NEUS_LIMIT = 3_000;
export const DEFAULT_ORDER_SEED = 1;
/** Thresholds tried for the baseline: 0.02 … 0.90. */
const BASELINE_THRESHOLDS = Array.from({ length: 45 }, (_, index) => (index + 1) * 0.02);

const round = (value: number) => Math.round(value * 10_000) / 10_000;

function scores(predicted: string[], gold: string[]) {
  const b = bCubed(predicted, gold);
  const p = pairwise(predicted, gold);
  return {
    bcubed: { precision: round(b.precision), recall: round(b.recall), f1: round(b.f1) },
    pairwise: { precision: round(p.precision), recall: round(p.recall), f1: round(p.f1) },
    stories: new Set(predicted).size,
  };
}

/** Runs the StoryClusterer over articles in arrival order; labels follow merges and moves. */
export function clusterLabels(
  articles: readonly LabelledArticle[],
  options: ClusterOptions = {},
): string[] {
  const clusterer = new StoryClusterer(options);
  const storyOf = new Map<string, string>();
  const members = new Map<string, string[]>();
  for (const article of articles) {
    const result = clusterer.add({
      id: article.id,
      title: article.title,
      text: article.text,
      published: null,
    });
    let list = members.get(result.story);
    if (list === undefined) members.set(result.story, (list = []));
    list.push(article.id);
    storyOf.set(article.id, result.story);
    for (const absorbed of result.mergedFrom ?? []) {
      for (const id of members.get(absorbed) ?? []) {
        storyOf.set(id, result.story);
        list.push(id);
      }
      members.delete(absorbed);
    }
    for (const move of result.moved ?? []) {
      const from = members.get(move.from)?.filter((id) => id !== move.id) ?? [];
      if (from.length > 0) members.set(move.from, from);
      else members.delete(move.from);
      let to = members.get(move.to);
      if (to === undefined) members.set(move.to, (to = []));
      to.push(move.id);
      storyOf.set(move.id, move.to);
    }
  }
  return articles.map((article) => storyOf.get(article.id)!);
}

function evalSet(articles: LabelledArticle[], options: EvalClusteringOptions) {
  const ordered = shuffled(articles, options.orderSeed ?? DEFAULT_ORDER_SEED);
  const gold = ordered.map((article) => article.gold);
  let started = performance.now();
  const storyline = { ...scores(clusterLabels(ordered, options.cluster), gold), seconds: 0 };
  storyline.seconds = round((performance.now() - started) / 1000);

  let baseline: Record<string, unknown> | null = null;
  if (!options.skipBaseline) {
    started = performance.now();
    const texts = ordered.map((article) =>
      article.title ? `${article.title}\n${article.text}` : article.text,
    );
    const merges = averageLinkage(tfidfSimilarities(texts), texts.length);
    let best = { threshold: 0, f1: -1 };
    for (const threshold of BASELINE_THRESHOLDS) {
      const f1 = bCubed(cutDendrogram(merges, texts.length, threshold), gold).f1;
      if (f1 > best.f1) best = { threshold, f1 };
    }
    baseline = {
      name: 'tfidf-average-linkage (threshold tuned on gold)',
      threshold: round(best.threshold),
      ...scores(cutDendrogram(merges, texts.length, best.threshold), gold),
      seconds: round((performance.now() - started) / 1000),
    };
  }
  return { articles: articles.length, goldStories: new Set(gold).size, storyline, baseline };
}

/**
 * @example
 * const report = await evalClustering({ dataDir: '../shared/data' });
 * report.ecbplus.storyline.bcubed.f1; // B-cubed F1 of the StoryClusterer on ECB+
 */
export async function evalClustering(options: EvalClusteringOptions) {
  const ecb = loadEcbPlus(options.dataDir);
  const neus = loadNeusPool(options.dataDir);
  return {
    ecbplus: evalSet(options.limit === undefined ? ecb : ecb.slice(0, options.limit), options),
    neus: evalSet(
      neus.slice(
        options.neusOffset ?? 0,
        (options.neusOffset ?? 0) + (options.limit ?? DEFAULT_NEUS_LIMIT),
      ),
      options,
    ),
  };
}
