import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds } from '../../test/seeds.js';
import { analyseStory } from '../analyse/index.js';
import type { CleanArticle, StoryAnalysis } from '../types.js';
import { buildBrief } from './build-brief.js';

let articles: CleanArticle[];
let analysis: StoryAnalysis;
beforeAll(async () => {
  articles = [...(await loadSeeds()).values()];
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
