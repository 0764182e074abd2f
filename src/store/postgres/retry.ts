/**
 * Retry with capped exponential backoff and full jitter, for faults that pass: a database
 * restarting, a dropped connection, a serialisation conflict. Everything else is rethrown at
 * once, so a bad query or a constraint violation is never retried into a hang.
 */
export interface RetryOptions {
  /** First wait in ms. Default: DEFAULT_RETRY_BASE_MS (100). */
  baseMs?: number;
  /** Longest single wait in ms. Default: DEFAULT_RETRY_MAX_MS (5,000). */
  maxMs?: number;
  /** Give up (rethrow the last error) after this long in ms. Default: DEFAULT_RETRY_DEADLINE_MS (120,000). */
  deadlineMs?: number;
  /** Which errors pass. Default: `isTransientError`. */
  isTransient?: (error: unknown) => boolean;
  /** Called before each wait (logging). Default: none. */
  onRetry?: (error: unknown, attempt: number, waitMs: number) => void;
}

export const DEFAULT_RETRY_BASE_MS = 100;
export const DEFAULT_RETRY_MAX_MS = 5_000;
export const DEFAULT_RETRY_DEADLINE_MS = 120_000;

/**
 * SQLSTATE classes and codes that mean "try again": 08 connection exceptions, 57P01-03
 * (admin/crash shutdown, cannot connect now), 53300 too many connections, 40001/40P01
 * (serialisation failure, deadlock: the transaction was rolled back whole).
 */
const TRANSIENT_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '40001', '40P01']);
const TRANSIENT_NODE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
// node-postgres reports a socket closed under it with these messages and no code.
const TRANSIENT_MESSAGE =
  /Connection terminated|connection error|not queryable|Client was closed|timeout exceeded when trying to connect|the database system is (starting up|shutting down)/i;

export function isTransientError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (TRANSIENT_SQLSTATES.has(code) || code.startsWith('08')) return true;
    if (TRANSIENT_NODE_CODES.has(code)) return true;
  }
  return typeof message === 'string' && TRANSIENT_MESSAGE.test(message);
}

export const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `action` until it succeeds, a non-transient error occurs or the deadline passes. */
export async function withRetry<T>(
  action: () => Promise<T>,
  options: RetryOptions = {},
): Promise<T> {
  const base = options.baseMs ?? DEFAULT_RETRY_BASE_MS;
  const max = options.maxMs ?? DEFAULT_RETRY_MAX_MS;
  const deadline = Date.now() + (options.deadlineMs ?? DEFAULT_RETRY_DEADLINE_MS);
  const transient = options.isTransient ?? isTransientError;
  for (let attempt = 1; ; attempt++) {
    try {
      return await action();
    } catch (error) {
      if (!transient(error) || Date.now() >= deadline) throw error;
      const waitMs = Math.round(Math.random() * Math.min(max, base * 2 ** (attempt - 1)));
      options.onRetry?.(error, attempt, waitMs);
      await sleep(waitMs);
    }
  }
}
