import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds, seed } from '../../../test/seeds.js';
import { cleanFromText } from '../../clean/from-text.js';
import { findReuse } from '../../dedup/passage-reuse.js';
import type { AlignedGroup, CleanArticle } from '../../types.js';
import { alignSentences } from '../facts/align-sentences.js';
import { buildTimeline } from './build-timeline.js';
import { extractDates } from './extract-dates.js';

let seeds: Map<string, CleanArticle>;
let articles: CleanArticle[];
let groups: AlignedGroup[];
beforeAll(async () => {
  seeds = await loadSeeds();
  articles = [...seeds.values()];
  groups = alignSentences(articles, findReuse(articles));
});

const datesOf = (list: CleanArticle[]) =>
  new Map(list.map((clean) => [clean.article.id, extractDates(clean)]));

describe('buildTimeline on the seeds', () => {
  it('sorts dated events, then keeps unresolved ones marked', () => {
    const timeline = buildTimeline(articles, datesOf(articles), { groups });
    const firstOpen = timeline.findIndex((e) => !e.resolved);
    expect(firstOpen).toBeGreaterThan(0);
    expect(timeline.slice(firstOpen).every((e) => !e.resolved && e.date === null)).toBe(true);
    const dated = timeline.slice(0, firstOpen).map((e) => e.date!);
    expect(dated).toEqual([...dated].sort());
  });

  it("places Musk's Thursday posts on 2025-01-02, cited by 003 only", () => {
    const timeline = buildTimeline(articles, datesOf(articles), { groups });
    const thursday = timeline.find((e) => e.date === '2025-01-02');
    expect(thursday?.text).toMatch(/on Thursday accused Prime Minister Keir Starmer/);
    expect(thursday?.sources).toEqual([seed(seeds, '003').article.id]);
  });

  it('keeps 002\'s "On Sunday" unresolved and cites Jay\'s November remark by every outlet writing it', () => {
    const timeline = buildTimeline(articles, datesOf(articles), { groups });
    const sunday = timeline.find(
      (e) => e.dateText === 'Sunday' && e.sources.includes(seed(seeds, '002').article.id),
    );
    expect(sunday).toMatchObject({ resolved: false, date: null });
    const november = timeline.find((e) => /frustrated/.test(e.text) && !e.resolved);
    expect(new Set(november?.sources)).toEqual(
      new Set(['000', '001', '002'].map((k) => seed(seeds, k).article.id)),
    );
  });

  it('every cited source carries the date expression in its sentence', () => {
    const dates = datesOf(articles);
    for (const event of buildTimeline(articles, dates, { groups })) {
      for (const source of event.sources) {
        expect(dates.get(source)!.length).toBeGreaterThan(0);
      }
    }
  });

  it('flags outlets that date the same statement differently', () => {
    const make = (id: string, published: string, text: string): CleanArticle =>
      cleanFromText(id, text, { published });
    const a = make(
      'a',
      '2025-01-03',
      'The minister resigned on Thursday after the grooming gangs row over the Oldham inquiry.',
    );
    const b = make(
      'b',
      '2025-01-03',
      'The minister resigned on Wednesday after the grooming gangs row over the Oldham inquiry.',
    );
    const timeline = buildTimeline([a, b], datesOf([a, b]));
    const thursday = timeline.find((e) => e.date === '2025-01-02');
    expect(thursday?.conflicting).toEqual([
      { date: '2025-01-01', dateText: 'Wednesday', sources: ['b'] },
    ]);
  });
});

describe('buildTimeline ranges', () => {
  const dated = (text: string) => cleanFromText('r', text, { published: '2025-01-03T00:00:00Z' });

  it('makes "between 2011 and 2014" one event from 2011 until 2014', () => {
    const clean = dated(
      'A 2022 report into safeguarding measures in Oldham between 2011 and 2014 found that children were failed.',
    );
    const timeline = buildTimeline([clean], datesOf([clean]));
    const range = timeline.find((e) => e.date === '2011');
    expect(range?.until).toBe('2014');
    expect(timeline.some((e) => e.date === '2014')).toBe(false);
    expect(timeline.find((e) => e.date === '2022')?.until).toBeUndefined();
  });

  it('reads "2010-2014" as a range but keeps "in 2009 and in 2022" as two events', () => {
    const clean = dated(
      'The inquiry covered convictions between 2010-2014 in several towns. Cases were dropped in 2009 and in 2022 the inquiry ended.',
    );
    const timeline = buildTimeline([clean], datesOf([clean]));
    expect(timeline.find((e) => e.date === '2010')?.until).toBe('2014');
    expect(timeline.find((e) => e.date === '2009')?.until).toBeUndefined();
    expect(timeline.some((e) => e.date === '2022')).toBe(true);
  });
});
