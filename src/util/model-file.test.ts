import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkedModelJson,
  checkModelFormat,
  defaultModelPath,
  modelJson,
  modelLoader,
  MODELS_DIR,
  type ModelSource,
} from './model-file.js';

const SOURCE: ModelSource = {
  env: 'STORYLINE_TEST_MODEL',
  file: 'test-model.json',
  what: 'test model',
  script: 'scripts/train-test.ts',
  without: 'the rules alone',
  format: 'storyline-x',
  featureVersion: 3,
};

afterEach(() => {
  delete process.env.STORYLINE_TEST_MODEL;
});

describe('model files', () => {
  it('finds the committed models from the source tree', () => {
    for (const file of ['ner-conll.json.gz', 'quote-cues.json.gz', 'summary-concepts.json'])
      expect(existsSync(defaultModelPath({ ...SOURCE, file }))).toBe(true);
    expect(defaultModelPath(SOURCE)).toBe(join(MODELS_DIR, 'test-model.json'));
  });

  it('reads plain and gzipped JSON alike', () => {
    const json = { format: 'x', featureVersion: 2 };
    expect(modelJson(Buffer.from(JSON.stringify(json)))).toEqual(json);
    expect(modelJson(gzipSync(JSON.stringify(json)))).toEqual(json);
  });

  it('loads once per path, is off with none, and says how to get a missing file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'storyline-model-'));
    const path = join(dir, 'm.json');
    writeFileSync(path, '{"format":"x","featureVersion":1}');
    let parses = 0;
    const load = modelLoader(SOURCE, (bytes) => (parses++, modelJson(bytes)));
    process.env.STORYLINE_TEST_MODEL = path;
    expect(load()).toEqual({ format: 'x', featureVersion: 1 });
    expect(load()).toBe(load());
    expect(parses).toBe(1);
    process.env.STORYLINE_TEST_MODEL = 'none';
    expect(load()).toBeNull();
    process.env.STORYLINE_TEST_MODEL = join(dir, 'missing.json');
    expect(() => load()).toThrow(
      /No test model at .*missing\.json \(train one with scripts\/train-test\.ts, or set STORYLINE_TEST_MODEL=none for the rules alone\)/,
    );
  });

  it('refuses a file of another format or feature version, naming the training script', () => {
    const expected = { format: 'storyline-x', featureVersion: 3 };
    expect(() => checkModelFormat({ ...expected }, 'm.json', SOURCE)).not.toThrow();
    expect(() => checkModelFormat({ ...expected, featureVersion: 2 }, 'm.json', SOURCE)).toThrow(
      /m\.json is not a storyline-x model of feature version 3 \(found storyline-x v2\); retrain it with scripts\/train-test\.ts/,
    );
    expect(() =>
      checkedModelJson(Buffer.from('{"format":"other","featureVersion":3}'), 'o.json', SOURCE),
    ).toThrow(/o\.json is not a storyline-x model/);
  });
});
