import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds } from '../../test/seeds.js';
import { analyseStory } from '../analyse/index.js';
import type { CleanArticle, StoryAnalysis, TimelineEntry } from '../types.js';
import { buildBrief } from './build-brief.js';
import { renderMarkdown } from './render-markdown.js';
import { datePrecision, foldSentenceDates } from './timeline-dates.js';
import { timelineView } from './timeline-view.js';

const OLDHAM =
  'A 2022 report into safeguarding measures in Oldham between 2011 and 2014 found that children were failed by local agencies.';
const entry = (date: string, text: string, extra: Partial<TimelineEntry> = {}): TimelineEntry => ({
  date,
  dateText: date,
  resolved: true,
  text,
  sources: ['a'],
  ...extra,
});

describe('datePrecision', () => {
  it('ranks a day over a month over a season over a year over a range over a decade', () => {
    const order = [
      datePrecision('2025-01-02'),
      datePrecision('2024-07'),
      datePrecision('2024-SU'),
      datePrecision('2022'),
      datePrecision('2011', '2014'),
      datePrecision('201'),
    ];
    expect([...order].sort((a, b) => b - a)).toEqual(order);
    expect(new Set(order).size).toBe(order.length);
  });
});

describe('foldSentenceDates', () => {
  it('keeps a two-date sentence under its more precise date and names the other', () => {
    const folded = foldSentenceDates([
      entry('2011', OLDHAM, { until: '2014', label: '2011–2014' }),
      entry('2022', OLDHAM, { label: '2022' }),
      entry('2022', 'The inquiry published its final report in 2022.', { label: '2022' }),
    ]);
    expect(folded[0]!.alsoUnder).toBe('2022');
    expect(folded[1]!.alsoDated).toEqual(['2011–2014']);
    expect(folded[2]!.alsoDated).toBeUndefined();
    expect(folded[2]!.alsoUnder).toBeUndefined();
    expect(timelineView(folded).anchored.map((e) => e.date)).toEqual(['2022', '2022']);
  });

  it('leaves unresolved entries and single-date sentences alone', () => {
    const timeline = [
      entry('2025-01-03', 'On Friday, Streeting said …', { label: '3 January 2025' }),
      { ...entry('x', 'On Sunday he said …'), date: null, resolved: false },
      { ...entry('x', 'On Sunday he said …'), date: null, resolved: false, dateText: 'today' },
    ];
    const folded = foldSentenceDates(timeline);
    expect(folded).toEqual(timeline);
    expect(folded[0]).not.toBe(timeline[0]);
  });
});

describe('the seeds’ timeline shows each sentence once', () => {
  let articles: CleanArticle[];
  let analysis: StoryAnalysis;
  beforeAll(async () => {
    articles = [...(await loadSeeds()).values()];
    analysis = analyseStory(articles);
  });

  it('lists the Oldham report under 2022 only, and Thursday’s accusation under its day', () => {
    const brief = buildBrief('st_test', articles, analysis, [], { now: () => new Date(0) });
    expect(brief.timeline.length).toBe(analysis.timeline.length);
    const markdown = renderMarkdown(brief);
    const section = markdown.slice(markdown.indexOf('**Timeline**'));
    const lines = section.split('\n').filter((line) => line.startsWith('- '));
    const oldham = lines.filter((line) => line.includes('safeguarding measures in Oldham'));
    expect(oldham).toHaveLength(1);
    expect(oldham[0]).toMatch(/^- 2022 — .*\(also dated 2011–2014\)$/);
    const accused = lines.filter((line) => line.includes('accused Prime Minister Keir Starmer'));
    expect(accused).toHaveLength(1);
    expect(accused[0]).toMatch(/^- 2025-01-02 — .*\(also dated 2010s\)$/);
  });
});
