/**
 * A stateless ingest worker: reads articles from the queue and runs the pipeline's stages on
 * them against the shared Postgres store. N workers share the work; one of them, the
 * clustering leader, also walks the stored articles in producer order and clusters them.
 *
 * Two loops run side by side in each worker:
 *   1. cluster  if leader (or leadership is free): steps over the queue log's gap-free
 *               prefix, in producer-sequence order (cluster-leader.ts), as soon as there is
 *               something to cluster: the serial part never waits on the rest.
 * and, per round:
 *   2. read     up to `batchSize` messages (own pending first, then orphaned, then new)
 *   3. clean    and fingerprint for dedup (shingles, MinHash), in parallel across workers
 *   4. store    articles (idempotent by content hash) + one queue-log row per message, one
 *               transaction, no lock: the order that matters is the producer's
 *   5. ack      XACK + XDEL: the message is durable in the store now
 *   6. brief    up to `briefsPerRound` stale stories that are due (all stale ones when idle),
 *               in parallel across workers, each under a lease
 * Killed anywhere, a message not acknowledged is re-read (by a restart or by another worker
 * after `claimIdleMs`) and logging it again is a no-op; the leader's work is transactional.
 */
import type { BriefOptions } from '../brief/index.js';
import { cleanArticle, type CleanOptions } from '../clean/index.js';
import type { ClusterOptions } from '../cluster/index.js';
import type { DedupOptions } from '../dedup/index.js';
import { briefStory } from '../pipeline/index.js';
import type { PostgresStore } from '../store/postgres/postgres-store.js';
import {
  claimBriefs,
  countBriefsOwed,
  getCursor,
  lastLogged,
  logBatch,
  relogArticles,
  settleBrief,
  type LogEntry,
} from '../store/postgres/queue-log.js';
import { isTransientError, sleep, withRetry } from '../store/postgres/retry.js';
import type { ArticleQueue, QueueMessage } from './article-queue.js';
import { ClusterLeader } from './cluster-leader.js';
import { encodeFingerprint, fingerprint } from './fingerprint-dedup.js';
import {
  DEFAULT_BATCH_SIZE,
  DEFAULT_BLOCK_MS,
  DEFAULT_BRIEF_LEASE_MS,
  DEFAULT_BRIEFS_PER_ROUND,
} from './defaults.js';

export interface WorkerOptions {
  store: PostgresStore;
  queue: ArticleQueue;
  /** Messages per batch. Default: DEFAULT_BATCH_SIZE (100). */
  batchSize?: number;
  /** Wait for new messages (ms) per read. Default: DEFAULT_BLOCK_MS (1,000). */
  blockMs?: number;
  /** Exit once nothing has arrived for this long (ms) and nothing is left to do. Default: never. */
  idleExitMs?: number;
  /** Skip step 6 (briefs stay owed; a later worker writes them). Default: false. */
  noBriefs?: boolean;
  /** Skip a producer sequence still queued but not stored after this long (ms). Default: DEFAULT_GAP_TIMEOUT_MS (300,000). */
  gapTimeoutMs?: number;
  /** Least time (ms) between clusterer snapshots. Default: DEFAULT_SNAPSHOT_EVERY_MS (30,000). */
  snapshotEveryMs?: number;
  /** A stale story's brief waits this long (ms) for more articles. Default: DEFAULT_BRIEF_DELAY_MS (5,000). */
  briefDelayMs?: number;
  /** Briefs rebuilt per round. Default: DEFAULT_BRIEFS_PER_ROUND (10). */
  briefsPerRound?: number;
  clean?: CleanOptions;
  dedup?: DedupOptions;
  cluster?: ClusterOptions;
  brief?: BriefOptions;
  /** Stop after the current round when aborted. Default: none. */
  signal?: AbortSignal;
  /** Progress and fault lines. Default: none. */
  log?: (line: string) => void;
}

export { DEFAULT_BATCH_SIZE, DEFAULT_BLOCK_MS };

/** A leader with nothing to cluster looks again this often (ms). */
const CLUSTER_POLL_MS = 100;
/** A worker that is not the leader checks whether leadership is free this often (ms). */
const LEADERSHIP_POLL_MS = 1_000;

const yieldToEventLoop = (): Promise<void> => new Promise((done) => setImmediate(done));

export interface WorkerReport {
  batches: number;
  /** Messages acknowledged. */
  acknowledged: number;
  /** Articles this worker inserted (the rest were stored by someone before). */
  inserted: number;
  /** Messages that were not articles: logged, acknowledged and reported, never retried. */
  rejected: number;
  /** Producer sequences this worker clustered as leader. */
  clustered: number;
  /** Producer sequences this worker skipped as leader (gaps that would not fill). */
  skipped: number;
  /** Articles logged again under a fresh sequence (theirs was taken, e.g. skipped). */
  restamped: number;
  briefs: number;
  /** Faults retried (database or queue). */
  retries: number;
}

