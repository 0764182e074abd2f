/**
 * The tagger's model file: averaged weights pruned and quantised to integer multiples of a
 * step, as gzipped JSON. Pruning drops the long tail of tiny weights (most features fire once
 * and end near zero), which keeps the committed file small and loading fast.
 *
 *   { format, featureVersion, labels[], step, features[], weights[] }
 *   weights: features.length × labels.length integers, row by row; weight = integer × step
 */
import { gzipSync } from 'node:zlib';
import { checkedModelJson, readModelFile, type ModelSource } from '../../../util/model-file.js';
import { FEATURE_VERSION } from './features.js';
import type { NerModel } from './perceptron.js';
import type { TrainedWeights } from './train-perceptron.js';

export const MODEL_FORMAT = 'storyline-ner';
/** Weights are stored as integer multiples of this step. */
export const DEFAULT_QUANT_STEP = 0.05;
/** A feature is kept only if one of its weights reaches this magnitude. */
export const DEFAULT_MIN_WEIGHT = 0.15;

export interface QuantiseOptions {
  /** Quantisation step. Default `DEFAULT_QUANT_STEP` (0.05). */
  step?: number;
  /** Drop features whose largest absolute weight is below this. Default `DEFAULT_MIN_WEIGHT`. */
  minWeight?: number;
}

interface ModelJson {
  format: string;
  featureVersion: number;
  labels: string[];
  step: number;
  features: string[];
  weights: number[];
}

/** Gzipped JSON of the pruned, quantised model. */
export function serialiseModel(trained: TrainedWeights, options: QuantiseOptions = {}): Buffer {
  const step = options.step ?? DEFAULT_QUANT_STEP;
  const minWeight = options.minWeight ?? DEFAULT_MIN_WEIGHT;
  const width = trained.labels.length;
  const features: string[] = [];
  const weights: number[] = [];
  trained.features.forEach((feature, row) => {
    const values = Array.from(trained.weights.subarray(row * width, (row + 1) * width));
    if (Math.max(...values.map(Math.abs)) < minWeight) return;
    const quantised = values.map((value) => Math.round(value / step) || 0);
    if (quantised.every((value) => value === 0)) return;
    features.push(feature);
    weights.push(...quantised);
  });
  const json: ModelJson = {
    format: MODEL_FORMAT,
    featureVersion: FEATURE_VERSION,
    labels: [...trained.labels],
    step,
    features,
    weights,
  };
  return gzipSync(JSON.stringify(json), { level: 9 });
}

/** A model from the bytes `serialiseModel` wrote; `source` names it in errors. */
export function parseModel(bytes: Buffer, source: string): NerModel {
  const json = checkedModelJson<ModelJson>(bytes, source, NER_MODEL_SOURCE);
  const { labels = [], features = [], weights = [], step = 1 } = json;
  return {
    featureVersion: FEATURE_VERSION,
    labels,
    rows: new Map(features.map((feature, row) => [feature, row])),
    weights: Float32Array.from(weights, (value) => value * step),
  };
}

export const NER_MODEL_SOURCE: ModelSource = {
  env: 'STORYLINE_NER_MODEL',
  file: 'ner-conll.json.gz',
  what: 'entity tagger model',
  script: 'scripts/train-ner.ts',
  without: 'the rules alone',
  format: MODEL_FORMAT,
  featureVersion: FEATURE_VERSION,
};

export function readModel(path: string): NerModel {
  return parseModel(readModelFile(path, NER_MODEL_SOURCE), path);
}
