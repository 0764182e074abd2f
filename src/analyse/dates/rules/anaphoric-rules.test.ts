import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../tag-timexes.js';

const anchor = { year: 1998, month: 4, day: 18 };
const valueOf = (text: string, expression: string, withAnchor = true): string | null | undefined =>
  tagTimexes(text, { anchor: withAnchor ? anchor : null }).find((t) => t.text === expression)
    ?.value;

describe('anaphoric expressions', () => {
  it('count from the last date named, not the publish date', () => {
    const text = 'On May 22, 1995, Farkas was made a general, and the following year he moved.';
    expect(valueOf(text, 'the following year')).toBe('1996');
    expect(
      valueOf('He arrived on March 3, 1997. The next morning he left.', 'The next morning'),
    ).toBe('1997-03-04TMO');
    expect(
      valueOf('The vote was on Oct. 23, 1997. Earlier that day, aides met.', 'Earlier that day'),
    ).toBe('1997-10-23');
  });

  it('count "three days later" from the last date named, "two days ago" from the publish date', () => {
    const text =
      'The raid came on Jan. 5, 1996. Three days later he fled; two days ago he returned.';
    expect(valueOf(text, 'Three days later')).toBe('1996-01-08');
    expect(valueOf(text, 'two days ago')).toBe('1998-04-16');
  });

  it('read "the latest period" as the quarter under discussion, and nothing without one', () => {
    const text = 'Profit in the third quarter rose. Sales in the latest period were flat.';
    expect(valueOf(text, 'the latest period')).toBe('1997-Q3');
    expect(valueOf('Sales in the latest period were flat.', 'the latest period')).toBeUndefined();
  });

  it('fall back to the publish date when nothing was named', () => {
    expect(valueOf('Sales rose 5% for the year.', 'the year')).toBe('1998');
  });

  it('read "the year ended …" as a duration', () => {
    const tags = tagTimexes('Profit for the year ended Sept. 30 rose.', { anchor });
    expect(tags.find((t) => t.text === 'the year')).toMatchObject({
      type: 'DURATION',
      value: 'P1Y',
    });
  });

  it('leave "the day before <event>" to the event', () => {
    expect(valueOf('He was seen the day before the blast.', 'the day before')).toBeUndefined();
  });

  it('stay unresolved without an anchor', () => {
    expect(valueOf('The following day, talks resumed.', 'The following day', false)).toBeNull();
  });
});
