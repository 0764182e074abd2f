/**
 * Trains the summary's concept model offline on the NeuS/AllSides `split: "train"` records only
 * and writes the committed model. Deterministic either way:
 *
 *   npx tsx scripts/train-summary-concepts.ts --data ../shared/data
 *       feature version 3 (word features and word vectors, concept-vector-features.ts):
 *       L2-regularised logistic regression solved by Newton's method (IRLS) from zero weights,
 *       written to models/summary-concepts-vectors.json [--l2 3]
 *   npx tsx scripts/train-summary-concepts.ts --data ../shared/data --features words
 *       feature version 1 (concept-features.ts): full-batch gradient descent from zero weights,
 *       written to models/summary-concepts.json [--epochs 400] [--rate 1]
 *
 * One example per concept of a story (concept-features.ts); the label is "the record's human
 * reference summary uses the concept" (its stemmed content terms). Prints the log loss on the
 * train and on the val records (never trained on), and the share of positive examples.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  conceptFeaturesFor,
  conceptProbability,
  DEFAULT_CONCEPT_MODEL_PATH,
  DEFAULT_VECTOR_CONCEPT_MODEL_PATH,
  serialiseConceptModel,
  type ConceptFeatureVersion,
  type ConceptModel,
} from '../src/brief/concept-model.js';
import { CONCEPT_FEATURE_VERSION } from '../src/brief/concept-features.js';
import { VECTOR_CONCEPT_FEATURE_VERSION } from '../src/brief/concept-vector-features.js';
import { cleanArticle } from '../src/clean/index.js';
import { NEUS_PATH } from '../src/eval/summaries-data.js';
import type { CleanArticle } from '../src/types.js';
import { contentTerms } from '../src/util/tokens.js';

const DEFAULT_EPOCHS = 400;
const DEFAULT_RATE = 1;
/** L2 penalty per epoch step: keeps weights of rare feature values finite. */
const L2 = 1e-4;
/**
 * Newton's method: L2 penalty on the summed log loss (not on the bias). NeuS train, vector
 * features: 1, 3 and 10 score alike on val; 100 underfits.
 */
const DEFAULT_NEWTON_L2 = 3;
const NEWTON_ITERATIONS = 15;

interface Example {
  features: number[];
  label: number;
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function examples(
  dataDir: string,
  version: ConceptFeatureVersion,
): Record<'train' | 'val', Example[]> {
  const path = join(resolve(dataDir), ...NEUS_PATH);
  const out: Record<'train' | 'val', Example[]> = { train: [], val: [] };
  for (const line of gunzipSync(readFileSync(path)).toString('utf8').split('\n')) {
    if (line.trim() === '') continue;
    const row = JSON.parse(line) as {
      id: string;
      split?: string;
      articles?: { title?: string; text?: string }[];
      reference_summary?: string;
    };
    if (!row.reference_summary || (row.split !== 'train' && row.split !== 'val')) continue;
    // The same articles as the summary eval (eval/summaries.ts toClean).
    const articles: CleanArticle[] = (row.articles ?? []).map((input, index) =>
      cleanArticle({
        id: `${row.id}#${index}`,
        url: null,
        source: `outlet-${index}`,
        title: input.title ?? null,
        byline: null,
        published: null,
        language: 'en',
        text: input.text ?? '',
        provenance: { file: null, line: index + 1, format: 'json' },
      }),
    );
    const reference = new Set(contentTerms(row.reference_summary));
    for (const [concept, features] of conceptFeaturesFor({ featureVersion: version }, articles)) {
      out[row.split].push({ features, label: reference.has(concept) ? 1 : 0 });
    }
  }
  return out;
}

function train(rows: readonly Example[], epochs: number, rate: number): number[] {
  const width = rows[0]?.features.length ?? 0;
  const weights = new Array<number>(width).fill(0);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const gradient = new Array<number>(width).fill(0);
    for (const row of rows) {
      const error = conceptProbability({ weights }, row.features) - row.label;
      row.features.forEach((value, index) => (gradient[index]! += error * value));
    }
    for (let index = 0; index < width; index++) {
      weights[index]! -= rate * (gradient[index]! / rows.length + L2 * weights[index]!);
    }
  }
  return weights;
}

