import { describe, expect, it } from 'vitest';
import { buildGazetteer, entitiesOf } from './conll-data.js';

describe('entitiesOf', () => {
  it('reads IOB1 (I- opens an entity) and IOB2 alike', () => {
    expect(entitiesOf(['I-PER', 'I-PER', 'O', 'B-LOC', 'I-ORG'], 0)).toEqual([
      { sentence: 0, start: 0, end: 2, type: 'PER' },
      { sentence: 0, start: 3, end: 4, type: 'LOC' },
      { sentence: 0, start: 4, end: 5, type: 'ORG' },
    ]);
  });
});

describe('buildGazetteer', () => {
  it('keeps the majority type of each name', () => {
    const sentence = (tag: string) => [{ text: 'Somerset', tag }];
    const gazetteer = buildGazetteer([[sentence('B-ORG'), sentence('B-ORG'), sentence('B-LOC')]]);
    expect(gazetteer.get('somerset')).toBe('organisation');
  });
});
