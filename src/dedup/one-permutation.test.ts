import { describe, it, expect } from 'vitest';
import { estimateJaccard, MinHash } from './minhash.js';
import { OnePermutationMinHash } from './one-permutation.js';
import { fnv1a32 } from './hash.js';
import { shingleHashes } from './shingles.js';
import { jaccard } from '../util/vector.js';
import { readSeeds } from './seeds.test-helper.js';

describe('OnePermutationMinHash', () => {
  const seeds = readSeeds();
  const shinglesOf = (text: string) => shingleHashes(text, 3, fnv1a32, 7);

  it('estimates Jaccard of real shingle sets within 0.1, across the range', () => {
    const minHash = new OnePermutationMinHash({ numPerm: 256, seed: 7 });
    const base = seeds[0]!.text;
    // Copies with a growing share replaced by another article: true Jaccard from high to low.
    for (const kept of [0.9, 0.6, 0.3]) {
      const cut = Math.floor(base.length * kept);
      const mixed = base.slice(0, cut) + seeds[1]!.text.slice(0, base.length - cut);
      const a = shinglesOf(base);
      const b = shinglesOf(mixed);
      const truth = jaccard(new Set(a), new Set(b));
      const estimate = estimateJaccard(minHash.signature(a), minHash.signature(b));
      expect(Math.abs(estimate - truth)).toBeLessThan(0.1);
    }
  });

  it('agrees slot by slot for identical sets, also for a set smaller than numPerm (densified)', () => {
    const minHash = new OnePermutationMinHash({ seed: 3 });
    const few = shinglesOf('The council approved the new budget on Monday evening');
    expect(few.length).toBeLessThan(minHash.numPerm);
    const one = minHash.signature(few);
    // Repeats and order change no minimum.
    const again = minHash.signature(Uint32Array.from([...few].reverse().concat([...few])));
    expect(estimateJaccard(one, again)).toBe(1);
    // Densified: no slot is left at the empty-set value.
    expect(one.values.every((value) => value !== 0xffffffff)).toBe(true);
  });

  it('is deterministic for a seed and differs across seeds', () => {
    const shingles = shinglesOf(seeds[2]!.text);
    const one = new OnePermutationMinHash({ seed: 3 }).signature(shingles).values;
    const again = new OnePermutationMinHash({ seed: 3 }).signature(shingles).values;
    const other = new OnePermutationMinHash({ seed: 4 }).signature(shingles).values;
    expect(Array.from(again)).toEqual(Array.from(one));
    expect(Array.from(other)).not.toEqual(Array.from(one));
  });

  it('refuses to compare with a k-permutations signature of the same seed', () => {
    const shingles = shinglesOf(seeds[0]!.text);
    const a = new OnePermutationMinHash({ seed: 1 }).signature(shingles);
    const b = new MinHash({ seed: 1 }).signature(shingles);
    expect(() => estimateJaccard(a, b)).toThrow(/different seeds/);
  });

  it('gives the empty set all-max slots', () => {
    const { values } = new OnePermutationMinHash().signature(new Uint32Array(0));
    expect(values.every((value) => value === 0xffffffff)).toBe(true);
  });
});
