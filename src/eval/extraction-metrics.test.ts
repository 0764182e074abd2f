import { describe, expect, it } from 'vitest';
import { bagOfWordsF1, shingleMatching, zyteMetrics } from './extraction-metrics.js';

describe('Zyte shingle metric', () => {
  it('normalises tp/fp/fn per page and counts shingles as multisets', () => {
    // truth: 5 tokens → 2 shingles; prediction adds one token → 3 shingles, 2 shared.
    const m = shingleMatching('a b c d e', 'a b c d e f');
    expect(m.tp).toBeCloseTo(2 / 3);
    expect(m.fp).toBeCloseTo(1 / 3);
    expect(m.fn).toBe(0);
  });

  it("keeps case and reads non-ASCII words whole, as Python's \\w does", () => {
    expect(shingleMatching('Müller sagte heute etwas', 'müller sagte heute etwas').tp).toBe(0);
    expect(shingleMatching('Müller sagte heute etwas', 'Müller sagte heute etwas').tp).toBe(1);
  });

  it('means precision and recall over pages, F1 from the means', () => {
    const pages = [shingleMatching('a b c d e', 'a b c d e'), shingleMatching('a b c d e', '')];
    const m = zyteMetrics(pages);
    expect(m.precision).toBe(1); // the empty prediction has no defined precision
    expect(m.recall).toBe(0.5);
    expect(m.f1).toBeCloseTo(2 / 3);
  });
});

describe('WCXB bag-of-words F1', () => {
  it('lower-cases and counts repeated words', () => {
    expect(bagOfWordsF1('The cat the dog', 'the CAT').recall).toBe(0.5);
    expect(bagOfWordsF1('The cat the dog', 'the CAT').precision).toBe(1);
    expect(bagOfWordsF1('x', '').f1).toBe(0);
  });
});
