/**
 * The ingest queue: one Redis Stream of articles read by one consumer group, so each message
 * goes to one worker and stays pending until that worker acknowledges it.
 *
 *   enqueue ─XADD─► storyline:articles ─XREADGROUP─► worker ─(stored, clustered, briefed)─► XACK+XDEL
 *                                       ▲
 *                                       └─XAUTOCLAIM (idle ≥ claimIdleMs): a dead worker's messages
 *
 * Delivery is at least once; the store makes it exactly once (article ids are content hashes).
 * Redis disconnects are not fatal: ioredis reconnects with backoff and resends what was in flight.
 *
 * Producer sequence: each message carries `seq` and has the id `<seq>-0`, where seq comes from one counter per stream
 * (`<stream>:seq`), taken and used in the same Lua script as the XADDs. So sequences are global
 * across producers, increase in stream order, and a producer killed mid-enqueue leaves no hole:
 * a chunk is in the stream whole or not at all. Clustering follows these sequences (queue_log).
 */
import { hostname } from 'node:os';
import { Redis } from 'ioredis';
import { StorylineError } from '../errors.js';
import type { Article } from '../types.js';
import {
  DEFAULT_CLAIM_IDLE_MS,
  DEFAULT_GROUP,
  DEFAULT_RECONNECT_MAX_MS,
  DEFAULT_STREAM,
} from './defaults.js';

export interface ArticleQueueOptions {
  /** Stream key. Default: DEFAULT_STREAM ('storyline:articles'). */
  stream?: string;
  /** Consumer group. Default: DEFAULT_GROUP ('storyline-workers'). */
  group?: string;
  /** This reader's name in the group. Default: `<hostname>-<pid>`. */
  consumer?: string;
  /** A message pending this long (ms) with its reader is presumed orphaned and re-read. Default: DEFAULT_CLAIM_IDLE_MS (60,000). */
  claimIdleMs?: number;
  /** Longest wait (ms) between reconnect attempts. Default: DEFAULT_RECONNECT_MAX_MS (2,000). */
  reconnectMaxMs?: number;
}

export { DEFAULT_STREAM, DEFAULT_GROUP, DEFAULT_CLAIM_IDLE_MS, DEFAULT_RECONNECT_MAX_MS };

/**
 * A message read from the queue: a parsed Article, or the reason it could not be parsed.
 * `producerSeq` is null for a message enqueued by an older Storyline (no sequence in its id).
 */
export type QueueMessage = { messageId: string; producerSeq: number | null } & (
  { article: Article } | { error: string }
);

/**
 * KEYS: stream, counter. ARGV: article JSON each. Returns the first sequence. Refuses a stream
 * whose ids are not sequences (messages of an older Storyline): they would sort wrongly.
 */
const ENQUEUE_SCRIPT = `
local counter = tonumber(redis.call('GET', KEYS[2]) or '0')
if redis.call('EXISTS', KEYS[1]) == 1 then
  local info = redis.call('XINFO', 'STREAM', KEYS[1])
  for i = 1, #info, 2 do
    if info[i] == 'last-generated-id' then
      local ms = tonumber(string.match(info[i + 1], '^(%d+)'))
      if ms > counter then
        return redis.error_reply('STREAM_NOT_SEQUENCED stream ' .. KEYS[1] .. ' holds messages without producer sequences (last id ' .. info[i + 1] .. '): let older workers drain it, or use another --stream')
      end
    end
  end
end
local first = redis.call('INCRBY', KEYS[2], #ARGV) - #ARGV + 1
for i = 1, #ARGV do
  redis.call('XADD', KEYS[1], (first + i - 1) .. '-0', 'seq', first + i - 1, 'article', ARGV[i])
end
return first`;

/** KEYS: counter. ARGV: count, floor. Sequences with no message (re-stamping); returns the first. */
const ALLOCATE_SCRIPT = `
local floor = tonumber(ARGV[2])
if tonumber(redis.call('GET', KEYS[1]) or '0') < floor then redis.call('SET', KEYS[1], floor) end
return redis.call('INCRBY', KEYS[1], ARGV[1]) - tonumber(ARGV[1]) + 1`;

type StreamEntries = [string, string[]][];

export class ArticleQueue {
  readonly stream: string;
  readonly group: string;
  readonly consumer: string;
  private readonly claimIdleMs: number;
  private readonly redis: Redis;
  private groupReady = false;

  constructor(url: string, options: ArticleQueueOptions = {}) {
    if (!/^rediss?:\/\//i.test(url)) {
      throw new StorylineError('BAD_OPTION', `--queue must be a redis:// URL, got "${url}"`, 2);
    }
    this.stream = options.stream ?? DEFAULT_STREAM;
    this.group = options.group ?? DEFAULT_GROUP;
    this.consumer = options.consumer ?? `${hostname()}-${process.pid}`;
    this.claimIdleMs = options.claimIdleMs ?? DEFAULT_CLAIM_IDLE_MS;
    const reconnectMaxMs = options.reconnectMaxMs ?? DEFAULT_RECONNECT_MAX_MS;
    this.redis = new Redis(url, {
      // null: a command waits for the reconnect instead of failing after N attempts.
      maxRetriesPerRequest: null,
      retryStrategy: (times) => Math.min(50 * 2 ** times, reconnectMaxMs),
      lazyConnect: false,
    });
    // Connection errors are retried by ioredis; without a listener they would be thrown.
    this.redis.on('error', () => {});
  }

