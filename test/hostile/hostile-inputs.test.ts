/**
 * Hostile inputs (issue 3): every case is generated here (nothing big is committed), written to
 * a temporary folder and read through readInputs in a child process with a deadline. Each must
 * finish in time, exit cleanly and give Articles or Skipped values with a reason.
 * Set STORYLINE_HOSTILE_TIMINGS=1 to print each case's time and memory.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWarc, twoPageRecords } from '../fixtures/ingest/warc-builder.js';

/** Longest one case may take, start-up of the child included, before it counts as a hang. */
const CASE_DEADLINE_MS = 60_000;
const ROOT = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

const PARAGRAPH =
  '<p>The council approved the flood defence budget on Monday after a long debate in the chamber, officials said.</p>\n';
const ARTICLE = `<article><h1>Budget approved</h1>${PARAGRAPH.repeat(4)}</article>`;
const page = (head: string, body: string): string =>
  `<!doctype html><html><head>${head}<title>Budget approved</title></head><body>${body}</body></html>`;

function laughs(levels: number): string {
  const entities = Array.from(
    { length: levels },
    (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`,
  ).join('');
  return `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol0 "lol">${entities}]><rss version="2.0"><channel><title>&lol${levels};</title><item><title>&lol${levels};</title><description>&lol${levels};</description></item></channel></rss>`;
}

interface Outcome {
  ms: number;
  rssMb: number;
  items: ({ skipped: string } | { title: string | null; chars: number; replacement: boolean })[];
}

/** name → bytes, and optionally what the outcome must show beyond "Article or Skipped". */
const CASES: Record<string, { bytes: () => Buffer; expect?: (outcome: Outcome) => void }> = {
  'binary.bin': {
    bytes: () => Buffer.concat([Buffer.from([0, 1, 2, 0]), randomBytes(64 * 1024)]),
    expect: ({ items }) => expect(items).toEqual([{ skipped: 'binary file' }]),
  },
  'empty.html': { bytes: () => Buffer.alloc(0) },
  'fifty-megabytes.html': {
    bytes: () =>
      Buffer.from(
        page('', `<article>${PARAGRAPH.repeat(Math.ceil(50e6 / PARAGRAPH.length))}</article>`),
      ),
  },
  'nested-10000.html': {
    bytes: () =>
      Buffer.from(page('', `${'<div>'.repeat(10_000)}${ARTICLE}${'</div>'.repeat(10_000)}`)),
  },
  'nested-unclosed.html': {
    bytes: () => Buffer.from(page('', `${'<span><b><i>'.repeat(10_000)}${ARTICLE}`)),
  },
  'declared-utf8-is-cp1252.html': {
    bytes: () =>
      iconv.encode(
        page('<meta charset="utf-8">', ARTICLE.replace('debate', 'débat café')),
        'windows-1252',
      ),
    expect: ({ items }) => expect(items).toMatchObject([{ replacement: false }]),
  },
  'declared-sjis-is-utf8.html': {
    bytes: () =>
      Buffer.from(page('<meta charset="shift_jis">', ARTICLE.replace('debate', 'débat – “café”'))),
  },
  'bogus-charset.html': {
    bytes: () => Buffer.from(page('<meta charset="x-no-such-charset">', ARTICLE)),
  },
  'utf16-odd-length.html': {
    bytes: () =>
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(page('', ARTICLE), 'utf16le'),
        Buffer.from([0x41]),
      ]),
  },
  'cut-utf8.html': { bytes: () => Buffer.from(page('', `${ARTICLE}é`)).subarray(0, -1) },
  'truncated.html.gz': {
    bytes: () => gzipSync(page('', ARTICLE)).subarray(0, 60),
    expect: ({ items }) => expect(items).toEqual([{ skipped: 'truncated or corrupt gzip' }]),
  },
  'bomb.txt.gz': {
    // 300 gzip members of 1 MiB of text each: 300 KB on disk, 300 MiB inflated.
    bytes: () => {
      const member = gzipSync(Buffer.alloc(1024 * 1024, 'a'));
      return Buffer.concat(Array.from({ length: 300 }, () => member));
    },
    expect: ({ items }) =>
      expect(items).toEqual([{ skipped: 'larger than 268435456 bytes decompressed' }]),
  },
  'truncated.warc': {
    bytes: () => buildWarc(twoPageRecords(), 'none').bytes.subarray(0, -200),
    expect: ({ items }) =>
      expect(items).toMatchObject([
        { title: 'Council approves flood budget' },
        { skipped: expect.stringMatching(/^truncated WARC record/) },
      ]),
  },
  'truncated.warc.gz': {
    bytes: () => buildWarc(twoPageRecords()).bytes.subarray(0, -25),
    expect: ({ items }) =>
      expect(items).toMatchObject([
        { title: 'Council approves flood budget' },
        { skipped: expect.stringMatching(/^truncated WARC record/) },
      ]),
  },
  'lying-length.warc': {
    bytes: () =>
      Buffer.from(
        'WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 99999999999999\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<p>x</p>',
      ),
    expect: ({ items }) =>
      expect(items).toEqual([{ skipped: 'WARC record larger than 268435456 bytes at byte 0' }]),
  },
  'garbage-after-header.warc': {
    bytes: () =>
      Buffer.concat([Buffer.from('WARC/1.0\r\nContent-Length: -5\r\n\r\n'), randomBytes(1000)]),
  },
  'gzip-then-garbage.warc.gz': {
    bytes: () =>
      Buffer.concat([buildWarc(twoPageRecords()).bytes, Buffer.from('this is not gzip')]),
    expect: ({ items }) =>
      expect(items.at(-1)).toEqual({
        skipped: expect.stringMatching(/^bytes after the last gzip member are not gzip/),
      }),
  },
  'unclosed.rss': {
    bytes: () =>
      Buffer.from('<?xml version="1.0"?><rss><channel><title>T</title><item><title>A</tit'),
    expect: ({ items }) =>
      expect(items).toEqual([{ skipped: expect.stringMatching(/^malformed feed: /) }]),
  },
  'junk.atom': {
    bytes: () =>
      Buffer.concat([
        Buffer.from('<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>'),
        randomBytes(4000),
      ]),
  },
  'nested-10000.rss': {
    bytes: () =>
      Buffer.from(`<rss><channel>${'<x>'.repeat(10_000)}${'</x>'.repeat(10_000)}</channel></rss>`),
    expect: ({ items }) =>
      expect(items).toEqual([{ skipped: expect.stringMatching(/^malformed feed: /) }]),
  },
  'billion-laughs.rss': {
    bytes: () => Buffer.from(laughs(12)),
    expect: ({ items }) =>
      expect(items).toEqual([{ title: '&lol12;', chars: 7, replacement: false }]),
  },
  'external-entity.rss': {
    bytes: () =>
      Buffer.from(
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss><channel><item><title>x</title><description>&xxe;</description></item></channel></rss>',
      ),
    expect: ({ items }) => expect(items).toEqual([{ title: 'x', chars: 5, replacement: false }]),
  },
  'unclosed-doctype.rss': {
    bytes: () =>
      Buffer.from(`<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "${'x'.repeat(100_000)}`),
  },
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'storyline-hostile-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.concurrent('hostile inputs through readInputs', () => {
  for (const [name, { bytes, expect: check }] of Object.entries(CASES)) {
    it(
      name,
      async () => {
        const path = join(dir, name);
        writeFileSync(path, bytes());
        const { stdout } = await run(
          process.execPath,
          ['--import', 'tsx', 'test/hostile/read-one.ts', path],
          {
            cwd: ROOT,
            timeout: CASE_DEADLINE_MS,
            maxBuffer: 16 * 1024 * 1024,
          },
        );
        const outcome = JSON.parse(stdout) as Outcome;
        if (process.env.STORYLINE_HOSTILE_TIMINGS)
          console.log(name, outcome.ms, 'ms', outcome.rssMb, 'MB');
        expect(outcome.items.length).toBeGreaterThan(0);
        for (const item of outcome.items) {
          if ('skipped' in item) expect(item.skipped.length).toBeGreaterThan(0);
          else expect(item.chars).toBeGreaterThan(0);
        }
        check?.(outcome);
      },
      CASE_DEADLINE_MS + 5_000,
    );
  }
});