export async function runWorker(options: WorkerOptions): Promise<WorkerReport> {
  const { store, queue } = options;
  const log = options.log ?? (() => {});
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const blockMs = options.blockMs ?? DEFAULT_BLOCK_MS;
  const report: WorkerReport = {
    batches: 0,
    acknowledged: 0,
    inserted: 0,
    rejected: 0,
    clustered: 0,
    skipped: 0,
    restamped: 0,
    briefs: 0,
    retries: 0,
  };
  const retry = {
    // The queue client reconnects by itself; these cover the store and Redis replies lost mid-flight.
    isTransient: (error: unknown) =>
      isTransientError(error) || /Connection is closed|ECONNRESET|LOADING/i.test(String(error)),
    deadlineMs: Number.POSITIVE_INFINITY,
    onRetry: (error: unknown, attempt: number, waitMs: number) => {
      report.retries++;
      log(`retry ${attempt} in ${waitMs} ms: ${(error as Error).message}`);
    },
  };
  const leader = new ClusterLeader({
    store,
    queue,
    ...(options.dedup ? { dedup: options.dedup } : {}),
    ...(options.cluster ? { cluster: options.cluster } : {}),
    ...(options.gapTimeoutMs !== undefined ? { gapTimeoutMs: options.gapTimeoutMs } : {}),
    ...(options.snapshotEveryMs !== undefined ? { snapshotEveryMs: options.snapshotEveryMs } : {}),
    ...(options.briefDelayMs !== undefined ? { briefDelayMs: options.briefDelayMs } : {}),
    log,
  });
  let idleSince = Date.now();
  /** The last read found nothing: the leader may take its snapshot. */
  let queueIdle = false;
  let done = false;
  const stopped = (): boolean => done || options.signal?.aborted === true;

  // Two loops on one event loop: the clustering step spends much of its time waiting on the
  // database, and cleaning (which yields between articles) fills those waits.
  const clusterLoop = async (): Promise<void> => {
    while (!stopped()) {
      // 1. Cluster until nothing is left.
      const step = await withRetry(() => leader.step(), retry);
      report.clustered += step.advanced;
      if (step.advanced > 0) continue;
      if (step.leader && step.caughtUp && queueIdle) await withRetry(() => leader.flush(), retry);
      await sleep(step.leader ? CLUSTER_POLL_MS : LEADERSHIP_POLL_MS);
    }
  };
  const ingestLoop = async (): Promise<void> => {
    while (!stopped()) {
      // 2-5. One batch.
      const messages = await withRetry(() => queue.read(batchSize, blockMs), retry);
      queueIdle = messages.length === 0;
      if (messages.length > 0) {
        idleSince = Date.now();
        await withRetry(() => storeBatch(messages), retry);
      }
      // 6. Briefs: the due ones, or every stale one when the queue is idle.
      if (!options.noBriefs) await withRetry(() => buildBriefs(messages.length === 0), retry);
      if (
        messages.length === 0 &&
        options.idleExitMs !== undefined &&
        Date.now() - idleSince >= options.idleExitMs &&
        (await withRetry(() => finished(), retry))
      )
        break;
    }
  };
  // Either loop ending (idle exit, signal, error) ends the other after its current round.
  const ending = (loop: () => Promise<void>) => async (): Promise<void> => {
    try {
      await loop();
    } finally {
      done = true;
    }
  };
  try {
    await Promise.all([ending(clusterLoop)(), ending(ingestLoop)()]);
  } finally {
    report.skipped = leader.skipped;
    await leader.release();
  }
  return report;

  /** Nothing queued, everything logged is clustered, and (unless --no-briefs) briefed. */
  async function finished(): Promise<boolean> {
    if ((await queue.backlog()) > 0) return false;
    if ((await getCursor(store)).cursor < (await lastLogged(store))) return false;
    return options.noBriefs === true || (await countBriefsOwed(store)) === 0;
  }

  async function storeBatch(messages: QueueMessage[]): Promise<void> {
    // 3. Clean. A message without a sequence (an older producer) gets one now.
    const unsequenced = messages.filter((message) => message.producerSeq === null).length;
    let fresh = unsequenced > 0 ? await queue.allocate(unsequenced, await lastLogged(store)) : 0;
    const entries: LogEntry[] = [];
    for (const message of messages) {
      const producerSeq = message.producerSeq ?? fresh++;
      if ('error' in message) {
        report.rejected++;
        log(`rejected message ${message.messageId}: ${message.error}`);
        entries.push({ producerSeq });
        continue;
      }
      await yieldToEventLoop(); // let the clustering loop's database replies in
      const clean = cleanArticle(message.article, options.clean);
      entries.push({
        producerSeq,
        article: {
          clean,
          raw: message.article.text,
          fingerprint: encodeFingerprint(
            fingerprint(clean.article.text, options.dedup),
            options.dedup,
          ),
        },
      });
    }
    // 4. Store and log. A sequence logged for something else (a gap the leader skipped, a
    // counter that was reset) is not ours: the article goes to the end under a fresh one.
    const { inserted, collisions } = await logBatch(store, entries);
    report.inserted += inserted.length;
    if (collisions.length > 0) {
      let next = await queue.allocate(collisions.length, await lastLogged(store));
      await relogArticles(
        store,
        collisions.map(({ articleId }) => ({ producerSeq: next++, articleId })),
      );
      report.restamped += collisions.length;
      log(`re-stamped ${collisions.length} article(s) whose sequence was taken`);
    }
    // 5. Acknowledge.
    await queue.ack(messages.map((message) => message.messageId));
    report.batches++;
    report.acknowledged += messages.length;
    log(`batch ${report.batches}: ${messages.length} messages, ${inserted.length} new articles`);
  }

  async function buildBriefs(idle: boolean): Promise<void> {
    const claimed = await claimBriefs(
      store,
      options.briefsPerRound ?? DEFAULT_BRIEFS_PER_ROUND,
      DEFAULT_BRIEF_LEASE_MS,
      idle,
    );
    for (const { story, version } of claimed) {
      await briefStory(store, story, options.brief);
      await settleBrief(store, story, version);
      report.briefs++;
    }
  }
}
