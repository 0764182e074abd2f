import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardedLookup, isPrivateAddress } from './address-guard.js';
import { createFetcher, fetchUrl } from './fetch-url.js';
import { isAllowed, parseRobots } from './robots.js';

let server: Server;
let base: string;
const seenAgents: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seenAgents.push(req.headers['user-agent'] ?? '');
    const path = req.url ?? '/';
    if (path === '/robots.txt') {
      res.end('User-agent: *\nDisallow: /private/\nAllow: /private/ok\n');
    } else if (path === '/page') {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end('<html><body><p>Hello from the local server</p></body></html>');
    } else if (path.startsWith('/redirect/')) {
      const left = Number(path.split('/')[2]);
      res.statusCode = 302;
      res.setHeader('location', left > 0 ? `/redirect/${left - 1}` : '/page');
      res.end();
    } else if (path === '/big') {
      res.end(Buffer.alloc(2 * 1024 * 1024, 'a'));
    } else if (path === '/slow') {
      setTimeout(() => res.end('late'), 2000);
    } else if (path === '/private/secret' || path === '/private/ok') {
      res.end('robots test');
    } else {
      res.statusCode = 404;
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('fetchUrl', () => {
  it('refuses loopback by default and fetches it with allowPrivate', async () => {
    const refused = await fetchUrl(`${base}/page`);
    expect(refused).toMatchObject({ kind: 'skipped' });
    expect((refused as { reason: string }).reason).toMatch(/private|loopback/);
    const page = await fetchUrl(`${base}/page`, { allowPrivate: true });
    expect('bytes' in page && Buffer.from(page.bytes).toString()).toContain(
      'Hello from the local server',
    );
    expect(page).toMatchObject({ contentType: 'text/html; charset=utf-8', status: 200 });
    expect(seenAgents.at(-1)).toMatch(/^Storyline\//);
  });

  it('refuses hostnames that resolve to loopback (checked on the DNS answer)', async () => {
    const lookup = (allowPrivate: boolean): Promise<Error | null> =>
      new Promise((resolve) =>
        guardedLookup(allowPrivate)('localhost', {}, (error) => resolve(error)),
      );
    expect((await lookup(false))?.message).toMatch(/private, loopback/);
    expect(await lookup(true)).toBeNull();
  });

  it('follows redirects up to the limit, re-checking each hop', async () => {
    const ok = await fetchUrl(`${base}/redirect/2`, { allowPrivate: true });
    expect(ok).toMatchObject({ url: `${base}/page`, status: 200 });
    const tooMany = await fetchUrl(`${base}/redirect/9`, { allowPrivate: true, maxRedirects: 3 });
    expect(tooMany).toMatchObject({ kind: 'skipped', reason: 'more than 3 redirects' });
  });

  it('caps the body size and the time', async () => {
    const big = await fetchUrl(`${base}/big`, { allowPrivate: true, maxBytes: 1024 * 1024 });
    expect(big).toMatchObject({ kind: 'skipped' });
    expect((big as { reason: string }).reason).toMatch(/cap/);
    const start = Date.now();
    const slow = await fetchUrl(`${base}/slow`, { allowPrivate: true, timeoutMs: 300 });
    expect(slow).toMatchObject({ kind: 'skipped', reason: 'timed out' });
    expect(Date.now() - start).toBeLessThan(1500);
  });

  it('respects robots.txt', async () => {
    const fetcher = createFetcher({ allowPrivate: true });
    expect(await fetcher(`${base}/private/secret`)).toMatchObject({ kind: 'skipped' });
    expect(await fetcher(`${base}/private/ok`)).toMatchObject({ status: 200 });
  });

  it('rejects other schemes and bad URLs', async () => {
    expect(await fetchUrl('file:///etc/passwd')).toMatchObject({ kind: 'skipped' });
    expect(await fetchUrl('not a url')).toMatchObject({
      kind: 'skipped',
      reason: 'not a valid URL',
    });
  });
});

describe('address guard', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.20.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '::1',
    'fe80::1',
    'fd00::1',
    '::ffff:127.0.0.1',
    '0.0.0.0',
  ])('blocks %s', (address) => expect(isPrivateAddress(address)).toBe(true));
  it.each(['93.184.216.34', '2606:4700::1111', '8.8.8.8'])('allows %s', (address) =>
    expect(isPrivateAddress(address)).toBe(false),
  );
});

describe('robots.txt', () => {
  it('uses the most specific group and the longest rule', () => {
    const text =
      'User-agent: *\nDisallow: /\n\nUser-agent: storyline\nDisallow: /drafts\nAllow: /drafts/public$\n';
    const rules = parseRobots(text, 'Storyline');
    expect(isAllowed(rules, '/news/1')).toBe(true);
    expect(isAllowed(rules, '/drafts/x')).toBe(false);
    expect(isAllowed(rules, '/drafts/public')).toBe(true);
    expect(isAllowed(parseRobots(text, 'otherbot'), '/news/1')).toBe(false);
  });
});
