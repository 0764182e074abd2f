import { describe, expect, it } from 'vitest';
import { governingTense } from './tense.js';

const tenseOf = (sentence: string, expression: string): ReturnType<typeof governingTense> => {
  const start = sentence.indexOf(expression);
  return governingTense(sentence, start, start + expression.length);
};

describe('governingTense', () => {
  it('reads the nearest verb group before the expression', () => {
    expect(tenseOf('The king met Monday with envoys.', 'Monday')).toBe('past');
    expect(tenseOf('The monarch will meet Bush on Thursday in Maine.', 'Thursday')).toBe('future');
  });

  it('lets the pluperfect win over a plan', () => {
    expect(tenseOf('The offer had been due to expire Friday evening.', 'Friday')).toBe('past');
    expect(tenseOf('The offer is due to expire Friday evening.', 'Friday')).toBe('future');
  });

  it('reads the verb after a sentence-initial expression', () => {
    expect(tenseOf('On Tuesday, the league will air an advertisement.', 'Tuesday')).toBe('future');
  });

  it('does not trust the present tense', () => {
    expect(tenseOf('The incidents of Aug. 7 underscore the threat.', 'Aug. 7')).toBeNull();
  });
});
