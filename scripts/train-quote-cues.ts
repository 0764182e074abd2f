/**
 * Trains the quote cue classifier offline on PolNeAR train and writes the committed model.
 *
 *   npx tsx scripts/train-quote-cues.ts --data ../shared/data --out models/quote-cues.json.gz \
 *     [--epochs 6] [--seed 20165] [--rate 0.1] [--holdout 0]
 *
 * `--holdout K` (K > 1) leaves every K-th train article out of training and reports the
 * classifier on them: the figures to tune on. PolNeAR dev is only scored, never trained on.
 * Prints one JSON line per epoch and a summary with word-level cue precision/recall.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { cueFeatures, isCandidate, sentencePositions } from '../src/analyse/quotes/cue-features.js';
import {
  cueProbability,
  parseCueModel,
  serialiseCueModel,
  type CueModel,
} from '../src/analyse/quotes/cue-model.js';
import { findQuoteSegments } from '../src/analyse/quotes/quote-segments.js';
import { TokenIndex } from '../src/analyse/quotes/token-index.js';
import {
  DEFAULT_CUE_EPOCHS,
  DEFAULT_CUE_LEARNING_RATE,
  DEFAULT_CUE_SEED,
  trainCueModel,
  type CueExample,
} from '../src/analyse/quotes/train-cue-model.js';
import { extractEntityMentions } from '../src/analyse/entities/index.js';
import { extractQuotes } from '../src/analyse/quotes/extract-quotes.js';
import { learnedCues } from '../src/analyse/quotes/learned-cues.js';
import { reportFeatures } from '../src/analyse/quotes/report-filter.js';
import type { Span } from '../src/types.js';
import {
  loadPolnear,
  polnearCleanArticle,
  POLNEAR_DEV_PATH,
  type PolnearArticle,
} from '../src/eval/polnear-data.js';
import { tokenize } from '../src/util/tokens.js';

/** Folds of the cross-fitted stage 2 data. */
const DEFAULT_FOLDS = 4;
const POLNEAR_TRAIN_PATH = 'quotes/polnear-train.jsonl.gz';

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/** One example per candidate word outside quotations; a cue if it overlaps a gold cue. */
function examplesOf(article: PolnearArticle): CueExample[] {
  const { text } = article;
  const tokens = new TokenIndex(tokenize(text), findQuoteSegments(text)).tokens;
  const cues = article.attributions.flatMap((a) => a.cue?.spans ?? []);
  const positions = sentencePositions(text, tokens);
  const out: CueExample[] = [];
  tokens.forEach((token, index) => {
    if (!isCandidate(token)) return;
    out.push({
      features: cueFeatures(text, tokens, index, positions[index]!),
      cue: cues.some(([start, end]) => start < token.end && token.start < end),
    });
  });
  return out;
}

/**
 * Stage 2 examples: the indirect reports extraction finds in `articles` with `model`, each a
 * right one if its speaker overlaps a gold source.
 */
function reportExamplesOf(articles: readonly PolnearArticle[], model: CueModel): CueExample[] {
  const out: CueExample[] = [];
  for (const item of articles) {
    const clean = polnearCleanArticle(item);
    const mentions = extractEntityMentions(clean);
    const quotes = extractQuotes(clean, mentions, { cueModel: model });
    const tokens = new TokenIndex(tokenize(item.text), findQuoteSegments(item.text)).tokens;
    const learned = learnedCues(item.text, tokens, model);
    const sources: Span[] = item.attributions.flatMap((a) => a.source?.spans ?? []);
    reportFeatures(quotes, item.text, mentions, learned).forEach((features, index) => {
      const speaker = quotes[index]!.speakerSpan;
      if (!features || !speaker) return;
      const cue = sources.some(([start, end]) => start < speaker[1] && speaker[0] < end);
      out.push({ features, cue });
    });
  }
  return out;
}

const THRESHOLDS = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7];
const round = (x: number): number => Math.round(x * 1000) / 1000;

