/**
 * Anaphoric expressions, resolved against the reference time (the last date the text named)
 * rather than the publish date: "the following year", "the day before", "later that month",
 * "the next morning", and the underspecified "the year".
 */
import {
  type CivilDate,
  addDays,
  addMonths,
  formatDay,
  formatMonth,
  formatWeek,
} from '../calendar.js';
import { PARTS_OF_DAY } from '../lexicon.js';
import { type Granularity, referenceDate } from '../reference-time.js';
import type { ResolveContext } from '../resolve.js';
import { type Resolution, type TimexRule, fixed, relative, rx } from './rule.js';

const UNIT_GRANULARITY: Record<string, Granularity> = {
  day: 'day',
  morning: 'day',
  afternoon: 'day',
  evening: 'day',
  night: 'day',
  week: 'day',
  month: 'month',
  year: 'year',
};

/** The value `step` units of `unit` away from the reference, or null when it is too coarse. */
function shifted(unit: string, step: number, ctx: ResolveContext): Resolution {
  const from: CivilDate | null = referenceDate(ctx.reference, UNIT_GRANULARITY[unit] ?? 'day');
  if (!from) return relative(PARTS_OF_DAY[unit] ? 'TIME' : 'DATE', null);
  switch (unit) {
    case 'year':
      return relative('DATE', String(from.year + step));
    case 'month': {
      const { year, month } = addMonths(from, step);
      return relative('DATE', formatMonth(year, month));
    }
    case 'week':
      return relative('DATE', formatWeek(addDays(from, 7 * step)));
    case 'day':
      return relative('DATE', formatDay(addDays(from, step)));
    default:
      return relative('TIME', `${formatDay(addDays(from, step))}T${PARTS_OF_DAY[unit]}`);
  }
}

const STEP: Record<string, number> = {
  following: 1,
  next: 1,
  after: 1,
  later: 1,
  previous: -1,
  preceding: -1,
  prior: -1,
  before: -1,
  earlier: -1,
};

export const followingUnitRule: TimexRule = {
  // "the following year", "the previous day", "the next morning" ("the next year" is left to
  // the duration rules: it more often means the coming twelve months).
  name: 'following-unit',
  pattern: rx(
    '(?:the\\s+)?(?:(?<which>following|previous|preceding|prior)\\s+(?<unit>day|morning|afternoon|evening|night|week|month|year)' +
      '|(?<next>next)\\s+(?<nextUnit>day|morning|afternoon|evening|night))',
  ),
  accept: (m) => /^the\s/i.test(m[0]) || !!m.groups?.next,
  resolve: (g, ctx) => {
    const unit = (g.unit ?? g.nextUnit ?? '').toLowerCase();
    return shifted(unit, STEP[(g.which ?? g.next ?? '').toLowerCase()] ?? 1, ctx);
  },
};

export const unitBeforeRule: TimexRule = {
  // "the day before", "the year after", "the week earlier"
  name: 'unit-before',
  pattern: rx('the\\s+(?<unit>day|week|month|year)\\s+(?<edge>before|after|earlier|later)'),
  // "the day before the plunge": "before" is a signal there, and the day hangs on the plunge.
  accept: (m, text) =>
    /^(?:earlier|later)$/i.test(m.groups?.edge ?? '') ||
    /^\s*(?:[,.;:)'"’”]|$)/.test(text.slice(m.index + m[0].length)),
  resolve: (g, ctx) =>
    shifted((g.unit ?? '').toLowerCase(), STEP[(g.edge ?? '').toLowerCase()] ?? 1, ctx),
};

export const sameUnitRule: TimexRule = {
  // "that year", "the same day", "later that month", "earlier in the year"
  name: 'same-unit',
  pattern: rx(
    '(?:(?:later|earlier)\\s+(?:in\\s+)?)?(?:that|the\\s+same|(?<=(?:later|earlier)\\s+in\\s+)the)\\s+(?<unit>day|week|month|year)',
  ),
  accept: (m) => !/^the\s/i.test(m[0]) || /^(?:later|earlier)/i.test(m[0]) || /same/i.test(m[0]),
  resolve: (g, ctx) => shifted((g.unit ?? '').toLowerCase(), 0, ctx),
};

export const theYearRule: TimexRule = {
  // "For the year, volume was flat", "earnings for the fiscal year": the year under discussion. TimeML reads "the year ended
  // Sept. 30" as a year-long stretch ending on that date, a duration.
  name: 'the-year',
  pattern: rx('the\\s+(?:(?:full|fiscal)\\s+)?year(?=(?<ended>\\s+(?:ended|ending))?)'),
  resolve: (g, ctx) => {
    if (g.ended) return fixed('DURATION', 'P1Y');
    return shifted('year', 0, ctx);
  },
};
