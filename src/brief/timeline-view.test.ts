import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../types.js';
import { timelineView, unanchoredLead } from './timeline-view.js';

// Real seed sentences: 003 is dated (2025-01-03), 001 and 002 carry no publish date.
const timeline: TimelineEntry[] = [
  {
    date: '2025-01-03',
    dateText: 'Friday',
    resolved: true,
    text: 'On Friday, British Health Secretary Wes Streeting said Musk’s views were “misjudged and certainly misinformed”.',
    sources: ['003'],
  },
  {
    date: null,
    dateText: 'Friday',
    resolved: false,
    text: 'While visiting a care home in Carlisle on Friday, Streeting said Labour was getting “on with the job”.',
    sources: ['001'],
  },
  {
    date: null,
    dateText: 'Sunday',
    resolved: false,
    text: 'On Sunday with Laura Kuenssberg, Streeting said: “It is a disgraceful smear of a great woman.”',
    sources: ['002'],
  },
  {
    date: null,
    dateText: 'friday',
    resolved: false,
    text: 'Earlier on Friday, health minister Andrew Gwynne suggested Musk “ought to focus” on US politics.',
    sources: ['001', '000'],
  },
];

describe('timelineView', () => {
  it('keeps dated entries apart from the relative mentions no publish date anchors', () => {
    const view = timelineView(timeline);
    expect(view.anchored.map((e) => e.date)).toEqual(['2025-01-03']);
    expect(view.unanchored).toHaveLength(3);
    // The undated articles' "Friday" is never given 003's date.
    expect(view.unanchored.every((e) => e.date === null)).toBe(true);
  });

  it('groups unanchored mentions by expression, case-insensitively, in order of appearance', () => {
    expect(timelineView(timeline).relative).toEqual([
      { dateText: 'Friday', sources: ['001', '000'], entries: 2 },
      { dateText: 'Sunday', sources: ['002'], entries: 1 },
    ]);
  });

  it('treats a resolved entry without a date as unanchored', () => {
    const odd: TimelineEntry = { ...timeline[0]!, date: null };
    expect(timelineView([odd]).unanchored).toEqual([odd]);
  });

  it('words the folded line for one and for several mentions', () => {
    expect(unanchoredLead(1)).toMatch(/^1 mention with a relative date we could not anchor/);
    expect(unanchoredLead(16)).toMatch(/^16 mentions with a relative date/);
  });
});
