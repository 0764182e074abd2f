/**
 * The learned cue classifier: logistic regression over `cueFeatures`, trained offline on
 * PolNeAR train (scripts/train-quote-cues.ts) and committed as `models/quote-cues.json.gz`.
 * It loads lazily, once per process; STORYLINE_QUOTE_MODEL names another file, or `none`
 * for the rules alone.
 *
 *   { format, featureVersion, step, bias, features[], weights[] }   weight = integer × step
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { StorylineError } from '../../errors.js';
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
  const json = JSON.parse(gunzipSync(bytes).toString('utf8')) as Partial<CueModelJson>;
  if (json.format !== CUE_MODEL_FORMAT || json.featureVersion !== CUE_FEATURE_VERSION) {
    throw new StorylineError(
      'INPUT_UNREADABLE',
      `${source} is not a ${CUE_MODEL_FORMAT} model of feature version ${CUE_FEATURE_VERSION} ` +
        `(found ${json.format} v${json.featureVersion}); retrain it with scripts/train-quote-cues.ts`,
    );
  }
  const step = json.step ?? 1;
  const weights = json.weights ?? [];
  return {
    featureVersion: json.featureVersion,
    weights: new Map((json.features ?? []).map((feature, row) => [feature, weights[row]! * step])),
  };
}

/** Same depth from src/ and dist/: analyse/quotes/ → repo root → models/. */
export const DEFAULT_CUE_MODEL_PATH = resolve(
  fileURLToPath(import.meta.url),
  '../../../../models/quote-cues.json.gz',
);

let defaultModel: CueModel | undefined;

/** The committed model, read on first use; null when STORYLINE_QUOTE_MODEL is `none`. */
export function defaultCueModel(): CueModel | null {
  const path = process.env.STORYLINE_QUOTE_MODEL ?? DEFAULT_CUE_MODEL_PATH;
  if (path === 'none') return null;
  if (!defaultModel) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      throw new StorylineError(
        'INPUT_NOT_FOUND',
        `No quote cue model at ${path} (train one with scripts/train-quote-cues.ts, ` +
          'or set STORYLINE_QUOTE_MODEL=none for the rules alone)',
      );
    }
    defaultModel = parseCueModel(bytes, path);
  }
  return defaultModel;
}

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
