import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../util/tokens.js';
import { findQuoteSegments } from './quote-segments.js';
import { insideSegment, TokenIndex } from './token-index.js';

const alphabet = fc.constantFrom('a', 'b', ' ', ' ', '“', '”', '"', '\n', '.', ',');
const texts = fc.array(alphabet, { maxLength: 120 }).map((chars) => chars.join(''));

describe('TokenIndex', () => {
  it('keeps exactly the tokens the naive per-token filter keeps', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const segments = findQuoteSegments(text);
        const naive = tokenize(text).filter(
          (t) => !segments.some((s) => s.open < t.start && t.end <= s.close),
        );
        expect(new TokenIndex(tokenize(text), segments).tokens).toEqual(naive);
      }),
    );
  });

  it('finds the same range as filtering, and the same insideness as scanning', () => {
    fc.assert(
      fc.property(texts, fc.nat(130), fc.nat(130), (text, a, b) => {
        const [start, end] = a < b ? [a, b] : [b, a];
        const segments = findQuoteSegments(text);
        const index = new TokenIndex(tokenize(text), segments);
        const naive = index.tokens.filter((t) => t.start >= start && t.end <= end);
        expect(index.between(start, end)).toEqual(naive);
        expect(insideSegment(segments, start)).toBe(
          segments.some((s) => s.open < start && start < s.close),
        );
      }),
    );
  });
});
