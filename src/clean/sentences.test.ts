import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

describe('splitSentences', () => {
  it('splits after closing quotes and keeps offsets exact', () => {
    const text = 'He said “it is done.” Then he left. Mr. Smith stayed.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'He said “it is done.”',
      'Then he left.',
      'Mr. Smith stayed.',
    ]);
    for (const sentence of sentences) {
      expect(text.slice(...sentence.span)).toBe(sentence.text);
    }
  });

  it('does not split on initials or acronyms', () => {
    const sentences = splitSentences('J. K. Rowling met U.S. officials. They talked.');
    expect(sentences).toHaveLength(2);
  });

  it('treats each line as a paragraph and joins hard-wrapped blocks', () => {
    expect(splitSentences('First line.\nSecond line.').map((s) => s.paragraph)).toEqual([0, 1]);
    const wrapped = 'This sentence is\nwrapped over\nthree lines. And ends.';
    expect(splitSentences(wrapped)).toHaveLength(2);
  });
});
