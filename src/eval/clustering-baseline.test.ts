import { describe, it, expect } from 'vitest';
import { averageLinkage, cutDendrogram } from './clustering-baseline.js';

describe('averageLinkage', () => {
  it('matches a hand computation on two tight groups', () => {
    // Two tight groups {0,1,2} and {3,4}, weakly linked.
    const n = 5;
    const base = [
      [1, 0.9, 0.8, 0.1, 0.2],
      [0.9, 1, 0.7, 0.2, 0.1],
      [0.8, 0.7, 1, 0.1, 0.1],
      [0.1, 0.2, 0.1, 1, 0.85],
      [0.2, 0.1, 0.1, 0.85, 1],
    ];
    const merges = averageLinkage(Float32Array.from(base.flat()), n);
    expect(merges).toHaveLength(n - 1);
    const labels = cutDendrogram(merges, n, 0.5);
    expect(labels[0]).toBe(labels[1]);
    expect(labels[0]).toBe(labels[2]);
    expect(labels[3]).toBe(labels[4]);
    expect(labels[0]).not.toBe(labels[3]);
    // The last merge joins the groups at their mean cross similarity: (0.1+0.2+0.2+0.1+0.1+0.1)/6.
    const last = merges.reduce((low, merge) => (merge.similarity < low.similarity ? merge : low));
    expect(last.similarity).toBeCloseTo(0.8 / 6, 5);
  });
});
