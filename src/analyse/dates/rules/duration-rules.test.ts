import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../tag-timexes.js';

const durations = (text: string): [string, string | null][] =>
  tagTimexes(text, { anchor: { year: 1998, month: 8, day: 17 } })
    .filter((t) => t.type === 'DURATION')
    .map((t) => [t.text, t.value]);

describe('durations with fractions', () => {
  it('write halves in the next smaller unit, as TimeML does', () => {
    expect(durations('They lived in U.N.-run refugee camps for 2 1/2 years.')).toEqual([
      ['2 1/2 years', 'P2Y6M'],
    ]);
    expect(durations('She spends about 5 1/2 hours in Nairobi, Kenya.')).toEqual([
      ['about 5 1/2 hours', 'PT5H30M'],
    ]);
    expect(durations('But a minute and a half later, a pilot called.')).toEqual([
      ['a minute and a half', 'PT1M30S'],
    ]);
    expect(durations('The talks lasted half a day.')).toEqual([['half a day', 'PT12H']]);
  });

  it('do not read prices quoted in fractions as durations', () => {
    expect(durations('McCaw, which dropped 2 1/2 to 37 3/4, has offered $125 a share.')).toEqual(
      [],
    );
  });
});

describe('quarters that are shares', () => {
  it('leave "three-quarters of its food" alone but keep "several quarters of losses"', () => {
    expect(durations('Iraq imports about three-quarters of its foodstuffs.')).toEqual([]);
    expect(durations('Funds account for more than a quarter of the entire market.')).toEqual([]);
    expect(
      durations('It recently achieved profitability after several quarters of losses.'),
    ).toEqual([['several quarters', 'PXQ']]);
  });
});

describe('durations as compound adjectives and with "more"', () => {
  it('read "decades-long" and "day-long" as durations', () => {
    expect(durations("A symbol of the government's decades-long ideological battle.")).toEqual([
      ['decades-long', 'PXY'],
    ]);
    expect(durations('Lawyers emerged from their third day-long meeting.')).toEqual([
      ['day-long', 'P1D'],
    ]);
  });

  it('count "two more weeks" and "an additional year"', () => {
    expect(durations('He will remain in the United States for at least two more weeks.')).toEqual([
      ['at least two more weeks', 'P2W'],
    ]);
    expect(durations('The loan may be extended for an additional year.')).toEqual([
      ['an additional year', 'P1Y'],
    ]);
  });
});

describe('"the past year" and its kin', () => {
  const tags = (text: string): [string, string, string | null][] =>
    tagTimexes(text, { anchor: { year: 1998, month: 3, day: 3 } }).map((t) => [
      t.text,
      t.type,
      t.value,
    ]);

  it('name the calendar year or decade when no quantity is given', () => {
    expect(tags('Hate groups grew in the United States over the past year.')).toEqual([
      ['the past year', 'DATE', '1997'],
    ]);
    expect(tags('Workers lost earning power to inflation in the last decade.')).toEqual([
      ['the last decade', 'DATE', '198'],
    ]);
  });

  it('stay stretches of time with a quantity, a plural or a shorter unit', () => {
    expect(tags('Prices rose over the past two years.')).toEqual([
      ['the past two years', 'DURATION', 'P2Y'],
    ]);
    expect(tags('They agreed to buy NATO equipment in the coming years.')).toEqual([
      ['the coming years', 'DURATION', 'PXY'],
    ]);
    expect(tags('He has been in Bethesda for the past week.')).toEqual([
      ['the past week', 'DURATION', 'P1W'],
    ]);
  });
});
