import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Skipped } from '../../types.js';
import { createFetcher, type FetchedPage } from './fetcher.js';

// Every test talks to this server on 127.0.0.1 only; none may reach the internet.
const seen: { path: string; userAgent: string | undefined }[] = [];
let server: Server;
let base: string;
let port: number;

const ROUTES: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  '/robots.txt': (_req, res) => res.end('User-agent: *\nDisallow: /private/\n'),
  '/page': (_req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end('<html><body><p>Hello</p></body></html>');
  },
  '/gzip': (_req, res) => {
    res.setHeader('content-type', 'text/html');
    res.setHeader('content-encoding', 'gzip');
    res.end(gzipSync('<p>compressed body</p>'));
  },
  '/private/page': (_req, res) => res.end('secret'),
  '/redirect': (_req, res) => {
    res.statusCode = 302;
    res.setHeader('location', '/page');
    res.end();
  },
  '/loop': (_req, res) => {
    res.statusCode = 301;
    res.setHeader('location', '/loop');
    res.end();
  },
  '/to-blocked': (_req, res) => {
    res.statusCode = 302;
    res.setHeader('location', `http://second.test:${port}/page`);
    res.end();
  },
  '/big': (_req, res) => res.end('x'.repeat(50_000)),
  '/slow': () => {
    // never answers
  },
  '/missing': (_req, res) => {
    res.statusCode = 404;
    res.end('no');
  },
};

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    seen.push({ path, userAgent: req.headers['user-agent'] });
    (ROUTES[path] ?? ROUTES['/missing']!)(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const reasonOf = (result: FetchedPage | Skipped): string =>
  'kind' in result ? result.reason : 'fetched';

describe('SSRF guard', () => {
  it('refuses loopback without the opt-in, and connects to nothing', async () => {
    const before = seen.length;
    expect(reasonOf(await createFetcher().fetch(`${base}/page`))).toMatch(
      /^refused: 127\.0\.0\.1 resolves to 127\.0\.0\.1 \(loopback\); pass --allow-private/,
    );
    expect(reasonOf(await createFetcher().fetch(`http://[::ffff:127.0.0.1]:${port}/page`))).toMatch(
      /^refused: .*\(loopback\)/,
    );
    expect(seen.length).toBe(before);
  });

  it('checks every DNS answer, IPv4-mapped IPv6 included', async () => {
    const fetcher = (addresses: string[]) =>
      createFetcher({
        resolve: async () =>
          addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
      });
    expect(
      reasonOf(await fetcher(['::ffff:127.0.0.1']).fetch(`http://news.test:${port}/page`)),
    ).toMatch(/loopback/);
    expect(
      reasonOf(await fetcher(['8.8.8.8', '10.0.0.7']).fetch(`http://news.test:${port}/page`)),
    ).toMatch(/resolves to 10\.0\.0\.7 \(private\)/);
    expect(reasonOf(await fetcher(['fd00::1']).fetch(`http://news.test:${port}/page`))).toMatch(
      /unique-local/,
    );
  });

  it('checks the target of every redirect again', async () => {
    const fetcher = createFetcher({
      resolve: async (host) => [
        { address: host === 'first.test' ? '127.0.0.1' : '127.0.0.2', family: 4 },
      ],
      addressPolicy: (address) => (address === '127.0.0.2' ? 'blocked in this test' : null),
    });
    expect(reasonOf(await fetcher.fetch(`http://first.test:${port}/to-blocked`))).toBe(
      'refused: second.test resolves to 127.0.0.2 (blocked in this test); pass --allow-private to fetch local addresses',
    );
  });

  it('refuses other schemes', async () => {
    expect(reasonOf(await createFetcher().fetch('file:///etc/passwd'))).toBe(
      'refused: file: URLs are not fetched',
    );
  });
});

describe('fetching with the opt-in (local server)', () => {
  const fetcher = createFetcher({
    allowPrivate: true,
    timeoutMs: 1500,
    maxBytes: 10_000,
    maxRedirects: 3,
  });

  it('fetches a page with an honest User-Agent, following redirects', async () => {
    const page = await fetcher.fetch(`${base}/redirect`);
    if ('kind' in page) throw new Error(page.reason);
    expect(page.url).toBe(`${base}/page`);
    expect(page.contentType).toBe('text/html; charset=utf-8');
    expect(Buffer.from(page.bytes).toString()).toContain('Hello');
    expect(seen.at(-1)!.userAgent).toMatch(/^Storyline\/\d+\.\d+\.\d+ \(\+https:\/\/\S+\)$/);
  });

  it('decodes gzip content coding', async () => {
    const page = await fetcher.fetch(`${base}/gzip`);
    expect('kind' in page ? page.reason : Buffer.from(page.bytes).toString()).toBe(
      '<p>compressed body</p>',
    );
  });

  it('obeys robots.txt, fetched once per origin', async () => {
    const fresh = createFetcher({ allowPrivate: true });
    const before = seen.length;
    expect(reasonOf(await fresh.fetch(`${base}/private/page`))).toBe(
      `disallowed by robots.txt: ${base}/private/page`,
    );
    expect(reasonOf(await fresh.fetch(`${base}/page`))).toBe('fetched');
    expect(seen.slice(before).map((hit) => hit.path)).toEqual(['/robots.txt', '/page']);
  });

  it('stops at the redirect limit, the size cap, the deadline and HTTP errors', async () => {
    expect(reasonOf(await fetcher.fetch(`${base}/loop`))).toBe('more than 3 redirects');
    expect(reasonOf(await fetcher.fetch(`${base}/big`))).toBe('larger than 10000 bytes');
    const started = Date.now();
    expect(reasonOf(await fetcher.fetch(`${base}/slow`))).toBe('timed out');
    expect(Date.now() - started).toBeLessThan(3000);
    expect(reasonOf(await fetcher.fetch(`${base}/nothing-here`))).toBe(
      `HTTP 404 from ${base}/nothing-here`,
    );
  });
});
