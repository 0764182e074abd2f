import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pairRedundancy } from './summaries.js';

describe('pairRedundancy', () => {
  it('flags two wordings of one statement and passes distinct statements', () => {
    const guardian =
      'Elon Musk’s attacks on the UK Government’s handling of child grooming gangs are “misjudged and certainly misinformed”, Wes Streeting said.';
    const independent =
      'Elon Musk’s attack on the government’s handling of grooming gangs is “misjudged and certainly misinformed”, Health Secretary Wes Streeting has said.';
    const badenoch =
      'Tory leader Kemi Badenoch has called for a full national public inquiry into what she called the rape gang scandal.';
    expect(pairRedundancy([guardian, independent]).over).toBe(1);
    const distinct = pairRedundancy([guardian, badenoch]);
    expect(distinct.over).toBe(0);
    expect(distinct.max).toBeLessThan(0.5);
  });
});

describe('evalSummaries diagnostics', () => {
  it('splits the scored records into two halves whose scores average to the whole', async () => {
    const { evalSummaries } = await import('./summaries.js');
    const dataDir = resolve(process.env.STORYLINE_DATA ?? '../shared/data');
    const report = await evalSummaries({ dataDir, limit: 6 });
    const { first, second } = report.halves;
    expect(first.stories + second.stories).toBe(report.stories);
    for (const system of ['storyline', 'lexrank'] as const) {
      const mean =
        (first[system] * first.stories + second[system] * second.stories) / report.stories;
      expect(mean).toBeCloseTo(report.systems[system].rouge1, 1);
    }
    // NeuS lists its val records first: the concept model never trained on these.
    expect(Object.keys(report.splits)).toEqual(['val']);
    expect(report.splits.val!.stories).toBe(report.stories);
    expect(report.splits.val!.storyline).toBeCloseTo(report.systems.storyline.rouge1, 1);
    expect(report.citations.compressedSentences).toBeGreaterThanOrEqual(0);
    expect(report.citations.compressedSentences).toBeLessThanOrEqual(1);
  }, 60_000);
});
