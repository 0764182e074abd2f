/**
 * Streaming duplicate detection: each added article is checked against everything added
 * before it (within a bounded window) and, when it repeats one, linked to the earliest-added
 * original. It never drops anything: callers decide what a link means.
 *
 *   text ─► normalise ─► sha256 ──────────────── seen? ─► exact link
 *              │
 *              └─► k-word shingles ─► MinHash (one permutation) ─► LSH bands ─► candidates
 *                                                   └─► verify estimated Jaccard ≥ threshold ─► near link
 */
import { createHash } from 'node:crypto';
import type { DuplicateLink } from '../types.js';
import { StorylineError } from '../errors.js';
import { fnv1a32, type HashFunction } from './hash.js';
import { DEFAULT_NUM_PERM, DEFAULT_SEED, MinHash } from './minhash.js';
import { OnePermutationMinHash } from './one-permutation.js';
import { DEFAULT_BANDS, DEFAULT_ROWS } from './lsh.js';
import { LshWindow } from './lsh-window.js';
import { shingleHashSequence } from './shingles.js';
import { words } from '../util/tokens.js';

export interface DedupOptions {
  /** MinHash signature slots. Default: DEFAULT_NUM_PERM (100). Must be ≥ bands × rows. */
  numPerm?: number;
  /** LSH bands. Default: DEFAULT_BANDS (25). */
  bands?: number;
  /** LSH rows per band. Default: DEFAULT_ROWS (4). */
  rows?: number;
  /** Words per shingle. Default: DEFAULT_SHINGLE_SIZE (3). */
  shingleSize?: number;
  /** Estimated Jaccard at or above which a text is a near duplicate. Default: DEFAULT_THRESHOLD (0.7). */
  threshold?: number;
  /** How signatures are made: 'one-permutation' (one hash per shingle, densified) or
   * 'k-permutations' (classic MinHash, numPerm hashes per shingle; the signatures of releases
   * before 'one-permutation' became the default). Default: DEFAULT_SCHEME ('one-permutation').
   * Fingerprints made under one scheme never link to those of the other. */
  scheme?: MinHashScheme;
  /** Seed of the MinHash permutations and shingle hashes. Default: DEFAULT_SEED (1). */
  seed?: number;
  /** Shingle hash function. Default: FNV-1a + fmix32 (`fnv1a32`). */
  hashFunction?: HashFunction;
  /** Most recent texts kept for comparison; older ones are forgotten first-in first-out.
   * Default: DEFAULT_MAX_DOCUMENTS (500,000). */
  maxDocuments?: number;
}

export type MinHashScheme = 'one-permutation' | 'k-permutations';
/** One permutation: ≈ 5× cheaper signatures, estimates as close to the true Jaccard (see
 * one-permutation.ts); the LSH recall property test holds for both schemes. */
export const DEFAULT_SCHEME: MinHashScheme = 'one-permutation';
/** 3-word shingles: one changed word breaks 3 shingles, yet unrelated texts share almost none. */
export const DEFAULT_SHINGLE_SIZE = 3;
/** 0.7: a copy with 2% of words changed keeps ≈ 0.9 of its 3-shingles; the five seed articles
 * (one story, five outlets, shared quotes) peak at 0.18 between them. */
export const DEFAULT_THRESHOLD = 0.7;
/** Measured ≈ 1.7 KB per kept text at 200k distinct texts (signature and its byte sketch, band
 * keys and links, 25 band tables at load ≤ 1/2; the Map-of-arrays index before it took 2.3 KB):
 * 500k ≤ 0.85 GB. Syndicated copies and rewrites arrive within days; 500k is days of a large
 * feed. */
export const DEFAULT_MAX_DOCUMENTS = 500_000;

/** What dedup needs of a text: its exact digest and its MinHash signature. */
export interface Fingerprint {
  digest: string;
  signature: Uint32Array;
}

/** Digest of the normalised words (the exact-copy key); null for a text without words. */
function digestOf(tokens: readonly string[]): string | null {
  const normalised = tokens.join(' ');
  if (normalised.length === 0) return null;
  return createHash('sha256').update(normalised).digest('base64').slice(0, 16);
}

/**
 * @example
 * const dedup = new Deduplicator();
 * dedup.add('a', 'The council approved the new budget on Monday.'); // null
 * dedup.add('b', 'THE COUNCIL approved the new budget on Monday!'); // { kind: 'exact', duplicateOf: 'a', … }
 */
