/**
 * `storyline worker` (and, registered with it, `storyline enqueue`: enqueue.ts): distributed
 * ingest. The producer puts articles on a Redis Stream; N stateless workers take them off and
 * process them into one Postgres store (see src/queue/ingest-worker.ts). URLs may come from the environment
 * (STORYLINE_STORE, STORYLINE_QUEUE) so that passwords stay out of argv and shell history.
 */
import type { Command } from 'commander';
import { StorylineError } from '../../../errors.js';
import {
  DEFAULT_BATCH_SIZE,
  DEFAULT_CLAIM_IDLE_MS,
  DEFAULT_GAP_TIMEOUT_MS,
  DEFAULT_STREAM,
} from '../../../queue/defaults.js';
import { isPostgresUrl } from '../../../store/open-store.js';
import { positiveInt, summaryOptions } from '../options.js';
import { registerEnqueue, requiredUrl as required } from './enqueue.js';

interface WorkerFlags {
  store?: string;
  queue?: string;
  batch: number;
  claimIdle: number;
  idleExit?: number;
  gapTimeout: number;
  consumer?: string;
  stream: string;
  briefs: boolean;
  sentences?: number;
  words?: number;
  quiet?: boolean;
}

export function registerWorker(program: Command): void {
  registerEnqueue(program);

  program
    .command('worker')
    .description('process queued articles into a Postgres store; run as many as you like')
    .option('--store <url>', 'postgres:// URL (default: $STORYLINE_STORE)')
    .option('--queue <url>', 'Redis URL (default: $STORYLINE_QUEUE)')
    .option('--stream <key>', 'Redis stream key', DEFAULT_STREAM)
    .option('--batch <n>', 'messages per batch', positiveInt, DEFAULT_BATCH_SIZE)
    .option(
      '--claim-idle <ms>',
      're-read a message another worker has held this long',
      positiveInt,
      DEFAULT_CLAIM_IDLE_MS,
    )
    .option(
      '--idle-exit <ms>',
      'exit once the queue has been empty this long (default: run forever)',
      positiveInt,
    )
    .option(
      '--gap-timeout <ms>',
      'skip a producer sequence still queued but not stored after this long; its article is clustered later, out of input order',
      positiveInt,
      DEFAULT_GAP_TIMEOUT_MS,
    )
    .option('--consumer <name>', "this worker's name in the consumer group (default: host-pid)")
    .option('--no-briefs', 'store and cluster only; a later worker writes the briefs owed')
    .option('--sentences <n>', 'summary length in sentences (default 6)', positiveInt)
    .option('--words <n>', 'summary length in words instead of sentences', positiveInt)
    .option('--quiet', 'no per-batch lines')
    .action(async (flags: WorkerFlags) => {
      const { ArticleQueue } = await import('../../../queue/article-queue.js');
      const { runWorker } = await import('../../../queue/ingest-worker.js');
      const { PostgresStore } = await import('../../../store/postgres/postgres-store.js');
      const storeUrl = required(
        flags.store ?? process.env.STORYLINE_STORE,
        '--store',
        'STORYLINE_STORE',
      );
      if (!isPostgresUrl(storeUrl))
        throw new StorylineError(
          'BAD_OPTION',
          `--store must be a postgres:// URL, got "${storeUrl}"`,
          2,
        );
      const queueUrl = required(
        flags.queue ?? process.env.STORYLINE_QUEUE,
        '--queue',
        'STORYLINE_QUEUE',
      );
      const log = (line: string): void => {
        if (!flags.quiet) process.stderr.write(`worker ${process.pid}: ${line}\n`);
      };
      const queue = new ArticleQueue(queueUrl, {
        claimIdleMs: flags.claimIdle,
        stream: flags.stream,
        ...(flags.consumer ? { consumer: flags.consumer } : {}),
      });
      const store = await PostgresStore.open(storeUrl, {
        retry: {
          deadlineMs: Number.POSITIVE_INFINITY,
          onRetry: (e) => log(`store retry: ${(e as Error).message}`),
        },
      });
      // SIGTERM/SIGINT: finish the batch in hand, then exit (kill -9 is covered by redelivery).
      const stop = new AbortController();
      const onSignal = (): void => stop.abort();
      process.once('SIGTERM', onSignal);
      process.once('SIGINT', onSignal);
      try {
        const report = await runWorker({
          store,
          queue,
          batchSize: flags.batch,
          ...(flags.idleExit !== undefined ? { idleExitMs: flags.idleExit } : {}),
          noBriefs: !flags.briefs,
          gapTimeoutMs: flags.gapTimeout,
          brief: summaryOptions(flags),
          signal: stop.signal,
          log,
        });
        process.stderr.write(`worker ${process.pid}: ${JSON.stringify(report)}\n`);
      } finally {
        process.off('SIGTERM', onSignal);
        process.off('SIGINT', onSignal);
        await queue.close();
        await store.close();
      }
    });
}
