import { describe, expect, it } from 'vitest';
import { loadSeeds, seed } from '../../test/seeds.js';
import { parseTextArticle } from './text-file.js';

describe('parseTextArticle', () => {
  it('reads the date header of seed 003 and keeps it out of the text (point 3)', async () => {
    const seeds = await loadSeeds();
    const dated = seed(seeds, '003');
    expect(dated.article.published).toBe('2025-01-03');
    expect(dated.article.text.startsWith('A senior British politician')).toBe(true);
    for (const prefix of ['000', '001', '002', '004']) {
      expect(seed(seeds, prefix).article.published).toBeNull();
    }
  });

  it('takes a short unpunctuated first line as the title, never a sentence', () => {
    const withTitle = parseTextArticle('Musk row deepens\nBody text here. More text.', {
      file: 'a.txt',
      format: 'text',
    });
    expect(withTitle.title).toBe('Musk row deepens');
    expect(withTitle.text).toBe('Body text here. More text.');
    const sentence = parseTextArticle('It began on Monday.\nThen more.', {
      file: 'b.txt',
      format: 'text',
    });
    expect(sentence.title).toBeNull();
  });

  it('refuses an impossible date instead of inventing one', () => {
    const article = parseTextArticle('date 2025-02-31 Text.\nMore.', {
      file: 'c.txt',
      format: 'text',
    });
    expect(article.published).toBeNull();
  });
});
