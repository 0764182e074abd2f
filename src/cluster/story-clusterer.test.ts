import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { StoryClusterer, storyId, type ClusterInput } from './story-clusterer.js';
import { readSeeds } from '../dedup/seeds.test-helper.js';
import { loadEcbPlus } from '../eval/clustering-data.js';

const DATA_DIR = process.env.STORYLINE_DATA ?? '../shared/data';
const hasEcb = existsSync(join(DATA_DIR, 'clustering', 'ecbplus.jsonl.gz'));

function seedInputs(): ClusterInput[] {
  return readSeeds().map((seed) => ({
    id: seed.id,
    title: null,
    text: seed.text,
    published: seed.published,
  }));
}

/** Two rehab check-ins (ECB+ topic 1): same words, different people: the over-merge trap. */
function rehabInputs(): { input: ClusterInput; gold: string }[] {
  return loadEcbPlus(DATA_DIR)
    .filter((article) => article.gold === '1_1' || article.gold === '1_2')
    .map((article) => ({
      input: { id: article.id, title: null, text: article.text, published: null },
      gold: article.gold,
    }));
}

describe('StoryClusterer', () => {
  it('puts the five seed articles (five outlets, one story) into one story', () => {
    const clusterer = new StoryClusterer();
    const stories = seedInputs().map((input) => clusterer.add(input).story);
    expect(new Set(stories).size).toBe(1);
    expect(stories[0]).toBe(storyId(seedInputs()[0]!.id));
  });

  it.skipIf(!hasEcb)(
    'keeps two similar but different events apart (Tara Reid vs Lindsay Lohan rehab)',
    () => {
      const clusterer = new StoryClusterer();
      const byGold = new Map<string, Set<string>>();
      for (const { input, gold } of rehabInputs()) {
        const story = clusterer.add(input).story;
        if (!byGold.has(gold)) byGold.set(gold, new Set());
        byGold.get(gold)!.add(story);
      }
      const reid = byGold.get('1_1')!;
      const lohan = byGold.get('1_2')!;
      expect([...reid].filter((story) => lohan.has(story))).toEqual([]);
    },
  );

  it('does not join a different story to the seeds', () => {
    const clusterer = new StoryClusterer();
    const seedStory = seedInputs().map((input) => clusterer.add(input).story)[0];
    const other = clusterer.add({
      id: 'quake',
      title: 'Magnitude 6.1 earthquake strikes off Aceh',
      text: 'A magnitude 6.1 earthquake struck off the coast of Aceh province in Indonesia on Tuesday, the geological agency said. There were no immediate reports of casualties or damage, and no tsunami warning was issued.',
      published: '2025-01-03',
    });
    expect(other.created).toBe(true);
    expect(other.story).not.toBe(seedStory);
  });

  it('returns the existing story when an article id is added again', () => {
    const clusterer = new StoryClusterer();
    const [first] = seedInputs();
    const story = clusterer.add(first!).story;
    expect(clusterer.add({ ...first!, text: 'anything else' })).toEqual({ story, created: false });
  });

  it.skipIf(!hasEcb)('resumes from a JSON snapshot exactly as if never stopped', () => {
    const inputs = [...seedInputs(), ...rehabInputs().map(({ input }) => input)];
    const straight = new StoryClusterer();
    const expected = inputs.map((input) => straight.add(input).story);

    const first = new StoryClusterer();
    const half = Math.floor(inputs.length / 2);
    inputs.slice(0, half).forEach((input) => first.add(input));
    const resumed = StoryClusterer.restore(JSON.parse(JSON.stringify(first.snapshot())));
    const after = inputs.slice(half).map((input) => resumed.add(input).story);
    expect(after).toEqual(expected.slice(half));
    // Replaying the first half returns the stories already given (merges may have moved them).
    const replay = inputs.slice(0, half).map((input) => resumed.add(input));
    expect(replay.every((result) => !result.created)).toBe(true);
  });

  it.skipIf(!hasEcb)(
    'reports every move: applying mergedFrom then moved reproduces the final stories',
    () => {
      // Three ECB+ topics interleaved (120+ articles), refining often so that moves happen.
      const articles = loadEcbPlus(DATA_DIR).filter((article) =>
        ['1', '3', '4'].includes(article.gold.split('_')[0]!),
      );
      const interleaved = articles
        .map((article, index) => ({ article, key: (index * 7919) % articles.length }))
        .sort((a, b) => a.key - b.key)
        .map(({ article }) => article);
      const clusterer = new StoryClusterer({ refineEvery: 5 });
      const labels = new Map<string, string>();
      let moves = 0;
      for (const article of interleaved) {
        const result = clusterer.add({
          id: article.id,
          title: null,
          text: article.text,
          published: null,
        });
        labels.set(article.id, result.story);
        for (const from of result.mergedFrom ?? [])
          for (const [id, story] of labels) if (story === from) labels.set(id, result.story);
        for (const move of result.moved ?? []) {
          expect(labels.get(move.id)).toBe(move.from);
          expect(move.id).not.toBe(article.id);
          labels.set(move.id, move.to);
          moves++;
        }
      }
      expect(moves).toBeGreaterThan(0);
      for (const [id, story] of labels) {
        expect(clusterer.add({ id, title: null, text: '', published: null }).story).toBe(story);
      }
    },
  );

  it.skipIf(!hasEcb)('forgets stories beyond the arrival window', () => {
    // One article from each of six ECB+ topics: six stories unless the window forgets some.
    const firstOfTopic = new Map<string, ClusterInput>();
    for (const article of loadEcbPlus(DATA_DIR)) {
      const topic = article.gold.split('_')[0]!;
      if (!firstOfTopic.has(topic))
        firstOfTopic.set(topic, {
          id: article.id,
          title: null,
          text: article.text,
          published: null,
        });
    }
    const inputs = [...firstOfTopic.values()].slice(0, 6);
    const unbounded = new StoryClusterer();
    inputs.forEach((input) => unbounded.add(input));
    expect(unbounded.storyCount).toBe(6);
    const bounded = new StoryClusterer({ windowArrivals: 2, evictEvery: 1 });
    inputs.forEach((input) => bounded.add(input));
    expect(bounded.storyCount).toBeLessThanOrEqual(2);
  });

  it.skipIf(!hasEcb)('reads a version 2 snapshot (no refresh bookkeeping) and carries on', () => {
    const inputs = [...seedInputs(), ...rehabInputs().map(({ input }) => input)];
    const first = new StoryClusterer({ refineEvery: 5 });
    const half = Math.floor(inputs.length / 2);
    const given = inputs.slice(0, half).map((input) => first.add(input).story);
    const rest = first.snapshot();
    const version2 = {
      version: 2 as const,
      arrivals: rest.arrivals,
      nextOrder: rest.nextOrder,
      latestTime: rest.latestTime,
      documentFrequencies: rest.documentFrequencies,
      stories: rest.stories.map(
        ({ id, order, members, centroid, indexTerms, firstTime, lastTime, lastArrival }) => ({
          id,
          order,
          members,
          centroid,
          indexTerms,
          firstTime,
          lastTime,
          lastArrival,
        }),
      ),
      recent: rest.recent!.map(({ id, raw, vector, weightedAt, arrival, time }) => ({
        id,
        raw,
        vector,
        weightedAt,
        arrival,
        time,
      })),
    };
    const resumed = StoryClusterer.restore(JSON.parse(JSON.stringify(version2)), {
      refineEvery: 5,
    });
    // Known articles keep the stories they were given (no refinement has run since).
    expect(inputs.slice(0, 3).map((input) => resumed.add(input).story)).toEqual(given.slice(0, 3));
    for (const input of inputs.slice(half)) expect(resumed.add(input).story).toMatch(/^st_/);
    expect(() => StoryClusterer.restore({ ...version2, version: 9 as never })).toThrow(
      /version 9.*versions 1 to 3/,
    );
  });

  it.skipIf(!hasEcb)('bounds its vocabulary: once-seen terms no story uses are forgotten', () => {
    const inputs = rehabInputs().map(({ input }) => input);
    const bounded = new StoryClusterer({ maxTerms: 200, windowArrivals: 5, evictEvery: 1 });
    const unbounded = new StoryClusterer();
    for (const input of inputs) {
      bounded.add(input);
      unbounded.add(input);
    }
    const size = (clusterer: StoryClusterer) =>
      clusterer.snapshot().documentFrequencies.terms.length;
    expect(size(unbounded)).toBeGreaterThan(1_000);
    expect(size(bounded)).toBeLessThan(size(unbounded) * 0.75);
    // Whatever was kept still restores and clusters: the seeds still make one story.
    const resumed = StoryClusterer.restore(JSON.parse(JSON.stringify(bounded.snapshot())), {
      maxTerms: 200,
    });
    expect(new Set(seedInputs().map((input) => resumed.add(input).story)).size).toBe(1);
  });
});
