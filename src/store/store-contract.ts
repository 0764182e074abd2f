/**
 * The contract every Store implementation passes (SQLite now, Postgres later): one suite,
 * run against each implementation, like Hono's routers share `common.case.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { BRIEF_SCHEMA, type Brief, type CleanArticle } from '../types.js';
import type { Store } from './store.js';

function clean(id: string, text: string, published: string | null = null): CleanArticle {
  return {
    article: {
      id,
      url: null,
      source: `outlet-${id}`,
      title: `Title ${id}`,
      byline: null,
      published,
      language: 'en',
      text,
      provenance: { file: `${id}.txt`, format: 'text' },
    },
    sentences: [{ index: 0, paragraph: 0, text, span: [0, text.length] }],
    removed: [{ text: 'Keep Reading', reason: 'read-more' }],
  };
}

function brief(story: string, title: string): Brief {
  return {
    schema: BRIEF_SCHEMA,
    generated: new Date(0).toISOString(),
    story: { id: story, title, articles: [] },
    summary: [],
    quotes: [],
    entities: [],
    timeline: [],
    facts: [],
    discrepancies: [],
    reuse: [],
    coverage: [],
    duplicates: [],
  };
}

export function storeContract(name: string, open: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    it('inserts articles once and keeps raw text, removed lines and arrival order', async () => {
      const store = await open();
      const first = await store.putArticles([
        { clean: clean('a', 'Alpha text.'), raw: 'Alpha text.\nKeep Reading' },
        { clean: clean('b', 'Beta text.', '2025-01-03'), raw: 'Beta text.' },
      ]);
      expect(first).toEqual(['a', 'b']);
      expect(await store.putArticles([{ clean: clean('a', 'Alpha text.'), raw: 'x' }])).toEqual([]);
      expect(await store.countArticles()).toBe(2);
      const a = await store.getArticle('a');
      expect(a?.raw).toBe('Alpha text.\nKeep Reading');
      expect(a?.removed).toEqual([{ text: 'Keep Reading', reason: 'read-more' }]);
      expect((await store.listArticles()).map((x) => x.article.id)).toEqual(['a', 'b']);
      expect(await store.getArticle('missing')).toBeNull();
      await store.close();
    });

    it('assigns stories, lists and searches them, and records merges', async () => {
      const store = await open();
      await store.putArticles([
        { clean: clean('a', 'A.'), raw: 'A.' },
        { clean: clean('b', 'B.', '2025-01-03'), raw: 'B.' },
        { clean: clean('c', 'C.'), raw: 'C.' },
      ]);
      await store.assignStories([
        { id: 'a', story: 's1' },
        { id: 'b', story: 's1' },
        { id: 'c', story: 's2' },
      ]);
      await store.putBrief(brief('s1', 'Musk row'));
      const stories = await store.listStories();
      expect(stories.map((s) => [s.id, s.articles])).toEqual([
        ['s1', 2],
        ['s2', 1],
      ]);
      expect((await store.listStories({ search: 'musk' })).map((s) => s.id)).toEqual(['s1']);
      expect((await store.listStories({ search: '100%_' })).length).toBe(0);
      // A word of the summary, not of the title, finds the story too; JSON keys do not.
      await store.putBrief({
        ...brief('s2', 'Streeting answers Musk'),
        summary: [{ text: 'The row over grooming gangs grew.', sources: ['c'] }],
      });
      expect((await store.listStories({ search: 'Grooming' })).map((s) => s.id)).toEqual(['s2']);
      expect((await store.listStories({ search: 'summary' })).length).toBe(0);
      expect((await store.listStories({ since: '2025-01-01' })).map((s) => s.id)).toEqual(['s1']);
      expect((await store.getStory('s1'))?.lastPublished).toBe('2025-01-03');
      expect((await store.getBrief('s1'))?.story.title).toBe('Musk row');
      await store.putBrief(brief('s2', 'Emptied'));
      await store.deleteBrief('s2');
      expect(await store.getBrief('s2')).toBeNull();
      await store.recordMerge('s2', 's1');
      expect((await store.listArticles({ story: 's1' })).length).toBe(3);
      expect(await store.getStory('s2')).toBeNull();
      await store.close();
    });

    it('keeps duplicate links and state', async () => {
      const store = await open();
      await store.putArticles([
        { clean: clean('a', 'A.'), raw: 'A.' },
        { clean: clean('b', 'A.'), raw: 'A.' },
      ]);
      await store.putDuplicates([{ id: 'b', duplicateOf: 'a', similarity: 1, kind: 'exact' }]);
      expect(await store.listDuplicates()).toEqual([
        { id: 'b', duplicateOf: 'a', similarity: 1, kind: 'exact' },
      ]);
      expect(await store.getState('k')).toBeNull();
      await store.putState('k', 'v1');
      await store.putState('k', 'v2');
      expect(await store.getState('k')).toBe('v2');
      await store.close();
    });
  });
}
