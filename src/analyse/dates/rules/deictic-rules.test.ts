import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../tag-timexes.js';

/** Thursday 2 November 1989. */
const anchor = { year: 1989, month: 11, day: 2 };
const tags = (text: string): [string, string | null][] =>
  tagTimexes(text, { anchor }).map((t) => [t.text, t.value]);

describe('year-end', () => {
  it('is the end of the publish year, or of the year before after "since"', () => {
    expect(tags('It expects to complete the transaction by year-end.')).toEqual([
      ['year-end', '1989'],
    ]);
    expect(tags('The percentage change is since year-end.')).toEqual([['year-end', '1988']]);
    expect(tags("Rules that should be in place by year's end.")).toEqual([["year's end", '1989']]);
  });

  it('is not tagged as an adjective', () => {
    expect(
      tags('Year-end net was below the level of the year before.').map((t) => t[0]),
    ).not.toContain('Year-end');
  });
});
