/**
 * Polite, guarded URL fetching for `storyline extract|run <url>` and feeds' --follow-links.
 *
 * Workflow per URL (and again for every redirect target):
 *   1. only http: and https:
 *   2. resolve DNS ourselves; refuse if ANY answer is private/loopback/link-local/unique-local/
 *      multicast (address-policy.ts), unless `allowPrivate`
 *   3. robots.txt of the origin (fetched once per origin, cached), RFC 9309
 *   4. GET pinned to the checked addresses, with deadline and size cap (http-get.ts)
 *   5. 3xx: follow up to `maxRedirects`; other non-2xx: a Skipped value
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import { promisify } from 'node:util';
import type { Skipped } from '../../types.js';
import { blockedAddressReason } from './address-policy.js';
import { FetchFailure, httpGet } from './http-get.js';
import { parseRobots, robotsAllows, type RobotsRule } from './robots.js';
import { DEFAULT_USER_AGENT } from './user-agent.js';

export interface FetchedPage {
  bytes: Uint8Array;
  /** Final URL after redirects. */
  url: string;
  contentType: string | null;
}

export interface FetchOptions {
  /** Connect to private, loopback, link-local, unique-local and multicast addresses. Default false. */
  allowPrivate?: boolean;
  /** Deadline for one URL, redirects included, in ms. Default 20 000. */
  timeoutMs?: number;
  /** Largest decoded body accepted, in bytes. Default 20 MiB. */
  maxBytes?: number;
  /** Redirects followed before giving up. Default 5. */
  maxRedirects?: number;
  /** Default "Storyline/<version> (+<project url>)". */
  userAgent?: string;
  /** Obey robots.txt. Default true. */
  respectRobots?: boolean;
  /** Why an address is refused (null: allowed). Default blockedAddressReason; injected in tests. */
  addressPolicy?: (address: string) => string | null;
  /** DNS resolution, injected in tests. Default: the system resolver, every address. */
  resolve?: (hostname: string) => Promise<LookupAddress[]>;
}

export const DEFAULT_FETCH_TIMEOUT_MS = 20_000;
export const DEFAULT_FETCH_MAX_BYTES = 20 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;
/** robots.txt beyond this is cut (Google reads 500 KiB). */
export const ROBOTS_MAX_BYTES = 500 * 1024;

const ACCEPT =
  'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5';

const systemLookup = promisify(dnsLookup);
const systemResolve = (hostname: string): Promise<LookupAddress[]> =>
  systemLookup(hostname, { all: true, verbatim: true });

export interface Fetcher {
  fetch(url: string): Promise<FetchedPage | Skipped>;
}

/**
 * A fetcher with its own robots.txt cache (one per origin).
 *
 * @example
 * const page = await createFetcher().fetch('https://example.org/news/a');
 * if (!('kind' in page)) htmlToArticle(page.bytes, { file: null, url: page.url });
 */
export function createFetcher(options: FetchOptions = {}): Fetcher {
  const timeoutMs = options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_FETCH_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const headers = {
    'user-agent': options.userAgent ?? DEFAULT_USER_AGENT,
    accept: ACCEPT,
    'accept-encoding': 'gzip, deflate, br',
  };
  const resolve = options.resolve ?? systemResolve;
  const addressPolicy = options.addressPolicy ?? blockedAddressReason;
  const robotsCache = new Map<string, Promise<RobotsRule[] | 'disallow-all'>>();

  // 2. every answer must pass, or a rebinding attacker picks the private one
  async function addressesOf(url: URL): Promise<LookupAddress[]> {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const family = isIP(host);
    const addresses =
      family !== 0 ? [{ address: host, family }] : await resolve(host).catch(() => []);
    if (addresses.length === 0) throw new FetchFailure(`cannot resolve ${host}`);
    if (!options.allowPrivate) {
      for (const { address } of addresses) {
        const reason = addressPolicy(address);
        if (reason)
          throw new FetchFailure(
            `refused: ${host} resolves to ${address} (${reason}); pass --allow-private to fetch local addresses`,
          );
      }
    }
    return addresses;
  }

  async function get(url: URL, deadline: number, limit: number) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new FetchFailure(`refused: ${url.protocol} URLs are not fetched`);
    return httpGet(url, { addresses: await addressesOf(url), headers, deadline, maxBytes: limit });
  }

  // 3. RFC 9309: 4xx means no rules; 5xx or unreachable means "disallow all" until next run.
  async function loadRobots(origin: string): Promise<RobotsRule[] | 'disallow-all'> {
    try {
      const response = await get(
        new URL('/robots.txt', origin),
        Date.now() + timeoutMs,
        ROBOTS_MAX_BYTES,
      );
      if (response.status >= 200 && response.status < 300)
        return parseRobots(response.body.toString('utf8'));
      return response.status >= 400 && response.status < 500 ? [] : 'disallow-all';
    } catch (error) {
      // A refused address stays refused for the page too; report that, not robots.
      if (error instanceof FetchFailure && error.message.startsWith('refused')) throw error;
      return 'disallow-all';
    }
  }

  async function allowedByRobots(url: URL): Promise<boolean> {
    if (options.respectRobots === false) return true;
    let rules = robotsCache.get(url.origin);
    if (!rules) {
      rules = loadRobots(url.origin);
      robotsCache.set(url.origin, rules);
    }
    const resolved = await rules;
    return resolved !== 'disallow-all' && robotsAllows(resolved, url.pathname + url.search);
  }

  async function fetchUrl(input: string): Promise<FetchedPage | Skipped> {
    const skipped = (reason: string): Skipped => ({ kind: 'skipped', file: input, reason });
    let url: URL;
    try {
      url = new URL(input);
    } catch {
      return skipped('not a valid URL');
    }
    const deadline = Date.now() + timeoutMs;
    try {
      for (let hop = 0; ; hop++) {
        // 1-3
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
          return skipped(`refused: ${url.protocol} URLs are not fetched`);
        if (!(await allowedByRobots(url))) return skipped(`disallowed by robots.txt: ${url.href}`);
        // 4
        const response = await get(url, deadline, maxBytes);
        // 5
        const location = response.headers.location;
        if (response.status >= 300 && response.status < 400 && location) {
          if (hop >= maxRedirects) return skipped(`more than ${maxRedirects} redirects`);
          url = new URL(location, url);
          continue;
        }
        if (response.status < 200 || response.status >= 300)
          return skipped(`HTTP ${response.status} from ${url.href}`);
        return {
          bytes: response.body,
          url: url.href,
          contentType: response.headers['content-type'] ?? null,
        };
      }
    } catch (error) {
      if (error instanceof FetchFailure) return skipped(error.message);
      throw error;
    }
  }

  return { fetch: fetchUrl };
}
