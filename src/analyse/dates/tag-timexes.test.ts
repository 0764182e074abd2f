import { describe, expect, it } from 'vitest';
import { tagTimexes } from './tag-timexes.js';

/** Friday 3 January 2025, the publish date of seed 003. */
const anchor = { year: 2025, month: 1, day: 3 };
const values = (text: string, withAnchor = true): [string, string | null][] =>
  tagTimexes(text, { anchor: withAnchor ? anchor : null }).map((t) => [t.text, t.value]);

describe('tagTimexes', () => {
  it('resolves relative expressions against the anchor', () => {
    expect(values('He spoke on Thursday.')).toEqual([['Thursday', '2025-01-02']]);
    expect(values('She said in November she was frustrated.')).toEqual([['November', '2024-11']]);
    expect(values('The two men met last month.')).toEqual([['last month', '2024-12']]);
    expect(values('He posted this morning.')).toEqual([['this morning', '2025-01-03TMO']]);
    expect(values('As she said yesterday, it is late.')).toEqual([['yesterday', '2025-01-02']]);
    expect(values('It happened last week, not this week.')).toEqual([
      ['last week', '2024-W52'],
      ['this week', '2025-W01'],
    ]);
    expect(values('In November last year, Jay spoke.')).toEqual([
      ['November last year', '2024-11'],
    ]);
  });

  it('looks forward when the clause speaks of the future', () => {
    expect(values('The minister will meet him on Tuesday.')).toEqual([['Tuesday', '2025-01-07']]);
    expect(values('Results are due to be published in March.')).toEqual([['March', '2025-03']]);
  });

  it('resolves absolute dates without an anchor and leaves relative ones open', () => {
    expect(values('The inquiry concluded in 2022 and ran 2010-2014.', false)).toEqual([
      ['2022', '2022'],
      ['2010', '2010'],
      ['2014', '2014'],
    ]);
    expect(values('Labour won in July 2024, on 4 July 2024.', false)).toEqual([
      ['July 2024', '2024-07'],
      ['4 July 2024', '2024-07-04'],
    ]);
    expect(values('He spoke on Friday, in November.', false)).toEqual([
      ['Friday', null],
      ['November', null],
    ]);
  });

  it('types durations, sets and vague references the TimeML way', () => {
    const tags = tagTimexes(
      'For the past two years, twice daily, he has currently spent 16-hour days.',
      { anchor },
    );
    expect(tags.map((t) => [t.text, t.type, t.value])).toEqual([
      ['the past two years', 'DURATION', 'P2Y'],
      ['daily', 'SET', 'P1D'],
      ['currently', 'DATE', 'PRESENT_REF'],
      ['16-hour', 'DURATION', 'PT16H'],
    ]);
  });

  it('does not take the verb "may", counts of people or newspaper titles for dates', () => {
    expect(values('He may resign; 2000 people marched; the Mail on Sunday said so.')).toEqual([]);
  });

  it('gives spans that point at the expression', () => {
    const text = 'The US technology billionaire on Thursday accused Starmer.';
    for (const tag of tagTimexes(text, { anchor }))
      expect(text.slice(tag.span[0], tag.span[1])).toBe(tag.text);
  });
});
