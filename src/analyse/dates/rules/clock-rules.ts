/** Clock times: "10 a.m.", "3:30 pm Tuesday", "noon", "mid-afternoon". */
import { addDays, formatDay } from '../calendar.js';
import { MONTH_SOURCE, PARTS_OF_DAY, WEEKDAYS, WEEKDAY_SOURCE } from '../lexicon.js';
import { inferYear, resolveWeekday } from '../resolve.js';
import { rx, monthNumber, relative, checkedDay, type TimexRule } from './rule.js';

export const clockRule: TimexRule = {
  // "10 a.m.", "3:30 pm", "noon" on the anchor day
  name: 'clock',
  pattern: rx(
    '(?:(?<hour>\\d{1,2})(?::(?<minute>\\d{2}))?\\s*(?<meridiem>a\\.m\\.?|p\\.m\\.?|am|pm)(?:\\s+(?:EST|EDT|CST|CDT|PST|PDT|GMT|BST|UTC|ET|PT))?|(?<noon>noon|midnight))' +
      `(?:,?\\s+(?:on\\s+)?(?:(?<weekday>${WEEKDAY_SOURCE})|(?<dayWord>today|yesterday|tomorrow)|(?<month>${MONTH_SOURCE})\\s+(?<day>\\d{1,2})))?`,
  ),
  resolve: (g, ctx) => {
    let hour = g.noon ? (g.noon.toLowerCase() === 'noon' ? 12 : 24) : Number(g.hour);
    if (/^p/i.test(g.meridiem ?? '') && hour < 12) hour += 12;
    if (/^a/i.test(g.meridiem ?? '') && hour === 12) hour = 0;
    const time = `T${String(hour).padStart(2, '0')}:${g.minute ?? '00'}`;
    if (!ctx.anchor) return relative('TIME', null);
    // The day the clock time is on: named after it ("10 p.m. Wednesday"), else the anchor day.
    let day: string | null = formatDay(ctx.anchor);
    if (g.weekday) day = resolveWeekday(WEEKDAYS[g.weekday.toLowerCase()] ?? 0, null, ctx);
    else if (g.dayWord) {
      const word = g.dayWord.toLowerCase();
      day = formatDay(addDays(ctx.anchor, word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0));
    } else if (g.month) {
      const year = inferYear(monthNumber(g.month), Number(g.day), null, ctx);
      day = year === null ? null : checkedDay(year, monthNumber(g.month), Number(g.day));
    }
    return relative('TIME', day === null ? null : `${day}${time}`);
  },
};

export const midDayRule: TimexRule = {
  // "midday", "mid-afternoon yesterday", "by mid morning": a part of the day, on the anchor day
  // unless a day word follows.
  name: 'mid-day',
  pattern: rx(
    '(?:(?<midday>midday)|mid[\\s-]?(?<part>morning|afternoon))' +
      `(?:,?\\s+(?:on\\s+)?(?:(?<weekday>${WEEKDAY_SOURCE})|(?<dayWord>today|yesterday|tomorrow)))?`,
  ),
  resolve: (g, ctx) => {
    if (!ctx.anchor) return relative('TIME', null);
    let day: string | null = formatDay(ctx.anchor);
    if (g.weekday) day = resolveWeekday(WEEKDAYS[g.weekday.toLowerCase()] ?? 0, null, ctx);
    else if (g.dayWord) {
      const word = g.dayWord.toLowerCase();
      day = formatDay(addDays(ctx.anchor, word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0));
    }
    const time = g.midday ? 'T12:00' : `T${PARTS_OF_DAY[(g.part ?? '').toLowerCase()]}`;
    return relative('TIME', day === null ? null : `${day}${time}`);
  },
};
