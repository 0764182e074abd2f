import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds, seed } from '../../../test/seeds.js';
import type { CleanArticle } from '../../types.js';
import { extractDates } from './extract-dates.js';

let seeds: Map<string, CleanArticle>;
beforeAll(async () => {
  seeds = await loadSeeds();
});

describe('extractDates on the seeds', () => {
  it('resolves "on Thursday" in 003 (published 2025-01-03, a Friday) to 2025-01-02', () => {
    const clean = seed(seeds, '003');
    expect(clean.article.published).toMatch(/^2025-01-03/);
    const thursday = extractDates(clean).find((d) => d.text === 'Thursday');
    expect(thursday).toMatchObject({ value: '2025-01-02', resolved: true, sentenceIndex: 1 });
    const fridays = extractDates(clean).filter((d) => d.text === 'Friday');
    expect(fridays.map((d) => d.value)).toEqual(['2025-01-03', '2025-01-03']);
    expect(extractDates(clean).find((d) => d.text === 'July 2024')?.value).toBe('2024-07');
  });

  it('leaves "on Friday" in an undated seed unresolved, never invented', () => {
    const clean = seed(seeds, '001');
    expect(clean.article.published).toBeNull();
    const fridays = extractDates(clean).filter((d) => d.text === 'Friday');
    expect(fridays.length).toBe(2);
    for (const friday of fridays) expect(friday).toMatchObject({ value: null, resolved: false });
    // Absolute years resolve without a publish date.
    expect(extractDates(clean).filter((d) => d.value === '2022').length).toBe(2);
  });

  it('gives character spans into the cleaned text and the right sentence', () => {
    for (const clean of seeds.values()) {
      for (const mention of extractDates(clean)) {
        expect(clean.article.text.slice(mention.span[0], mention.span[1])).toBe(mention.text);
        const sentence = clean.sentences[mention.sentenceIndex]!;
        expect(mention.span[0]).toBeGreaterThanOrEqual(sentence.span[0]);
        expect(mention.span[1]).toBeLessThanOrEqual(sentence.span[1]);
      }
    }
  });

  it('keeps durations and vague references out of the dates', () => {
    const texts = extractDates(seed(seeds, '003')).map((d) => d.text);
    expect(texts).not.toContain('14 years');
    expect(texts).not.toContain('recently');
  });
});
