import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { LshWindow } from './lsh-window.js';
import { MinHashLsh } from './lsh.js';

/** Band keys drawn from a small alphabet, so that buckets hold many items and chains are long. */
const keysArbitrary = (bands: number, alphabet: number) =>
  fc.array(
    fc.array(fc.integer({ min: 0, max: alphabet - 1 }), { minLength: bands, maxLength: bands }),
    { minLength: 1, maxLength: 300 },
  );

describe('LshWindow', () => {
  it('returns the candidates of a MinHashLsh holding the same window (oracle, with eviction)', () => {
    fc.assert(
      fc.property(keysArbitrary(3, 12), fc.integer({ min: 1, max: 40 }), (items, maxItems) => {
        const window = new LshWindow({ bands: 3, rows: 1, maxItems });
        const oracle = new MinHashLsh({ bands: 3, rows: 1 });
        items.forEach((raw, order) => {
          // Spread the small keys over uint32 the way real band keys are spread.
          const keys = keysOf(raw);
          const expected = [...oracle.query(keys)].sort((a, b) => a - b);
          expect(window.query(keys).sort((a, b) => a - b)).toEqual(expected);
          const [added, evicted] = window.insert(keys);
          expect(added).toBe(order);
          oracle.insert(order, keys);
          if (order >= maxItems) {
            expect(evicted).toBe(order - maxItems);
            oracle.remove(evicted, keysOf(items[evicted]!));
          } else expect(evicted).toBe(-1);
          expect(window.size).toBe(Math.min(order + 1, maxItems));
        });
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it('deletes the keys of evicted items: after 50 windows of distinct keys, only the last window is found', () => {
    const window = new LshWindow({ bands: 2, rows: 1, maxItems: 1000 });
    const keys = (i: number) => Uint32Array.of(Math.imul(i, 0x9e3779b1) >>> 0, i >>> 0);
    for (let i = 0; i < 50_000; i++) window.insert(keys(i));
    expect(window.query(keys(49_999))).toEqual([49_999]);
    expect(window.query(keys(48_999))).toEqual([]);
    expect(window.query(keys(49_000))).toEqual([49_000]);
  });

  it('rejects a window without room', () => {
    expect(() => new LshWindow({ maxItems: 0 })).toThrow(/maxItems/);
  });
});

function keysOf(raw: number[]): Uint32Array {
  return Uint32Array.from(raw, (key) => Math.imul(key + 1, 0x9e3779b1) >>> 0);
}
