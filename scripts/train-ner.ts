/**
 * Trains the entity tagger offline and writes the committed model file.
 *
 *   npx tsx scripts/train-ner.ts --data ../shared/data --out models/ner-conll.json.gz \
 *     [--epochs 10] [--seed 20031] [--dropout 0.3] [--step 0.05] [--min-weight 0.15]
 *
 * Reads CoNLL-2003 train (never copied into the repo), prints one JSON line per epoch and a
 * summary with the tagger's own entity F1 on CoNLL dev (gold tokens, PER/ORG/LOC/MISC).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { documentEvidence, sentenceFeatures } from '../src/analyse/entities/tagger/features.js';
import { PredictionHistory } from '../src/analyse/entities/tagger/prediction-history.js';
import { parseModel, serialiseModel } from '../src/analyse/entities/tagger/model-file.js';
import { greedyDecode, modelScorer } from '../src/analyse/entities/tagger/perceptron.js';
import {
  DEFAULT_EPOCHS,
  DEFAULT_SEED,
  trainPerceptron,
  type LabelledDocument,
} from '../src/analyse/entities/tagger/train-perceptron.js';
import {
  CONLL_DEV_PATH,
  CONLL_TRAIN_PATH,
  entitiesOf,
  loadConll,
  type ConllDocument,
} from '../src/eval/conll-data.js';

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/** IOB1 or IOB2 tags as IOB2 (every entity opens with B-). */
function toLabelled(document: ConllDocument): LabelledDocument {
  return document.map((sentence, index) => {
    const labels = sentence.map(() => 'O');
    for (const entity of entitiesOf(
      sentence.map((token) => token.tag),
      index,
    )) {
      for (let at = entity.start; at < entity.end; at++)
        labels[at] = `${at === entity.start ? 'B' : 'I'}-${entity.type}`;
    }
    return sentence.map((token, at) => [token.text, labels[at]!] as const);
  });
}

const dataDir = argument('--data') ?? process.env.STORYLINE_DATA ?? '../shared/data';
const out = resolve(argument('--out') ?? 'models/ner-conll.json.gz');
const started = performance.now();
const train = loadConll(dataDir, CONLL_TRAIN_PATH).map(toLabelled);
const trained = trainPerceptron(train, {
  epochs: Number(argument('--epochs') ?? DEFAULT_EPOCHS),
  ...(argument('--dropout') ? { dropout: Number(argument('--dropout')) } : {}),
  seed: Number(argument('--seed') ?? DEFAULT_SEED),
  onEpoch: (epoch, accuracy) =>
    process.stdout.write(
      `${JSON.stringify({ epoch, accuracy: Math.round(accuracy * 10_000) / 10_000 })}\n`,
    ),
});
const bytes = serialiseModel(trained, {
  ...(argument('--step') ? { step: Number(argument('--step')) } : {}),
  ...(argument('--min-weight') ? { minWeight: Number(argument('--min-weight')) } : {}),
});
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, bytes);
const trainSeconds = Math.round((performance.now() - started) / 100) / 10;

// The tagger alone on dev, gold tokens: a check on the model, not the product's figure.
const model = parseModel(bytes, out);
let hits = 0;
let predicted = 0;
let gold = 0;
for (const document of loadConll(dataDir, CONLL_DEV_PATH).map(toLabelled)) {
  const evidence = documentEvidence(document.map((sentence) => sentence.map(([word]) => word)));
  const history = new PredictionHistory();
  document.forEach((sentence, index) => {
    const words = sentence.map(([word]) => word);
    const labels = greedyDecode(
      words,
      model.labels,
      modelScorer(model, sentenceFeatures(words, evidence)),
      history,
    ).map((label) => model.labels[label]!);
    const key = (e: { start: number; end: number; type: string }): string =>
      `${e.start}:${e.end}:${e.type}`;
    const truth = new Set(
      entitiesOf(
        sentence.map(([, label]) => label),
        index,
      ).map(key),
    );
    const guess = entitiesOf(labels, index).map(key);
    gold += truth.size;
    predicted += guess.length;
    hits += guess.filter((entity) => truth.has(entity)).length;
  });
}
const precision = hits / Math.max(1, predicted);
const recall = hits / Math.max(1, gold);
const round = (x: number): number => Math.round(x * 1000) / 1000;
process.stdout.write(
  `${JSON.stringify({
    out,
    bytes: bytes.length,
    features: model.rows.size,
    trainSeconds,
    devTaggerOnly: {
      precision: round(precision),
      recall: round(recall),
      f1: round((2 * precision * recall) / Math.max(1e-9, precision + recall)),
    },
  })}\n`,
);
