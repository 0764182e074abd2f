/**
 * What bench/cluster-stream.ts sends to its worker and gets back: a batch of articles and
 * their order-free halves, flattened into typed arrays that move between threads uncopied.
 */
import { DEFAULT_NUM_PERM, type Fingerprint } from '../src/dedup/index.js';

export interface PrepareRequest {
  titles: (string | null)[];
  texts: string[];
}

export interface PreparedBatch {
  /** Per article: its dedup digest, or null for a text without words. */
  digests: (string | null)[];
  /** Per article: DEFAULT_NUM_PERM signature slots (zeros for a null digest). */
  signatures: Uint32Array;
  /** Clustering terms of all articles, concatenated; `termCounts[i]` of them are article i's. */
  terms: string[];
  weights: Float64Array;
  termCounts: Int32Array;
}

/** The batch unpacked: per article, its fingerprint and its clustering terms. */
export function unpack(batch: PreparedBatch): {
  prints: (Fingerprint | null)[];
  terms: Map<string, number>[];
} {
  const prints: (Fingerprint | null)[] = [];
  const terms: Map<string, number>[] = [];
  let at = 0;
  for (let i = 0; i < batch.digests.length; i++) {
    const digest = batch.digests[i]!;
    prints.push(
      digest === null
        ? null
        : {
            digest,
            signature: batch.signatures.subarray(i * DEFAULT_NUM_PERM, (i + 1) * DEFAULT_NUM_PERM),
          },
    );
    const map = new Map<string, number>();
    const end = at + batch.termCounts[i]!;
    for (; at < end; at++) map.set(batch.terms[at]!, batch.weights[at]!);
    terms.push(map);
  }
  return { prints, terms };
}
