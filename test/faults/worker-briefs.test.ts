/**
 * Workers write the briefs a single-process run writes: every story gets one once the queue is
 * drained, built from the same articles in the same order (briefs are rebuilt per story at most
 * once per delay while it grows, by any worker, and at the end by whoever is idle).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/ingest/index.js';
import { processArticles } from '../../src/pipeline/index.js';
import { SqliteStore, type Store } from '../../src/store/index.js';
import { PostgresStore } from '../../src/store/postgres/postgres-store.js';
import {
  freshDatabase,
  TEST_PG_URL,
  TEST_REDIS_URL,
} from '../../src/store/postgres/postgres.test-helper.js';
import { countBriefsOwed } from '../../src/store/postgres/queue-log.js';
import type { Brief } from '../../src/types.js';
import { corpus, exited, runCli, spawnCli, storiesOf, writeJsonl } from './harness.js';

const enabled = TEST_PG_URL !== undefined && TEST_REDIS_URL !== undefined;

/** Story id → brief without its generation time. */
async function briefsOf(store: Store): Promise<Map<string, unknown>> {
  const out = new Map<string, unknown>();
  for (const story of new Set((await storiesOf(store)).values())) {
    const brief = await store.getBrief(story);
    if (brief) out.set(story, { ...brief, generated: undefined } satisfies Partial<Brief>);
  }
  return out;
}

describe.skipIf(!enabled)('distributed ingest writes the single-process briefs', () => {
  it('2 workers: a brief per story, equal to the single-process brief', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'storyline-briefs-')), 'in.jsonl');
    writeJsonl(path, corpus('ecbplus', 150, 4));
    const reference = new SqliteStore(':memory:');
    await processArticles(readInputs([path]), { store: reference });
    const expected = await briefsOf(reference);
    const stories = new Set((await storiesOf(reference)).values()).size;
    await reference.close();

    const db = await freshDatabase();
    const queue = [
      '--queue',
      TEST_REDIS_URL as string,
      '--stream',
      `storyline:test:briefs:${db.name}`,
    ];
    expect((await runCli(['enqueue', path, ...queue])).code).toBe(0);
    const runs = [0, 1].map((index) =>
      exited(
        spawnCli([
          'worker',
          '--store',
          db.url,
          ...queue,
          '--idle-exit',
          '1500',
          '--quiet',
          '--consumer',
          `r${index}`,
        ]),
      ),
    );
    for (const run of await Promise.all(runs)) expect(run.code, run.stderr).toBe(0);
    const store = await PostgresStore.open(db.url);
    const briefs = await briefsOf(store);
    const owed = await countBriefsOwed(store);
    await store.close();
    await db.drop();
    expect(owed).toBe(0);
    expect(briefs.size).toBe(stories);
    expect(Object.fromEntries(briefs)).toEqual(Object.fromEntries(expected));
  }, 600_000);
});

if (!enabled) {
  describe('distributed briefs', () => {
    it.skip('needs STORYLINE_TEST_PG and STORYLINE_TEST_REDIS (set by .ci/run)', () => {});
  });
}
