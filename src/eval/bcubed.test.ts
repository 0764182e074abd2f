import { describe, it, expect } from 'vitest';
import { bCubed, pairwise } from './bcubed.js';

describe('bCubed', () => {
  it('is perfect for identical clusterings whatever the label names', () => {
    expect(bCubed(['x', 'x', 'y'], ['a', 'a', 'b'])).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('matches a hand computation (Amigó et al. 2009, one merged pair of clusters)', () => {
    // Gold {1,2,3} {4,5}; predicted all in one cluster.
    // Precision: docs 1-3 get 3/5, docs 4-5 get 2/5 → (9/5 + 4/5) / 5 = 0.52. Recall 1.
    const result = bCubed(['p', 'p', 'p', 'p', 'p'], ['a', 'a', 'a', 'b', 'b']);
    expect(result.precision).toBeCloseTo(0.52, 10);
    expect(result.recall).toBe(1);
    expect(result.f1).toBeCloseTo((2 * 0.52) / 1.52, 10);
  });

  it('penalises splitting in recall only', () => {
    const result = bCubed(['p', 'q', 'r', 's'], ['a', 'a', 'b', 'b']);
    expect(result.precision).toBe(1);
    expect(result.recall).toBe(0.5);
  });
});

describe('pairwise', () => {
  it('counts pairs', () => {
    // Predicted pairs: (1,2) (1,3) (2,3); gold pairs: (1,2) (4,5). One shared.
    const result = pairwise(['p', 'p', 'p', 'q', 'r'], ['a', 'a', 'b', 'c', 'c']);
    expect(result.precision).toBeCloseTo(1 / 3, 10);
    expect(result.recall).toBe(0.5);
  });
});
