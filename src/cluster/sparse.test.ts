import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  addScaled,
  DenseVector,
  dotProduct,
  fromEntries,
  fromParallel,
  topPositions,
} from './sparse.js';

/** Random sparse vectors: distinct ids < 60, weights from a small set so ties are common. */
const vectors = fc
  .uniqueArray(fc.integer({ min: 0, max: 59 }), { maxLength: 40 })
  .chain((ids) =>
    fc
      .array(fc.constantFrom(0.5, 1, 1.5, 2, 3), { minLength: ids.length, maxLength: ids.length })
      .map((weights) => fromEntries(ids.map((id, i) => [id, weights[i]!] as [number, number]))),
  );
const termOf = (id: number) => `t${(id * 37) % 61}`;
const asMap = (v: { ids: Int32Array; weights: Float64Array }) =>
  new Map(Array.from(v.ids, (id, i) => [id, v.weights[i]!]));

describe('sparse term vectors', () => {
  it('topPositions matches a full sort by weight then term text (property)', () => {
    fc.assert(
      fc.property(vectors, fc.integer({ min: 1, max: 45 }), (vector, count) => {
        const naive = Array.from(vector.ids, (_, i) => i)
          .sort(
            (a, b) =>
              vector.weights[b]! - vector.weights[a]! ||
              (termOf(vector.ids[a]!) < termOf(vector.ids[b]!) ? -1 : 1),
          )
          .slice(0, count);
        expect(topPositions(vector, count, termOf)).toEqual(naive);
        expect(topPositions(vector, count, termOf, false)).toEqual(
          [...naive].sort((a, b) => a - b),
        );
      }),
    );
  });

  it('addScaled and both dot products agree with Map arithmetic (property)', () => {
    fc.assert(
      fc.property(vectors, vectors, (a, b) => {
        const sum = asMap(addScaled(a, b));
        const expected = asMap(a);
        for (const [id, weight] of asMap(b)) expected.set(id, (expected.get(id) ?? 0) + weight);
        expect(sum).toEqual(expected);
        // Subtracting what was added gives the original back.
        expect(asMap(addScaled(addScaled(a, b), b, -1))).toEqual(asMap(a));
        let dot = 0;
        for (const [id, weight] of asMap(a)) dot += weight * (asMap(b).get(id) ?? 0);
        expect(dotProduct(a, b)).toBeCloseTo(dot, 9);
        const dense = new DenseVector();
        dense.load(a);
        expect(dense.dot(b)).toBeCloseTo(dot, 9);
        // Same products summed in the same (id) order: bit for bit the merge join's sum.
        expect(dense.dot(b)).toBe(dotProduct(a, b));
        dense.clear(a);
        expect(dense.dot(b)).toBe(0);
      }),
    );
  });

  it('fromParallel sorts by id whatever the input order, beyond the packed-key range too (property)', () => {
    const reversed = Int32Array.from({ length: 5000 }, (_, i) => 4999 - i);
    const long = fromParallel(
      reversed,
      Float64Array.from(reversed, (id) => id / 2),
    );
    expect(Array.from(long.ids)).toEqual(Array.from({ length: 5000 }, (_, i) => i));
    expect(long.weights[4999]).toBe(4999 / 2);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 2 ** 31 - 1 }), { maxLength: 300 }),
        (ids) => {
          const weights = ids.map((id) => (id % 97) / 7);
          const vector = fromParallel(Int32Array.from(ids), Float64Array.from(weights));
          const naive = ids.map((id, i) => [id, weights[i]!] as const).sort((a, b) => a[0] - b[0]);
          expect(Array.from(vector.ids)).toEqual(naive.map(([id]) => id));
          expect(Array.from(vector.weights)).toEqual(naive.map(([, weight]) => weight));
        },
      ),
      { numRuns: 60 },
    );
  });
});
