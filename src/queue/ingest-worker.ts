/**
 * A stateless ingest worker: reads articles from the queue and runs the pipeline's stages on
 * them against the shared Postgres store. N workers share the work; one holds the clustering
 * lock at a time.
 *
 * Workflow per batch (a message is acknowledged only after step 5):
 *   1. clean    in parallel across workers (CPU)
 *   2. store    idempotent by content hash; seq order = commit order (INGEST lock)
 *   3. cluster  ONE transaction under the CLUSTER advisory lock: feed the deduplicator every
 *               article committed since last time, then assign every unassigned article (any
 *               worker's) in seq order, saving the clusterer snapshot with the assignments.
 *               No two workers can create a story for the same event; a worker killed here
 *               leaves nothing half-written.
 *   4. brief    each story of the batch, under a per-story lock (last rebuild sees all members)
 *   5. ack      XACK + XDEL
 * Killed anywhere before 5, the batch is re-read (by a restart or by another worker after
 * `claimIdleMs`) and every step is a no-op or a repair.
 */
import type { BriefOptions } from '../brief/index.js';
import { cleanArticle, type CleanOptions } from '../clean/index.js';
import type { ClusterOptions } from '../cluster/index.js';
import type { DedupOptions } from '../dedup/index.js';
import { briefStory, clusterNew } from '../pipeline/index.js';
import type { PostgresStore } from '../store/postgres/postgres-store.js';
import { isTransientError, withRetry } from '../store/postgres/retry.js';
import { LOCKS } from '../store/postgres/schema.js';
import type { CleanArticle, DuplicateLink } from '../types.js';
import type { ArticleQueue } from './article-queue.js';
import { DEFAULT_BATCH_SIZE, DEFAULT_BLOCK_MS } from './defaults.js';
import { IncrementalDedup } from './incremental-dedup.js';

export interface WorkerOptions {
  store: PostgresStore;
  queue: ArticleQueue;
  /** Messages per batch. Default: DEFAULT_BATCH_SIZE (100). */
  batchSize?: number;
  /** Wait for new messages (ms) per read. Default: DEFAULT_BLOCK_MS (1,000). */
  blockMs?: number;
  /** Exit once nothing has arrived for this long (ms) and nothing is pending. Default: never. */
  idleExitMs?: number;
  /** Skip step 4 (briefs). Default: false. */
  noBriefs?: boolean;
  clean?: CleanOptions;
  dedup?: DedupOptions;
  cluster?: ClusterOptions;
  brief?: BriefOptions;
  /** Stop after the current batch when aborted. Default: none. */
  signal?: AbortSignal;
  /** Progress and fault lines. Default: none. */
  log?: (line: string) => void;
}

export { DEFAULT_BATCH_SIZE, DEFAULT_BLOCK_MS };

export interface WorkerReport {
  batches: number;
  /** Messages acknowledged. */
  acknowledged: number;
  /** Articles this worker inserted (the rest were stored by someone before). */
  inserted: number;
  /** Messages that were not articles: acknowledged and reported, never retried. */
  rejected: number;
  /** Faults retried (database or queue). */
  retries: number;
}

export async function runWorker(options: WorkerOptions): Promise<WorkerReport> {
  const { store, queue } = options;
  const log = options.log ?? (() => {});
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const blockMs = options.blockMs ?? DEFAULT_BLOCK_MS;
  const dedup = new IncrementalDedup(options.dedup);
  const report: WorkerReport = {
    batches: 0,
    acknowledged: 0,
    inserted: 0,
    rejected: 0,
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
  let idleSince = Date.now();

  while (!options.signal?.aborted) {
    const messages = await withRetry(() => queue.read(batchSize, blockMs), retry);
    if (messages.length === 0) {
      if (
        options.idleExitMs !== undefined &&
        Date.now() - idleSince >= options.idleExitMs &&
        (await withRetry(() => queue.backlog(), retry)) === 0
      )
        break;
      continue;
    }
    idleSince = Date.now();
    await withRetry(() => processBatch(messages), retry);
  }
  return report;

  async function processBatch(messages: Awaited<ReturnType<ArticleQueue['read']>>): Promise<void> {
    // 1. Clean.
    const batch: { clean: CleanArticle; raw: string }[] = [];
    const seen = new Set<string>();
    for (const message of messages) {
      if ('error' in message) {
        report.rejected++;
        log(`rejected message ${message.messageId}: ${message.error}`);
        continue;
      }
      if (seen.has(message.article.id)) continue;
      seen.add(message.article.id);
      batch.push({
        clean: cleanArticle(message.article, options.clean),
        raw: message.article.text,
      });
    }
    // 2. Store.
    report.inserted += (await store.putArticles(batch)).length;
    // 3. Dedup and cluster, serialised.
    await store.transaction(
      async (tx) => {
        const rows = await tx.articlesToCluster(dedup.fedSeq);
        dedup.feed(
          rows.map((row) => ({
            seq: row.seq,
            id: row.clean.article.id,
            text: row.clean.article.text,
          })),
        );
        const owed = rows.filter((row) => row.story === null).map((row) => row.clean);
        if (owed.length === 0) return;
        const links = new Map<string, DuplicateLink>();
        for (const clean of owed) {
          const link = dedup.linkOf(clean.article.id);
          if (link) links.set(link.id, link);
        }
        await tx.putDuplicates([...links.values()]);
        await clusterNew(tx, owed, links, { cluster: options.cluster });
      },
      { lock: LOCKS.cluster },
    );
    // 4. Brief the batch's stories.
    if (!options.noBriefs) {
      const stories = new Set<string>();
      for (const story of (await store.storiesOfArticles([...seen])).values())
        if (story !== null) stories.add(story);
      for (const story of stories) {
        await store.transaction(async (tx) => {
          await tx.lockStory(story);
          await briefStory(tx, story, options.brief);
        });
      }
    }
    // 5. Acknowledge.
    await queue.ack(messages.map((message) => message.messageId));
    report.batches++;
    report.acknowledged += messages.length;
    log(`batch ${report.batches}: ${messages.length} messages, ${batch.length} articles`);
  }
}
