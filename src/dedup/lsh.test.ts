import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { candidateProbability, MinHashLsh } from './lsh.js';
import { MinHash } from './minhash.js';
import { OnePermutationMinHash } from './one-permutation.js';
import { fnv1a32 } from './hash.js';
import { shingleHashes } from './shingles.js';
import { words } from '../util/tokens.js';
import { jaccard } from '../util/vector.js';
import { readSeeds } from './seeds.test-helper.js';

const THRESHOLD = 0.7;

/** Variants of real sentences: each word replaced with probability `editRate`. */
function variants(base: string[], count: number, random: () => number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const editRate = random() * 0.08;
    out.push(
      base.map((word) => (random() < editRate ? `w${Math.floor(random() * 1e6)}` : word)).join(' '),
    );
  }
  return out;
}

describe('MinHashLsh', () => {
  const seedWords = readSeeds().map((seed) => words(seed.text));

  it.each([
    ['k-permutations', (seed: number) => new MinHash({ seed })],
    ['one-permutation', (seed: number) => new OnePermutationMinHash({ seed })],
  ])(
    'finds ≥ 99%% of the pairs brute-force Jaccard puts above the threshold (%s, property)',
    (_, makeMinHash) => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
          const random = mulberry32(seed);
          const texts = seedWords.flatMap((base) => variants(base, 20, random));
          const minHash = makeMinHash(seed);
          const lsh = new MinHashLsh({ seed });
          const sets = texts.map((text) => shingleHashes(text, 3, fnv1a32, seed));
          const keys = sets.map((set) => lsh.bandKeys(minHash.signature(set).values));
          keys.forEach((key, item) => lsh.insert(item, key));
          let truePairs = 0;
          let found = 0;
          for (let i = 0; i < texts.length; i++) {
            const candidates = lsh.query(keys[i]!);
            for (let j = i + 1; j < texts.length; j++) {
              if (jaccard(new Set(sets[i]), new Set(sets[j])) < THRESHOLD) continue;
              truePairs++;
              if (candidates.has(j)) found++;
            }
          }
          expect(truePairs).toBeGreaterThan(50);
          expect(found / truePairs).toBeGreaterThanOrEqual(0.99);
        }),
        { numRuns: 5, seed: 42 },
      );
    },
  );

  it('matches the S-curve: the default banding all but guarantees pairs at 0.7', () => {
    expect(candidateProbability(0.7, 25, 4)).toBeGreaterThan(0.998);
    expect(candidateProbability(0.2, 25, 4)).toBeLessThan(0.05);
  });

  it('forgets removed items', () => {
    const lsh = new MinHashLsh();
    const keys = lsh.bandKeys(new MinHash().signature(Uint32Array.of(1, 2, 3)).values);
    lsh.insert(1, keys);
    lsh.insert(2, keys);
    lsh.remove(1, keys);
    expect([...lsh.query(keys)]).toEqual([2]);
  });
});

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
