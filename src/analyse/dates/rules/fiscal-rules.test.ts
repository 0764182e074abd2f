import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../tag-timexes.js';

/** Thursday 26 October 1989, a results-season date of the Wall Street Journal. */
const anchor = { year: 1989, month: 10, day: 26 };
const tags = (text: string): [string, string | null][] =>
  tagTimexes(text, { anchor }).map((t) => [t.text, t.value]);

describe('fiscal halves and quarters', () => {
  it('read "the last half" and "the first two quarters" of a year as halves', () => {
    expect(tags('It will mean lower earnings for the last half of 1989.')).toEqual([
      ['the last half of 1989', '1989-H2'],
    ]);
    expect(tags('Demand should hold through at least the first two quarters of 1990.')).toEqual([
      ['the first two quarters of 1990', '1990-H1'],
    ]);
  });

  it('take the year of a quarter from "next year\'s" and "year-ago"', () => {
    expect(tags("The spin-off could be effective as early as next year's first quarter.")).toEqual([
      ["next year's first quarter", '1990-Q1'],
    ]);
    expect(tags('National Intergroup in the year-ago third quarter earned $22.5 million.')).toEqual(
      [['the year-ago third quarter', '1988-Q3']],
    );
  });
});

describe('quarters compared across years', () => {
  it('read "last year\'s quarter" as the quarter in discussion a year back, and keep it', () => {
    const text =
      "Net fell in the third quarter. U.K. sales for last year's quarter were $3 million. " +
      "This quarter's loss includes charges.";
    expect(tags(text)).toEqual([
      ['the third quarter', '1989-Q3'],
      ["last year's quarter", '1988-Q3'],
      ['This quarter', '1989-Q3'],
    ]);
  });

  it('read "the current fiscal year" as the year of the publish date', () => {
    expect(tags('It expects sales in the current fiscal year to rise.')).toEqual([
      ['the current fiscal year', '1989'],
    ]);
  });
});
