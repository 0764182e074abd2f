/**
 * Word shingles: the unit MinHash compares. Uses the shared tokenizer (lower-cased words,
 * punctuation ignored) so "exact" and "near" duplicates agree on what the words are.
 */
import { words } from '../util/tokens.js';
import { fnv1a32, fnv1a32Words, type HashFunction } from './hash.js';

/** Normalised text for exact-duplicate hashing: lower-case words joined by single spaces. */
export function normaliseForHash(text: string): string {
  return words(text).join(' ');
}

/**
 * Distinct hashed k-word shingles of a text. A text shorter than `shingleSize` words yields
 * one shingle of all its words (so short texts still compare); an empty text yields none.
 */
export function shingleHashes(
  text: string,
  shingleSize: number,
  hash: HashFunction,
  seed: number,
): Uint32Array {
  return shingleHashesOfWords(words(text), shingleSize, hash, seed);
}

/** `shingleHashes` of already tokenised text (`words`), for callers that need the words too. */
export function shingleHashesOfWords(
  tokens: readonly string[],
  shingleSize: number,
  hash: HashFunction,
  seed: number,
): Uint32Array {
  return Uint32Array.from(new Set(shingleHashSequence(tokens, shingleSize, hash, seed)));
}

/**
 * The hash of every k-word shingle in text order, repeats included: enough for MinHash, whose
 * minima no repeat changes, without the cost of a distinct set (the hot path of dedup).
 */
export function shingleHashSequence(
  tokens: readonly string[],
  shingleSize: number,
  hash: HashFunction,
  seed: number,
): Uint32Array {
  if (tokens.length === 0) return new Uint32Array(0);
  const last = Math.max(0, tokens.length - shingleSize);
  const end = Math.min(shingleSize, tokens.length);
  const out = new Uint32Array(last + 1);
  for (let i = 0; i <= last; i++) {
    // The default hash streams over the words: the same value as hashing the joined shingle,
    // without building a string per shingle.
    out[i] =
      hash === fnv1a32
        ? fnv1a32Words(tokens, i, i + end, seed)
        : hash(tokens.slice(i, i + shingleSize).join(' '), seed);
  }
  return out;
}
