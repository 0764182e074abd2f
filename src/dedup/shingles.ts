/**
 * Word shingles: the unit MinHash compares. Uses the shared tokenizer (lower-cased words,
 * punctuation ignored) so "exact" and "near" duplicates agree on what the words are.
 */
import { words } from '../util/tokens.js';
import type { HashFunction } from './hash.js';

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
  const tokens = words(text);
  if (tokens.length === 0) return new Uint32Array(0);
  const out = new Set<number>();
  const last = Math.max(0, tokens.length - shingleSize);
  for (let i = 0; i <= last; i++) {
    out.add(hash(tokens.slice(i, i + shingleSize).join(' '), seed));
  }
  return Uint32Array.from(out);
}
