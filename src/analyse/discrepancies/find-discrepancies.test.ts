import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds, seed } from '../../../test/seeds.js';
import { findReuse } from '../../dedup/passage-reuse.js';
import type { CleanArticle, Discrepancy } from '../../types.js';
import { alignSentences } from '../facts/align-sentences.js';
import { findDiscrepancies } from './find-discrepancies.js';
import { cleanFromText } from '../../clean/from-text.js';

let seeds: Map<string, CleanArticle>;
let discrepancies: Discrepancy[];
beforeAll(async () => {
  seeds = await loadSeeds();
  const articles = [...seeds.values()];
  discrepancies = findDiscrepancies(articles, alignSentences(articles, findReuse(articles)));
});

const ids = (...prefixes: string[]): string[] => prefixes.map((p) => seed(seeds, p).article.id);

const make = (id: string, text: string): CleanArticle => cleanFromText(id, text);
const between = (a: string, b: string): Discrepancy[] => {
  const articles = [make('a', a), make('b', b)];
  return findDiscrepancies(articles, alignSentences(articles, []));
};

describe('findDiscrepancies on the seeds', () => {
  it('finds Rotherham and Telford [000 001 004] vs Rochdale and Telford [002] as one discrepancy', () => {
    const towns = discrepancies.filter((d) =>
      d.variants.some((v) => /Rochdale and Telford/.test(v.text)),
    );
    expect(towns.length).toBe(1);
    const [discrepancy] = towns;
    expect(discrepancy!.kind).toBe('name');
    expect(discrepancy!.variants.map((v) => [v.text, [...v.sources].sort()])).toEqual([
      ['Rotherham and Telford', ids('000', '001', '004').sort()],
      ['Rochdale and Telford', ids('002')],
    ]);
    for (const variant of discrepancy!.variants) expect(variant.context).toContain(variant.text);
  });

  it('reports few discrepancies, none from shortened or reordered lists', () => {
    // Inspected: the seeds yield only the towns discrepancy.
    expect(discrepancies.length).toBeLessThanOrEqual(2);
    for (const d of discrepancies) {
      for (const v of d.variants) expect(v.text).not.toMatch(/Cornwall|Derbyshire|Bristol/);
    }
  });
});

describe('findDiscrepancies on constructed pairs', () => {
  it('flags a changed number with shared context', () => {
    const found = between(
      'An inquiry into abuse in Rotherham found 1,400 children had been sexually abused over a 16-year period.',
      'An inquiry into abuse in Rotherham found 1,500 children had been sexually abused over a 16-year period.',
    );
    expect(found.map((d) => [d.kind, d.variants.map((v) => v.text)])).toEqual([
      ['number', ['1,400 children', '1,500 children']],
    ]);
  });

  it('ignores a list that merely omits an item, and different people in unrelated sentences', () => {
    expect(
      between(
        'There were inquiries into abuse in Rotherham, Cornwall, Derbyshire, Rochdale and Bristol.',
        'There were inquiries into abuse in Rotherham, Cornwall, Derbyshire and Bristol.',
      ),
    ).toEqual([]);
    expect(
      between(
        'Andrew Gwynne told LBC that Musk should focus on American politics.',
        'Nigel Farage told the BBC that the public was angry about grooming gangs.',
      ),
    ).toEqual([]);
  });
});