function wordScores(model: CueModel, examples: readonly CueExample[]): Record<string, unknown> {
  const probabilities = examples.map((e) => cueProbability(model, e.features));
  const gold = examples.filter((e) => e.cue).length;
  const rule = examples.filter((e) => e.features.includes('rule=cue'));
  const ruleHits = rule.filter((e) => e.cue).length;
  const out: Record<string, unknown> = {
    words: examples.length,
    gold,
    rules: { precision: round(ruleHits / rule.length), recall: round(ruleHits / gold) },
  };
  for (const threshold of THRESHOLDS) {
    const chosen = examples.filter((_, i) => probabilities[i]! >= threshold);
    const hits = chosen.filter((e) => e.cue).length;
    const precision = hits / Math.max(1, chosen.length);
    const recall = hits / Math.max(1, gold);
    out[`p>=${threshold}`] = {
      precision: round(precision),
      recall: round(recall),
      f1: round((2 * precision * recall) / Math.max(1e-9, precision + recall)),
    };
  }
  return out;
}

const dataDir = argument('--data') ?? process.env.STORYLINE_DATA ?? '../shared/data';
const out = resolve(argument('--out') ?? 'models/quote-cues.json.gz');
const holdout = Number(argument('--holdout') ?? 0);
const started = performance.now();
const articles = loadPolnear(dataDir, POLNEAR_TRAIN_PATH);
const isHeldOut = (index: number): boolean => holdout > 1 && index % holdout === holdout - 1;
const train = articles.filter((_, index) => !isHeldOut(index)).flatMap(examplesOf);
const cueOptions = {
  epochs: Number(argument('--epochs') ?? DEFAULT_CUE_EPOCHS),
  seed: Number(argument('--seed') ?? DEFAULT_CUE_SEED),
  learningRate: Number(argument('--rate') ?? DEFAULT_CUE_LEARNING_RATE),
};
const weights = trainCueModel(train, {
  ...cueOptions,
  onEpoch: (epoch, logLoss) =>
    process.stdout.write(
      `${JSON.stringify({ epoch, logLoss: Math.round(logLoss * 10_000) / 10_000 })}\n`,
    ),
});
// Stage 2 learns from reports found with cue models that did not see their articles
// (cross-fitting), so that it meets the cue model's errors as unseen text will show them.
const trainArticles = articles.filter((_, index) => !isHeldOut(index));
const folds = Number(argument('--folds') ?? DEFAULT_FOLDS);
const reports: CueExample[] = [];
for (let fold = 0; fold < folds; fold++) {
  const inFold = (index: number): boolean => index % folds === fold;
  const foldWeights = trainCueModel(
    trainArticles.filter((_, index) => !inFold(index)).flatMap(examplesOf),
    cueOptions,
  );
  const foldModel = parseCueModel(serialiseCueModel(foldWeights), `fold ${fold}`);
  reports.push(
    ...reportExamplesOf(
      trainArticles.filter((_, index) => inFold(index)),
      foldModel,
    ),
  );
  process.stdout.write(`${JSON.stringify({ fold, reports: reports.length })}\n`);
}
const reportWeights = trainCueModel(reports, cueOptions);
for (const [feature, weight] of reportWeights) weights.set(feature, weight);
const bytes = serialiseCueModel(weights);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, bytes);
const model = parseCueModel(bytes, out);
const heldOut = articles.filter((_, index) => isHeldOut(index)).flatMap(examplesOf);
process.stdout.write(
  `${JSON.stringify({
    out,
    bytes: bytes.length,
    features: model.weights.size,
    reports: reports.length,
    rightReports: reports.filter((r) => r.cue).length,
    trainArticles: articles.length - articles.filter((_, i) => isHeldOut(i)).length,
    trainSeconds: Math.round((performance.now() - started) / 100) / 10,
    ...(heldOut.length ? { heldOut: wordScores(model, heldOut) } : {}),
    dev: wordScores(model, loadPolnear(dataDir, POLNEAR_DEV_PATH).flatMap(examplesOf)),
  })}\n`,
);
