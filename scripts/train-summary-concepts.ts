/**
 * Trains the summary's concept model offline on the NeuS/AllSides `split: "train"` records only
 * and writes the committed model (deterministic: full-batch gradient descent from zero weights).
 *
 *   npx tsx scripts/train-summary-concepts.ts --data ../shared/data \
 *     --out models/summary-concepts.json [--epochs 400] [--rate 1]
 *
 * One example per concept of a story (concept-features.ts); the label is "the record's human
 * reference summary uses the concept" (its stemmed content terms). Prints the log loss on the
 * train and on the val records (never trained on), and the share of positive examples.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { conceptFeatures } from '../src/brief/concept-features.js';
import {
  conceptProbability,
  serialiseConceptModel,
  type ConceptModel,
} from '../src/brief/concept-model.js';
import { cleanArticle } from '../src/clean/index.js';
import { NEUS_PATH } from '../src/eval/summaries-data.js';
import type { CleanArticle } from '../src/types.js';
import { contentTerms } from '../src/util/tokens.js';

const DEFAULT_EPOCHS = 400;
const DEFAULT_RATE = 1;
/** L2 penalty per epoch step: keeps weights of rare feature values finite. */
const L2 = 1e-4;

interface Example {
  features: number[];
  label: number;
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function examples(dataDir: string): Record<'train' | 'val', Example[]> {
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
    for (const [concept, features] of conceptFeatures(articles)) {
      out[row.split].push({ features, label: reference.has(concept) ? 1 : 0 });
    }
  }
  return out;
}

function train(rows: readonly Example[], epochs: number, rate: number): ConceptModel {
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
  return { weights };
}

function logLoss(model: ConceptModel, rows: readonly Example[]): number {
  let loss = 0;
  for (const row of rows) {
    const p = conceptProbability(model, row.features);
    loss -= row.label ? Math.log(p) : Math.log(1 - p);
  }
  return loss / Math.max(rows.length, 1);
}

const data = examples(argument('--data') ?? process.env.STORYLINE_DATA ?? '../shared/data');
const model = train(
  data.train,
  Number(argument('--epochs') ?? DEFAULT_EPOCHS),
  Number(argument('--rate') ?? DEFAULT_RATE),
);
writeFileSync(argument('--out') ?? 'models/summary-concepts.json', serialiseConceptModel(model));
console.log(
  JSON.stringify({
    trainExamples: data.train.length,
    positiveShare: Number(
      (data.train.filter((row) => row.label).length / data.train.length).toFixed(4),
    ),
    trainLogLoss: Number(logLoss(model, data.train).toFixed(4)),
    valLogLoss: Number(logLoss(model, data.val).toFixed(4)),
  }),
);
