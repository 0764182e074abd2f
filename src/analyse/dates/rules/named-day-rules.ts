/** Named days and seasons whose year or week the anchor and tense decide: weekdays, the weekend, seasons, holidays. */
import { addDays, formatDay, formatWeek, weekday } from '../calendar.js';
import {
  PARTS_OF_DAY,
  PART_OF_DAY_SOURCE,
  SEASONS,
  SEASON_START,
  WEEKDAYS,
  WEEKDAY_SOURCE,
} from '../lexicon.js';
import { referenceDate } from '../reference-time.js';
import { type ResolveContext, direction, inferYear, resolveWeekday } from '../resolve.js';
import { SPELLED_YEAR_SOURCE, parseSpelledYear } from '../spelled-year.js';
import { rx, capitalised, fixed, relative, type TimexRule } from './rule.js';

/**
 * "The previous Friday" and "the following Monday" count from the last day the text named,
 * not from the publish date: "… fell on Friday, down 4.5% from the previous Friday".
 */
function weekdayFromReference(target: number, step: -1 | 1, ctx: ResolveContext): string | null {
  const from = referenceDate(ctx.reference, 'day');
  if (!from) return null;
  const today = weekday(from);
  const offset = step < 0 ? -((today - target + 7) % 7 || 7) : (target - today + 7) % 7 || 7;
  return formatDay(addDays(from, offset));
}

export const weekdayRule: TimexRule = {
  // "Thursday", "last Friday", "Wednesday night", "the previous Friday"
  name: 'weekday',
  pattern: rx(
    `(?:(?<dir>last|this|next|past|coming)\\s+|(?:the\\s+)?(?<anaphoric>previous|preceding|following)\\s+)?(?<weekday>${WEEKDAY_SOURCE})(?:\\s+(?<part>${PART_OF_DAY_SOURCE}))?`,
  ),
  accept: (m, text) =>
    capitalised(m.groups?.weekday) &&
    // Newspaper titles: "the Mail on Sunday", "the Sunday Times".
    !/\b(?:Mail|Independent|Express|Mirror|People|Post|Star) on\s+$/.test(
      text.slice(Math.max(0, m.index - 20), m.index),
    ) &&
    !/^\s+(?:Times|Telegraph|Mirror|Express|People|Post|Herald|Mail|Sport|World|Star|Mercury)\b/.test(
      text.slice(m.index + m[0].length),
    ),
  resolve: (g, ctx) => {
    const target = WEEKDAYS[(g.weekday ?? '').toLowerCase()] ?? 0;
    const day = g.anaphoric
      ? weekdayFromReference(target, /^follow/i.test(g.anaphoric) ? 1 : -1, ctx)
      : resolveWeekday(target, direction(g.dir), ctx);
    const part = g.part ? PARTS_OF_DAY[g.part.toLowerCase()] : undefined;
    if (part) return relative('TIME', day === null ? null : `${day}T${part}`);
    return relative('DATE', day);
  },
};

export const weekendRule: TimexRule = {
  name: 'weekend',
  pattern: rx('the\\s+weekend'),
  resolve: (g, ctx) => {
    void g;
    if (!ctx.anchor) return relative('DATE', null);
    // Written Monday to Thursday in the past tense, "the weekend" is the one just gone.
    const offset = !ctx.future && weekday(ctx.anchor) <= 3 ? -7 : 0;
    return relative('DATE', `${formatWeek(addDays(ctx.anchor, offset))}-WE`);
  },
};

export const seasonRule: TimexRule = {
  // "(this) summer", "the fall of 1998", "winter 2024"
  name: 'season',
  pattern: rx(
    '(?:(?<the>the)\\s+)?(?:(?<mod>early|late)\\s+)?(?<season>spring|summer|fall|autumn|winter)' +
      `(?:\\s+(?:of\\s+)?(?:(?<year>\\d{4})|(?<spelled>${SPELLED_YEAR_SOURCE})))?`,
  ),
  accept: (m, text) =>
    !!(m.groups?.the || m.groups?.year || m.groups?.spelled || m.groups?.mod) ||
    /\b(?:in|during|since|until|by|this|last|next)\s+$/i.test(
      text.slice(Math.max(0, m.index - 8), m.index),
    ),
  resolve: (g, ctx) => {
    const code = SEASONS[(g.season ?? '').toLowerCase()]!;
    const year = g.year ? Number(g.year) : parseSpelledYear(g.spelled ?? '');
    if (year !== null) return fixed('DATE', `${year}-${code}`);
    if (!ctx.anchor) return relative('DATE', null);
    const started = SEASON_START[code]! <= ctx.anchor.month;
    const inferred = ctx.future || started ? ctx.anchor.year : ctx.anchor.year - 1;
    return relative('DATE', `${inferred}-${code}`);
  },
};

export const holidayRule: TimexRule = {
  name: 'holiday',
  pattern: rx(
    "(?<name>Christmas(?: Day| Eve)?|New Year(?:['’]s)? (?:Day|Eve)|Thanksgiving(?: Day)?|Boxing Day|Halloween|Valentine['’]s Day)",
  ),
  accept: (m) => capitalised(m.groups?.name),
  resolve: (g, ctx) => {
    const name = (g.name ?? '').toLowerCase();
    const [monthIndex, day] = name.startsWith('christmas eve')
      ? [12, 24]
      : name.startsWith('christmas')
        ? [12, 25]
        : name.includes('eve')
          ? [12, 31]
          : name.startsWith('new year')
            ? [1, 1]
            : name.startsWith('boxing')
              ? [12, 26]
              : name.startsWith('halloween')
                ? [10, 31]
                : name.startsWith('valentine')
                  ? [2, 14]
                  : [11, 0];
    const year = inferYear(monthIndex, day || 22, null, ctx);
    if (year === null) return relative('DATE', null);
    if (day === 0) {
      // Thanksgiving: the fourth Thursday of November.
      const first = (new Date(Date.UTC(year, 10, 1)).getUTCDay() + 6) % 7;
      return relative('DATE', formatDay({ year, month: 11, day: 1 + ((3 - first + 7) % 7) + 21 }));
    }
    return relative('DATE', formatDay({ year, month: monthIndex, day }));
  },
};
