import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  buildWarc,
  httpResponse,
  PAGE_ONE,
  PAGE_TWO,
  twoPageRecords,
} from '../../../test/fixtures/ingest/warc-builder.js';
import type { Article, Skipped } from '../../types.js';
import { warcArticles } from './warc-articles.js';

/** Feeds the bytes in small chunks so records straddle chunk boundaries, as from a file. */
async function* chunked(bytes: Buffer, size = 97): AsyncGenerator<Buffer> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function read(bytes: Buffer, size?: number): Promise<(Article | Skipped)[]> {
  const out: (Article | Skipped)[] = [];
  for await (const item of warcArticles(chunked(bytes, size), { file: 'crawl.warc.gz' }))
    out.push(item);
  return out;
}

describe('WARC.gz, one gzip member per record (Common Crawl layout)', () => {
  it('yields one Article per HTML response with its URL and the member offset', async () => {
    const { bytes, offsets } = buildWarc(twoPageRecords());
    const items = await read(bytes);
    expect(items.map((item) => ('kind' in item ? item.reason : item.title))).toEqual([
      'Council approves flood budget',
      'Rail strike called off',
    ]);
    const [one, two] = items as Article[];
    expect(one!.url).toBe('https://example.org/news/flood-budget');
    expect(one!.source).toBe('The Example Times');
    expect(one!.text).toMatch(/^The council approved a forty million pound/);
    expect(one!.provenance).toEqual({ file: 'crawl.warc.gz', offset: offsets[2], format: 'warc' });
    expect(two!.provenance.offset).toBe(offsets[4]);
  });

  it('keeps every record before a truncated last one and reports the cut', async () => {
    const { bytes, offsets } = buildWarc(twoPageRecords());
    const items = await read(bytes.subarray(0, bytes.length - 40));
    expect((items[0] as Article).title).toBe('Council approves flood budget');
    expect(items[1]).toEqual({
      kind: 'skipped',
      file: 'crawl.warc.gz',
      reason: `truncated WARC record at byte ${offsets[4]}`,
    });
    expect(items).toHaveLength(2);
  });
});

describe('other layouts', () => {
  it('reads a plain WARC and a WARC gzipped as a single member', async () => {
    const plain = buildWarc(twoPageRecords(), 'none');
    const plainItems = (await read(plain.bytes)) as Article[];
    expect(plainItems.map((article) => article.provenance.offset)).toEqual([
      plain.offsets[2],
      plain.offsets[4],
    ]);
    const whole = await read(buildWarc(twoPageRecords(), 'whole').bytes, 4096);
    expect(whole.map((item) => (item as Article).title)).toEqual([
      'Council approves flood budget',
      'Rail strike called off',
    ]);
  });

  it('reports a truncated plain WARC after keeping its complete records', async () => {
    const { bytes } = buildWarc(twoPageRecords(), 'none');
    const items = await read(bytes.subarray(0, bytes.length - 300));
    expect(items).toHaveLength(2);
    expect((items[1] as Skipped).reason).toMatch(/^truncated WARC record at byte \d+$/);
  });

  it('undoes chunked transfer coding and gzip content coding; reports non-HTML and non-200', async () => {
    const body = gzipSync(PAGE_TWO);
    const chunkedBody = Buffer.concat([
      Buffer.from(`${body.length.toString(16)}\r\n`),
      body,
      Buffer.from('\r\n0\r\n\r\n'),
    ]);
    const { bytes } = buildWarc([
      {
        type: 'response',
        url: 'https://example.org/a',
        block: httpResponse(chunkedBody, {
          headers: ['Transfer-Encoding: chunked', 'Content-Encoding: gzip'],
        }),
      },
      {
        type: 'response',
        url: 'https://example.org/b.pdf',
        block: httpResponse('%PDF', { contentType: 'application/pdf' }),
      },
      {
        type: 'response',
        url: 'https://example.org/old',
        block: httpResponse(PAGE_ONE, { status: 301 }),
      },
    ]);
    const [page, pdf, moved] = await read(bytes);
    expect((page as Article).title).toBe('Rail strike called off');
    expect((pdf as Skipped).reason).toMatch(
      /\(https:\/\/example.org\/b.pdf\): not HTML \(application\/pdf\)$/,
    );
    expect((moved as Skipped).reason).toMatch(/: HTTP 301$/);
  });
});
