/**
 * What bench/cluster-stream.ts sends to its worker and gets back: a batch of articles and
 * their order-free halves, flattened into typed arrays that move between threads uncopied.
 */
import { DEFAULT_NUM_PERM, type Fingerprint } from '../src/dedup/index.js';
import {
  TermMirror,
  type EncodedTerms,
  type MirroredTerms,
} from '../src/cluster/term-dictionary.js';

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
  /** Clustering terms of all articles as the worker's dictionary ids (no strings but new terms). */
  terms: EncodedTerms;
}

/**
 * The batch unpacked: per article, its fingerprint (or link) and its clustering terms (through
 * the mirror of the dictionary that numbered them, one per worker; batches in submission order).
 */
export function unpack(
  batch: PreparedBatch,
  mirrors: Map<number, TermMirror>,
): {
  prints: (Fingerprint | null)[];
  links: (string | null)[] | null;
  terms: MirroredTerms[];
} {
  const prints: (Fingerprint | null)[] = [];
  let mirror = mirrors.get(batch.terms.dictionary);
  if (mirror === undefined) mirrors.set(batch.terms.dictionary, (mirror = new TermMirror()));
  const terms = mirror.receive(batch.terms);
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
  }
  return { prints, links: batch.links, terms };
}
