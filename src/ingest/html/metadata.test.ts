import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractHtml } from './extract.js';
import { pickTitle, stripSiteSuffix } from './title.js';
import { reconcileDates } from './published-date.js';
import { labelledPublishedDate, visibleDate } from './visible-date.js';

/** One folder per rule: input.html and the fields expected from it (issue 3). */
const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/html-meta');

describe('metadata golden pages', () => {
  for (const name of readdirSync(FIXTURES)) {
    it(name, () => {
      const html = readFileSync(join(FIXTURES, name, 'input.html'), 'utf8');
      const expected = JSON.parse(
        readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8'),
      ) as Record<string, unknown>;
      expect(extractHtml(html)).toMatchObject(expected);
    });
  }
});

describe('pickTitle', () => {
  it('skips a heading inside the site chrome', () => {
    const title = pickTitle(
      [
        { text: 'Playful Tones', inChrome: true },
        { text: 'Reflections on a Pixel-Perfect UI Pipeline', inChrome: false },
      ],
      [null],
      'Reflections on a Pixel-Perfect UI Pipeline | Playful Tones',
      null,
    );
    expect(title).toBe('Reflections on a Pixel-Perfect UI Pipeline');
  });

  it('prefers the heading that matches a metadata title exactly over a partial match', () => {
    const title = pickTitle(
      [
        { text: 'Webcams and more webcams', inChrome: false },
        { text: 'Keeping It Clean and Healthy', inChrome: false },
      ],
      ['Keeping It Clean and Healthy | NutritionFacts.org'],
      'Webcams',
      'NutritionFacts.org',
    );
    expect(title).toBe('Keeping It Clean and Healthy');
  });

  it('falls back to the stripped metadata title when no heading agrees', () => {
    expect(
      pickTitle(
        [{ text: 'Menu', inChrome: false }],
        ['Index Funds: How to Invest | Vanguard'],
        null,
        'Vanguard',
      ),
    ).toBe('Index Funds: How to Invest');
    expect(stripSiteSuffix('Klatch Coffee | Shopify App Store', 'Shopify App Store')).toBe(
      'Klatch Coffee',
    );
  });
});

describe('publish date rules', () => {
  it('labels the date under the headline', () => {
    expect(visibleDate('Title here Last updated: Sep 4, 2025 Body', 'Title here', true)).toEqual({
      value: '2025-09-04',
      label: 'updated',
    });
    expect(visibleDate('Title here March 12, 2024 Body', 'Title here', true)).toEqual({
      value: '2024-03-12',
      label: null,
    });
  });

  it('finds a labelled publish date anywhere, in several languages and forms', () => {
    expect(labelledPublishedDate('… Published On: 15 August 2025 Latest', false)).toBe(
      '2025-08-15',
    );
    expect(labelledPublishedDate('Posted on the 15/12/2025 at 19:00', false)).toBe('2025-12-15');
    expect(labelledPublishedDate('Publié le 3 février 2024', false)).toBe('2024-02-03');
    expect(labelledPublishedDate('Post time: 01-04-2024', true)).toBe('2024-01-04');
    // A date too far from its label belongs to something else.
    expect(
      labelledPublishedDate(
        `Published by the editorial team of this very long site name, ${'x'.repeat(40)} May 1, 2024`,
        true,
      ),
    ).toBeNull();
  });

  it('a printed day next to a CMS timestamp takes the timestamp (its own zone)', () => {
    const result = reconcileDates([
      { day: '2021-12-09', value: '2021-12-09', confidence: 0.97, source: 'visible' },
      {
        day: '2021-12-10',
        value: '2021-12-10T02:17:00+00:00',
        confidence: 0.9,
        source: 'meta:article:published_time',
      },
    ]);
    expect(result.published).toBe('2021-12-10T02:17:00+00:00');
    // Far apart, the printed date stands.
    const far = reconcileDates([
      { day: '2021-12-01', value: '2021-12-01', confidence: 0.97, source: 'visible' },
      { day: '2021-12-10', value: '2021-12-10T02:17:00+00:00', confidence: 0.9, source: 'jsonLd' },
    ]);
    expect(far.published).toBe('2021-12-01');
  });
});
