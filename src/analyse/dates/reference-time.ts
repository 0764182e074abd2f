/**
 * Reference-time tracking (HeidelTime's "last mentioned date"): anaphoric expressions such as
 * "the following year", "the day before" or "later that month" count from the last date the
 * text named, not from the publish date. The reference starts at the anchor and moves with
 * every calendar value resolved in reading order.
 *
 *   published 1998-03-05   "On May 22, 1995, … and the following year …"
 *   reference: 1998-03-05 ──▶ 1995-05-22 ──▶ "the following year" = 1996
 */
import type { CivilDate } from './calendar.js';

/** The last date named, as far as it was specified: a year alone leaves month and day open. */
export interface ReferenceTime {
  year: number;
  month: number | null;
  day: number | null;
}

export type Granularity = 'year' | 'month' | 'day';

const CALENDAR_VALUE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T|$)/;

export function referenceFromAnchor(anchor: CivilDate | null): ReferenceTime | null {
  return anchor ? { year: anchor.year, month: anchor.month, day: anchor.day } : null;
}

/**
 * The reference after a resolved value: a calendar date replaces it; a coarser one keeps the
 * finer fields only while they still agree ("March 3, 1995 … in 1995 … the next day" stays on
 * March; "… in 1997 …" drops them). Durations, weeks, quarters and vague values leave it alone.
 */
export function moveReference(
  reference: ReferenceTime | null,
  value: string | null,
): ReferenceTime | null {
  const match = value ? CALENDAR_VALUE.exec(value) : null;
  if (!match) return reference;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : null;
  const day = match[3] ? Number(match[3]) : null;
  if (month !== null) return { year, month, day };
  const same = reference?.year === year;
  return { year, month: same ? reference.month : null, day: same ? reference.day : null };
}

/** The reference as a civil date when it is specified down to `granularity`, else null. */
export function referenceDate(
  reference: ReferenceTime | null,
  granularity: Granularity,
): CivilDate | null {
  if (!reference) return null;
  if (granularity === 'year') return { year: reference.year, month: 1, day: 1 };
  if (reference.month === null) return null;
  if (granularity === 'month') return { year: reference.year, month: reference.month, day: 1 };
  if (reference.day === null) return null;
  return { year: reference.year, month: reference.month, day: reference.day };
}
