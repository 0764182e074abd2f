/**
 * Distributed ingest throughput with 1, 2 and 3 workers over the same NeuS articles, each
 * into a fresh Postgres database from a fresh Redis stream. One JSON line.
 * Needs STORYLINE_TEST_PG and STORYLINE_TEST_REDIS (a server URL each; .ci/run starts both).
 * Usage: tsx bench/workers.ts [--articles N (default 2000)] [--briefs] [--batch N (default 100)]
 *        [--workers 1,2,3]
 * Clock: the workers are started first and waited for (process start-up is not ingest: under
 * load it took up to 19 s per process here); it runs from the enqueue to the moment the store
 * holds every article clustered (and, with --briefs, every brief written).
 */
import { mkdtempSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { readInputs } from '../src/ingest/index.js';
import { ArticleQueue } from '../src/queue/article-queue.js';
import { DEFAULT_GROUP } from '../src/queue/defaults.js';
import {
  freshDatabase,
  TEST_PG_URL,
  TEST_REDIS_URL,
} from '../src/store/postgres/postgres.test-helper.js';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import { countBriefsOwed, getCursor, lastLogged } from '../src/store/postgres/queue-log.js';
import type { Article } from '../src/types.js';
import { corpus, exited, sleep, spawnCli, writeJsonl } from '../test/faults/harness.js';

/** How often the clock polls the store for "all done". */
const POLL_MS = 100;

function flag(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

/** Starts `count` workers on a fresh stream and waits until each has joined the group. */
async function startWorkers(
  dbUrl: string,
  stream: string,
  count: number,
  args: string[],
): Promise<ReturnType<typeof spawnCli>[]> {
  const queue = ['--queue', TEST_REDIS_URL as string, '--stream', stream];
  const workers = Array.from({ length: count }, (_, index) =>
    spawnCli(['worker', '--store', dbUrl, ...queue, '--quiet', '--consumer', `b${index}`, ...args]),
  );
  const redis = new Redis(TEST_REDIS_URL as string);
  try {
    for (;;) {
      const consumers = (await redis
        .xinfo('CONSUMERS', stream, DEFAULT_GROUP)
        .catch(() => [])) as unknown[];
      if (consumers.length >= count) break;
      if (workers.some((worker) => worker.exitCode !== null))
        throw new Error((await exited(workers.find((w) => w.exitCode !== null)!)).stderr);
      await sleep(POLL_MS);
    }
  } finally {
    redis.disconnect();
  }
  return workers;
}

async function main(): Promise<void> {
  if (!TEST_PG_URL || !TEST_REDIS_URL) {
    process.stdout.write(
      `${JSON.stringify({ scenario: 'workers', skipped: 'set STORYLINE_TEST_PG and STORYLINE_TEST_REDIS' })}\n`,
    );
    return;
  }
  const articles = corpus('neus', Number(flag('--articles', '2000')));
  const briefs = process.argv.includes('--briefs');
  const batch = flag('--batch', '100');
  const counts = flag('--workers', '1,2,3').split(',').map(Number);
  const path = join(mkdtempSync(join(tmpdir(), 'storyline-bench-')), 'in.jsonl');
  writeJsonl(path, articles);
  // Read once, through the same ingest as `storyline enqueue`.
  const items: Article[] = [];
  for await (const item of readInputs([path])) if (!('kind' in item)) items.push(item);
  const results: {
    workers: number;
    seconds: number;
    articlesPerSecond: number;
    stored: number;
  }[] = [];
  for (const workers of counts) {
    const db = await freshDatabase();
    const stream = `storyline:bench:${db.name}`;
    const children = await startWorkers(db.url, stream, workers, [
      '--batch',
      batch,
      ...(briefs ? [] : ['--no-briefs']),
    ]);
    const store = await PostgresStore.open(db.url);
    const queue = new ArticleQueue(TEST_REDIS_URL, { stream });
    const started = Date.now();
    for (let index = 0; index < items.length; index += 500)
      await queue.enqueue(items.slice(index, index + 500));
    for (;;) {
      const logged = await lastLogged(store);
      if (
        logged >= items.length &&
        (await getCursor(store)).cursor >= logged &&
        (!briefs || (await countBriefsOwed(store)) === 0)
      )
        break;
      await sleep(POLL_MS);
    }
    const seconds = (Date.now() - started) / 1000;
    // No --idle-exit (a worker up before the others would leave the empty stream): SIGTERM
    // ends each after its round.
    for (const child of children) child.kill('SIGTERM');
    const runs = await Promise.all(children.map(exited));
    for (const run of runs) if (run.code !== 0) throw new Error(run.stderr);
    const stored = await store.countArticles();
    await store.close();
    await queue.destroy();
    await queue.close();
    await db.drop();
    results.push({
      workers,
      seconds: round(seconds),
      articlesPerSecond: round(stored / seconds),
      stored,
    });
  }
  process.stdout.write(
    `${JSON.stringify({ scenario: 'workers', articles: articles.length, briefs, batch: Number(batch), cores: cpus().length, results })}\n`,
  );
}

const round = (value: number): number => Math.round(value * 100) / 100;

await main();
