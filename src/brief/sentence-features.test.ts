import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds, seed } from '../../test/seeds.js';
import { cleanFromText } from '../clean/from-text.js';
import type { CleanArticle } from '../types.js';
import { contentTerms, termCounts } from '../util/tokens.js';
import { cosine } from '../util/vector.js';
import { type SentenceFeatures, sentenceFeatures, sentenceKey } from './sentence-features.js';

let seeds: Map<string, CleanArticle>;
let features: Map<string, SentenceFeatures>;
beforeAll(async () => {
  seeds = await loadSeeds();
  features = sentenceFeatures([...seeds.values()]);
});
const at = (prefix: string, index: number): SentenceFeatures =>
  features.get(sentenceKey(seed(seeds, prefix).article.id, index))!;

describe('sentenceFeatures on the seeds', () => {
  it('scores the lead every outlet reports above a single-outlet aside', () => {
    // 000#0: Streeting calls Musk's attacks "misjudged…", told by four outlets.
    // 001#18: "The two men met at Trump's Florida retreat last month." (001 only)
    expect(at('000', 0).support).toBeGreaterThan(0.75);
    expect(at('001', 18).support).toBeLessThan(0.3);
    expect(at('000', 0).centrality).toBeGreaterThan(at('001', 18).centrality);
  });

  it('computes centrality as the naive leave-one-out cosine does', () => {
    const all = [...seeds.values()];
    const story = termCounts(all.flatMap((a) => a.sentences.flatMap((s) => contentTerms(s.text))));
    for (const clean of all) {
      clean.sentences.forEach((sentence, index) => {
        const counts = termCounts(contentTerms(sentence.text));
        const rest = new Map(story);
        for (const [term, count] of counts) rest.set(term, rest.get(term)! - count);
        expect(features.get(sentenceKey(clean.article.id, index))!.centrality).toBeCloseTo(
          cosine(counts, rest),
          9,
        );
      });
    }
  });

  it('flags the first-person voice of quotes', () => {
    expect(at('001', 8).firstPerson).toBe(true); // “If he wants to work with us, …”
    expect(at('000', 0).firstPerson).toBe(false);
  });
});

describe('sentenceFeatures', () => {
  it('counts headline terms, and gives a lone article no cross-outlet support', () => {
    const article = cleanFromText(
      'a',
      'North Korea threatened to test a hydrogen bomb over the Pacific. Markets were calm.',
    );
    article.article.title = 'North Korea threatens hydrogen bomb test';
    const lone = sentenceFeatures([article]);
    expect(lone.get(sentenceKey('a', 0))!.titleOverlap).toBeGreaterThan(1);
    expect(lone.get(sentenceKey('a', 1))!.titleOverlap).toBe(0);
    expect(lone.get(sentenceKey('a', 0))!.support).toBe(0);
  });
});
