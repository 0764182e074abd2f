/**
 * Logistic regression for the cue classifier, trained by averaged stochastic gradient descent
 * (Polyak-Ruppert averaging, with the lazy running totals of an averaged perceptron): each
 * example moves the weights of its features by `rate × (y − p)`; the model returned is the
 * average of the weights over all steps, which is steadier than the last ones.
 *
 * Examples are shuffled each epoch by a seeded generator: same data + seed = same weights.
 */
import { seededRandom } from '../../util/seeded-random.js';

export interface CueExample {
  features: readonly string[];
  /** Whether the word is (part of) a gold attribution cue. */
  cue: boolean;
}

export const DEFAULT_CUE_EPOCHS = 6;
export const DEFAULT_CUE_SEED = 20_165;
export const DEFAULT_CUE_LEARNING_RATE = 0.1;

export interface TrainCueOptions {
  /** Passes over the examples. Default `DEFAULT_CUE_EPOCHS` (6). */
  epochs?: number;
  /** Seed of the per-epoch shuffle. Default `DEFAULT_CUE_SEED`. */
  seed?: number;
  /** Step size of the first epoch, decayed as rate / (1 + epoch). Default 0.1. */
  learningRate?: number;
  /** Called after each epoch with the mean log loss of that pass. */
  onEpoch?: (epoch: number, logLoss: number) => void;
}

/** Averaged weights by feature, in first-seen order. */
export function trainCueModel(
  examples: readonly CueExample[],
  options: TrainCueOptions = {},
): Map<string, number> {
  const epochs = options.epochs ?? DEFAULT_CUE_EPOCHS;
  const rate = options.learningRate ?? DEFAULT_CUE_LEARNING_RATE;
  const random = seededRandom(options.seed ?? DEFAULT_CUE_SEED);
  const ids = new Map<string, number>();
  const encoded = examples.map((example) =>
    Int32Array.from(example.features, (feature) => {
      let id = ids.get(feature);
      if (id === undefined) ids.set(feature, (id = ids.size));
      return id;
    }),
  );
  const weights = new Float64Array(ids.size);
  const totals = new Float64Array(ids.size);
  const stamps = new Float64Array(ids.size);
  const order = examples.map((_, index) => index);
  let step = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let at = order.length - 1; at > 0; at--) {
      const other = Math.floor(random() * (at + 1));
      [order[at], order[other]] = [order[other]!, order[at]!];
    }
    const epochRate = rate / (1 + epoch);
    let loss = 0;
    for (const index of order) {
      const features = encoded[index]!;
      let score = 0;
      for (const id of features) score += weights[id]!;
      const probability = 1 / (1 + Math.exp(-score));
      const truth = examples[index]!.cue ? 1 : 0;
      loss -= Math.log(Math.max(1e-12, truth ? probability : 1 - probability));
      const delta = epochRate * (truth - probability);
      step++;
      for (const id of features) {
        totals[id]! += (step - stamps[id]!) * weights[id]!;
        stamps[id] = step;
        weights[id]! += delta;
      }
    }
    options.onEpoch?.(epoch + 1, loss / Math.max(1, order.length));
  }
  const out = new Map<string, number>();
  for (const [feature, id] of ids) {
    const total = totals[id]! + (step - stamps[id]!) * weights[id]!;
    out.set(feature, total / Math.max(1, step));
  }
  return out;
}
