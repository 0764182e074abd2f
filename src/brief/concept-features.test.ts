import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds } from '../../test/seeds.js';
import type { CleanArticle } from '../types.js';
import { CONCEPT_FEATURES, conceptFeatures } from './concept-features.js';
import {
  conceptProbability,
  DEFAULT_CONCEPT_MODEL_PATH,
  parseConceptModel,
  serialiseConceptModel,
} from './concept-model.js';

let articles: CleanArticle[];
beforeAll(async () => {
  articles = [...(await loadSeeds()).values()];
});
const feature = (vector: readonly number[], name: (typeof CONCEPT_FEATURES)[number]): number =>
  vector[CONCEPT_FEATURES.indexOf(name)]!;

describe('conceptFeatures on the seed story', () => {
  it('measures how many outlets, leads and headlines use a concept', () => {
    const features = conceptFeatures(articles);
    const musk = features.get('musk')!;
    expect(musk).toHaveLength(CONCEPT_FEATURES.length);
    expect(feature(musk, 'share')).toBe(1);
    expect(feature(musk, 'everywhere')).toBe(1);
    expect(feature(musk, 'capShare')).toBeGreaterThan(0.9);
    // "Carlisle" (where Streeting visited a care home) is one outlet's detail.
    const carlisle = features.get('carlisl')!;
    expect(feature(carlisle, 'share')).toBeCloseTo(1 / articles.length);
    expect(feature(carlisle, 'everywhere')).toBe(0);
    expect(feature(carlisle, 'logFirst')).toBeGreaterThan(feature(musk, 'logFirst'));
  });
});

describe('word concept model (version 1, the vectors-off model)', () => {
  const model = parseConceptModel(readFileSync(DEFAULT_CONCEPT_MODEL_PATH), 'committed');

  it('weighs the story’s shared names above one outlet’s detail', () => {
    const features = conceptFeatures(articles);
    const musk = conceptProbability(model, features.get('musk')!);
    const carlisle = conceptProbability(model, features.get('carlisl')!);
    expect(musk).toBeGreaterThan(0.9);
    expect(carlisle).toBeLessThan(0.5);
  });

  it('round-trips and refuses a model of other features', () => {
    expect(parseConceptModel(serialiseConceptModel(model), 'test').weights).toEqual(
      model.weights.map((weight) => Number(weight.toFixed(6))),
    );
    const other = JSON.parse(serialiseConceptModel(model)) as { features: string[] };
    other.features = other.features.slice(1);
    expect(() => parseConceptModel(JSON.stringify(other), 'other.json')).toThrow(/retrain/);
  });
});
