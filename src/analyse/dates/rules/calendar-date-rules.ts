/** Calendar dates written out: ISO dates, month and day, month, year, spelled years, decades. */
import { formatMonth, formatWeek } from '../calendar.js';
import { MONTH_SOURCE, WEEKDAY_SOURCE, COUNT_NOUNS } from '../lexicon.js';
import { SPELLED_YEAR_SOURCE, parseSpelledYear } from '../spelled-year.js';
import { direction, inferYear, resolveMonth, resolveRelativeUnit } from '../resolve.js';
import {
  rx,
  MODIFIER,
  capitalised,
  monthNumber,
  fixed,
  relative,
  checkedDay,
  type TimexRule,
} from './rule.js';

/** A month name alone is a date only when capitalised; "May" also needs a temporal cue before it. */
function acceptMonth(match: RegExpExecArray, text: string): boolean {
  const name = match.groups?.month;
  if (!capitalised(name)) return false;
  // A bare abbreviation ("Jan", "Dec.") is more often a name or a typo than a month.
  if (
    !match.groups?.year &&
    !match.groups?.spelled &&
    !match.groups?.yearDir &&
    !/^[A-Z][a-z]{2}[a-z]+$/.test(name ?? '') &&
    name !== 'May'
  )
    return false;
  if (/^(May|March)$/.test(name ?? '') && !match.groups?.mod && !match.groups?.dir) {
    const before = text.slice(Math.max(0, match.index - 12), match.index);
    return /\b(in|since|until|till|by|of|during|from|to|through|before|after|last|next|this|early|late|mid)[\s-]*$/i.test(
      before,
    );
  }
  return true;
}

export const isoDateRule: TimexRule = {
  name: 'iso-date',
  pattern: rx('(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})'),
  resolve: (g) => fixed('DATE', checkedDay(Number(g.year), Number(g.month), Number(g.day))),
};

export const monthDayRule: TimexRule = {
  // "November 5", "Nov. 5, 2024", "Sept. 30"
  name: 'month-day',
  pattern: rx(
    `(?:${WEEKDAY_SOURCE},?\\s+)?(?<month>${MONTH_SOURCE})\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<year>\\d{4}))?`,
  ),
  accept: (m) => capitalised(m.groups?.month),
  resolve: (g, ctx) => {
    const monthIndex = monthNumber(g.month);
    const day = Number(g.day);
    if (g.year) return fixed('DATE', checkedDay(Number(g.year), monthIndex, day));
    const year = inferYear(monthIndex, day, null, ctx);
    return relative('DATE', year === null ? null : checkedDay(year, monthIndex, day));
  },
};

export const dayMonthRule: TimexRule = {
  // "5 November", "5th of November 2024"
  name: 'day-month',
  pattern: rx(
    `(?:${WEEKDAY_SOURCE},?\\s+)?(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<month>${MONTH_SOURCE})(?:,?\\s+(?<year>\\d{4}))?`,
  ),
  accept: (m) => capitalised(m.groups?.month),
  resolve: (g, ctx) => {
    const monthIndex = monthNumber(g.month);
    const day = Number(g.day);
    if (g.year) return fixed('DATE', checkedDay(Number(g.year), monthIndex, day));
    const year = inferYear(monthIndex, day, null, ctx);
    return relative('DATE', year === null ? null : checkedDay(year, monthIndex, day));
  },
};

export const monthRule: TimexRule = {
  // "July 2024", "late November", "last April", "November last year"
  name: 'month',
  pattern: rx(
    `${MODIFIER}(?:(?<dir>last|this|next|past)\\s+)?(?<month>${MONTH_SOURCE})` +
      `(?:(?:,?\\s+(?:of\\s+)?(?:(?<year>\\d{4})|(?<spelled>${SPELLED_YEAR_SOURCE})))|(?:\\s+(?:of\\s+)?(?<yearDir>last|this|next)\\s+year))?`,
  ),
  accept: acceptMonth,
  resolve: (g, ctx) => {
    const monthIndex = monthNumber(g.month);
    if (g.year) return fixed('DATE', formatMonth(Number(g.year), monthIndex));
    const spelled = parseSpelledYear(g.spelled ?? '');
    if (spelled !== null) return fixed('DATE', formatMonth(spelled, monthIndex));
    if (g.yearDir) {
      const year = resolveRelativeUnit('year', direction(g.yearDir), ctx);
      return relative('DATE', year === null ? null : formatMonth(Number(year), monthIndex));
    }
    return relative('DATE', resolveMonth(monthIndex, direction(g.dir), ctx));
  },
};

