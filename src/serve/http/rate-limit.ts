/**
 * Per-client token buckets (no dependency): each client key holds up to `burst` tokens,
 * refilled at `perSecond`; a request spends one token or is refused with the seconds to wait.
 *
 *   tokens(t) = min(burst, tokens(t0) + (t − t0)·perSecond)
 *
 * The key map is bounded (`maxClients`): when full, the least recently seen client is dropped,
 * which can only make the limiter more lenient for that client, never stricter.
 */

export interface RateLimitOptions {
  /** Requests a client may make at once. Default DEFAULT_RATE_BURST (120). */
  burst?: number;
  /** Sustained requests per second per client. Default DEFAULT_RATE_PER_SECOND (50). */
  perSecond?: number;
  /** Clients remembered at once. Default DEFAULT_RATE_MAX_CLIENTS (10 000). */
  maxClients?: number;
  /** Clock in milliseconds, injected for tests. Default Date.now. */
  now?: () => number;
}

export const DEFAULT_RATE_BURST = 120;
export const DEFAULT_RATE_PER_SECOND = 50;
export const DEFAULT_RATE_MAX_CLIENTS = 10_000;

export type RateDecision =
  { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  readonly burst: number;
  readonly perSecond: number;
  private readonly maxClients: number;
  private readonly now: () => number;
  // Map iteration order is insertion order: re-inserting on use keeps it LRU.
  private readonly buckets = new Map<string, Bucket>();

  constructor(options: RateLimitOptions = {}) {
    this.burst = options.burst ?? DEFAULT_RATE_BURST;
    this.perSecond = options.perSecond ?? DEFAULT_RATE_PER_SECOND;
    this.maxClients = options.maxClients ?? DEFAULT_RATE_MAX_CLIENTS;
    this.now = options.now ?? Date.now;
    if (!(this.burst >= 1) || !(this.perSecond > 0))
      throw new RangeError('rate limit: burst must be ≥ 1 and perSecond > 0');
  }

  take(key: string): RateDecision {
    const now = this.now();
    const previous = this.buckets.get(key);
    const tokens = previous
      ? Math.min(this.burst, previous.tokens + ((now - previous.at) / 1000) * this.perSecond)
      : this.burst;
    this.buckets.delete(key);
    if (tokens < 1) {
      this.buckets.set(key, { tokens, at: now });
      return { allowed: false, retryAfterSeconds: Math.ceil((1 - tokens) / this.perSecond) };
    }
    this.buckets.set(key, { tokens: tokens - 1, at: now });
    if (this.buckets.size > this.maxClients) {
      const oldest = this.buckets.keys().next().value;
      if (oldest !== undefined) this.buckets.delete(oldest);
    }
    return { allowed: true, remaining: Math.floor(tokens - 1) };
  }

  get clients(): number {
    return this.buckets.size;
  }
}
