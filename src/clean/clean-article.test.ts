import { describe, expect, it } from 'vitest';
import { loadSeeds, seed } from '../../test/seeds.js';

// Foundation issue, point 2: boilerplate never reaches the text later stages read.
describe('cleanArticle on the seeds', async () => {
  const seeds = await loadSeeds();

  it('drops the consent banner of 000', () => {
    const clean = seed(seeds, '000');
    expect(clean.article.text).not.toMatch(/We need your consent/);
    expect(clean.removed.map((r) => r.reason)).toContain('consent');
  });

  it('drops "Keep Reading" and the four foreign headlines of 001, keeping the quote around them', () => {
    const clean = seed(seeds, '001');
    for (const junk of [
      'Keep Reading',
      'Veld fire',
      'Vungu Dam',
      'Magistrate in court',
      'Teachers, other civil',
    ]) {
      expect(clean.article.text).not.toContain(junk);
    }
    expect(clean.article.text).toContain('If he wants to work with us and roll his sleeves up');
  });

  it('drops the photo captions of 004 but keeps the body sentence a caption repeats', () => {
    const clean = seed(seeds, '004');
    expect(clean.article.text).not.toContain('(left)');
    expect(clean.article.text).not.toContain('Keir Starmer is hit back at Elon Musk today');
    expect(clean.article.text).toContain(
      'Health Secretary Wes Streeting urged Mr Musk to have a ‘social media detox’',
    );
    expect(clean.removed.filter((r) => r.reason === 'caption').length).toBeGreaterThanOrEqual(4);
  });

  it('keeps every removed line, so nothing accepted is lost', () => {
    for (const clean of seeds.values()) {
      for (const removed of clean.removed) expect(removed.text.length).toBeGreaterThan(0);
      for (const sentence of clean.sentences) {
        expect(clean.article.text.slice(...sentence.span)).toBe(sentence.text);
      }
    }
  });

  it('detects English', () => {
    for (const clean of seeds.values()) expect(clean.article.language).toBe('en');
  });
});
