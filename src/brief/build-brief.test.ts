import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds } from '../../test/seeds.js';
import { analyseStory } from '../analyse/index.js';
import type { CleanArticle, StoryAnalysis } from '../types.js';
import { buildBrief } from './build-brief.js';

let articles: CleanArticle[];
let analysis: StoryAnalysis;
const prefixOf = new Map<string, string>();
beforeAll(async () => {
  const seeds = await loadSeeds();
  for (const [prefix, clean] of seeds) prefixOf.set(clean.article.id, prefix);
  articles = [...seeds.values()];
  analysis = analyseStory(articles);
});

describe('buildBrief timeline labels', () => {
  it('labels resolved dates in a reader’s words and leaves unresolved ones unlabelled', () => {
    const entry = { text: 'x', sources: [articles[0]!.article.id] };
    const brief = buildBrief('st_test', articles, {
      ...analysis,
      timeline: [
        { ...entry, date: '201', dateText: 'the 2010s', resolved: true },
        { ...entry, date: '2011', until: '2014', dateText: '2011-2014', resolved: true },
        { ...entry, date: '2019-H1', dateText: 'early 2019', resolved: true },
        { ...entry, date: null, dateText: 'on Sunday', resolved: false },
      ],
    });
    expect(brief.timeline.map((t) => t.label)).toEqual([
      '2010s',
      '2011–2014',
      'first half of 2019',
      undefined,
    ]);
  });
});

describe('buildBrief coverage on the seeds', () => {
  it('shows shared copy both ways round, where reuse itself is directional', () => {
    const brief = buildBrief('st_test', articles, analysis);
    const prefix = (id: string): string => prefixOf.get(id)!;
    const shares = new Map(
      brief.coverage.map((row) => [prefix(row.articleId), row.sharesCopyWith!.map(prefix)]),
    );
    // 000 and 004 carry the same wire text; 001 and 002 the same "criticised by several
    // senior Tories" copy.
    expect(shares.get('000')).toContain('004');
    expect(shares.get('004')).toContain('000');
    expect(shares.get('001')).toContain('002');
    expect(shares.get('002')).toContain('001');
    for (const [article, others] of shares)
      for (const other of others) expect(shares.get(other)).toContain(article);
    // reusedFrom keeps one direction per pair.
    const directed = brief.coverage.flatMap((row) =>
      row.reusedFrom.map((from) => [row.articleId, from]),
    );
    for (const [copy, from] of directed)
      expect(directed.some(([a, b]) => a === from && b === copy)).toBe(false);
  });
});

describe('buildBrief title', () => {
  it('keeps the seeds’ whole headline and cuts only a longer one, at a word', () => {
    const brief = buildBrief('st_test', articles, analysis);
    expect(brief.story.title).toBe(
      'Elon Musk’s attacks on the UK Government’s handling of child grooming gangs are ' +
        '“misjudged and certainly misinformed”, Wes Streeting said',
    );
    const short = buildBrief('st_test', articles, analysis, [], { maxTitleChars: 60 });
    expect(short.story.title.endsWith('…')).toBe(true);
    expect(short.story.title.length).toBeLessThanOrEqual(61);
    expect(brief.story.title.startsWith(short.story.title.slice(0, -1))).toBe(true);
  });
});
