/**
 * Dedup fingerprints for the queue: the costly half of `Deduplicator.add` (tokenise, sha256,
 * shingle, MinHash) is a pure function of one text, so each worker computes it for its own
 * batch, in parallel, and stores it with the article; the clustering leader only runs the
 * cheap, ordered half (`Deduplicator.addFingerprint`). A new leader also rebuilds its index
 * from stored fingerprints instead of re-shingling every text. Both halves are the
 * Deduplicator's own code, so the links are those of `Deduplicator.add`.
 */
import {
  DEFAULT_SCHEME,
  Deduplicator,
  type DedupOptions,
  type Fingerprint,
  type MinHashScheme,
} from '../dedup/index.js';

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

/**
 * Stored form: `[op:]<digest>:<signature as base64 little-endian uint32>`. The `op:` tag marks
 * a one-permutation signature; untagged ones are k-permutation signatures, the only kind
 * stored before the tag existed, so stored rows of either age decode to their own scheme.
 */
export function encodeFingerprint(
  value: Fingerprint | null,
  options: DedupOptions = {},
): string | null {
  if (value === null) return null;
  const bytes = Buffer.from(
    value.signature.buffer,
    value.signature.byteOffset,
    value.signature.byteLength,
  );
  const tag = (options.scheme ?? DEFAULT_SCHEME) === 'one-permutation' ? ONE_PERMUTATION_TAG : '';
  return `${tag}${value.digest}:${bytes.toString('base64')}`;
}

const ONE_PERMUTATION_TAG = 'op:';

/** The scheme a stored fingerprint was made under. */
export function storedScheme(stored: string): MinHashScheme {
  return stored.startsWith(ONE_PERMUTATION_TAG) ? 'one-permutation' : 'k-permutations';
}

/**
 * The stored fingerprint, or undefined when it was made under another scheme than `options`
 * asks for (rows stored by an older version): signatures of two schemes estimate nothing about
 * each other, so the caller fingerprints the text again.
 */
export function decodeFingerprint(
  stored: string | null,
  options: DedupOptions = {},
): Fingerprint | null | undefined {
  if (stored === null) return null;
  if (storedScheme(stored) !== (options.scheme ?? DEFAULT_SCHEME)) return undefined;
  if (stored.startsWith(ONE_PERMUTATION_TAG)) stored = stored.slice(ONE_PERMUTATION_TAG.length);
  const split = stored.indexOf(':');
  const bytes = Buffer.from(stored.slice(split + 1), 'base64');
  // Copied: a Buffer may sit at an offset that Uint32Array cannot view.
  const signature = new Uint32Array(bytes.byteLength / 4);
  new Uint8Array(signature.buffer).set(bytes);
  return { digest: stored.slice(0, split), signature };
}
