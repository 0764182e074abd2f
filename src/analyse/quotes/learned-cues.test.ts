import { describe, expect, it } from 'vitest';
import { tokenize } from '../../util/tokens.js';
import { defaultCueModel } from './cue-model.js';
import { isCueAt } from './cues.js';
import { learnedCues } from './learned-cues.js';

function cuesOf(text: string, useModel: boolean): string[] {
  const tokens = tokenize(text);
  const cueAt = learnedCues(text, tokens, useModel ? undefined : null).cueAt;
  return tokens.filter((_, index) => cueAt(text, tokens, index)).map((token) => token.text);
}

describe('learnedCueTest with the committed model', () => {
  it('loads the committed model once per process', () => {
    expect(defaultCueModel()).not.toBeNull();
    expect(defaultCueModel()).toBe(defaultCueModel());
  });

  it('is the rule test when the model is off', () => {
    const text = 'The senator said the plan would fail, and critics fear it.';
    const tokens = tokenize(text);
    const rules = tokens.filter((_, i) => isCueAt(text, tokens, i)).map((t) => t.text);
    expect(cuesOf(text, false)).toEqual(rules);
  });

  it('keeps the plain speech cues of the rules', () => {
    expect(cuesOf('The senator said on Monday that the bill would pass.', true)).toContain('said');
    expect(cuesOf('Mr. Jones told reporters that he would run.', true)).toContain('told');
  });

  it('does not take nouns and verbs of motion for cues', () => {
    const cues = cuesOf('The senator walked to the car and drove to Ohio on Monday.', true);
    expect(cues).toEqual([]);
  });
});
