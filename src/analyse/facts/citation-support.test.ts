import { describe, expect, it } from 'vitest';
import { cleanFromText } from '../../clean/from-text.js';
import { citationContainment, supports } from './citation-support.js';

// The Streeting lead as three seed outlets word it (000, 001, 003).
const GUARDIAN =
  'Elon Musk’s attacks on the UK Government’s handling of child grooming gangs are “misjudged and certainly misinformed”, Wes Streeting said.';
const INDEPENDENT =
  'Elon Musk’s attack on the government’s handling of grooming gangs is “misjudged and certainly misinformed”, Health Secretary Wes Streeting has said.';
const SKY =
  'On Friday, British Health Secretary Wes Streeting said Musk’s views were “misjudged and certainly misinformed”.';

describe('citationContainment', () => {
  it('is 1 for a verbatim occurrence and high for a close rewording', () => {
    expect(citationContainment(GUARDIAN, `Earlier. ${GUARDIAN} Later.`)).toBe(1);
    expect(citationContainment(GUARDIAN, INDEPENDENT)).toBeGreaterThanOrEqual(0.6);
  });

  it('is low for an aligned paraphrase that drops most of the wording (issue 6)', () => {
    // Aligned with the Guardian sentence by the shared quotation, but it says nothing about
    // grooming gangs or the government's handling: not a source for that wording.
    expect(citationContainment(GUARDIAN, SKY)).toBeLessThan(0.6);
  });
});

describe('supports', () => {
  it('finds the wording in a sentence joined with its neighbour', () => {
    const article = cleanFromText(
      'split',
      'Wes Streeting spoke on Friday. He said the attacks on the handling of grooming gangs were “misjudged”. He added more.',
    );
    const cited =
      'On Friday Wes Streeting said Musk’s attacks on the handling of grooming gangs were “misjudged”.';
    expect(citationContainment(cited, article.sentences[1]!.text)).toBeLessThan(0.6);
    expect(supports(article, 1, cited)).toBe(true);
    expect(supports(article, 2, 'Keir Starmer announced a national inquiry into abuse.')).toBe(
      false,
    );
  });
});
