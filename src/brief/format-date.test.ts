import { describe, expect, it } from 'vitest';
import { formatTimelineDate, formatTimexValue } from './format-date.js';

describe('formatTimexValue', () => {
  it('says decades, centuries, seasons, quarters, halves and weeks as readers do', () => {
    expect(formatTimexValue('201')).toBe('2010s');
    expect(formatTimexValue('19')).toBe('20th century');
    expect(formatTimexValue('20')).toBe('21st century');
    expect(formatTimexValue('2024-SU')).toBe('summer 2024');
    expect(formatTimexValue('1990-Q3')).toBe('Q3 1990');
    expect(formatTimexValue('1989-H2')).toBe('second half of 1989');
    expect(formatTimexValue('2025-W01')).toBe('week 1 of 2025');
    expect(formatTimexValue('2025-W01-WE')).toBe('weekend of week 1, 2025');
    expect(formatTimexValue('2025-01-02')).toBe('2025-01-02');
  });

  it('joins the two ends of a range', () => {
    expect(formatTimelineDate('2011', '2014')).toBe('2011–2014');
    expect(formatTimelineDate('2011')).toBe('2011');
  });
});
