import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { RankedStories } from './ranked-stories.js';

/** The naive oracle: sort all, best first (similarity desc, then lower order), keep `capacity`. */
function sortedTop(entries: [number, number][], capacity: number): [number, number][] {
  return [...entries].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, capacity);
}

function contents(ranked: RankedStories): [number, number][] {
  return Array.from({ length: ranked.size }, (_, i) => [
    ranked.orders[i]!,
    ranked.similarities[i]!,
  ]);
}

describe('RankedStories', () => {
  it('holds the top `capacity` of any insertion sequence, as a full sort would (ties: lower order first)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 500 }), { maxLength: 60 }),
        fc.array(fc.constantFrom(0, 0.1, 0.22, 0.5, 0.9), { minLength: 60, maxLength: 60 }),
        fc.integer({ min: 1, max: 20 }),
        (orders, similarities, capacity) => {
          const entries = orders.map((order, i): [number, number] => [order, similarities[i]!]);
          const ranked = new RankedStories(capacity);
          for (const [order, similarity] of entries) ranked.insert(order % 7, order, similarity);
          expect(contents(ranked)).toEqual(sortedTop(entries, capacity));
        },
      ),
    );
  });

  it('retain keeps the accepted entries in rank order', () => {
    const ranked = new RankedStories(5);
    [0.3, 0.9, 0.5, 0.1].forEach((similarity, order) => ranked.insert(order, order, similarity));
    ranked.retain((i) => ranked.orders[i] !== 2);
    expect(contents(ranked)).toEqual([
      [1, 0.9],
      [0, 0.3],
      [3, 0.1],
    ]);
  });
});
