import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article, Skipped } from '../../types.js';
import { feedArticles, type FeedArticleOptions } from './feed-articles.js';

const FIXTURES = resolve(import.meta.dirname, '../../../test/fixtures/ingest');

async function read(
  bytes: Uint8Array,
  options: FeedArticleOptions,
): Promise<(Article | Skipped)[]> {
  const out: (Article | Skipped)[] = [];
  for await (const item of feedArticles(bytes, options)) out.push(item);
  return out;
}

function articles(items: (Article | Skipped)[]): Article[] {
  return items.filter((item): item is Article => !('kind' in item));
}

describe('RSS 2.0', () => {
  it('turns items into Articles with the feed metadata and HTML content as text', async () => {
    const file = resolve(FIXTURES, 'news.rss');
    const items = await read(readFileSync(file), { file });
    const [first, second] = articles(items);
    expect(first).toMatchObject({
      title: 'Council approves flood defence budget',
      url: 'https://example.org/news/flood-budget',
      published: '2025-03-04T09:30:00Z',
      byline: 'Jane Reporter',
      source: 'The Example Times',
      language: 'en',
      provenance: { file, format: 'feed' },
    });
    // content:encoded wins over the teaser; paragraphs survive; scripts do not.
    expect(first!.text).toBe(
      'The council approved a £40m flood defence budget on Monday after a long debate.\n\n' +
        '“We have waited long enough,” the mayor said. Work on 140 schemes will start in spring.',
    );
    expect(second!.title).toBe('Rail strike called off & talks resume');
    expect(second!.published).toBe('2025-03-05T17:00:00Z');
    expect(second!.byline).toBe('Sam Writer');
    expect(second!.text).toBe(
      'Unions called off Thursday’s strike after talks with operators resumed.',
    );
    // The third item has no text: reported, not dropped.
    expect(items[2]).toMatchObject({
      kind: 'skipped',
      reason: 'feed item "Picture of the day": no text',
    });
  });
});

describe('Atom', () => {
  it('reads entries, resolves relative links and takes xml:lang', async () => {
    const file = resolve(FIXTURES, 'news.atom');
    const [first, second] = articles(await read(readFileSync(file), { file }));
    expect(first).toMatchObject({
      title: 'Le conseil vote le budget',
      url: 'https://exemple.fr/actualites/budget',
      published: '2025-03-04T08:15:00+01:00',
      byline: 'Marie Dupont',
      source: "Le Journal d'Exemple",
      language: 'fr',
    });
    expect(first!.text.split('\n\n')).toEqual([
      'Le conseil municipal a voté lundi un budget de 40 millions d’euros pour les digues.',
      '« Nous avons assez attendu », a déclaré le maire.',
    ]);
    expect(second).toMatchObject({
      url: 'https://exemple.fr/actualites/greve',
      published: '2025-03-05T18:00:00+01:00',
      text: 'Les syndicats ont annulé la grève de jeudi.',
    });
  });
});

describe('RSS 1.0 (RDF)', () => {
  it('reads items beside the channel, dc:date and dc:language', async () => {
    const xml = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://example.de/rss"><title>Beispiel Zeitung</title><link>https://example.de/</link><dc:language>de-DE</dc:language></channel>
  <item rdf:about="https://example.de/a"><title>Stadtrat beschließt Haushalt</title><link>https://example.de/a</link>
    <description>Der Stadtrat hat am Montag den Haushalt beschlossen.</description><dc:date>2025-03-04T10:00:00+01:00</dc:date><dc:creator>Max Muster</dc:creator></item>
</rdf:RDF>`;
    const [item] = await read(Buffer.from(xml), { file: 'rdf.xml' });
    expect(item).toMatchObject({
      title: 'Stadtrat beschließt Haushalt',
      url: 'https://example.de/a',
      source: 'Beispiel Zeitung',
      language: 'de',
      published: '2025-03-04T10:00:00+01:00',
      byline: 'Max Muster',
      text: 'Der Stadtrat hat am Montag den Haushalt beschlossen.',
    });
  });
});

describe('hostile feeds', () => {
  it('does not expand entities (billion laughs) and answers at once', async () => {
    const levels = Array.from(
      { length: 10 },
      (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`,
    ).join('');
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol0 "lol">${levels}]><rss version="2.0"><channel><title>T</title><item><title>&lol10;</title><description>Body &lol10; text.</description></item></channel></rss>`;
    const started = Date.now();
    const [item] = await read(Buffer.from(xml), { file: 'laughs.rss' });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(item).toMatchObject({ title: '&lol10;', text: 'Body &lol10; text.' });
  });

  it('never resolves external entities', async () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss><channel><item><title>x</title><description>&xxe;</description></item></channel></rss>`;
    const [item] = await read(Buffer.from(xml), { file: 'xxe.rss' });
    expect((item as Article).text).toBe('&xxe;');
  });

  it('gives a Skipped value with a reason for malformed XML and for a feed without items', async () => {
    const [broken] = await read(Buffer.from('<rss><channel><title>x</chan'), { file: 'a.rss' });
    expect(broken).toMatchObject({ kind: 'skipped', file: 'a.rss' });
    expect((broken as Skipped).reason).toMatch(/^malformed feed: /);
    const [empty] = await read(Buffer.from('<rss><channel><title>x</title></channel></rss>'), {
      file: 'b.rss',
    });
    expect(empty).toMatchObject({ kind: 'skipped', reason: 'feed has no items' });
  });
});

describe('follow links', () => {
  it('extracts the linked page and keeps feed fields the page lacks; falls back on failure', async () => {
    const file = resolve(FIXTURES, 'news.rss');
    const fetched: string[] = [];
    const items = await read(readFileSync(file), {
      file,
      followLinks: true,
      fetchPage: async (url) => {
        fetched.push(url);
        if (url.endsWith('rail-strike')) return { kind: 'skipped', file: url, reason: 'HTTP 404' };
        return { bytes: Buffer.from('<p>page</p>'), url, contentType: 'text/html' };
      },
      pageToArticle: (_bytes, origin) => ({
        id: 'x',
        url: origin.url ?? null,
        source: null,
        title: 'Page title',
        byline: null,
        published: null,
        language: 'en',
        text: 'The full page text.',
        provenance: { file: origin.file, format: 'html' },
      }),
    });
    expect(fetched).toEqual([
      'https://example.org/news/flood-budget',
      'https://example.org/news/rail-strike',
      'https://example.org/pictures/today',
    ]);
    const [page, fallback, picture] = articles(items);
    expect(page).toMatchObject({
      title: 'Page title',
      text: 'The full page text.',
      source: 'The Example Times',
      byline: 'Jane Reporter',
      published: '2025-03-04T09:30:00Z',
    });
    expect(fallback!.text).toMatch(/^Unions called off/);
    // The item without text becomes an Article once its page is read.
    expect(picture!.url).toBe('https://example.org/pictures/today');
  });
});
