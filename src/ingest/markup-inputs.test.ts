/** Feeds, WARCs, gzip and URLs through the one ingest entry point (issue 3). */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWarc, PAGE_ONE, twoPageRecords } from '../../test/fixtures/ingest/warc-builder.js';
import type { Article } from '../types.js';
import { readInputs, type IngestItem, type IngestOptions } from './read-inputs.js';

const FIXTURES = resolve(import.meta.dirname, '../../test/fixtures/ingest');
let dir: string;
let server: Server;
let base: string;

async function collect(paths: string[], options: IngestOptions = {}): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of readInputs(paths, options)) out.push(item);
  return out;
}

const describeItem = (item: IngestItem): string =>
  'kind' in item ? `skipped: ${item.reason}` : `${item.provenance.format}: ${item.title}`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'storyline-markup-'));
  server = createServer((req, res) => {
    if (req.url === '/robots.txt') return void res.end('User-agent: *\nAllow: /\n');
    if (req.url === '/news/flood-budget') {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      return void res.end(PAGE_ONE);
    }
    if (req.url === '/feed.xml') {
      res.setHeader('content-type', 'application/rss+xml');
      return void res.end(
        `<rss version="2.0"><channel><title>Local News</title><item><title>Feed title</title><link>${base}/news/flood-budget</link><description>Only a teaser.</description></item></channel></rss>`,
      );
    }
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

describe('readInputs over feeds, WARCs and gzip', () => {
  it('reads a directory of a feed, a gzipped feed, a WARC.gz and a truncated WARC.gz', async () => {
    copyFileSync(join(FIXTURES, 'news.rss'), join(dir, 'a.rss'));
    writeFileSync(join(dir, 'b.atom.gz'), gzipSync(readFileSync(join(FIXTURES, 'news.atom'))));
    const warc = buildWarc(twoPageRecords());
    writeFileSync(join(dir, 'c.warc.gz'), warc.bytes);
    writeFileSync(join(dir, 'd.warc.gz'), warc.bytes.subarray(0, warc.bytes.length - 30));
    const items = await collect([dir]);
    expect(items.map(describeItem)).toEqual([
      'feed: Council approves flood defence budget',
      'feed: Rail strike called off & talks resume',
      'skipped: feed item "Picture of the day": no text',
      'feed: Le conseil vote le budget',
      'feed: Grève annulée',
      'warc: Council approves flood budget',
      'warc: Rail strike called off',
      'warc: Council approves flood budget',
      `skipped: truncated WARC record at byte ${warc.offsets[4]}`,
    ]);
    // `file` is the path as found, .gz included; WARC offsets are byte offsets in the file.
    expect((items[3] as Article).provenance.file).toBe(join(dir, 'b.atom.gz'));
    expect((items[6] as Article).provenance).toEqual({
      file: join(dir, 'c.warc.gz'),
      offset: warc.offsets[4],
      format: 'warc',
    });
  });

  it('reads a WARC.gz from stdin, member by member, keeping records before a cut', async () => {
    const warc = buildWarc(twoPageRecords());
    const items = await collect(['-'], {
      stdin: async () => warc.bytes.subarray(0, warc.bytes.length - 30),
    });
    expect(items.map(describeItem)).toEqual([
      'warc: Council approves flood budget',
      `skipped: truncated WARC record at byte ${warc.offsets[4]}`,
    ]);
  });
});

describe('readInputs over URLs (local server)', () => {
  it('refuses a loopback URL without the opt-in', async () => {
    const [item] = await collect([`${base}/news/flood-budget`]);
    expect(item).toMatchObject({ kind: 'skipped', file: `${base}/news/flood-budget` });
    expect((item as { reason: string }).reason).toMatch(/^refused: .*loopback/);
  });

  it('extracts a fetched page, with the URL as file and url', async () => {
    const [item] = await collect([`${base}/news/flood-budget`], { allowPrivate: true });
    expect(item).toMatchObject({
      title: 'Council approves flood budget',
      url: `${base}/news/flood-budget`,
      provenance: { file: `${base}/news/flood-budget`, format: 'html' },
    });
  });

  it('reads a fetched feed, and its linked pages with followLinks', async () => {
    const [summary] = await collect([`${base}/feed.xml`], { allowPrivate: true });
    expect(summary).toMatchObject({
      title: 'Feed title',
      text: 'Only a teaser.',
      source: 'Local News',
    });
    const [page] = await collect([`${base}/feed.xml`], { allowPrivate: true, followLinks: true });
    expect(page).toMatchObject({
      title: 'Council approves flood budget',
      source: 'The Example Times',
    });
    expect((page as Article).text).toMatch(/^The council approved a forty million pound/);
  });
});
