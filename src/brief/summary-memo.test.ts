import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds } from '../../test/seeds.js';
import { alignSentences } from '../analyse/facts/index.js';
import { cleanFromText } from '../clean/from-text.js';
import { findReuse } from '../dedup/passage-reuse.js';
import type { AlignedGroup, CleanArticle } from '../types.js';
import { summarize } from './summarize.js';
import { SummaryMemo } from './summary-memo.js';

let articles: CleanArticle[];
const groupsOf = (list: CleanArticle[]): AlignedGroup[] => alignSentences(list, findReuse(list));
beforeAll(async () => {
  articles = [...(await loadSeeds()).values()];
});

describe('SummaryMemo: a story update re-summarises incrementally', () => {
  it('gives the summary a fresh run gives, by count and by word budget', () => {
    const groups = groupsOf(articles);
    const memo = new SummaryMemo();
    for (const options of [{ sentences: 6 }, { words: 65 }])
      expect(summarize(articles, groups, { ...options, memo })).toEqual(
        summarize(articles, groups, options),
      );
  });

  it('reuses the unchanged articles when one arrives, and everything when none does', () => {
    const memo = new SummaryMemo();
    const before = articles.slice(0, 4);
    summarize(before, groupsOf(before), { memo });
    const firstRun = memo.stats;
    expect(firstRun.terms).toEqual({ hits: 0, misses: 4 });

    // 004 arrives: only its sentences are tokenised; citation checks between the four
    // unchanged articles are answered from the memo.
    const groups = groupsOf(articles);
    const updated = summarize(articles, groups, { memo });
    expect(updated).toEqual(summarize(articles, groups));
    const secondRun = memo.stats;
    expect(secondRun.terms).toEqual({ hits: 4, misses: 5 });
    expect(secondRun.supports.hits).toBeGreaterThan(0);

    // The same story again (a re-ingested duplicate): the summary itself is reused.
    expect(summarize(articles, groups, { memo })).toEqual(updated);
    expect(memo.stats.summaries.hits).toBe(1);
    expect(memo.stats.terms).toEqual(secondRun.terms);
  });

  it('does not serve a stale summary when an article keeps its id but changes its text', () => {
    const memo = new SummaryMemo();
    const groups = groupsOf(articles);
    summarize(articles, groups, { memo });
    const first = articles[0]!;
    const edited = cleanFromText(
      first.article.id,
      first.sentences
        .slice(1)
        .map((s) => s.text)
        .join(' '),
    );
    const list = [edited, ...articles.slice(1)];
    const regrouped = groupsOf(list);
    expect(summarize(list, regrouped, { memo })).toEqual(summarize(list, regrouped));
    expect(memo.stats.summaries.hits).toBe(0);
  });
});
