import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { addScaled, DenseVector, dotProduct, fromEntries, topPositions } from './sparse.js';

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
        dense.clear(a);
        expect(dense.dot(b)).toBe(0);
      }),
    );
  });
});
