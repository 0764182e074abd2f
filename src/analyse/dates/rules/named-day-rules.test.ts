import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../tag-timexes.js';

const tags = (text: string, anchor: { year: number; month: number; day: number }) =>
  tagTimexes(text, { anchor }).map((t) => [t.text, t.value]);

describe('weekdays counted from the last day named', () => {
  it('read "the previous Friday" back from the Friday just named, not from the publish date', () => {
    // Monday 30 October 1989.
    const text =
      'The index fell 5.39 on Friday. It closed at 2082.1, down 4.5% from the previous Friday.';
    expect(tags(text, { year: 1989, month: 10, day: 30 })).toEqual([
      ['Friday', '1989-10-27'],
      ['the previous Friday', '1989-10-20'],
    ]);
  });

  it('read "the following Monday" forward from the date named', () => {
    expect(
      tags('He left on Oct. 3, 1989, and came back the following Monday.', {
        year: 1998,
        month: 1,
        day: 1,
      }),
    ).toEqual([
      ['Oct. 3, 1989', '1989-10-03'],
      ['the following Monday', '1989-10-09'],
    ]);
  });
});

describe('deadlines', () => {
  it('put "until Tuesday" ahead of a report written in the past tense', () => {
    // Thursday 30 March 2000.
    expect(
      tags('Immigration officials postponed until Tuesday any action on the boy.', {
        year: 2000,
        month: 3,
        day: 30,
      }),
    ).toEqual([['Tuesday', '2000-04-04']]);
  });

  it('leave pluperfect deadlines in the past', () => {
    // Thursday 16 August 1990.
    expect(
      tags('Thirty-two members had filed compliance reports by Wednesday.', {
        year: 1990,
        month: 8,
        day: 16,
      }),
    ).toEqual([['Wednesday', '1990-08-15']]);
  });

  it('keep a deadline a day gone in its own year', () => {
    expect(
      tags('The INS ruled that he must be returned to his father by Jan. 14.', {
        year: 2000,
        month: 1,
        day: 15,
      }),
    ).toEqual([['Jan. 14', '2000-01-14']]);
  });
});
