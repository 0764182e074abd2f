import { afterAll, describe, expect, it } from 'vitest';
import { storeContract } from '../store-contract.js';
import { PostgresStore } from './postgres-store.js';
import { freshDatabase, terminateConnections, TEST_PG_URL } from './postgres.test-helper.js';

if (TEST_PG_URL === undefined) {
  describe.skip('Store contract: postgres (set STORYLINE_TEST_PG=postgres://… to run)', () => {
    it('skipped', () => {});
  });
} else {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });
  const open = async (): Promise<PostgresStore> => {
    const { url, drop } = await freshDatabase();
    cleanups.push(drop);
    return PostgresStore.open(url);
  };

  storeContract('postgres', open);

  describe('PostgresStore', () => {
    it('migrates once when many processes open the same database at once', async () => {
      const { url, drop } = await freshDatabase();
      cleanups.push(drop);
      const stores = await Promise.all([1, 2, 3, 4].map(() => PostgresStore.open(url)));
      expect(await stores[0]!.countArticles()).toBe(0);
      for (const store of stores) await store.close();
    });

    it('treats values as values: quotes and SQL in ids, titles and searches', async () => {
      const store = await open();
      const id = "x'); DROP TABLE articles; --";
      await store.putArticles([
        {
          clean: {
            article: {
              id,
              url: null,
              source: "O'Reilly",
              title: null,
              byline: null,
              published: null,
              language: null,
              text: 'T.',
              provenance: { file: null, format: 'stdin' },
            },
            sentences: [],
            removed: [],
          },
          raw: 'T.',
        },
      ]);
      await store.assignStories([{ id, story: "s'1" }]);
      expect((await store.getArticle(id))?.article.source).toBe("O'Reilly");
      expect(await store.listStories({ search: "'; --" })).toEqual([]);
      expect(await store.countArticles()).toBe(1);
      await store.close();
    });

    it('rolls a failed transaction back whole', async () => {
      const store = await open();
      await expect(
        store.transaction(async (tx) => {
          await tx.putState('k', 'v');
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await store.getState('k')).toBeNull();
      await store.close();
    });

    it('survives its connections being killed by the server (retried, not fatal)', async () => {
      const { url, name, drop } = await freshDatabase();
      cleanups.push(drop);
      const store = await PostgresStore.open(url);
      await store.putState('k', 'v');
      expect(await terminateConnections(name)).toBeGreaterThan(0);
      expect(await store.getState('k')).toBe('v');
      await store.close();
    });

    it('refuses an unreachable server with an actionable error that hides the password', async () => {
      await expect(
        PostgresStore.open('postgres://u:secret@127.0.0.1:1/none', {
          retry: { deadlineMs: 200 },
        }),
      ).rejects.toThrow(/Cannot open Postgres store postgres:\/\/u:\*\*\*@/);
    });
  });
}