  private async ensureGroup(): Promise<void> {
    if (this.groupReady) return;
    try {
      await this.redis.xgroup('CREATE', this.stream, this.group, '0', 'MKSTREAM');
    } catch (error) {
      if (!/BUSYGROUP/.test((error as Error).message)) throw error;
    }
    this.groupReady = true;
  }

  private get counterKey(): string {
    return `${this.stream}:seq`;
  }

  /**
   * Appends articles in order, stamped with consecutive producer sequences, atomically (all or
   * none); returns how many were added.
   */
  async enqueue(articles: readonly Article[]): Promise<number> {
    if (articles.length === 0) return 0;
    await this.ensureGroup();
    try {
      await this.redis.eval(
        ENQUEUE_SCRIPT,
        2,
        this.stream,
        this.counterKey,
        ...articles.map((article) => JSON.stringify(article)),
      );
    } catch (error) {
      const message = (error as Error).message;
      if (/STREAM_NOT_SEQUENCED/.test(message))
        throw new StorylineError('BAD_OPTION', message.replace(/^.*STREAM_NOT_SEQUENCED /, ''), 2);
      throw error;
    }
    return articles.length;
  }

  /**
   * `count` fresh sequences carried by no message, all above `floor` (the highest one the
   * store has logged: a counter that was reset must not hand out used ones again).
   */
  async allocate(count: number, floor: number): Promise<number> {
    return Number(await this.redis.eval(ALLOCATE_SCRIPT, 1, this.counterKey, count, floor));
  }

  /** Whether some message with a sequence in `from`…`to` is still in the stream (unacknowledged). */
  async holdsAny(from: number, to: number): Promise<boolean> {
    const entries = await this.redis.xrange(this.stream, String(from), String(to), 'COUNT', 1);
    return entries.length > 0;
  }

  /**
   * Up to `count` messages: orphaned ones first (claimed from readers idle ≥ claimIdleMs, our
   * own pending after a restart included), then new ones, waiting up to `blockMs` for them.
   */
  async read(count: number, blockMs: number): Promise<QueueMessage[]> {
    await this.ensureGroup();
    // Our own pending messages first (a restart under the same --consumer name): replaying
    // them before anything new keeps a single worker's arrival order that of the stream.
    const own = (await this.redis.xreadgroup(
      'GROUP',
      this.group,
      this.consumer,
      'COUNT',
      count,
      'STREAMS',
      this.stream,
      '0',
    )) as [string, StreamEntries][] | null;
    const ownEntries = (own?.[0]?.[1] ?? []).filter((entry) => Array.isArray(entry[1]));
    if (ownEntries.length > 0) return ownEntries.map(([id, fields]) => parseMessage(id, fields));
    const claimed = (await this.redis.xautoclaim(
      this.stream,
      this.group,
      this.consumer,
      this.claimIdleMs,
      '0-0',
      'COUNT',
      count,
    )) as [string, StreamEntries, string[]?];
    let entries = claimed[1].filter((entry) => Array.isArray(entry[1]));
    if (entries.length === 0) {
      const fresh = (await this.redis.xreadgroup(
        'GROUP',
        this.group,
        this.consumer,
        'COUNT',
        count,
        'BLOCK',
        blockMs,
        'STREAMS',
        this.stream,
        '>',
      )) as [string, StreamEntries][] | null;
      entries = fresh?.[0]?.[1] ?? [];
    }
    return entries.map(([messageId, fields]) => parseMessage(messageId, fields));
  }

  /** Acknowledges and deletes messages: their articles are durably processed. */
  async ack(messageIds: readonly string[]): Promise<void> {
    if (messageIds.length === 0) return;
    await this.redis.xack(this.stream, this.group, ...messageIds);
    await this.redis.xdel(this.stream, ...messageIds);
  }

  /** Messages delivered to some reader and not yet acknowledged. */
  async pending(): Promise<number> {
    await this.ensureGroup();
    const summary = (await this.redis.xpending(this.stream, this.group)) as [number, ...unknown[]];
    return Number(summary[0]);
  }

  /** Messages not yet delivered to any reader plus those pending. */
  async backlog(): Promise<number> {
    await this.ensureGroup();
    const groups = (await this.redis.xinfo('GROUPS', this.stream)) as unknown[][];
    for (const fields of groups) {
      const info = new Map<unknown, unknown>();
      for (let index = 0; index + 1 < fields.length; index += 2)
        info.set(fields[index], fields[index + 1]);
      if (info.get('name') === this.group)
        return Number(info.get('lag') ?? 0) + Number(info.get('pending') ?? 0);
    }
    return 0;
  }

  /** Removes the stream, its group and its counter (tests, benchmarks). */
  async destroy(): Promise<void> {
    await this.redis.del(this.stream, this.counterKey);
    this.groupReady = false;
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}

function parseMessage(messageId: string, fields: string[]): QueueMessage {
  // The id is `<seq>-0` too (for range checks), but only the field tells a sequence from the
  // millisecond time of an older message's id.
  const seqIndex = fields.indexOf('seq');
  const seq = seqIndex >= 0 ? Number(fields[seqIndex + 1]) : NaN;
  const base = { messageId, producerSeq: Number.isSafeInteger(seq) && seq > 0 ? seq : null };
  const index = fields.indexOf('article');
  const json = index >= 0 ? fields[index + 1] : undefined;
  if (json === undefined) return { ...base, error: 'message has no "article" field' };
  try {
    const article = JSON.parse(json) as Article;
    if (typeof article?.id !== 'string' || typeof article.text !== 'string')
      return { ...base, error: 'message is not an article (needs string "id" and "text")' };
    return { ...base, article };
  } catch (error) {
    return { ...base, error: `message is not JSON: ${(error as Error).message}` };
  }
}
