import { describe, it, expect } from 'vitest';
import { estimateJaccard, MinHash } from './minhash.js';
import { fnv1a32 } from './hash.js';
import { shingleHashes } from './shingles.js';
import { jaccard } from '../util/vector.js';
import { readSeeds } from './seeds.test-helper.js';

describe('MinHash', () => {
  const seeds = readSeeds();

  it('estimates Jaccard of real shingle sets within 0.1', () => {
    const minHash = new MinHash({ numPerm: 256, seed: 7 });
    const base = seeds[0]!.text;
    // A copy with its second half replaced: true Jaccard well inside (0, 1).
    const half = base.slice(0, base.length / 2) + seeds[1]!.text.slice(0, base.length / 2);
    const a = shingleHashes(base, 3, fnv1a32, 7);
    const b = shingleHashes(half, 3, fnv1a32, 7);
    const truth = jaccard(new Set(a), new Set(b));
    expect(truth).toBeGreaterThan(0.2);
    expect(truth).toBeLessThan(0.8);
    const estimate = estimateJaccard(minHash.signature(a), minHash.signature(b));
    expect(Math.abs(estimate - truth)).toBeLessThan(0.1);
  });

  it('is deterministic for a seed and differs across seeds', () => {
    const shingles = shingleHashes(seeds[2]!.text, 3, fnv1a32, 1);
    const one = new MinHash({ seed: 3 }).signature(shingles).values;
    const again = new MinHash({ seed: 3 }).signature(shingles).values;
    const other = new MinHash({ seed: 4 }).signature(shingles).values;
    expect(Array.from(again)).toEqual(Array.from(one));
    expect(Array.from(other)).not.toEqual(Array.from(one));
  });

  it('refuses to compare signatures made with different seeds', () => {
    const shingles = shingleHashes(seeds[0]!.text, 3, fnv1a32, 1);
    const a = new MinHash({ seed: 1 }).signature(shingles);
    const b = new MinHash({ seed: 2 }).signature(shingles);
    expect(() => estimateJaccard(a, b)).toThrow(/different seeds/);
  });
});
