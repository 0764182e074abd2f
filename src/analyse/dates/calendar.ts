/**
 * Calendar arithmetic on plain civil dates (no time zones: a publish date is a day, not an
 * instant) and the TimeML value formats built from them ("2025-01-02", "2025-W01", "2024-Q4").
 */

export interface CivilDate {
  year: number;
  /** 1-12. */
  month: number;
  /** 1-31. */
  day: number;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

function toUtc(date: CivilDate): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day));
}

function fromUtc(date: Date): CivilDate {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * The civil date of an ISO 8601 publish date ("2025-01-03", "2025-01-03T09:30:00Z"), or null.
 * The date part is taken as written: converting the instant to UTC could move a late-evening
 * local publication to the next day.
 */
export function parseAnchor(published: string | null | undefined): CivilDate | null {
  if (!published) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(published.trim());
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= 31 ? date : null;
}

export function addDays(date: CivilDate, days: number): CivilDate {
  const utc = toUtc(date);
  utc.setUTCDate(utc.getUTCDate() + days);
  return fromUtc(utc);
}

/** Year and month `months` away (the day is irrelevant to month values). */
export function addMonths(date: CivilDate, months: number): { year: number; month: number } {
  const index = date.year * 12 + (date.month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** 0 = Monday … 6 = Sunday (ISO order). */
export function weekday(date: CivilDate): number {
  return (toUtc(date).getUTCDay() + 6) % 7;
}

/** ISO 8601 week-numbering year and week of a date. */
export function isoWeek(date: CivilDate): { year: number; week: number } {
  const thursday = addDays(date, 3 - weekday(date));
  // Week 1 is the week holding 4 January (ISO 8601).
  const fourthJanuary = { year: thursday.year, month: 1, day: 4 };
  const weekOne = addDays(fourthJanuary, -weekday(fourthJanuary));
  const days = Math.round((toUtc(thursday).getTime() - toUtc(weekOne).getTime()) / 86_400_000);
  return { year: thursday.year, week: Math.floor(days / 7) + 1 };
}

export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

export function formatDay(date: CivilDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

export function formatWeek(date: CivilDate): string {
  const { year, week } = isoWeek(date);
  return `${pad(year, 4)}-W${pad(week)}`;
}

export function formatQuarter(year: number, quarter: number): string {
  return `${pad(year, 4)}-Q${quarter}`;
}
