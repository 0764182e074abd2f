/**
 * Resolution helpers shared by the TIMEX rules: turn "Thursday", "November", "the third
 * quarter" into calendar values given an anchor date and the tense around the expression.
 */
import {
  type CivilDate,
  addDays,
  addMonths,
  formatDay,
  formatMonth,
  formatQuarter,
  formatWeek,
  quarterOf,
  weekday,
} from './calendar.js';
import type { ReferenceTime } from './reference-time.js';

export interface ResolveContext {
  /** The document creation/publish date; null for an undated article. */
  anchor: CivilDate | null;
  /** true when the clause around the expression speaks of the future ("will", "is due to"). */
  readonly future: boolean;
  /**
   * true when the expression closes a period that is over ("the year ended Jan. 31"): the last
   * such day gone by, however near the coming one. (The governing tense is not used for this:
   * "said" is past whatever the date it reports.)
   */
  ended?: boolean;
  /** The sentence around the expression (lower-cased), for cues like "quarter". */
  sentence: string;
  /**
   * The last quarter the document resolved: in earnings copy "a year earlier" and "the quarter"
   * refer to it. Mutated as the document is read in order.
   */
  lastQuarter: { year: number; quarter: number } | null;
  /**
   * The last date the text named (starts at the anchor): what "the following day" and "later
   * that year" count from. Mutated as the document is read in order.
   */
  reference: ReferenceTime | null;
}

/** How much nearer a coming date must be than a past one to be chosen. */
export const PAST_BIAS = 2;

/** How many days after a scheduled day a future clause may still be reporting that day. */
export const LATE_REPORT_DAYS = 7;

export type Direction = 'last' | 'this' | 'next' | null;

export function direction(word: string | undefined): Direction {
  const lower = word?.toLowerCase();
  if (lower === 'last' || lower === 'past' || lower === 'previous') return 'last';
  if (lower === 'next' || lower === 'coming' || lower === 'following') return 'next';
  if (lower === 'this' || lower === 'current') return 'this';
  return null;
}

/** The day a weekday name refers to: the nearest one before (past) or after (future) the anchor. */
export function resolveWeekday(target: number, dir: Direction, ctx: ResolveContext): string | null {
  const anchor = ctx.anchor;
  if (!anchor) return null;
  const today = weekday(anchor);
  let offset: number;
  if (dir === 'last') offset = -((today - target + 7) % 7 || 7);
  else if (dir === 'next') offset = (target - today + 7) % 7 || 7;
  else if (dir === 'this') offset = target - today;
  else if (ctx.future) offset = (target - today + 7) % 7;
  else offset = -((today - target + 7) % 7);
  return formatDay(addDays(anchor, offset));
}

/**
 * The year of a month (and day) written without one. "last"/"next" pick the previous/next
 * occurrence; a future clause picks the next; otherwise the closer occurrence, the past one
 * counting as closer unless the coming one is `PAST_BIAS` times nearer (news reports the past) ("in November", written in January 2025, is November 2024; "Jan. 14",
 * written on 6 January, is the coming one).
 */
export function inferYear(
  month: number,
  day: number | null,
  dir: Direction,
  ctx: ResolveContext,
): number | null {
  const anchor = ctx.anchor;
  if (!anchor) return null;
  // Positions in days from the start of the year (months count as their first day).
  const position = (month - 1) * 31 + (day ?? 1) - 1;
  const now = (anchor.month - 1) * 31 + (day === null ? 0 : anchor.day - 1);
  if (dir === 'this') return anchor.year;
  if (dir === 'last') return position < now ? anchor.year : anchor.year - 1;
  if (dir === 'next') return position > now ? anchor.year : anchor.year + 1;
  if (position === now) return anchor.year;
  if (ctx.ended) return position < now ? anchor.year : anchor.year - 1;
  if (ctx.future) {
    // A day a few days gone is the same schedule reported late ("must be returned by Jan. 14",
    // written on 15 January), not one a year away.
    if (day !== null && position < now && now - position <= LATE_REPORT_DAYS) return anchor.year;
    return position > now ? anchor.year : anchor.year + 1;
  }
  const [past, pastDistance] =
    position < now ? [anchor.year, now - position] : [anchor.year - 1, now + 372 - position];
  const [coming, comingDistance] =
    position > now ? [anchor.year, position - now] : [anchor.year + 1, position + 372 - now];
  return comingDistance * PAST_BIAS < pastDistance ? coming : past;
}

