/**
 * The learned cue classifier: logistic regression over `cueFeatures`, trained offline on
 * PolNeAR train (scripts/train-quote-cues.ts) and committed as `models/quote-cues.json.gz`.
 * It loads lazily, once per process; STORYLINE_QUOTE_MODEL names another file, or `none`
 * for the rules alone.
 *
 *   { format, featureVersion, step, bias, features[], weights[] }   weight = integer × step
 */
import { gzipSync } from 'node:zlib';
import {
  defaultModelPath,
  checkedModelJson,
  modelLoader,
  type ModelSource,
} from '../../util/model-file.js';
import type { Token } from '../../util/tokens.js';
import {
  CUE_FEATURE_VERSION,
  cueFeatures,
  isCandidate,
  sentencePositions,
} from './cue-features.js';

export const CUE_MODEL_FORMAT = 'storyline-quote-cues';
/** Weights are stored as integer multiples of this step. */
export const DEFAULT_CUE_QUANT_STEP = 0.02;
/** A feature whose weight stays below this magnitude is dropped from the file. */
export const DEFAULT_CUE_MIN_WEIGHT = 0.05;

export interface CueModel {
  featureVersion: number;
  weights: ReadonlyMap<string, number>;
}

interface CueModelJson {
  format: string;
  featureVersion: number;
  step: number;
  features: string[];
  weights: number[];
}

/** Gzipped JSON of the pruned, quantised weights (features sorted: byte-identical retrains). */
export function serialiseCueModel(
  weights: ReadonlyMap<string, number>,
  step = DEFAULT_CUE_QUANT_STEP,
  minWeight = DEFAULT_CUE_MIN_WEIGHT,
): Buffer {
  const kept = [...weights]
    .filter(([feature, weight]) => feature === 'bias' || Math.abs(weight) >= minWeight)
    .map(([feature, weight]) => [feature, Math.round(weight / step) || 0] as const)
    .filter(([, quantised]) => quantised !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const json: CueModelJson = {
    format: CUE_MODEL_FORMAT,
    featureVersion: CUE_FEATURE_VERSION,
    step,
    features: kept.map(([feature]) => feature),
    weights: kept.map(([, quantised]) => quantised),
  };
  return gzipSync(JSON.stringify(json), { level: 9 });
}

export function parseCueModel(bytes: Buffer, source: string): CueModel {
  const json = checkedModelJson<CueModelJson>(bytes, source, CUE_MODEL_SOURCE);
  const step = json.step ?? 1;
  const weights = json.weights ?? [];
  return {
    featureVersion: CUE_FEATURE_VERSION,
    weights: new Map((json.features ?? []).map((feature, row) => [feature, weights[row]! * step])),
  };
}

export const CUE_MODEL_SOURCE: ModelSource = {
  env: 'STORYLINE_QUOTE_MODEL',
  file: 'quote-cues.json.gz',
  what: 'quote cue model',
  script: 'scripts/train-quote-cues.ts',
  without: 'the rules alone',
  format: CUE_MODEL_FORMAT,
  featureVersion: CUE_FEATURE_VERSION,
};

export const DEFAULT_CUE_MODEL_PATH = defaultModelPath(CUE_MODEL_SOURCE);

/** The committed model, read on first use; null when STORYLINE_QUOTE_MODEL is `none`. */
export const defaultCueModel = modelLoader(CUE_MODEL_SOURCE, parseCueModel);

/** The model's probability that a word with these features is an attribution cue. */
export function cueProbability(model: CueModel, features: readonly string[]): number {
  let score = 0;
  for (const feature of features) score += model.weights.get(feature) ?? 0;
  return 1 / (1 + Math.exp(-score));
}

/**
 * Cue probabilities of an article's candidate words, keyed by the word's start offset.
 * `tokens` are the words outside quotations in text order (TokenIndex.tokens).
 */
export function cueProbabilities(
  model: CueModel,
  text: string,
  tokens: readonly Token[],
): Map<number, number> {
  const positions = sentencePositions(text, tokens);
  const out = new Map<number, number>();
  tokens.forEach((token, index) => {
    if (!isCandidate(token)) return;
    out.set(
      token.start,
      cueProbability(model, cueFeatures(text, tokens, index, positions[index]!)),
    );
  });
  return out;
}
