/**
 * Averaged perceptron training for the greedy BIO tagger (Collins 2002; the lazy averaging of
 * Honnibal's tagger): on each mistaken token, +1 to the gold label's weights and -1 to the
 * predicted one's, for every feature of the token. The model returned is the average of the
 * weights over all steps, which generalises far better than the last weights.
 *
 * Training decodes with the model's own previous labels (not gold ones), as tagging does.
 * Documents are shuffled each epoch by a seeded generator: same data + seed = same model.
 */
import { IDENTITY_FEATURE, documentEvidence, sentenceFeatures } from './features.js';
import { PredictionHistory } from './prediction-history.js';
import { NER_LABELS, START_LABEL, greedyDecode, isAllowed, type Scorer } from './perceptron.js';
import { seededRandom } from '../../../util/seeded-random.js';

/** A labelled document: sentences of [word, BIO label] pairs. */
export type LabelledDocument = readonly (readonly (readonly [string, string])[])[];

export const DEFAULT_EPOCHS = 10;
export const DEFAULT_SEED = 20_031;
export const DEFAULT_DROPOUT = 0.3;

export interface TrainOptions {
  /** Passes over the data. Default `DEFAULT_EPOCHS` (10). */
  epochs?: number;
  /** Seed of the per-epoch document shuffle and of the dropout. Default `DEFAULT_SEED`. */
  seed?: number;
  /**
   * Chance of hiding a capitalised word's identity features for one step. Default 0.3. This
   * teaches the cues that still work on names never seen (context, shape, lexicon): CoNLL's
   * names are from 1996, the product's are not.
   */
  dropout?: number;
  /** Called after each epoch with the token accuracy of that pass. */
  onEpoch?: (epoch: number, accuracy: number) => void;
}

/** Averaged weights, one row of `labels.length` per feature, before pruning. */
export interface TrainedWeights {
  labels: readonly string[];
  features: string[];
  weights: Float64Array;
}

class Weights {
  readonly ids = new Map<string, number>();
  weights = new Float64Array(0);
  totals = new Float64Array(0);
  stamps = new Float64Array(0);
  constructor(readonly width: number) {}

  id(feature: string): number {
    let id = this.ids.get(feature);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(feature, id);
      if ((id + 1) * this.width > this.weights.length) this.grow();
    }
    return id;
  }

  private grow(): void {
    const size = Math.max(1 << 16, this.weights.length * 2);
    for (const name of ['weights', 'totals', 'stamps'] as const) {
      const next = new Float64Array(size);
      next.set(this[name]);
      this[name] = next;
    }
  }

  update(id: number, label: number, delta: number, step: number): void {
    const at = id * this.width + label;
    this.totals[at]! += (step - this.stamps[at]!) * this.weights[at]!;
    this.stamps[at] = step;
    this.weights[at]! += delta;
  }

  averaged(step: number): Float64Array {
    const count = this.ids.size * this.width;
    const out = new Float64Array(count);
    for (let at = 0; at < count; at++) {
      const total = this.totals[at]! + (step - this.stamps[at]!) * this.weights[at]!;
      out[at] = total / step;
    }
    return out;
  }
}

/**
 * The label to learn at a token given the predicted one before it. After a wrong O, gold I-X
 * cannot be decoded (I- only continues an entity): learning it would only inflate I-X
 * weights without bound. B-X, which opens the entity from there, is the reachable target.
 */
function reachable(gold: number, previous: number | undefined): number {
  const label = NER_LABELS[gold]!;
  const before = previous === undefined ? START_LABEL : NER_LABELS[previous]!;
  if (isAllowed(before, label)) return gold;
  return NER_LABELS.indexOf(`B-${label.slice(2)}` as (typeof NER_LABELS)[number]);
}

interface PreparedSentence {
  words: string[];
  gold: number[];
  features: number[][];
  /** The same features without the identity ones, for dropout. */
  context: number[][];
}

export function trainPerceptron(
  documents: readonly LabelledDocument[],
  options: TrainOptions = {},
): TrainedWeights {
  const labels = NER_LABELS;
  const labelIndex = new Map<string, number>(labels.map((label, index) => [label, index]));
  const model = new Weights(labels.length);
  // Observation features never change: intern them once.
  const prepared: PreparedSentence[][] = documents.map((document) => {
    const evidence = documentEvidence(document.map((sentence) => sentence.map(([word]) => word)));
    return document.map((sentence) => {
      const words = sentence.map(([word]) => word);
      const lists = sentenceFeatures(words, evidence);
      return {
        words,
        gold: sentence.map(([, label]) => labelIndex.get(label) ?? 0),
        features: lists.map((list) => list.map((feature) => model.id(feature))),
        context: lists.map((list) =>
          list
            .filter((feature) => !IDENTITY_FEATURE.test(feature))
            .map((feature) => model.id(feature)),
        ),
      };
    });
  });
  const random = seededRandom(options.seed ?? DEFAULT_SEED);
  const dropout = options.dropout ?? DEFAULT_DROPOUT;
  const order = prepared.map((_, index) => index);
  let step = 1;
  for (let epoch = 1; epoch <= (options.epochs ?? DEFAULT_EPOCHS); epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let correct = 0;
    let total = 0;
    for (const index of order) {
      const past = new PredictionHistory();
      for (const sentence of prepared[index]!) {
        const active = sentence.words.map((word, token) =>
          /^\p{Lu}/u.test(word) && random() < dropout
            ? sentence.context[token]!
            : sentence.features[token]!,
        );
        const historyIds: number[][] = [];
        const scorer: Scorer = (token, history, scores) => {
          const ids = history.map((feature) => model.id(feature));
          historyIds[token] = ids;
          for (const id of [...active[token]!, ...ids]) {
            const base = id * labels.length;
            for (let label = 0; label < labels.length; label++)
              scores[label]! += model.weights[base + label]!;
          }
        };
        const predicted = greedyDecode(sentence.words, labels, scorer, past);
        predicted.forEach((guess, token) => {
          const truth = reachable(sentence.gold[token]!, predicted[token - 1]);
          total++;
          if (guess === truth) {
            correct++;
            return;
          }
          for (const id of [...active[token]!, ...historyIds[token]!]) {
            model.update(id, truth, 1, step);
            model.update(id, guess, -1, step);
          }
        });
        step++;
      }
    }
    options.onEpoch?.(epoch, correct / Math.max(1, total));
  }
  return { labels, features: [...model.ids.keys()], weights: model.averaged(step) };
}
