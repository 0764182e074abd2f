/**
 * The learned concept weights of the summary: a logistic model of "a neutral human summary of
 * the story uses this concept", trained on the NeuS train split only
 * (scripts/train-summary-concepts.ts) and committed in `models/`:
 *
 *   summary-concepts-vectors.json   feature version 3 (concept-vector-features.ts): per-story
 *                                   word features and the word's vector; the default
 *   summary-concepts.json           feature version 1 (concept-features.ts): word features
 *                                   only; used when the word vectors are off
 *                                   (STORYLINE_WORD_VECTORS=none): the concept weights of before
 *                                   the vectors (selection changes since, e.g. clause forms, apply)
 */
import { StorylineError } from '../errors.js';
import {
  defaultModelPath,
  checkedModelJson,
  modelLoader,
  type ModelSource,
} from '../util/model-file.js';
import { loadWordVectors, WORD_VECTORS_ENV, type WordVectors } from '../util/word-vectors.js';
import type { CleanArticle } from '../types.js';
import { CONCEPT_FEATURE_VERSION, CONCEPT_FEATURES, conceptFeatures } from './concept-features.js';
import {
  CONCEPT_VECTOR_DIMENSIONS,
  VECTOR_CONCEPT_FEATURE_VERSION,
  VECTOR_CONCEPT_FEATURES,
  vectorConceptFeatures,
} from './concept-vector-features.js';

export const CONCEPT_MODEL_FORMAT = 'storyline-summary-concepts';

export type ConceptFeatureVersion =
  typeof CONCEPT_FEATURE_VERSION | typeof VECTOR_CONCEPT_FEATURE_VERSION;

export interface ConceptModel {
  /** The features the weights are for: 1 = word features, 3 = per-story features with word vectors. */
  featureVersion: ConceptFeatureVersion;
  /** One weight per feature of that version, in its order. */
  weights: number[];
}

interface ConceptModelJson {
  format: string;
  featureVersion: number;
  features: string[];
  weights: number[];
}

/** The feature names of a version, in the order of its weights. */
export function conceptFeatureNames(version: ConceptFeatureVersion): readonly string[] {
  return version === VECTOR_CONCEPT_FEATURE_VERSION ? VECTOR_CONCEPT_FEATURES : CONCEPT_FEATURES;
}

export function serialiseConceptModel(model: ConceptModel): string {
  const json: ConceptModelJson = {
    format: CONCEPT_MODEL_FORMAT,
    featureVersion: model.featureVersion,
    features: [...conceptFeatureNames(model.featureVersion)],
    weights: model.weights.map((weight) => Number(weight.toFixed(6))),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

function parserFor(source: ModelSource): (bytes: Buffer | string, path: string) => ConceptModel {
  const version = source.featureVersion as ConceptFeatureVersion;
  return (bytes, path) => {
    const json = checkedModelJson<ConceptModelJson>(Buffer.from(bytes), path, source);
    const names = conceptFeatureNames(version);
    if ((json.features ?? []).join() !== names.join() || json.weights?.length !== names.length) {
      throw new StorylineError(
        'INPUT_UNREADABLE',
        `${path} is not a ${CONCEPT_MODEL_FORMAT} model of feature version ${version}; ` +
          `retrain it with ${source.script}`,
      );
    }
    return { featureVersion: version, weights: json.weights };
  };
}

export const CONCEPT_MODEL_SOURCE: ModelSource = {
  env: 'STORYLINE_SUMMARY_MODEL',
  file: 'summary-concepts.json',
  what: 'summary concept model',
  script: 'scripts/train-summary-concepts.ts --features words',
  without: 'selection by sentence score',
  format: CONCEPT_MODEL_FORMAT,
  featureVersion: CONCEPT_FEATURE_VERSION,
};

export const VECTOR_CONCEPT_MODEL_SOURCE: ModelSource = {
  env: 'STORYLINE_SUMMARY_VECTOR_MODEL',
  file: 'summary-concepts-vectors.json',
  what: 'summary concept model (word vectors)',
  script: 'scripts/train-summary-concepts.ts',
  without: `the word-only model (or ${WORD_VECTORS_ENV}=none)`,
  format: CONCEPT_MODEL_FORMAT,
  featureVersion: VECTOR_CONCEPT_FEATURE_VERSION,
};

/** Reads a version-1 model (word features). */
export const parseConceptModel = parserFor(CONCEPT_MODEL_SOURCE);
/** Reads a vector model (feature version 3) (word features and vectors). */
export const parseVectorConceptModel = parserFor(VECTOR_CONCEPT_MODEL_SOURCE);

export const DEFAULT_CONCEPT_MODEL_PATH = defaultModelPath(CONCEPT_MODEL_SOURCE);
export const DEFAULT_VECTOR_CONCEPT_MODEL_PATH = defaultModelPath(VECTOR_CONCEPT_MODEL_SOURCE);

const wordModel = modelLoader(CONCEPT_MODEL_SOURCE, parseConceptModel);
const vectorModel = modelLoader(VECTOR_CONCEPT_MODEL_SOURCE, parseVectorConceptModel);

/**
 * The committed model, read on first use: the vector model when the word vectors are on, the
 * word model when they are off; null when STORYLINE_SUMMARY_MODEL is `none` (the summary then
 * selects by sentence score alone) or the vector model is switched off with
 * STORYLINE_SUMMARY_VECTOR_MODEL=none while the vectors are on.
 */
export function defaultConceptModel(): ConceptModel | null {
  if (process.env[CONCEPT_MODEL_SOURCE.env] === 'none') return null;
  return loadWordVectors() ? vectorModel() : wordModel();
}

/** Probability that a neutral summary uses a concept with these features. */
export function conceptProbability(
  model: Pick<ConceptModel, 'weights'>,
  features: readonly number[],
): number {
  let score = 0;
  features.forEach((value, index) => (score += value * (model.weights[index] ?? 0)));
  return 1 / (1 + Math.exp(-score));
}

/** The features of every concept of a story, as the model's version computes them. */
export function conceptFeaturesFor(
  model: Pick<ConceptModel, 'featureVersion'>,
  articles: readonly CleanArticle[],
  vectors: WordVectors | null = null,
): Map<string, number[]> {
  if (model.featureVersion === CONCEPT_FEATURE_VERSION) return conceptFeatures(articles);
  const loaded = vectors ?? loadWordVectors();
  if (!loaded || loaded.dimensions !== CONCEPT_VECTOR_DIMENSIONS) {
    throw new StorylineError(
      'MODEL_UNAVAILABLE',
      `The summary concept model of feature version ${model.featureVersion} needs ` +
        `${CONCEPT_VECTOR_DIMENSIONS}-d word vectors; unset ${WORD_VECTORS_ENV} or use a ` +
        `version-1 model`,
    );
  }
  return vectorConceptFeatures(articles, loaded);
}

/**
 * The weight of each concept of a story: the probability that a neutral summary uses it (0 for
 * a word the story does not use).
 *
 * @example
 * const weight = conceptWeigher(defaultConceptModel()!, articles);
 * weight('kill'); // 0.71
 */
export function conceptWeigher(
  model: ConceptModel,
  articles: readonly CleanArticle[],
): (concept: string) => number {
  const features = conceptFeaturesFor(model, articles);
  return (concept) => {
    const found = features.get(concept);
    return found ? conceptProbability(model, found) : 0;
  };
}
