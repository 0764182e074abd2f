import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds, seed } from '../../../test/seeds.js';
import { supports } from './citation-support.js';
import { findReuse } from '../../dedup/passage-reuse.js';
import type { AlignedGroup, CleanArticle, SentenceRef } from '../../types.js';
import { contentTerms } from '../../util/tokens.js';
import { alignSentences } from './align-sentences.js';
import { factsFromGroups } from './facts-from-groups.js';

let seeds: Map<string, CleanArticle>;
let articles: CleanArticle[];
let groups: AlignedGroup[];
beforeAll(async () => {
  seeds = await loadSeeds();
  articles = [...seeds.values()];
  groups = alignSentences(articles, findReuse(articles));
});

const ref = (prefix: string, sentence: number): SentenceRef => ({
  articleId: seed(seeds, prefix).article.id,
  sentence,
});
const textOf = (r: SentenceRef): string =>
  articles.find((c) => c.article.id === r.articleId)!.sentences[r.sentence]!.text;
const groupOf = (r: SentenceRef): AlignedGroup =>
  groups.find((g) =>
    g.members.some((m) => m.articleId === r.articleId && m.sentence === r.sentence),
  )!;

describe('alignSentences on the seeds', () => {
  it('puts every sentence of every article in exactly one group', () => {
    const seen = new Map<string, number>();
    for (const group of groups)
      for (const m of group.members)
        seen.set(
          `${m.articleId}#${m.sentence}`,
          (seen.get(`${m.articleId}#${m.sentence}`) ?? 0) + 1,
        );
    const total = articles.reduce((sum, c) => sum + c.sentences.length, 0);
    expect(seen.size).toBe(total);
    expect([...seen.values()].every((count) => count === 1)).toBe(true);
  });

  it('groups the Streeting "misjudged and certainly misinformed" leads of 000, 001 and 003', () => {
    expect(textOf(ref('003', 3))).toMatch(/misjudged and certainly misinformed/);
    const group = groupOf(ref('000', 0));
    expect(group.members).toContainEqual(ref('001', 0));
    expect(group.members).toContainEqual(ref('003', 3));
    expect(group.independentSources).toBe(3);
  });

  it('never joins statements that do not share the stated content (spot checks)', () => {
    // Same frame, different claims: "misjudged…" (001) vs "disgraceful smear" (002).
    expect(groupOf(ref('001', 0)).members).not.toContainEqual(ref('002', 0));
    // Streeting's "incredibly seriously" vs Starmer's "utterly sickening".
    expect(groupOf(ref('000', 6)).members).not.toContainEqual(ref('004', 5));
    // Gwynne's LBC remark vs Farage's BBC remark.
    expect(groupOf(ref('000', 10)).members).not.toContainEqual(ref('001', 17));
  });

  it('every pair inside a group shares distinctive content words (citation precision)', () => {
    for (const group of groups.filter((g) => g.sources.length > 1)) {
      for (const x of group.members) {
        for (const y of group.members) {
          if (x === y) continue;
          const shared = contentTerms(textOf(x)).filter((t) =>
            new Set(contentTerms(textOf(y))).has(t),
          );
          expect(new Set(shared).size, `${textOf(x)}\n${textOf(y)}`).toBeGreaterThanOrEqual(4);
        }
      }
      expect(new Set(group.members.map((m) => m.articleId)).size).toBe(group.members.length);
    }
  });

  it('counts shared wire copy once and sorts by independent sources', () => {
    const inquiry = groupOf(ref('000', 14));
    expect(inquiry.members).toContainEqual(ref('004', 54));
    expect(inquiry.independentSources).toBe(1);
    for (let i = 1; i < groups.length; i++) {
      expect(groups[i - 1]!.independentSources).toBeGreaterThanOrEqual(
        groups[i]!.independentSources,
      );
    }
    expect(alignSentences(articles, findReuse(articles), { independence: 'article' }).length).toBe(
      groups.length,
    );
  });
});

describe('factsFromGroups', () => {
  it('yields facts worded by a member sentence, at most one per multi-source group', () => {
    const facts = factsFromGroups(groups, articles);
    const multi = groups.filter((g) => g.sources.length >= 2).length;
    expect(facts.length).toBeGreaterThan(0);
    expect(facts.length).toBeLessThanOrEqual(multi);
    const allSentences = new Set(articles.flatMap((c) => c.sentences.map((s) => s.text)));
    for (const fact of facts) {
      expect(allSentences.has(fact.text)).toBe(true);
      expect(fact.sources.length).toBeGreaterThanOrEqual(2);
    }
    expect(facts[0]!.independentSources).toBe(3);
  });

  it('cites only outlets whose own wording carries the fact (citation precision)', () => {
    const byId = new Map(articles.map((c) => [c.article.id, c]));
    for (const fact of factsFromGroups(groups, articles)) {
      for (const id of fact.sources) {
        const clean = byId.get(id)!;
        const carried = clean.sentences.some((_, i) => supports(clean, i, fact.text));
        expect(carried, `${id} does not carry: ${fact.text}`).toBe(true);
      }
    }
  });

  it('drops an outlet whose aligned sentence is a loose paraphrase of the fact', () => {
    // A group as alignment may form it: the same event, worded too differently for the third
    // outlet to be a source for the first outlet's wording.
    const [a, b, c] = articles;
    const lines = [
      'The health secretary said the attacks were misjudged and misinformed.',
      'The health secretary said the attacks were misjudged and misinformed.',
      'A minister pushed back on Tuesday.',
    ];
    const fake = [a!, b!, c!].map((clean, i) => ({
      ...clean,
      sentences: [{ ...clean.sentences[0]!, text: lines[i]! }],
    }));
    const group: AlignedGroup = {
      members: fake.map((clean) => ({ articleId: clean.article.id, sentence: 0 })),
      sources: fake.map((clean) => clean.article.id),
      independentSources: 3,
    };
    const [fact] = factsFromGroups([group], fake);
    expect(fact!.text).toBe(lines[0]);
    expect(fact!.sources).toEqual([a!.article.id, b!.article.id]);
    expect(fact!.independentSources).toBe(2);
  });
});
