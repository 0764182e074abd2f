import { describe, expect, it } from 'vitest';
import { moveReference, referenceDate, referenceFromAnchor } from './reference-time.js';

describe('reference time', () => {
  const start = referenceFromAnchor({ year: 1998, month: 3, day: 5 });

  it('moves to each calendar value named', () => {
    const moved = moveReference(start, '1995-05-22');
    expect(moved).toEqual({ year: 1995, month: 5, day: 22 });
    expect(referenceDate(moved, 'day')).toEqual({ year: 1995, month: 5, day: 22 });
  });

  it('keeps finer fields only while the year agrees', () => {
    expect(moveReference(start, '1998')).toEqual({ year: 1998, month: 3, day: 5 });
    const other = moveReference(start, '1997');
    expect(other).toEqual({ year: 1997, month: null, day: null });
    expect(referenceDate(other, 'day')).toBeNull();
    expect(referenceDate(other, 'year')).toEqual({ year: 1997, month: 1, day: 1 });
  });

  it('ignores durations, weeks, quarters and vague values', () => {
    for (const value of ['P2Y', '1998-W10', '1998-Q1', 'PAST_REF', null]) {
      expect(moveReference(start, value)).toBe(start);
    }
  });

  it('takes the day of a clock time', () => {
    expect(moveReference(start, '1998-02-13T10:00')).toEqual({ year: 1998, month: 2, day: 13 });
  });
});