export const yearRule: TimexRule = {
  // "2022", "fiscal 1989", "early 2024", "mid-2010"
  name: 'year',
  // A hyphen may precede the year in a range ("2010-2014").
  pattern: rx(
    `${MODIFIER}(?:(?:fiscal|calendar)(?:\\s+year)?\\s+)?(?<year>(?:1[89]|20)\\d\\d)`,
    '(?<![\\w]|[a-z]-)',
  ),
  accept: (m, text) => {
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (/[$£€]\s?$|\d[.,]$/.test(before) || /^(?:[.,]\d|\s*(?:%|percent|per cent))/.test(after))
      return false;
    const next = /^\s+([a-z]+)/.exec(after)?.[1];
    return !(next && COUNT_NOUNS.has(next));
  },
  resolve: (g) => fixed('DATE', g.year ?? null),
};

export const spelledYearRule: TimexRule = {
  // Spoken years in transcripts: "nineteen ninety-six", "the year two thousand"
  name: 'spelled-year',
  pattern: rx(`(?:the year\\s+)?(?<spelled>${SPELLED_YEAR_SOURCE})`),
  // Bare "two thousand" is a count far more often than a year.
  accept: (m) => /^the year/i.test(m[0]) || /^nineteen/i.test(m.groups?.spelled ?? ''),
  resolve: (g) => {
    const year = parseSpelledYear(g.spelled ?? '');
    return year === null ? null : fixed('DATE', String(year));
  },
};

export const decadeRule: TimexRule = {
  // "the 1990s", "the early 1980s"
  name: 'decade',
  pattern: rx(`(?:the\\s+)?${MODIFIER}(?<decade>(?:1[89]|20)\\d)0'?s`),
  // TIMEX3 writes a decade as its first three digits, "199" (TimeML 1.2.1 guidelines; "199X"
  // is the older TIMEX2 form). brief/format-date.ts reads it back as "1990s".
  resolve: (g) => fixed('DATE', g.decade ?? null),
};

/** How many years ahead of the anchor a decade named without its century may start. */
const DECADE_LOOKAHEAD = 10;
const DECADE_WORDS = [
  'twenties',
  'thirties',
  'forties',
  'fifties',
  'sixties',
  'seventies',
  'eighties',
  'nineties',
];

export const shortDecadeRule: TimexRule = {
  // "the nineties", "the late '80s": the century is left to the reader, so the anchor decides
  // it: the latest such decade, or the coming one if it is at most a decade away ("the
  // nineties", written in 1989). Bare "the 80s" is left out: temperatures, ages.
  name: 'short-decade',
  pattern: rx(`the\\s+${MODIFIER}(?:(?<word>${DECADE_WORDS.join('|')})|['’](?<digit>[1-9])0s)`),
  resolve: (g, ctx) => {
    const digit = g.word ? DECADE_WORDS.indexOf(g.word.toLowerCase()) + 2 : Number(g.digit);
    if (!ctx.anchor) return relative('DATE', null);
    const century = Math.floor(ctx.anchor.year / 100);
    const near = century * 100 + digit * 10 <= ctx.anchor.year + DECADE_LOOKAHEAD;
    return relative('DATE', String((near ? century : century - 1) * 10 + digit));
  },
};

export const weekOfRule: TimexRule = {
  // "the week of March 6": the ISO week holding that day.
  name: 'week-of',
  pattern: rx(
    `the\\s+week\\s+of\\s+(?<month>${MONTH_SOURCE})\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<year>\\d{4}))?`,
  ),
  accept: (m) => capitalised(m.groups?.month),
  resolve: (g, ctx) => {
    const monthIndex = monthNumber(g.month);
    const day = Number(g.day);
    const year = g.year ? Number(g.year) : inferYear(monthIndex, day, null, ctx);
    if (year === null || day < 1 || day > 31) return relative('DATE', null);
    const value = formatWeek({ year, month: monthIndex, day });
    return g.year ? fixed('DATE', value) : relative('DATE', value);
  },
};

export const centuryRule: TimexRule = {
  // "the 20th century", "an 11th century temple": TIMEX3 writes a century as its first two
  // digits ("19" for the 1900s), as brief/format-date.ts reads it back.
  name: 'century',
  pattern: rx(`(?:the\\s+)?${MODIFIER}(?<ordinal>\\d{1,2})(?:st|nd|rd|th)[\\s-]+century`),
  resolve: (g) => {
    const ordinal = Number(g.ordinal);
    if (ordinal < 1 || ordinal > 30) return null;
    return fixed('DATE', String(ordinal - 1).padStart(2, '0'));
  },
};
