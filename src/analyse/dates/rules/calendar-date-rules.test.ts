import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../tag-timexes.js';

const tags = (
  text: string,
  anchor = { year: 1998, month: 2, day: 27 },
): [string, string | null][] => tagTimexes(text, { anchor }).map((t) => [t.text, t.value]);

describe('spelled years in transcripts', () => {
  it('join the month or season they follow', () => {
    expect(tags('One person is killed. January nineteen ninety-seven. Atlanta again.')).toEqual([
      ['January nineteen ninety-seven', '1997-01'],
    ]);
    expect(
      tags('That thirteen dollar level we saw in the winter of nineteen ninety-four.'),
    ).toEqual([['the winter of nineteen ninety-four', '1994-WI']]);
    expect(tags('In nineteen ninety-one Charles Keating was convicted.')).toEqual([
      ['nineteen ninety-one', '1991'],
    ]);
  });
});

describe('decades named without their century', () => {
  it('take the century from the anchor', () => {
    expect(tags('Hate group numbers were dropping through the nineties.')).toEqual([
      ['the nineties', '199'],
    ]);
    expect(
      tags("The trend that has characterized the late '80s.", { year: 1989, month: 10, day: 26 }),
    ).toEqual([["the late '80s", '198']]);
    // Written in 1989, "the nineties" is the coming decade, not the 1890s.
    expect(tags('Growth will slow in the nineties.', { year: 1989, month: 10, day: 26 })).toEqual([
      ['the nineties', '199'],
    ]);
  });

  it('leave bare "the 80s" (temperatures, ages) alone and stay open without an anchor', () => {
    expect(tags('Highs will be in the 80s.')).toEqual([]);
    expect(tagTimexes('Through the nineties, it grew.').map((t) => t.value)).toEqual([null]);
  });
});

describe('weeks named by a day', () => {
  it('give the ISO week of "the week of March 6"', () => {
    expect(
      tags('It may be resolved in a court hearing the week of March 6, Manuel said.', {
        year: 2000,
        month: 2,
        day: 24,
      }),
    ).toEqual([['the week of March 6', '2000-W10']]);
  });
});

describe('periods that ended', () => {
  it('put the closing day of "the fiscal year ended Jan. 31" in the past', () => {
    expect(
      tags('In the fiscal year ended Jan. 31, the company reported sales of $59.5 million.', {
        year: 1989,
        month: 10,
        day: 31,
      }),
    ).toEqual([
      ['the fiscal year', 'P1Y'],
      ['Jan. 31', '1989-01-31'],
    ]);
  });
});

describe('centuries', () => {
  it('write "the 20th century" as its first two digits', () => {
    expect(tags('Angkor Wat, the fabled 11th century temple, draws tourists.')).toEqual([
      ['11th century', '10'],
    ]);
    expect(tags('One of the most significant events in the 20th century.')).toEqual([
      ['the 20th century', '19'],
    ]);
  });
});
