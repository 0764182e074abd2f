/**
 * Distributed ingest throughput with 1, 2 and 3 workers over the same NeuS articles, each
 * into a fresh Postgres database from a fresh Redis stream. One JSON line.
 * Needs STORYLINE_TEST_PG and STORYLINE_TEST_REDIS (a server URL each; .ci/run starts both).
 * Usage: tsx bench/workers.ts [--articles N (default 2000)] [--briefs] [--batch N (default 100)]
 * Clock: from the first worker start to the last worker's exit, minus its idle-exit wait.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  freshDatabase,
  TEST_PG_URL,
  TEST_REDIS_URL,
} from '../src/store/postgres/postgres.test-helper.js';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import { corpus, exited, runCli, spawnCli, writeJsonl } from '../test/faults/harness.js';

const IDLE_EXIT_MS = 1_000;

function flag(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
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
  const path = join(mkdtempSync(join(tmpdir(), 'storyline-bench-')), 'in.jsonl');
  writeJsonl(path, articles);
  const results: { workers: number; seconds: number; articlesPerSecond: number; stored: number }[] =
    [];
  for (const workers of [1, 2, 3]) {
    const db = await freshDatabase();
    const queue = ['--queue', TEST_REDIS_URL, '--stream', `storyline:bench:${db.name}`];
    const enqueued = await runCli(['enqueue', path, ...queue]);
    if (enqueued.code !== 0) throw new Error(enqueued.stderr);
    const started = Date.now();
    const runs = await Promise.all(
      Array.from({ length: workers }, (_, index) =>
        exited(
          spawnCli([
            'worker',
            '--store',
            db.url,
            ...queue,
            '--quiet',
            '--batch',
            batch,
            '--idle-exit',
            String(IDLE_EXIT_MS),
            '--consumer',
            `b${index}`,
            ...(briefs ? [] : ['--no-briefs']),
          ]),
        ),
      ),
    );
    for (const run of runs) if (run.code !== 0) throw new Error(run.stderr);
    const seconds = (Date.now() - started - IDLE_EXIT_MS) / 1000;
    const store = await PostgresStore.open(db.url);
    const stored = await store.countArticles();
    await store.close();
    await db.drop();
    results.push({
      workers,
      seconds: round(seconds),
      articlesPerSecond: round(stored / seconds),
      stored,
    });
  }
  process.stdout.write(
    `${JSON.stringify({ scenario: 'workers', articles: articles.length, briefs, batch: Number(batch), cores: (await import('node:os')).cpus().length, results })}\n`,
  );
}

const round = (value: number): number => Math.round(value * 100) / 100;

await main();
