/**
 * Issue 7 bar: N workers find the same stories as the single-process run (B-cubed F1 ≥ 0.99
 * against it) on ECB+ and NeuS articles, with 1 and 3 workers. Clustering follows the
 * producer's sequence, not the commit order, so the stories are in fact identical. Needs STORYLINE_TEST_PG and
 * STORYLINE_TEST_REDIS (CI sets both). STORYLINE_SAME_CLUSTERS_ARTICLES scales the NeuS slice.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bCubed } from '../../src/eval/bcubed.js';
import { PostgresStore } from '../../src/store/postgres/postgres-store.js';
import {
  freshDatabase,
  TEST_PG_URL,
  TEST_REDIS_URL,
} from '../../src/store/postgres/postgres.test-helper.js';
import {
  corpus,
  referenceStories,
  runCli,
  spawnCli,
  exited,
  storiesOf,
  writeJsonl,
} from './harness.js';

const NEUS_ARTICLES = Number(process.env.STORYLINE_SAME_CLUSTERS_ARTICLES ?? 1500);
const enabled = TEST_PG_URL !== undefined && TEST_REDIS_URL !== undefined;

/** Enqueues `path`, runs `workers` workers to completion, returns article id → story. */
export async function distributedStories(
  path: string,
  workers: number,
  tag: string,
): Promise<Map<string, string>> {
  const db = await freshDatabase();
  const stream = `storyline:test:${tag}:${db.name}`;
  const queue = ['--queue', TEST_REDIS_URL as string, '--stream', stream];
  expect((await runCli(['enqueue', path, ...queue])).code).toBe(0);
  const runs = Array.from({ length: workers }, (_, index) =>
    exited(
      spawnCli([
        'worker',
        '--store',
        db.url,
        ...queue,
        '--no-briefs',
        '--idle-exit',
        '1500',
        '--quiet',
        '--consumer',
        `w${index}`,
      ]),
    ),
  );
  for (const run of await Promise.all(runs)) expect(run.code, run.stderr).toBe(0);
  const store = await PostgresStore.open(db.url);
  const stories = await storiesOf(store);
  await store.close();
  await db.drop();
  return stories;
}

describe.skipIf(!enabled)('distributed ingest finds the single-process stories', () => {
  for (const [set, count] of [
    ['ecbplus', 982],
    ['neus', NEUS_ARTICLES],
  ] as const) {
    it(`${set}: 1 and 3 workers reproduce the single-process stories`, async () => {
      const articles = corpus(set, count);
      const path = join(mkdtempSync(join(tmpdir(), 'storyline-same-')), `${set}.jsonl`);
      writeJsonl(path, articles);
      const reference = await referenceStories(path);
      const ids = [...reference.keys()];
      for (const workers of [1, 3]) {
        const stories = await distributedStories(path, workers, `${set}${workers}`);
        expect(stories.size).toBe(ids.length);
        const score = bCubed(
          ids.map((id) => stories.get(id) ?? ''),
          ids.map((id) => reference.get(id) ?? ''),
        );
        process.stderr.write(
          `same-clusters ${set} n=${ids.length} workers=${workers} bcubed=${JSON.stringify(score)}\n`,
        );
        expect(score.f1).toBeGreaterThanOrEqual(0.99); // the bar
        // Before producer sequences, 3 workers clustered in commit order (measured 0.975 on
        // ECB+ once). Now the leader walks the producer's order: the very same stories.
        expect(Object.fromEntries(stories)).toEqual(Object.fromEntries(reference));
      }
    }, 900_000);
  }
});

if (!enabled) {
  describe('distributed ingest', () => {
    it.skip('needs STORYLINE_TEST_PG and STORYLINE_TEST_REDIS (set by .ci/run)', () => {});
  });
}
