import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectWithinBudget } from './budget-selection.js';

interface Item {
  id: string;
  score: number;
  length: number;
}
const always = (): boolean => true;

describe('selectWithinBudget', () => {
  it('fills the budget with two good sentences where greedy stops after the best one', () => {
    const pool: Item[] = [
      { id: 'long-best', score: 0.6, length: 40 },
      { id: 'a', score: 0.55, length: 30 },
      { id: 'b', score: 0.5, length: 32 },
    ];
    // Greedy takes 40 words and nothing else fits in 65; 30 + 32 = 62 words carry more.
    expect(selectWithinBudget(pool, 65, always).map((item) => item.id)).toEqual(['a', 'b']);
  });

  it('never pairs incompatible items and keeps one item when nothing fits', () => {
    const pool: Item[] = [
      { id: 'x', score: 0.6, length: 30 },
      { id: 'y', score: 0.5, length: 30 },
      { id: 'z', score: 0.1, length: 5 },
    ];
    const apart = (a: Item, b: Item): boolean => !(a.id === 'x' && b.id === 'y');
    expect(selectWithinBudget(pool, 65, apart).map((item) => item.id)).toEqual(['x', 'z']);
    expect(selectWithinBudget([{ id: 'huge', score: 1, length: 90 }], 65, always)).toHaveLength(1);
  });

  it('finds the best set a brute-force search finds (property)', () => {
    const item = fc.record({
      score: fc.double({ min: 0.01, max: 1, noNaN: true }),
      length: fc.integer({ min: 1, max: 40 }),
    });
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 8 }), (pool) => {
        const value = (set: readonly { score: number; length: number }[]): number =>
          set.reduce((sum, x) => sum + x.score * x.length, 0);
        let best = 0;
        for (let mask = 1; mask < 1 << pool.length; mask++) {
          const set = pool.filter((_, index) => mask & (1 << index));
          if (set.reduce((sum, x) => sum + x.length, 0) <= 65) best = Math.max(best, value(set));
        }
        const chosen = selectWithinBudget(pool, 65, always);
        expect(chosen.reduce((sum, x) => sum + x.length, 0)).toBeLessThanOrEqual(65);
        expect(value(chosen)).toBeCloseTo(best, 9);
      }),
    );
  });
});
