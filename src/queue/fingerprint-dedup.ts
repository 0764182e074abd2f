/**
 * Dedup fingerprints for the queue: the costly half of `Deduplicator.add` (tokenise, sha256,
 * shingle, MinHash) is a pure function of one text, so each worker computes it for its own
 * batch, in parallel, and stores it with the article; the clustering leader only runs the
 * cheap, ordered half (`Deduplicator.addFingerprint`). A new leader also rebuilds its index
 * from stored fingerprints instead of re-shingling every text. Both halves are the
 * Deduplicator's own code, so the links are those of `Deduplicator.add`.
 */
import { Deduplicator, type DedupOptions, type Fingerprint } from '../dedup/index.js';

export type { Fingerprint } from '../dedup/index.js';

/**
 * MinHash permutations are derived from the options: build one fingerprinter per option set
 * and process (only option sets without a custom hash function are kept; those are the norm).
 */
const fingerprinters = new Map<string, Deduplicator>();
function fingerprinter(options: DedupOptions): Deduplicator {
  if (options.hashFunction) return new Deduplicator(options);
  const key = JSON.stringify(options);
  let dedup = fingerprinters.get(key);
  if (!dedup) fingerprinters.set(key, (dedup = new Deduplicator(options)));
  return dedup;
}

/** The text's fingerprint, or null for a text without words (never linked, as in `Deduplicator`). */
export function fingerprint(text: string, options: DedupOptions = {}): Fingerprint | null {
  return fingerprinter(options).fingerprint(text);
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