export class Deduplicator {
  private readonly shingleSize: number;
  private readonly threshold: number;
  private readonly seed: number;
  private readonly hash: HashFunction;
  private readonly maxDocuments: number;
  private readonly minHash: MinHash | OnePermutationMinHash;
  private readonly lsh: LshWindow;
  /** Exact-copy key → arrival order of the latest kept text with that digest. */
  private readonly byDigest = new Map<string, number>();
  // Per kept text, in the LSH window's ring slot (`lsh.slotOf(order)`): flat arrays, no objects
  // per text, so the window costs the garbage collector nothing to trace as it grows.
  /** Signatures, numPerm slots each. */
  private signatures = new Uint32Array(0);
  /** The low byte of every signature slot: a quarter of the memory to read per candidate, and
   * bytes agree wherever slots agree, so a candidate whose bytes already disagree too often
   * is rejected without reading its signature (same links, fewer cache misses). */
  private sketches = new Uint8Array(0);
  /** Fewest agreeing slots that reach the threshold (equal / numPerm ≥ threshold). */
  private readonly minEqual: number;
  /** Id and arrival order of the earliest original each text repeats (itself when original). */
  private rootIds: string[] = [];
  private rootOrders = new Float64Array(0);
  private digests: string[] = [];
  /** Texts the per-text arrays have room for (doubles up to maxDocuments). */
  private capacity = 0;

  constructor(options: DedupOptions = {}) {
    this.shingleSize = options.shingleSize ?? DEFAULT_SHINGLE_SIZE;
    this.threshold = options.threshold ?? DEFAULT_THRESHOLD;
    this.seed = options.seed ?? DEFAULT_SEED;
    this.hash = options.hashFunction ?? fnv1a32;
    this.maxDocuments = options.maxDocuments ?? DEFAULT_MAX_DOCUMENTS;
    if (!(this.threshold > 0 && this.threshold <= 1)) {
      throw new StorylineError(
        'BAD_OPTION',
        `threshold must be in (0, 1], got ${this.threshold}`,
        2,
      );
    }
    if (!Number.isInteger(this.shingleSize) || this.shingleSize < 1) {
      throw new StorylineError(
        'BAD_OPTION',
        `shingleSize must be a positive integer, got ${this.shingleSize}`,
        2,
      );
    }
    const scheme = options.scheme ?? DEFAULT_SCHEME;
    if (scheme !== 'one-permutation' && scheme !== 'k-permutations') {
      throw new StorylineError(
        'BAD_OPTION',
        `scheme must be 'one-permutation' or 'k-permutations', got ${String(scheme)}`,
        2,
      );
    }
    const minHashOptions = { numPerm: options.numPerm ?? DEFAULT_NUM_PERM, seed: this.seed };
    this.minHash =
      scheme === 'one-permutation'
        ? new OnePermutationMinHash(minHashOptions)
        : new MinHash(minHashOptions);
    this.lsh = new LshWindow({
      bands: options.bands ?? DEFAULT_BANDS,
      rows: options.rows ?? DEFAULT_ROWS,
      seed: this.seed,
      maxItems: this.maxDocuments,
    });
    this.minEqual = minEqualSlots(this.threshold, this.minHash.numPerm);
    // Fail at construction, not on the first add, when bands × rows does not fit numPerm.
    this.lsh.bandKeys(new Uint32Array(this.minHash.numPerm));
  }

  /** Number of texts currently kept for comparison. */
  get size(): number {
    return this.lsh.size;
  }

  /**
   * Records `text` under `id` and returns a link to the earliest-added original it repeats,
   * or null. Texts without words are never linked (there is nothing to compare).
   */
  add(id: string, text: string): DuplicateLink | null {
    // One tokenizer pass serves the exact digest and the shingles; the MinHash signature is
    // computed only when the text is not an exact copy.
    const tokens = words(text);
    const digest = digestOf(tokens);
    if (digest === null) return null;
    return this.link(id, digest, () => this.signatureOf(tokens));
  }

  /**
   * The costly, order-free half of `add`: what dedup needs of one text. Workers compute it in
   * parallel and store it; null for a text without words.
   */
  fingerprint(text: string): Fingerprint | null {
    const tokens = words(text);
    const digest = digestOf(tokens);
    return digest === null ? null : { digest, signature: this.signatureOf(tokens) };
  }

  /** `add` for a text whose fingerprint was computed earlier (same options): same links. */
  addFingerprint(id: string, print: Fingerprint | null): DuplicateLink | null {
    return print === null ? null : this.link(id, print.digest, () => print.signature);
  }

  private signatureOf(tokens: readonly string[]): Uint32Array {
    return this.minHash.signature(
      shingleHashSequence(tokens, this.shingleSize, this.hash, this.seed),
    ).values;
  }

