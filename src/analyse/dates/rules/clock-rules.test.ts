import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../tag-timexes.js';

/** Thursday 2 November 1989. */
const anchor = { year: 1989, month: 11, day: 2 };
const tags = (text: string): [string, string, string | null][] =>
  tagTimexes(text, { anchor }).map((t) => [t.text, t.type, t.value]);

describe('middles of the day', () => {
  it('read "mid-afternoon yesterday" and "midday" as parts of a day', () => {
    expect(tags('In London at mid-afternoon yesterday, Ratners shares were up 2 pence.')).toEqual([
      ['mid-afternoon yesterday', 'TIME', '1989-11-01TAF'],
    ]);
    expect(tags('He was to appear before a magistrate judge in Manhattan at midday.')).toEqual([
      ['midday', 'TIME', '1989-11-02T12:00'],
    ]);
  });

  it('stay open without an anchor', () => {
    expect(tagTimexes('By mid afternoon, sources said so.').map((t) => t.value)).toEqual([null]);
  });
});
