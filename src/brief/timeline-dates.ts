/**
 * One sentence, one timeline line. A news sentence often carries two dates: the event and its
 * background ("A 2022 report into safeguarding in Oldham between 2011 and 2014 found …", "on
 * Thursday accused Starmer of failing … more than a decade ago"). The analysis dates each, so a
 * reader met the same sentence twice. The brief keeps it under its most precise date (a day
 * before a month, a year before a range, a range before a decade) and names the other dates
 * there; the other entries stay in the JSON, marked, and renderers skip them.
 */
import type { TimelineEntry } from '../types.js';

/** How precise a TimeML value is: higher is more precise. A stated range ranks below its year. */
export function datePrecision(date: string, until?: string): number {
  let rank: number;
  if (/^\d{4}-\d{2}-\d{2}/.test(date)) rank = 60;
  else if (/^\d{4}-W\d{2}/.test(date)) rank = 55;
  else if (/^\d{4}-\d{2}$/.test(date)) rank = 50;
  else if (/^\d{4}-(?:SP|SU|FA|WI|Q\d|H\d)$/.test(date)) rank = 40;
  else if (/^\d{4}$/.test(date)) rank = 30;
  else if (/^\d{3}$/.test(date)) rank = 10;
  else if (/^\d{2}$/.test(date)) rank = 5;
  else rank = 0;
  return until ? rank - 15 : rank;
}

/**
 * The timeline with each resolved sentence shown once: returns new entries, same order.
 *
 * @example
 * foldSentenceDates([{ date: '2011', until: '2014', text: s, … }, { date: '2022', text: s, … }]);
 * // → [{ …, alsoUnder: '2022' }, { …, alsoDated: ['2011–2014'] }]
 */
export function foldSentenceDates<T extends TimelineEntry>(timeline: readonly T[]): T[] {
  const out = timeline.map((entry) => ({ ...entry }));
  const bySentence = new Map<string, number[]>();
  out.forEach((entry, index) => {
    if (!entry.resolved || entry.date === null) return;
    const key = entry.text.trim();
    bySentence.set(key, [...(bySentence.get(key) ?? []), index]);
  });
  const labelOf = (entry: T): string => entry.label ?? entry.date ?? entry.dateText;
  for (const indexes of bySentence.values()) {
    if (indexes.length < 2) continue;
    // The most precise date keeps the sentence; on a tie, the earlier entry.
    const keep = indexes.reduce((best, index) =>
      datePrecision(out[index]!.date!, out[index]!.until) >
      datePrecision(out[best]!.date!, out[best]!.until)
        ? index
        : best,
    );
    const shown = labelOf(out[keep]!);
    const others = indexes.filter((index) => index !== keep);
    const alsoDated = [...new Set(others.map((index) => labelOf(out[index]!)))].filter(
      (label) => label !== shown,
    );
    if (alsoDated.length > 0) out[keep]!.alsoDated = alsoDated;
    for (const index of others) out[index]!.alsoUnder = shown;
  }
  return out;
}