  /** The ordered half: exact digest lookup, LSH probe, signature agreement, then remember. */
  private link(id: string, digest: string, signatureOf: () => Uint32Array): DuplicateLink | null {
    // 1. Exact: same words in the same order. Not indexed again: it adds no new shingles.
    const exactOrder = this.byDigest.get(digest);
    if (exactOrder !== undefined) {
      const rootId = this.rootIds[this.lsh.slotOf(exactOrder)]!;
      if (rootId === id) return null;
      return { id, duplicateOf: rootId, similarity: 1, kind: 'exact' };
    }

    // 2. Near: LSH candidates verified on the whole signature.
    const signature = signatureOf();
    const numPerm = this.minHash.numPerm;
    const bandKeys = this.lsh.bandKeys(signature);
    const sketch = sketchOf(signature, numPerm);
    const maxMismatches = numPerm - this.minEqual;
    let bestSlot = -1;
    let bestSimilarity = 0;
    for (const candidate of this.lsh.query(bandKeys)) {
      const slot = this.lsh.slotOf(candidate);
      if (!withinMismatches(sketch, this.sketches, slot * numPerm, maxMismatches)) continue;
      const similarity = agreementAt(signature, this.signatures, slot * numPerm, numPerm);
      if (similarity < this.threshold) continue;
      // The earliest root wins; among texts of one root, the closest.
      const rootOrder = this.rootOrders[slot]!;
      const bestOrder = bestSlot < 0 ? Infinity : this.rootOrders[bestSlot]!;
      if (rootOrder < bestOrder || (rootOrder === bestOrder && similarity > bestSimilarity)) {
        bestSlot = slot;
        bestSimilarity = similarity;
      }
    }
    const rootId = bestSlot < 0 ? id : this.rootIds[bestSlot]!;
    const rootOrder = bestSlot < 0 ? -1 : this.rootOrders[bestSlot]!;

    // 3. Remember this text (near duplicates too: a later copy may be closer to it than to the
    // root). The window drops its oldest text when full; its exact key goes with it.
    const [order, evicted] = this.lsh.insert(bandKeys);
    if (evicted >= 0) {
      const evictedDigest = this.digests[this.lsh.slotOf(evicted)]!;
      if (this.byDigest.get(evictedDigest) === evicted) this.byDigest.delete(evictedDigest);
    } else if (order >= this.capacity) this.grow();
    const slot = this.lsh.slotOf(order);
    this.signatures.set(signature.subarray(0, numPerm), slot * numPerm);
    this.sketches.set(sketch, slot * numPerm);
    this.rootIds[slot] = rootId;
    this.rootOrders[slot] = bestSlot < 0 ? order : rootOrder;
    this.digests[slot] = digest;
    this.byDigest.set(digest, order);

    if (bestSlot < 0 || rootId === id) return null;
    return { id, duplicateOf: rootId, similarity: bestSimilarity, kind: 'near' };
  }

  /** Doubles the per-text arrays (only before the window first fills: slots equal orders). */
  private grow(): void {
    this.capacity = Math.min(this.maxDocuments, Math.max(1024, this.capacity * 2));
    const signatures = new Uint32Array(this.capacity * this.minHash.numPerm);
    signatures.set(this.signatures);
    this.signatures = signatures;
    const sketches = new Uint8Array(this.capacity * this.minHash.numPerm);
    sketches.set(this.sketches);
    this.sketches = sketches;
    const rootOrders = new Float64Array(this.capacity);
    rootOrders.set(this.rootOrders);
    this.rootOrders = rootOrders;
  }
}

/** Smallest count of agreeing slots whose share reaches `threshold` (as `agreement` computes it). */
function minEqualSlots(threshold: number, numPerm: number): number {
  let equal = Math.ceil(threshold * numPerm);
  while (equal > 0 && (equal - 1) / numPerm >= threshold) equal--;
  while (equal / numPerm < threshold) equal++;
  return equal;
}

/** Low byte of each slot (see `Deduplicator.sketches`). */
function sketchOf(signature: Uint32Array, numPerm: number): Uint8Array {
  const sketch = new Uint8Array(numPerm);
  for (let i = 0; i < numPerm; i++) sketch[i] = signature[i]! & 0xff;
  return sketch;
}

/** Whether at most `maxMismatches` bytes of `a` differ from `b` at `offset`; stops early. */
function withinMismatches(
  a: Uint8Array,
  b: Uint8Array,
  offset: number,
  maxMismatches: number,
): boolean {
  let mismatches = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[offset + i] && ++mismatches > maxMismatches) return false;
  }
  return true;
}

/** `agreement(a, b.subarray(offset, offset + length))` without the view (hot path). */
function agreementAt(a: Uint32Array, b: Uint32Array, offset: number, length: number): number {
  let equal = 0;
  for (let i = 0; i < length; i++) if (a[i] === b[offset + i]) equal++;
  return equal / length;
}
