/**
 * Tokens outside quotations, looked up by character range in O(log n).
 *
 * Extraction asks for "the tokens of this sentence" or "the words after this quote" once per
 * quote and per sentence; filtering the whole token list each time made an article with many
 * quotes quadratic. Tokens and quote segments are both sorted and disjoint, so one merge pass
 * drops the quoted tokens and a binary search finds any range.
 */
import type { Token } from '../../util/tokens.js';

export interface OpenClose {
  open: number;
  close: number;
}

/** Index of the first element whose `key` is >= `at` (elements sorted by key). */
export function lowerBound<T>(items: readonly T[], at: number, key: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (key(items[middle]!) < at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Whether `at` lies strictly inside one of the sorted, disjoint segments. */
export function insideSegment(segments: readonly OpenClose[], at: number): boolean {
  // The last segment opening before `at` is the only one that can contain it.
  const index = lowerBound(segments, at, (segment) => segment.open) - 1;
  const segment = segments[index];
  return segment !== undefined && at < segment.close;
}

export class TokenIndex {
  /** Tokens outside every quotation, in text order. */
  readonly tokens: Token[];

  constructor(tokens: readonly Token[], segments: readonly OpenClose[]) {
    this.tokens = [];
    let next = 0;
    for (const token of tokens) {
      // Segments ending before the token can never contain a later token either.
      while (next < segments.length && segments[next]!.close < token.end) next++;
      const segment = segments[next];
      const quoted = segment !== undefined && segment.open < token.start;
      if (!quoted) this.tokens.push(token);
    }
  }

  /** Tokens wholly inside [start, end). */
  between(start: number, end: number): Token[] {
    const out: Token[] = [];
    for (let at = lowerBound(this.tokens, start, (t) => t.start); at < this.tokens.length; at++) {
      const token = this.tokens[at]!;
      if (token.end > end) break;
      out.push(token);
    }
    return out;
  }
}
