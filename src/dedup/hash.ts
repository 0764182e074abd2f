/**
 * Seeded 32-bit string hashing: the default hash function injected into MinHash and LSH.
 * FNV-1a over UTF-16 code units, finished with MurmurHash3's fmix32 so that every input bit
 * reaches every output bit (plain FNV-1a has weak low bits, and LSH band keys need good ones).
 */

/** A seeded hash of a string to an unsigned 32-bit integer. Must be deterministic. */
export type HashFunction = (value: string, seed: number) => number;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** MurmurHash3's 32-bit finaliser: a bijection on uint32 with full avalanche. */
export function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export const fnv1a32: HashFunction = (value, seed) => {
  let h = (FNV_OFFSET ^ fmix32(seed)) >>> 0;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return fmix32(h);
};

/** `fnv1a32(words.slice(start, end).join(' '), seed)` without building the string. */
export function fnv1a32Words(
  words: readonly string[],
  start: number,
  end: number,
  seed: number,
): number {
  let h = (FNV_OFFSET ^ fmix32(seed)) >>> 0;
  for (let w = start; w < end; w++) {
    if (w > start) h = Math.imul(h ^ 32, FNV_PRIME);
    const word = words[w]!;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  }
  return fmix32(h);
}

/** Hash of a run of uint32 values (an LSH band), deterministic for a given seed. */
export function hashUint32s(values: Uint32Array, start: number, end: number, seed: number): number {
  let h = fmix32(seed ^ 0x9e3779b9);
  for (let i = start; i < end; i++) {
    h = Math.imul(h ^ (values[i] ?? 0), 0x01000193);
    h = (h << 13) | (h >>> 19);
  }
  return fmix32(h ^ (end - start));
}
