import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds, seed } from '../../test/seeds.js';
import type { CleanArticle, ReuseLink } from '../types.js';
import { findReuse, isMostlyReused, maskQuotations } from './passage-reuse.js';
import { cleanFromText } from '../clean/from-text.js';

let seeds: Map<string, CleanArticle>;
let links: ReuseLink[];
beforeAll(async () => {
  seeds = await loadSeeds();
  links = findReuse([...seeds.values()]);
});

const id = (prefix: string): string => seed(seeds, prefix).article.id;
const linkBetween = (x: string, y: string): ReuseLink | undefined =>
  links.find(
    (l) =>
      (l.articleId === id(x) && l.fromArticleId === id(y)) ||
      (l.articleId === id(y) && l.fromArticleId === id(x)),
  );
/** The text of the sentences a link's passages pair, as [reuser sentence, source sentence]. */
const passageTexts = (link: ReuseLink): [string, string][] =>
  link.passages.map((p) => [
    [...seeds.values()].find((c) => c.article.id === link.articleId)!.sentences[p.sentence]!.text,
    [...seeds.values()].find((c) => c.article.id === link.fromArticleId)!.sentences[p.fromSentence]!
      .text,
  ]);

describe('findReuse on the seeds', () => {
  it('finds the wire copy 000 and 004 share, including the 2010-2014 inquiry sentence', () => {
    const link = linkBetween('000', '004');
    expect(link).toBeDefined();
    const texts = passageTexts(link!).flat();
    expect(texts.filter((t) => /between 2010-2014/.test(t)).length).toBe(2);
    // Lightly edited copy: a clause added around a long verbatim run still counts.
    expect(texts.some((t) => /Oldham must follow in the footsteps/.test(t))).toBe(true);
  });

  it('finds the copy 001 and 002 share ("The decision was criticised by several senior Tories…")', () => {
    const link = linkBetween('001', '002');
    expect(link).toBeDefined();
    const pair = passageTexts(link!).find(([a]) => /criticised by several senior Tories/.test(a));
    expect(pair?.[1]).toMatch(/criticised by several senior Tories/);
  });

  it('does not link articles that only quote the same speaker', () => {
    expect(linkBetween('003', '004')).toBeUndefined();
    expect(linkBetween('000', '003')).toBeUndefined();
    expect(linkBetween('002', '003')).toBeUndefined();
  });

  it('reports shares consistent with the passages and no article mostly reused', () => {
    for (const link of links) {
      const copy = [...seeds.values()].find((c) => c.article.id === link.articleId)!;
      expect(link.share).toBeCloseTo(link.passages.length / copy.sentences.length, 2);
      expect(isMostlyReused(link)).toBe(false);
    }
  });
});

describe('reuse direction and threshold', () => {
  // One sentence a line, so each given sentence is one paragraph.
  const make = (id: string, published: string | null, sentences: string[]): CleanArticle =>
    cleanFromText(id, sentences.join('\n'), { published });
  const wire = [
    'The council approved the new housing plan for the northern district on a narrow vote late in the evening.',
    'Opposition members said the scheme would overload local schools and roads in the area for years to come.',
  ];

  it('points from the later article to the earlier one when both are dated', () => {
    const early = make('early', '2025-01-02', [
      ...wire,
      'A local reporter added some other lines about the weather today.',
    ]);
    const late = make('late', '2025-01-03', wire);
    const [link] = findReuse([early, late]);
    expect(link).toMatchObject({ articleId: 'late', fromArticleId: 'early', share: 1 });
    expect(isMostlyReused(link!)).toBe(true);
  });

  it('without dates, the article the shared copy explains more of is the reuser', () => {
    const long = make('long', null, [
      ...wire,
      'The mayor declined to comment on the vote when asked by reporters outside.',
    ]);
    const short = make('short', null, wire);
    expect(findReuse([short, long])[0]).toMatchObject({
      articleId: 'short',
      fromArticleId: 'long',
    });
  });
});

describe('maskQuotations', () => {
  it('blanks quotations, keeps apostrophes and offsets, and closes open quotes at paragraph ends', () => {
    const text = 'He said ‘it’s over’ and “done”.\n“Still open\nafter';
    const masked = maskQuotations(text);
    expect(masked.length).toBe(text.length);
    expect(masked).toBe(
      `He said ${' '.repeat(11)} and ${' '.repeat(6)}.\n${' '.repeat(11)}\nafter`,
    );
  });
});