export function resolveMonth(month: number, dir: Direction, ctx: ResolveContext): string | null {
  const year = inferYear(month, null, dir, ctx);
  return year === null ? null : formatMonth(year, month);
}

/** "last week", "this month", "next year" … relative to the anchor. */
export function resolveRelativeUnit(
  unit: string,
  dir: Direction,
  ctx: ResolveContext,
): string | null {
  const anchor = ctx.anchor;
  if (!anchor) return null;
  const step = dir === 'last' ? -1 : dir === 'next' ? 1 : 0;
  switch (unit) {
    case 'day':
      return formatDay(addDays(anchor, step));
    case 'week':
      return formatWeek(addDays(anchor, 7 * step));
    case 'weekend':
      return `${formatWeek(addDays(anchor, 7 * step))}-WE`;
    case 'month': {
      const { year, month } = addMonths(anchor, step);
      return formatMonth(year, month);
    }
    case 'quarter': {
      const { year, month } = addMonths(anchor, 3 * step);
      return formatQuarter(year, quarterOf(month));
    }
    case 'year':
      return String(anchor.year + step);
    case 'decade':
      return String(Math.floor((anchor.year + 10 * step) / 10));
    case 'century':
      return String(Math.floor((anchor.year + 100 * step) / 100));
    default:
      return null;
  }
}

/** "two years ago", "three days ago": the anchor moved back (or forward) by a quantity. */
export function resolveOffset(
  quantity: number,
  unit: string,
  sign: number,
  ctx: ResolveContext,
  from: CivilDate | null = ctx.anchor,
): string | null {
  const anchor = from;
  if (!anchor || !Number.isInteger(quantity)) return null;
  const amount = quantity * sign;
  switch (unit) {
    case 'day':
      return formatDay(addDays(anchor, amount));
    case 'week':
    case 'weekend':
      return formatWeek(addDays(anchor, 7 * amount));
    case 'month': {
      const { year, month } = addMonths(anchor, amount);
      return formatMonth(year, month);
    }
    case 'quarter': {
      const { year, month } = addMonths(anchor, 3 * amount);
      return formatQuarter(year, quarterOf(month));
    }
    case 'year':
      return String(anchor.year + amount);
    case 'decade':
      return String(Math.floor((anchor.year + 10 * amount) / 10));
    case 'century':
      return String(Math.floor((anchor.year + 100 * amount) / 100));
    default:
      return null;
  }
}

/**
 * A quarter written without a year: the current year's, unless that quarter has not begun yet
 * ("the fourth quarter", written in February, is last year's).
 */
export function resolveQuarter(
  quarter: number,
  ctx: ResolveContext,
): { year: number; quarter: number } | null {
  const anchor = ctx.anchor;
  if (!anchor) return null;
  // Tense is not read: results copy says "expects third-quarter profit to…" of a quarter just
  // ended as often as of one to come.
  const current = quarterOf(anchor.month);
  return { year: quarter > current ? anchor.year - 1 : anchor.year, quarter };
}

/** The most recently completed quarter: what "the quarter" means in results copy. */
export function previousQuarter(ctx: ResolveContext): { year: number; quarter: number } | null {
  const anchor = ctx.anchor;
  if (!anchor) return null;
  const { year, month } = addMonths(anchor, -3);
  return { year, quarter: quarterOf(month) };
}
