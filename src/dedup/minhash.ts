/**
 * MinHash (Broder 1997): a fixed-size signature whose per-slot agreement rate estimates the
 * Jaccard similarity of two sets.
 *
 *   shingle hashes x ──► for each permutation i: h_i(x) = fmix32(x ^ a_i) + b_i ──► min over x
 *
 * fmix32 is a bijection on uint32, so each h_i is a permutation of the hashed-shingle universe;
 * the per-slot keys a_i, b_i come from the seed. Signatures made with different seeds or sizes
 * are not comparable, and `estimateJaccard` refuses them instead of returning noise.
 */
import { StorylineError } from '../errors.js';
import { fmix32 } from './hash.js';

export interface MinHashSignature {
  seed: number;
  values: Uint32Array;
}

export interface MinHashOptions {
  /** Number of permutations (signature length). Default: DEFAULT_NUM_PERM (100). */
  numPerm?: number;
  /** Seed of the permutation keys. Default: DEFAULT_SEED (1). */
  seed?: number;
}

/** 100 slots: standard error of the estimate ≈ sqrt(J(1−J)/100) ≤ 0.05; 25 bands × 4 rows. */
export const DEFAULT_NUM_PERM = 100;
export const DEFAULT_SEED = 1;

/** splitmix32: derives the permutation keys from one seed. */
function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    return fmix32(s);
  };
}

/** The options with their defaults; a usage error for a permutation count that is no count. */
export function checkMinHashOptions(options: MinHashOptions): { numPerm: number; seed: number } {
  const numPerm = options.numPerm ?? DEFAULT_NUM_PERM;
  if (!Number.isInteger(numPerm) || numPerm < 1) {
    throw new StorylineError('BAD_OPTION', `numPerm must be a positive integer, got ${numPerm}`, 2);
  }
  return { numPerm, seed: options.seed ?? DEFAULT_SEED };
}

export class MinHash {
  readonly numPerm: number;
  readonly seed: number;
  private readonly xorKeys: Uint32Array;
  private readonly addKeys: Uint32Array;

  constructor(options: MinHashOptions = {}) {
    ({ numPerm: this.numPerm, seed: this.seed } = checkMinHashOptions(options));
    const next = splitmix32(this.seed);
    this.xorKeys = new Uint32Array(this.numPerm);
    this.addKeys = new Uint32Array(this.numPerm);
    for (let i = 0; i < this.numPerm; i++) {
      this.xorKeys[i] = next();
      this.addKeys[i] = next();
    }
  }

  /** Signature of a set of hashed shingles. An empty set gets all-max slots. */
  signature(shingles: Uint32Array): MinHashSignature {
    const values = new Uint32Array(this.numPerm).fill(0xffffffff);
    for (let i = 0; i < this.numPerm; i++) {
      const xorKey = this.xorKeys[i] ?? 0;
      const addKey = this.addKeys[i] ?? 0;
      let min = 0xffffffff;
      for (let j = 0; j < shingles.length; j++) {
        const h = (fmix32((shingles[j] ?? 0) ^ xorKey) + addKey) >>> 0;
        if (h < min) min = h;
      }
      values[i] = min;
    }
    return { seed: this.seed, values };
  }
}

/** Share of agreeing slots: an unbiased estimate of the Jaccard similarity of the two sets. */
export function estimateJaccard(a: MinHashSignature, b: MinHashSignature): number {
  if (a.seed !== b.seed || a.values.length !== b.values.length) {
    throw new StorylineError(
      'BAD_OPTION',
      `cannot compare MinHash signatures made with different seeds or numPerm (${a.seed}/${a.values.length} vs ${b.seed}/${b.values.length}); build both with the same MinHash`,
      2,
    );
  }
  return agreement(a.values, b.values);
}

/** Share of equal slots of two same-length signature arrays (no checks: hot path). */
export function agreement(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return a.length === 0 ? 0 : equal / a.length;
}
