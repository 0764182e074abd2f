import { describe, expect, it } from 'vitest';
import { tokenize } from '../../util/tokens.js';
import { cueFeatures, isCandidate, sentencePositions } from './cue-features.js';
import { cueProbability, parseCueModel, serialiseCueModel } from './cue-model.js';
import { trainCueModel, type CueExample } from './train-cue-model.js';

/** Words of `text` as examples; the words in `cues` are labelled cues. */
function examples(text: string, cues: readonly string[]): CueExample[] {
  const tokens = tokenize(text);
  const positions = sentencePositions(text, tokens);
  return tokens.flatMap((token, index) =>
    isCandidate(token)
      ? [
          {
            features: cueFeatures(text, tokens, index, positions[index]!),
            cue: cues.includes(token.text),
          },
        ]
      : [],
  );
}

const TRAIN = [
  ...examples('Senator Smith warned that the bill would fail. The bill failed in March.', [
    'warned',
  ]),
  ...examples('The mayor insisted that taxes would fall. Taxes rose in the spring.', ['insisted']),
  ...examples('Critics warned that prices would rise. Prices rose in the autumn.', ['warned']),
];

describe('trainCueModel', () => {
  it('learns to tell a verb of saying before "that" from the other words', () => {
    const model = parseCueModel(serialiseCueModel(trainCueModel(TRAIN, { epochs: 20 })), 'test');
    const unseen = examples('The governor warned that schools would close. Schools closed.', []);
    const warned = unseen.find((e) => e.features.includes('w=warned'))!;
    const schools = unseen.find((e) => e.features.includes('w=schools'))!;
    expect(cueProbability(model, warned.features)).toBeGreaterThan(0.5);
    expect(cueProbability(model, schools.features)).toBeLessThan(0.5);
  });

  it('retrains byte for byte from the same data and seed, and differently from another seed', () => {
    const once = serialiseCueModel(trainCueModel(TRAIN, { seed: 7 }));
    const again = serialiseCueModel(trainCueModel(TRAIN, { seed: 7 }));
    const other = serialiseCueModel(trainCueModel(TRAIN, { seed: 8 }));
    expect(again.equals(once)).toBe(true);
    expect(other.equals(once)).toBe(false);
  });

  it('refuses a model file of another format', async () => {
    const { gzipSync } = await import('node:zlib');
    const bytes = gzipSync(JSON.stringify({ format: 'storyline-ner', featureVersion: 1 }));
    expect(() => parseCueModel(bytes, 'ner.json.gz')).toThrow(/train-quote-cues/);
  });
});
