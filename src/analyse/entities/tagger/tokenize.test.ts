import { describe, expect, it } from 'vitest';
import { tokenizeSentences } from './tokenize.js';

const texts = (text: string): string[][] =>
  tokenizeSentences(text).map((sentence) => sentence.map((token) => token.text));

describe('tokenizeSentences', () => {
  it('splits a news sentence the way CoNLL-2003 does, offsets into the text', () => {
    const text =
      'Elon Musk’s attacks on the UK Government’s handling of child grooming gangs are “misjudged and certainly misinformed”, Wes Streeting said.';
    const [sentence] = tokenizeSentences(text);
    expect(sentence!.map((token) => token.text)).toEqual([
      'Elon',
      'Musk',
      '’s',
      'attacks',
      'on',
      'the',
      'UK',
      'Government',
      '’s',
      'handling',
      'of',
      'child',
      'grooming',
      'gangs',
      'are',
      '“',
      'misjudged',
      'and',
      'certainly',
      'misinformed',
      '”',
      ',',
      'Wes',
      'Streeting',
      'said',
      '.',
    ]);
    for (const token of sentence!) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it('keeps abbreviations and hyphenated words whole, splits dashes between words', () => {
    expect(texts('Mr. Clinton met U.S. officials in Anglo-Dutch talks—again.')).toEqual([
      [
        'Mr.',
        'Clinton',
        'met',
        'U.S.',
        'officials',
        'in',
        'Anglo-Dutch',
        'talks',
        '—',
        'again',
        '.',
      ],
    ]);
  });

  it('reproduces CoNLL tokens joined by spaces, one sentence a line', () => {
    const line =
      "Germany 's representative to the European Union 's veterinary committee Werner Zwingmann said on Wednesday .";
    expect(texts(`${line}\nPeter Blackburn`)).toEqual([line.split(' '), ['Peter', 'Blackburn']]);
  });

  it('splits sentences after a full stop or a closing quote before a capital', () => {
    expect(texts('He said it was “wrong.” Mr Musk disagreed. The end')).toEqual([
      ['He', 'said', 'it', 'was', '“', 'wrong', '.', '”'],
      ['Mr', 'Musk', 'disagreed', '.'],
      ['The', 'end'],
    ]);
  });
});
