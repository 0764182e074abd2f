import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lcsLength, rouge, rougeTokens } from './rouge.js';

describe('rougeTokens (rouge-score tokenizer)', () => {
  it('lower-cases, splits on non-alphanumerics and stems tokens longer than 3 characters', () => {
    expect(rougeTokens("The Cats' running-shoes, 2,500 don't")).toEqual([
      'the',
      'cat',
      'run',
      'shoe',
      '2',
      '500',
      'don',
      't',
    ]);
    expect(rougeTokens('Running cats', false)).toEqual(['running', 'cats']);
    // Non-ASCII letters are separators in rouge-score too.
    expect(rougeTokens('café crème')).toEqual(['caf', 'cr', 'me']);
  });
});

describe('rouge', () => {
  it('ROUGE-1 precision and recall as rouge-score computes them', () => {
    const { rouge1 } = rouge('testing', 'testing one two');
    expect(rouge1.precision).toBe(1);
    expect(rouge1.recall).toBeCloseTo(1 / 3);
    expect(rouge1.f1).toBeCloseTo(0.5);
  });

  it('stemming makes inflections match', () => {
    const stemmed = rouge('a cat runs', 'the cats are running');
    expect(stemmed.rouge1.precision).toBeCloseTo(2 / 3);
    expect(stemmed.rouge1.recall).toBeCloseTo(2 / 4);
    expect(rouge('a cat runs', 'the cats are running', false).rouge1.f1).toBe(0);
  });

  it('ROUGE-2 counts clipped bigrams', () => {
    const { rouge2 } = rouge(
      'police killed the gunman the gunman',
      'the gunman was killed by police',
    );
    // candidate bigrams: police kill, kill the, the gunman ×2, gunman the → 5; reference: 5.
    // overlap: "the gunman" clipped to 1.
    expect(rouge2.precision).toBeCloseTo(1 / 5);
    expect(rouge2.recall).toBeCloseTo(1 / 5);
  });

  it('ROUGE-L uses the longest common subsequence, order matters', () => {
    expect(rouge('police kill the gunman', 'police killed the gunman').rougeL.f1).toBe(1);
    const reordered = rouge('the gunman kill police', 'police killed the gunman');
    expect(reordered.rougeL.f1).toBeCloseTo(0.5);
    expect(reordered.rouge1.f1).toBe(1);
  });

  it('empty texts score zero, not NaN', () => {
    expect(rouge('', 'something').rouge1).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(rouge('something', '').rougeL.f1).toBe(0);
  });

  it('LCS agrees with a brute-force oracle on small sequences', () => {
    const isSubsequence = (sub: string[], of: string[]): boolean => {
      let at = 0;
      for (const token of of) if (token === sub[at]) at++;
      return at === sub.length;
    };
    const bruteLcs = (a: string[], b: string[]): number => {
      let best = 0;
      for (let mask = 0; mask < 1 << a.length; mask++) {
        const sub = a.filter((_, i) => mask & (1 << i));
        if (sub.length > best && isSubsequence(sub, b)) best = sub.length;
      }
      return best;
    };
    const seq = fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 9 });
    fc.assert(fc.property(seq, seq, (a, b) => lcsLength(a, b) === bruteLcs(a, b)));
  });
});
