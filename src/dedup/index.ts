/** Dedup stage: exact and near-duplicate links between articles. */
export {
  Deduplicator,
  DEFAULT_MAX_DOCUMENTS,
  DEFAULT_SHINGLE_SIZE,
  DEFAULT_THRESHOLD,
  DEFAULT_SCHEME,
} from './deduplicator.js';
export type { DedupOptions, Fingerprint, MinHashScheme } from './deduplicator.js';
export { MinHash, estimateJaccard, DEFAULT_NUM_PERM, DEFAULT_SEED } from './minhash.js';
export type { MinHashOptions, MinHashSignature } from './minhash.js';
export { OnePermutationMinHash } from './one-permutation.js';
export { LshWindow, DEFAULT_MAX_ITEMS } from './lsh-window.js';
export type { LshWindowOptions } from './lsh-window.js';
export { MinHashLsh, candidateProbability, DEFAULT_BANDS, DEFAULT_ROWS } from './lsh.js';
export type { LshOptions } from './lsh.js';
export { fnv1a32 } from './hash.js';
export type { HashFunction } from './hash.js';
export { normaliseForHash, shingleHashes } from './shingles.js';
