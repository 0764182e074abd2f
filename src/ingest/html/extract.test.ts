import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractHtml } from './extract.js';
import { parseDate } from './parse-date.js';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/ingest/html');

describe('extractHtml golden pages', () => {
  for (const name of readdirSync(FIXTURES)) {
    it(name, () => {
      const html = readFileSync(join(FIXTURES, name, 'input.html'), 'utf8');
      const expected = JSON.parse(
        readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8'),
      ) as Record<string, unknown>;
      const page = extractHtml(html);
      const { paragraphs, ...fields } = expected;
      expect(page).toMatchObject(fields);
      expect(page.text.split('\n\n')).toEqual(paragraphs);
    });
  }
});

describe('extractHtml boilerplate', () => {
  const page = extractHtml(readFileSync(join(FIXTURES, 'news-article', 'input.html'), 'utf8'));
  it.each([
    'Share on',
    'newsletter',
    'cookies',
    'Image: Council',
    'Related stories',
    'Ferry timetable',
    'READ MORE',
    '©',
  ])('drops "%s"', (furniture) => expect(page.text).not.toContain(furniture));
});

describe('extractHtml metadata', () => {
  it('prefers the date shown under the headline, keeps the page day, detects language', () => {
    const html = `<html><head><meta property="article:published_time" content="2021-01-02T10:00:00Z"></head><body>
      <h1>Le pont du port rouvre après des travaux</h1><p>Le 14 août 2025</p>
      <p>${'Le pont du port a rouvert mardi matin après six semaines de travaux sur son tablier en acier, a indiqué la mairie. '.repeat(4)}</p></body></html>`;
    const page = extractHtml(html, { url: 'https://example.fr/a' });
    expect(page.published).toBe('2025-08-14');
    expect(page.language).toBe('fr');
    expect(page.publishedConfidence).toBeGreaterThan(0.9);
  });

  it('a date shown as a revision ("Mis à jour") yields to the published timestamp', () => {
    const html = `<html><head><meta property="article:published_time" content="2021-01-02T10:00:00Z"></head><body>
      <h1>Le pont du port rouvre après des travaux</h1><p>Mis à jour le 14 août 2025</p>
      <p>${'Le pont du port a rouvert mardi matin après six semaines de travaux sur son tablier en acier, a indiqué la mairie. '.repeat(4)}</p></body></html>`;
    expect(extractHtml(html).published).toBe('2021-01-02T10:00:00Z');
  });

  it('never invents a date', () => {
    const page = extractHtml(
      '<html><body><h1>Title here</h1><p>No date anywhere in this page.</p></body></html>',
    );
    expect(page.published).toBeNull();
    expect(page.publishedConfidence).toBe(0);
  });

  it('reads dates in the URL', () => {
    const page = extractHtml('<html><body><p>Text</p></body></html>', {
      url: 'https://x.example/2019/11/19/story',
    });
    expect(page.published).toBe('2019-11-19');
  });

  it('parses common written forms and rejects impossible days', () => {
    expect(parseDate('Tue, Nov 19, 2019 10:48')).toBe('2019-11-19');
    expect(parseDate('19 novembre 2019')).toBe('2019-11-19');
    expect(parseDate('2019-02-30')).toBeNull();
    expect(parseDate('0001-01-01')).toBeNull();
    expect(parseDate('04/05/2020', { monthFirst: true })).toBe('2020-04-05');
    expect(parseDate('04/05/2020')).toBe('2020-05-04');
  });
});

describe('extractHtml hostile inputs', () => {
  it('survives binary garbage', () => {
    const bytes = new Uint8Array(200_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
    const page = extractHtml(Buffer.from(bytes).toString('latin1'));
    expect(typeof page.text).toBe('string');
  });

  it('survives 100 000 nested elements', () => {
    const depth = 100_000;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>deep text</p>${'</div>'.repeat(depth)}<p>${'Shallow paragraph text that is the article. '.repeat(10)}</p></body></html>`;
    const page = extractHtml(html);
    expect(page.text).toContain('Shallow paragraph');
  });

  it('handles a 50 MB page in bounded time', () => {
    const paragraph =
      '<p>' + 'A long paragraph of filler text for the size test. '.repeat(20) + '</p>\n';
    const html = `<html><body><article>${paragraph.repeat(Math.ceil(50_000_000 / paragraph.length))}</article></body></html>`;
    expect(html.length).toBeGreaterThanOrEqual(50_000_000);
    const start = Date.now();
    const page = extractHtml(html);
    expect(page.text.length).toBeGreaterThan(1000);
    expect(Date.now() - start).toBeLessThan(60_000);
  }, 120_000);

  it('returns empty text, not a throw, for pages with no body', () => {
    expect(extractHtml('').text).toBe('');
    expect(extractHtml('<html><head><title>x</title></head></html>').text).toBe('');
    expect(extractHtml('<<<>>><p <div class=">').text).toBeTypeOf('string');
  });

  it('ignores broken JSON-LD', () => {
    const page = extractHtml(
      '<html><head><script type="application/ld+json">{"headline": "x",,}</script><title>Real title here</title></head><body><p>Body</p></body></html>',
    );
    expect(page.title).toBe('Real title here');
  });
});
