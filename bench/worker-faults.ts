/**
 * Issue 7 fault run at scale: random kill -9 of workers during a long distributed ingest, then
 * count what was lost and what was stored twice. One JSON line.
 * Needs STORYLINE_TEST_PG and STORYLINE_TEST_REDIS (a server URL each; .ci/run starts both).
 * Usage: tsx bench/worker-faults.ts [--articles N (default 50000)] [--kills K (default 20)]
 *        [--workers W (default 3)] [--seed S (default 1)]
 *
 * Input: the NeuS pool and ECB+ (9,259 real articles), then again as numbered editions (the
 * text plus one line "Edition k.", a new id and content hash) until N: each edition is a
 * near-duplicate of its original, so dedup links it and clustering only sees the originals.
 * Kills are spread over the ingest by progress (kill i once i/(K+1) of the articles are
 * stored, plus jitter), each of a random worker, restarted at once under the same consumer
 * name. Briefs are off (`--no-briefs`): the run measures storing and clustering.
 */
import { mkdtempSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEcbPlus, loadNeusPool, shuffled } from '../src/eval/clustering-data.js';
import { readInputs } from '../src/ingest/index.js';
import { ArticleQueue } from '../src/queue/article-queue.js';
import {
  freshDatabase,
  TEST_PG_URL,
  TEST_REDIS_URL,
} from '../src/store/postgres/postgres.test-helper.js';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import { countSkipped, getCursor, lastLogged } from '../src/store/postgres/queue-log.js';
import type { Article } from '../src/types.js';
import { DATA_DIR, exited, sleep, spawnCli, writeJsonl } from '../test/faults/harness.js';

const POLL_MS = 200;
const IDLE_EXIT_MS = 3_000;

function flag(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

/** Deterministic pseudo-random numbers in [0, 1), so a schedule can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

async function main(): Promise<void> {
  if (!TEST_PG_URL || !TEST_REDIS_URL) {
    process.stdout.write(
      `${JSON.stringify({ scenario: 'worker-faults', skipped: 'set STORYLINE_TEST_PG and STORYLINE_TEST_REDIS' })}\n`,
    );
    return;
  }
  const count = Number(flag('--articles', '50000'));
  const kills = Number(flag('--kills', '20'));
  const workerCount = Number(flag('--workers', '3'));
  const seed = Number(flag('--seed', '1'));
  const base = shuffled(
    [...loadNeusPool(DATA_DIR), ...loadEcbPlus(DATA_DIR)].filter((a) => a.text.trim() !== ''),
    seed,
  );
  const labelled = Array.from({ length: count }, (_, index) => {
    const original = base[index % base.length]!;
    const edition = Math.floor(index / base.length);
    return edition === 0
      ? original
      : {
          ...original,
          id: `${original.id}~${edition}`,
          text: `${original.text}\n\nEdition ${edition}.`,
        };
  });
  const path = join(mkdtempSync(join(tmpdir(), 'storyline-faults-')), 'in.jsonl');
  writeJsonl(path, labelled);
  const items: Article[] = [];
  for await (const item of readInputs([path])) if (!('kind' in item)) items.push(item);

  const redisUrl = TEST_REDIS_URL;
  const db = await freshDatabase();
  const stream = `storyline:bench:faults:${db.name}`;
  const queue = new ArticleQueue(TEST_REDIS_URL, { stream });
  const store = await PostgresStore.open(db.url);
  const started = Date.now();
  for (let index = 0; index < items.length; index += 500)
    await queue.enqueue(items.slice(index, index + 500));
  const start = (index: number): ReturnType<typeof spawnCli> =>
    spawnCli([
      'worker',
      '--store',
      db.url,
      '--queue',
      redisUrl,
      '--stream',
      stream,
      '--no-briefs',
      '--quiet',
      '--consumer',
      `f${index}`,
      '--claim-idle',
      '10000',
      '--idle-exit',
      String(IDLE_EXIT_MS),
    ]);
  const workers = Array.from({ length: workerCount }, (_, index) => start(index));
  const next = random(seed * 7919);
  let killed = 0;
  let doneAt: number | undefined;
  while (doneAt === undefined) {
    await sleep(POLL_MS);
    const logged = await lastLogged(store);
    const cursor = (await getCursor(store)).cursor;
    if (logged >= items.length && cursor >= logged) {
      doneAt = Date.now();
      continue;
    }
    // Kill i once i/(kills+1) of the input is stored, give or take a third of a step.
    const due = ((killed + 1 + (next() - 0.5) * 0.66) / (kills + 1)) * items.length;
    if (killed < kills && logged >= due) {
      const index = Math.floor(next() * workerCount);
      workers[index]!.kill('SIGKILL');
      await exited(workers[index]!);
      killed++;
      workers[index] = start(index);
      process.stderr.write(
        `worker-faults: kill ${killed} (worker ${index}) at ${logged} logged, ${cursor} clustered\n`,
      );
    }
  }
  const runs = await Promise.all(workers.map(exited));
  const failed = runs.filter((run) => run.code !== 0).length;

  const counts = await store.execute<{ rows: number; distinct: number; unassigned: number }>(
    `SELECT COUNT(*)::int AS rows, COUNT(DISTINCT id)::int AS distinct,
            COUNT(*) FILTER (WHERE story IS NULL)::int AS unassigned FROM articles`,
  );
  const storedIds = new Set(
    (await store.execute<{ id: string }>('SELECT id FROM articles')).map((row) => row.id),
  );
  const skipped = await countSkipped(store);
  await store.close();
  await queue.destroy();
  await queue.close();
  await db.drop();
  const expected = new Set(items.map((item) => item.id));
  const lost = [...expected].filter((id) => !storedIds.has(id)).length;
  const extra = [...storedIds].filter((id) => !expected.has(id)).length;
  const { rows, distinct, unassigned } = counts[0]!;
  process.stdout.write(
    `${JSON.stringify({
      scenario: 'worker-faults',
      articles: expected.size,
      workers: workerCount,
      kills: killed,
      cores: cpus().length,
      seconds: Math.round((doneAt - started) / 100) / 10,
      stored: rows,
      lost,
      duplicated: rows - distinct + extra,
      unassigned,
      skippedSequences: skipped,
      workerFailures: failed,
    })}\n`,
  );
  if (lost > 0 || rows - distinct + extra > 0 || unassigned > 0 || failed > 0) process.exitCode = 1;
}

await main();
