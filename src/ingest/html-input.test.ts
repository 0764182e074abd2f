import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToArticle } from './html-input.js';
import { isArticle, parseBytes, readInputs } from './read-inputs.js';

const FIXTURE = resolve(import.meta.dirname, '../../test/fixtures/html/cp1252-article.html');

describe('HTML pages as inputs', () => {
  it('decodes a Windows-1252 page and keeps metadata, article text and nothing else', () => {
    const article = htmlToArticle(readFileSync(FIXTURE), { file: FIXTURE });
    if (!isArticle(article)) throw new Error(article.reason);
    expect(article.title).toMatch(/^Minister answers critics over flood defences/);
    expect(article.source).toBe('The Example Times');
    expect(article.published?.slice(0, 10)).toBe('2025-03-04');
    expect(article.url).toBe('https://example.org/news/flood-defences');
    expect(article.text).toContain('government’s record');
    expect(article.text).toContain('“We have spent more on defences');
    expect(article.text).toContain('140 schemes');
    for (const junk of [
      'Home',
      'Most read',
      'Celebrity chef',
      'All rights reserved',
      'Sign up to our newsletter',
    ]) {
      expect(article.text).not.toContain(junk);
    }
  });

  it('is detected by content in a directory walk', async () => {
    const items = [];
    for await (const item of readInputs([resolve(import.meta.dirname, '../../test/fixtures/html')]))
      items.push(item);
    expect(items).toHaveLength(1);
    expect(items[0] && isArticle(items[0]) ? items[0].provenance.format : null).toBe('html');
  });

  it('reports a page without article text instead of storing an empty article', () => {
    const result = htmlToArticle(Buffer.from('<html><body><nav>Home</nav></body></html>'), {
      file: 'x.html',
    });
    expect(isArticle(result)).toBe(false);
  });
});

describe('HTML inputs that are not HTML', () => {
  it('reads plain text named .html as text, and never throws on markup without elements', async () => {
    const items = [];
    for await (const item of parseBytes(
      Buffer.from('date 2025-01-03\nCouncil approves budget\n\nThe council approved it.'),
      'in.html',
    )) {
      items.push(item);
    }
    expect(items).toHaveLength(1);
    expect(items[0] && isArticle(items[0]) ? items[0].published : null).toBe('2025-01-03');
    const weird = htmlToArticle(Buffer.from('<!-- only a comment -->'), { file: 'c.html' });
    expect(isArticle(weird)).toBe(false);
  });
});
