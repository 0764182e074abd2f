import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds } from '../../test/seeds.js';
import type { CleanArticle } from '../types.js';
import { storyTitle } from './story-title.js';

let articles: CleanArticle[];
beforeAll(async () => {
  articles = [...(await loadSeeds()).values()];
});

describe('storyTitle', () => {
  it('names a headline-less story by the lede closest to all its articles', () => {
    expect(articles.every((clean) => !clean.article.title)).toBe(true);
    const title = storyTitle(articles)!;
    const ledes = articles.map((clean) => clean.sentences[0]!.text);
    expect(ledes).toContain(title);
    // The seeds' story: Musk's attack on the handling of grooming gangs, not the Daily Mail's
    // off-angle "get off social media" lede, and not a summary sentence opening "On Friday".
    expect(title).toMatch(/grooming/);
    expect(title).toMatch(/Musk/);
    expect(title).not.toMatch(/^On \w+day/);
  });

  it('prefers the headline most central to the story over the first one', () => {
    const [a, b, c] = articles;
    const titled = [
      { ...a!, article: { ...a!.article, title: 'Ministers urge billionaire to take a break' } },
      {
        ...b!,
        article: { ...b!.article, title: 'Streeting: Musk grooming gangs attack misjudged' },
      },
      { ...c!, article: { ...c!.article, title: null } },
    ];
    expect(storyTitle(titled)).toBe('Streeting: Musk grooming gangs attack misjudged');
  });

  it('gives null when there is nothing to name the story by', () => {
    expect(storyTitle([])).toBeNull();
  });
});
