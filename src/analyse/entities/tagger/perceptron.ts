/**
 * Greedy left-to-right decoding of BIO labels with a linear model (an averaged perceptron):
 * each token takes the best-scoring label allowed after the previous one, and that label
 * feeds the next token's history features.
 *
 *   token:    Prime  Minister  Keir   Starmer  visited  Oldham
 *   history:  <s>    O         O      B-PER    I-PER    O
 *   label:    O      O         B-PER  I-PER    O        B-LOC
 */
import { historyFeatures, normaliseWord, wordShape } from './features.js';
import { PredictionHistory } from './prediction-history.js';

/** BIO labels over CoNLL's four types. Order is part of the model file format. */
export const NER_LABELS = [
  'O',
  'B-PER',
  'I-PER',
  'B-ORG',
  'I-ORG',
  'B-LOC',
  'I-LOC',
  'B-MISC',
  'I-MISC',
] as const;

export const START_LABEL = '<s>';

/** A trained model: one row of weights (one per label) for every kept feature. */
export interface NerModel {
  featureVersion: number;
  labels: readonly string[];
  /** Feature → row index into `weights`. */
  rows: ReadonlyMap<string, number>;
  /** `labels.length` weights per row. */
  weights: Float32Array;
}

/** Adds the weights of `features` to `scores` (one slot per label). */
export type Scorer = (token: number, history: readonly string[], scores: Float64Array) => void;

/** I-X continues an entity: it may follow only B-X or I-X. */
export function isAllowed(previous: string, label: string): boolean {
  if (!label.startsWith('I-')) return true;
  return previous.slice(2) === label.slice(2) && previous !== 'O';
}

/**
 * Label indices of a sentence, decoded greedily; `scorer` sees each token's history. Pass the
 * document's `history` to use (and extend) what earlier sentences were tagged, and
 * `scoresOut` to receive each token's label scores.
 */
export function greedyDecode(
  words: readonly string[],
  labels: readonly string[],
  scorer: Scorer,
  history?: PredictionHistory,
  scoresOut?: Float64Array[],
): number[] {
  const out: number[] = [];
  const scores = new Float64Array(labels.length);
  let previous = START_LABEL;
  let beforePrevious = START_LABEL;
  words.forEach((word, token) => {
    scores.fill(0);
    const features = historyFeatures(
      previous,
      beforePrevious,
      wordShape(normaliseWord(word)),
      words[token - 1] ?? '',
    );
    const past = history?.feature(word);
    if (past) features.push(past, `${past}|t-1=${previous}`);
    scorer(token, features, scores);
    scoresOut?.push(scores.slice());
    let best = 0;
    let bestScore = -Infinity;
    labels.forEach((label, index) => {
      if (!isAllowed(previous, label)) return;
      // Ties go to the earlier label (O first): deterministic, and cautious.
      if (scores[index]! > bestScore) {
        best = index;
        bestScore = scores[index]!;
      }
    });
    out.push(best);
    beforePrevious = previous;
    previous = labels[best]!;
  });
  history?.record(
    words,
    out.map((label) => labels[label]!),
  );
  return out;
}

/** A scorer over a trained model for one sentence's observation features. */
export function modelScorer(model: NerModel, features: readonly (readonly string[])[]): Scorer {
  const width = model.labels.length;
  const add = (feature: string, scores: Float64Array): void => {
    const row = model.rows.get(feature);
    if (row === undefined) return;
    const base = row * width;
    for (let label = 0; label < width; label++) scores[label]! += model.weights[base + label]!;
  };
  return (token, history, scores) => {
    for (const feature of features[token] ?? []) add(feature, scores);
    for (const feature of history) add(feature, scores);
  };
}