/** Solves A·x = b for a symmetric positive definite A (n × n, row-major) by Cholesky. */
function choleskySolve(matrix: Float64Array, vector: Float64Array, n: number): Float64Array {
  const lower = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = matrix[i * n + j]!;
      for (let k = 0; k < j; k++) sum -= lower[i * n + k]! * lower[j * n + k]!;
      lower[i * n + j] = i === j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / lower[j * n + j]!;
    }
  }
  const forward = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = vector[i]!;
    for (let k = 0; k < i; k++) sum -= lower[i * n + k]! * forward[k]!;
    forward[i] = sum / lower[i * n + i]!;
  }
  const out = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let sum = forward[i]!;
    for (let k = i + 1; k < n; k++) sum -= lower[k * n + i]! * out[k]!;
    out[i] = sum / lower[i * n + i]!;
  }
  return out;
}

/**
 * Newton's method (IRLS) for L2-regularised logistic regression: about ten steps to the
 * optimum whatever the features' scales, where gradient descent on 120 unscaled features
 * crawls. The bias (feature 0) is not penalised.
 */
function trainNewton(rows: readonly Example[], l2: number): number[] {
  const width = rows[0]?.features.length ?? 0;
  const weights = new Float64Array(width);
  for (let iteration = 0; iteration < NEWTON_ITERATIONS; iteration++) {
    const gradient = new Float64Array(width);
    const hessian = new Float64Array(width * width);
    for (const row of rows) {
      const x = row.features;
      let score = 0;
      for (let i = 0; i < width; i++) score += x[i]! * weights[i]!;
      const p = 1 / (1 + Math.exp(-score));
      const error = p - row.label;
      const curvature = p * (1 - p);
      for (let i = 0; i < width; i++) {
        if (x[i] === 0) continue;
        gradient[i]! += error * x[i]!;
        const scaled = curvature * x[i]!;
        for (let j = i; j < width; j++) hessian[i * width + j]! += scaled * x[j]!;
      }
    }
    for (let i = 0; i < width; i++) {
      for (let j = 0; j < i; j++) hessian[i * width + j] = hessian[j * width + i]!;
      if (i > 0) {
        gradient[i]! += l2 * weights[i]!;
        hessian[i * width + i]! += l2;
      }
    }
    const step = choleskySolve(hessian, gradient, width);
    let largest = 0;
    for (let i = 0; i < width; i++) {
      weights[i]! -= step[i]!;
      largest = Math.max(largest, Math.abs(step[i]!));
    }
    if (largest < 1e-7) break;
  }
  return [...weights];
}

function logLoss(model: ConceptModel, rows: readonly Example[]): number {
  let loss = 0;
  for (const row of rows) {
    const p = conceptProbability(model, row.features);
    loss -= row.label ? Math.log(p) : Math.log(1 - p);
  }
  return loss / Math.max(rows.length, 1);
}

const features = argument('--features') ?? 'vectors';
if (features !== 'vectors' && features !== 'words') {
  throw new Error(`--features is vectors or words, not ${features}`);
}
const version: ConceptFeatureVersion =
  features === 'vectors' ? VECTOR_CONCEPT_FEATURE_VERSION : CONCEPT_FEATURE_VERSION;
const data = examples(
  argument('--data') ?? process.env.STORYLINE_DATA ?? '../shared/data',
  version,
);
const model: ConceptModel = {
  featureVersion: version,
  weights:
    version === VECTOR_CONCEPT_FEATURE_VERSION
      ? trainNewton(data.train, Number(argument('--l2') ?? DEFAULT_NEWTON_L2))
      : train(
          data.train,
          Number(argument('--epochs') ?? DEFAULT_EPOCHS),
          Number(argument('--rate') ?? DEFAULT_RATE),
        ),
};
const out =
  argument('--out') ??
  (version === VECTOR_CONCEPT_FEATURE_VERSION
    ? DEFAULT_VECTOR_CONCEPT_MODEL_PATH
    : DEFAULT_CONCEPT_MODEL_PATH);
writeFileSync(out, serialiseConceptModel(model));
console.log(
  JSON.stringify({
    featureVersion: version,
    trainExamples: data.train.length,
    positiveShare: Number(
      (data.train.filter((row) => row.label).length / data.train.length).toFixed(4),
    ),
    trainLogLoss: Number(logLoss(model, data.train).toFixed(4)),
    valLogLoss: Number(logLoss(model, data.val).toFixed(4)),
  }),
);
