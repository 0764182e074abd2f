import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { documentEvidence, sentenceFeatures } from './features.js';
import { parseModel, serialiseModel } from './model-file.js';
import { greedyDecode, isAllowed, modelScorer, type NerModel } from './perceptron.js';
import { trainPerceptron, type LabelledDocument } from './train-perceptron.js';

/** Real sentences (the seeds' story), labelled by hand: `word/LABEL`, bare words are O. */
function labelled(...sentences: string[]): LabelledDocument {
  return sentences.map((sentence) =>
    sentence.split(' ').map((item) => {
      const [word, label] = item.split('/') as [string, string | undefined];
      return [word, label ?? 'O'] as const;
    }),
  );
}

const STORY = labelled(
  'Wes/B-PER Streeting/I-PER said the UK/B-LOC Government/O must act .',
  'Mr Musk/B-PER attacked Sir Keir/B-PER Starmer/I-PER over Oldham/B-LOC .',
  'Greater/B-ORG Manchester/I-ORG Police/I-ORG handled cases in Rochdale/B-LOC .',
  'Jess/B-PER Phillips/I-PER wrote to Oldham/B-ORG council/O .',
);

function tag(model: NerModel, document: LabelledDocument): string[][] {
  const evidence = documentEvidence(document.map((s) => s.map(([word]) => word)));
  return document.map((sentence) => {
    const words = sentence.map(([word]) => word);
    const scorer = modelScorer(model, sentenceFeatures(words, evidence));
    return greedyDecode(words, model.labels, scorer).map((label) => model.labels[label]!);
  });
}

describe('trainPerceptron', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    const first = trainPerceptron([STORY], { epochs: 3, seed: 7 });
    const again = trainPerceptron([STORY], { epochs: 3, seed: 7 });
    expect(again.features).toEqual(first.features);
    expect(Array.from(again.weights)).toEqual(Array.from(first.weights));
    const other = trainPerceptron([STORY], { epochs: 3, seed: 8 });
    expect(Array.from(other.weights)).not.toEqual(Array.from(first.weights));
  });

  it('learns its training sentences, and survives pruning and quantisation', () => {
    const trained = trainPerceptron([STORY], { epochs: 8, dropout: 0 });
    const model = parseModel(serialiseModel(trained, { minWeight: 0.01, step: 0.01 }), 'test');
    expect(model.rows.size).toBeGreaterThan(0);
    expect(model.rows.size).toBeLessThanOrEqual(trained.features.length);
    expect(tag(model, STORY)).toEqual(STORY.map((s) => s.map(([, label]) => label)));
  });

  it('never decodes I-X after O', () => {
    expect(isAllowed('O', 'I-PER')).toBe(false);
    expect(isAllowed('B-ORG', 'I-PER')).toBe(false);
    expect(isAllowed('B-PER', 'I-PER')).toBe(true);
    expect(isAllowed('O', 'B-LOC')).toBe(true);
  });

  it('refuses a model file of another feature version', () => {
    const trained = trainPerceptron([STORY], { epochs: 1 });
    const bytes = serialiseModel(trained);
    const json = JSON.parse(gunzipSync(bytes).toString('utf8')) as { featureVersion: number };
    json.featureVersion = -1;
    expect(() => parseModel(gzipSync(JSON.stringify(json)), 'old.json.gz')).toThrow(
      /retrain it with scripts\/train-ner\.ts/,
    );
  });
});
