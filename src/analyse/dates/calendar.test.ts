import { describe, expect, it } from 'vitest';
import { addDays, formatWeek, isoWeek, parseAnchor, weekday } from './calendar.js';

describe('calendar', () => {
  it('reads the date part of an ISO publish date and nothing else', () => {
    expect(parseAnchor('2025-01-03')).toEqual({ year: 2025, month: 1, day: 3 });
    expect(parseAnchor('2025-01-03T23:30:00-05:00')).toEqual({ year: 2025, month: 1, day: 3 });
    expect(parseAnchor('Friday')).toBeNull();
    expect(parseAnchor(null)).toBeNull();
  });

  it('numbers ISO weeks across year ends', () => {
    expect(isoWeek({ year: 2025, month: 1, day: 3 })).toEqual({ year: 2025, week: 1 });
    expect(isoWeek({ year: 2024, month: 12, day: 30 })).toEqual({ year: 2025, week: 1 });
    expect(isoWeek({ year: 2021, month: 1, day: 3 })).toEqual({ year: 2020, week: 53 });
    expect(formatWeek({ year: 2024, month: 12, day: 27 })).toBe('2024-W52');
  });

  it('counts weekdays from Monday and crosses month ends', () => {
    expect(weekday({ year: 2025, month: 1, day: 3 })).toBe(4); // Friday
    expect(addDays({ year: 2025, month: 1, day: 3 }, -3)).toEqual({
      year: 2024,
      month: 12,
      day: 31,
    });
  });
});
