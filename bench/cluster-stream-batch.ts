/**
 * What bench/cluster-stream.ts sends to its worker and gets back: a batch of articles and
 * their order-free halves, flattened into typed arrays that move between threads uncopied.
 */
import { DEFAULT_NUM_PERM, type Fingerprint } from '../src/dedup/index.js';

export interface PrepareRequest {
  titles: (string | null)[];
  texts: string[];
  /**
   * Article ids when the worker also runs dedup's ordered half (`addFingerprint`): with one
   * worker, batches arrive in stream order, so its deduplicator sees the stream as the main
   * thread would. Null: the worker sends fingerprints and the main thread links them.
   */
  ids: string[] | null;
}

export interface PreparedBatch {
  /** Per article: its dedup digest, or null for a text without words (all null when `links`). */
  digests: (string | null)[];
  /** Per article: DEFAULT_NUM_PERM signature slots (zeros for a null digest; empty when `links`). */
  signatures: Uint32Array;
  /** Per article, when the worker deduplicated: the id of the original it repeats, or null. */
  links: (string | null)[] | null;
  /** Milliseconds the worker spent in dedup's ordered half on this batch. */
  dedupMs: number;
  /** Texts the worker's deduplicator keeps after this batch (0 when it does not link). */
  dedupWindow: number;
  /** Clustering terms of all articles, concatenated; `termCounts[i]` of them are article i's. */
  terms: string[];
  weights: Float64Array;
  termCounts: Int32Array;
}

/** The batch unpacked: per article, its fingerprint (or link) and its clustering terms. */
export function unpack(batch: PreparedBatch): {
  prints: (Fingerprint | null)[];
  links: (string | null)[] | null;
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
  return { prints, links: batch.links, terms };
}
