/**
 * `Deduplicator` split in two for the queue: the costly half (tokenise, sha256, shingle,
 * MinHash) is a pure function of one text, so each worker computes it for its own batch, in
 * parallel, and stores it with the article; the clustering leader only runs the cheap, ordered
 * half (exact digest lookup, LSH probe, signature agreement). A new leader also rebuilds its
 * index from stored fingerprints instead of re-shingling every text.
 *
 * Keep in step with dedup/deduplicator.ts: `FingerprintDeduplicator` must give the links
 * `Deduplicator` gives for the same texts in the same order (fingerprint-dedup.test.ts checks
 * it on real articles with planted copies).
 */
import { createHash } from 'node:crypto';
import {
  DEFAULT_BANDS,
  DEFAULT_MAX_DOCUMENTS,
  DEFAULT_NUM_PERM,
  DEFAULT_ROWS,
  DEFAULT_SEED,
  DEFAULT_SHINGLE_SIZE,
  DEFAULT_THRESHOLD,
  fnv1a32,
  MinHash,
  MinHashLsh,
  normaliseForHash,
  shingleHashes,
  type DedupOptions,
} from '../dedup/index.js';
import { agreement } from '../dedup/minhash.js';
import type { DuplicateLink } from '../types.js';

/** What dedup needs of a text: its exact digest and its MinHash signature. */
export interface Fingerprint {
  digest: string;
  signature: Uint32Array;
}

/** The text's fingerprint, or null for a text without words (never linked, as in `Deduplicator`). */
export function fingerprint(text: string, options: DedupOptions = {}): Fingerprint | null {
  const normalised = normaliseForHash(text);
  if (normalised.length === 0) return null;
  const seed = options.seed ?? DEFAULT_SEED;
  const minHash = minHashes(options.numPerm ?? DEFAULT_NUM_PERM, seed);
  return {
    digest: createHash('sha256').update(normalised).digest('base64').slice(0, 16),
    signature: minHash.signature(
      shingleHashes(
        text,
        options.shingleSize ?? DEFAULT_SHINGLE_SIZE,
        options.hashFunction ?? fnv1a32,
        seed,
      ),
    ).values,
  };
}

/** MinHash permutations are derived from (numPerm, seed): build them once per process. */
const minHashCache = new Map<string, MinHash>();
function minHashes(numPerm: number, seed: number): MinHash {
  const key = `${numPerm}/${seed}`;
  let minHash = minHashCache.get(key);
  if (!minHash) minHashCache.set(key, (minHash = new MinHash({ numPerm, seed })));
  return minHash;
}

/** Stored form: `<digest>:<signature as base64 little-endian uint32>`. */
export function encodeFingerprint(value: Fingerprint | null): string | null {
  if (value === null) return null;
  const bytes = Buffer.from(
    value.signature.buffer,
    value.signature.byteOffset,
    value.signature.byteLength,
  );
  return `${value.digest}:${bytes.toString('base64')}`;
}

export function decodeFingerprint(stored: string | null): Fingerprint | null {
  if (stored === null) return null;
  const split = stored.indexOf(':');
  const bytes = Buffer.from(stored.slice(split + 1), 'base64');
  // Copied: a Buffer may sit at an offset that Uint32Array cannot view.
  const signature = new Uint32Array(bytes.byteLength / 4);
  new Uint8Array(signature.buffer).set(bytes);
  return { digest: stored.slice(0, split), signature };
}

interface Entry {
  rootId: string;
  rootOrder: number;
  digest: string;
  signature: Uint32Array;
  bandKeys: Uint32Array;
}

/** The ordered half of `Deduplicator.add`, over precomputed fingerprints. */
export class FingerprintDeduplicator {
  private readonly threshold: number;
  private readonly maxDocuments: number;
  private readonly lsh: MinHashLsh;
  private readonly entries = new Map<number, Entry>();
  private readonly byDigest = new Map<string, number>();
  private order = 0;

  constructor(options: DedupOptions = {}) {
    this.threshold = options.threshold ?? DEFAULT_THRESHOLD;
    this.maxDocuments = options.maxDocuments ?? DEFAULT_MAX_DOCUMENTS;
    this.lsh = new MinHashLsh({
      bands: options.bands ?? DEFAULT_BANDS,
      rows: options.rows ?? DEFAULT_ROWS,
      seed: options.seed ?? DEFAULT_SEED,
    });
  }

  /** As `Deduplicator.add(id, text)` for the text whose fingerprint this is. */
  add(id: string, print: Fingerprint | null): DuplicateLink | null {
    if (print === null) return null;
    const { digest, signature } = print;
    const exactOrder = this.byDigest.get(digest);
    const exact = exactOrder === undefined ? undefined : this.entries.get(exactOrder);
    if (exact !== undefined) {
      if (exact.rootId === id) return null;
      return { id, duplicateOf: exact.rootId, similarity: 1, kind: 'exact' };
    }
    const bandKeys = this.lsh.bandKeys(signature);
    let best: { rootId: string; rootOrder: number; similarity: number } | null = null;
    for (const candidate of this.lsh.query(bandKeys)) {
      const other = this.entries.get(candidate);
      if (other === undefined) continue;
      const similarity = agreement(signature, other.signature);
      if (similarity < this.threshold) continue;
      if (
        best === null ||
        other.rootOrder < best.rootOrder ||
        (other.rootOrder === best.rootOrder && similarity > best.similarity)
      ) {
        best = { rootId: other.rootId, rootOrder: other.rootOrder, similarity };
      }
    }
    const order = this.order++;
    this.entries.set(order, {
      rootId: best?.rootId ?? id,
      rootOrder: best?.rootOrder ?? order,
      digest,
      signature,
      bandKeys,
    });
    this.byDigest.set(digest, order);
    this.lsh.insert(order, bandKeys);
    while (this.entries.size > this.maxDocuments) {
      const [oldest, entry] = this.entries.entries().next().value as [number, Entry];
      this.entries.delete(oldest);
      this.lsh.remove(oldest, entry.bandKeys);
      if (this.byDigest.get(entry.digest) === oldest) this.byDigest.delete(entry.digest);
    }
    if (best === null || best.rootId === id) return null;
    return { id, duplicateOf: best.rootId, similarity: best.similarity, kind: 'near' };
  }
}
