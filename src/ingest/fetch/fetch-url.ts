/**
 * Fetch one URL politely and safely.
 *
 *   1. http(s) only; literal IPs checked, hostnames checked on the addresses DNS returns
 *   2. robots.txt of the origin (cached per fetcher) must allow the path
 *   3. GET with an honest User-Agent, a total timeout and a byte cap
 *   4. redirects followed by hand, each hop re-checked (scheme, address, robots), up to a limit
 * Every refusal or failure is a Skipped value with a reason; nothing throws.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import type { Skipped } from '../../types.js';
import { guardedLookup, isPrivateAddress } from './address-guard.js';
import { isAllowed, parseRobots } from './robots.js';

export interface FetchedPage {
  bytes: Uint8Array;
  /** Final URL after redirects. */
  url: string;
  contentType: string | null;
  status: number;
}

export interface FetchOptions {
  /** Total time for one URL including redirects, ms. Default DEFAULT_TIMEOUT_MS. */
  timeoutMs?: number;
  /** Bodies larger than this are refused. Default DEFAULT_MAX_BYTES. */
  maxBytes?: number;
  /** Redirect hops followed. Default DEFAULT_MAX_REDIRECTS. */
  maxRedirects?: number;
  /** Default DEFAULT_USER_AGENT. Its first word is the robots.txt product token. */
  userAgent?: string;
  /** Obey robots.txt. Default true. */
  respectRobots?: boolean;
  /** Allow loopback/private/link-local targets (local testing only). Default false. */
  allowPrivate?: boolean;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;
export const DEFAULT_USER_AGENT =
  'Storyline/0.1 (+https://github.com/storyline-news/storyline; news article ingest)';
/** robots.txt bigger than this is cut (Google reads 500 KiB). */
const MAX_ROBOTS_BYTES = 512 * 1024;

interface RawResponse {
  status: number;
  headers: IncomingMessage['headers'];
  bytes: Uint8Array;
}

type Outcome = RawResponse | { error: string };

function skipped(url: string, reason: string): Skipped {
  return { kind: 'skipped', file: url, reason };
}

function get(
  url: URL,
  options: Required<FetchOptions>,
  deadline: number,
  maxBytes: number,
): Promise<Outcome> {
  return new Promise((resolve) => {
    const remaining = deadline - Date.now();
    if (remaining <= 0) return resolve({ error: 'timed out' });
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(url, {
      method: 'GET',
      headers: {
        'user-agent': options.userAgent,
        accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5',
      },
      lookup: guardedLookup(options.allowPrivate),
      timeout: remaining,
    });
    const timer = setTimeout(() => req.destroy(new Error('timed out')), remaining);
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', (error) => {
      clearTimeout(timer);
      resolve({ error: error.message });
    });
    req.on('response', (res) => {
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > maxBytes) {
        clearTimeout(timer);
        req.destroy();
        return resolve({ error: `body of ${declared} bytes exceeds the ${maxBytes}-byte cap` });
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) {
          clearTimeout(timer);
          req.destroy();
          resolve({ error: `body exceeds the ${maxBytes}-byte cap` });
          return;
        }
        chunks.push(chunk);
      });
      res.on('end', () => {
        clearTimeout(timer);
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          bytes: Buffer.concat(chunks),
        });
      });
      res.on('error', (error) => {
        clearTimeout(timer);
        resolve({ error: error.message });
      });
    });
    req.end();
  });
}

/** Fetches URLs with one robots.txt cache; use one per crawl. */
export function createFetcher(
  options: FetchOptions = {},
): (url: string) => Promise<FetchedPage | Skipped> {
  const settings: Required<FetchOptions> = {
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    maxRedirects: options.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
    userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
    respectRobots: options.respectRobots ?? true,
    allowPrivate: options.allowPrivate ?? false,
  };
  const robotsCache = new Map<string, Promise<ReturnType<typeof parseRobots>>>();
  const token = settings.userAgent.split(/[\s/]/)[0] ?? '*';

  function robotsFor(url: URL, deadline: number): Promise<ReturnType<typeof parseRobots>> {
    let cached = robotsCache.get(url.origin);
    if (!cached) {
      cached = get(new URL('/robots.txt', url.origin), settings, deadline, MAX_ROBOTS_BYTES).then(
        (out) =>
          // No robots.txt (4xx) or unreachable: RFC 9309 says crawl; 5xx: assume full disallow.
          'error' in out || (out.status >= 400 && out.status < 500)
            ? []
            : out.status >= 500
              ? parseRobots('User-agent: *\nDisallow: /', token)
              : parseRobots(Buffer.from(out.bytes).toString('utf8'), token),
      );
      robotsCache.set(url.origin, cached);
    }
    return cached;
  }

  function refusal(url: URL): string | null {
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      return `unsupported scheme ${url.protocol}`;
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (!settings.allowPrivate && isIP(host) && isPrivateAddress(host)) {
      return `refused to connect to ${host}: private, loopback or link-local address (pass allowPrivate for local testing)`;
    }
    if (!settings.allowPrivate && /^localhost$|\.localhost$/i.test(host))
      return `refused to connect to ${host}`;
    return null;
  }

  return async (input: string) => {
    let url: URL;
    try {
      url = new URL(input);
    } catch {
      return skipped(input, 'not a valid URL');
    }
    const deadline = Date.now() + settings.timeoutMs;
    for (let hop = 0; hop <= settings.maxRedirects; hop++) {
      // 1. scheme and address
      const refused = refusal(url);
      if (refused) return skipped(input, refused);
      // 2. robots.txt
      if (
        settings.respectRobots &&
        !isAllowed(await robotsFor(url, deadline), url.pathname + url.search)
      ) {
        return skipped(input, `robots.txt disallows ${url.pathname}`);
      }
      // 3. fetch
      const out = await get(url, settings, deadline, settings.maxBytes);
      if ('error' in out) return skipped(input, out.error);
      // 4. redirects
      if (out.status >= 300 && out.status < 400 && out.headers.location) {
        url = new URL(out.headers.location, url);
        continue;
      }
      if (out.status >= 400) return skipped(input, `HTTP ${out.status}`);
      const contentType = out.headers['content-type'] ?? null;
      return { bytes: out.bytes, url: url.href, contentType, status: out.status };
    }
    return skipped(input, `more than ${settings.maxRedirects} redirects`);
  };
}

/**
 * Fetch one URL (a fresh robots.txt cache; use createFetcher for many).
 * @example
 * const page = await fetchUrl('https://example.com/news/1');
 * if (!('kind' in page)) extractHtml(decodeBytes(page.bytes, { contentType: page.contentType ?? undefined }).text);
 */
export function fetchUrl(url: string, options: FetchOptions = {}): Promise<FetchedPage | Skipped> {
  return createFetcher(options)(url);
}
