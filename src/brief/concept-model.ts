/**
 * The learned concept weights of the summary: a logistic model of "a neutral human summary of
 * the story uses this concept" over the generic features of concept-features.ts, trained on the
 * NeuS train split only (scripts/train-summary-concepts.ts) and committed as
 * `models/summary-concepts.json` (a few numbers: one weight per feature).
 */
import { StorylineError } from '../errors.js';
import {
  defaultModelPath,
  checkedModelJson,
  modelLoader,
  type ModelSource,
} from '../util/model-file.js';
import { CONCEPT_FEATURE_VERSION, CONCEPT_FEATURES } from './concept-features.js';

export const CONCEPT_MODEL_FORMAT = 'storyline-summary-concepts';

export interface ConceptModel {
  /** One weight per CONCEPT_FEATURES entry, in that order. */
  weights: number[];
}

interface ConceptModelJson {
  format: string;
  featureVersion: number;
  features: string[];
  weights: number[];
}

export function serialiseConceptModel(model: ConceptModel): string {
  const json: ConceptModelJson = {
    format: CONCEPT_MODEL_FORMAT,
    featureVersion: CONCEPT_FEATURE_VERSION,
    features: [...CONCEPT_FEATURES],
    weights: model.weights.map((weight) => Number(weight.toFixed(6))),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

export function parseConceptModel(bytes: Buffer | string, source: string): ConceptModel {
  const json = checkedModelJson<ConceptModelJson>(Buffer.from(bytes), source, CONCEPT_MODEL_SOURCE);
  const features = json.features ?? [];
  if (
    features.join() !== CONCEPT_FEATURES.join() ||
    json.weights?.length !== CONCEPT_FEATURES.length
  ) {
    throw new StorylineError(
      'INPUT_UNREADABLE',
      `${source} is not a ${CONCEPT_MODEL_FORMAT} model of feature version ` +
        `${CONCEPT_FEATURE_VERSION}; retrain it with scripts/train-summary-concepts.ts`,
    );
  }
  return { weights: json.weights };
}

export const CONCEPT_MODEL_SOURCE: ModelSource = {
  env: 'STORYLINE_SUMMARY_MODEL',
  file: 'summary-concepts.json',
  what: 'summary concept model',
  script: 'scripts/train-summary-concepts.ts',
  without: 'selection by sentence score',
  format: CONCEPT_MODEL_FORMAT,
  featureVersion: CONCEPT_FEATURE_VERSION,
};

export const DEFAULT_CONCEPT_MODEL_PATH = defaultModelPath(CONCEPT_MODEL_SOURCE);

/**
 * The committed model, read on first use; null when STORYLINE_SUMMARY_MODEL is `none` (the
 * summary then selects by sentence score alone).
 */
export const defaultConceptModel = modelLoader(CONCEPT_MODEL_SOURCE, parseConceptModel);

/** Probability that a neutral summary uses a concept with these features. */
export function conceptProbability(model: ConceptModel, features: readonly number[]): number {
  let score = 0;
  features.forEach((value, index) => (score += value * (model.weights[index] ?? 0)));
  return 1 / (1 + Math.exp(-score));
}
