/**
 * The learned concept weights of the summary: a logistic model of "a neutral human summary of
 * the story uses this concept" over the generic features of concept-features.ts, trained on the
 * NeuS train split only (scripts/train-summary-concepts.ts) and committed as
 * `models/summary-concepts.json` (a few numbers: one weight per feature).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { StorylineError } from '../errors.js';
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

export function parseConceptModel(text: string, source: string): ConceptModel {
  const json = JSON.parse(text) as Partial<ConceptModelJson>;
  const features = json.features ?? [];
  if (
    json.format !== CONCEPT_MODEL_FORMAT ||
    json.featureVersion !== CONCEPT_FEATURE_VERSION ||
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

/** Same depth from src/ and dist/: brief/ → repo root → models/. */
export const DEFAULT_CONCEPT_MODEL_PATH = resolve(
  fileURLToPath(import.meta.url),
  '../../../models/summary-concepts.json',
);

let defaultModel: ConceptModel | undefined;

/**
 * The committed model, read on first use; null when STORYLINE_SUMMARY_MODEL is `none` (the
 * summary then selects by sentence score alone).
 */
export function defaultConceptModel(): ConceptModel | null {
  const path = process.env.STORYLINE_SUMMARY_MODEL ?? DEFAULT_CONCEPT_MODEL_PATH;
  if (path === 'none') return null;
  if (!defaultModel) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      throw new StorylineError(
        'INPUT_NOT_FOUND',
        `No summary concept model at ${path} (train one with scripts/train-summary-concepts.ts, ` +
          'or set STORYLINE_SUMMARY_MODEL=none to select by sentence score)',
      );
    }
    defaultModel = parseConceptModel(text, path);
  }
  return defaultModel;
}

/** Probability that a neutral summary uses a concept with these features. */
export function conceptProbability(model: ConceptModel, features: readonly number[]): number {
  let score = 0;
  features.forEach((value, index) => (score += value * (model.weights[index] ?? 0)));
  return 1 / (1 + Math.exp(-score));
}
