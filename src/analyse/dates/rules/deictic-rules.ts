/** Deictic expressions measured from the anchor: "today", "this morning", "last week", "two years ago". */
import { addDays, formatDay, formatQuarter } from '../calendar.js';
import {
  NUMBER_SOURCE,
  PARTS_OF_DAY,
  PART_OF_DAY_SOURCE,
  SEASONS,
  SEASON_START,
  UNIT_SOURCE,
  parseQuantity,
  unitKey,
} from '../lexicon.js';
import { referenceDate } from '../reference-time.js';
import { direction, resolveOffset, resolveRelativeUnit } from '../resolve.js';
import { rx, APPROX, fixed, relative, type TimexRule } from './rule.js';

export const todayRule: TimexRule = {
  name: 'today',
  pattern: rx(`(?<word>today|tonight|tomorrow|yesterday)(?:\\s+(?<part>${PART_OF_DAY_SOURCE}))?`),
  accept: (m, text) =>
    !/^['’]s\s+(?:world|society|children|young)/i.test(text.slice(m.index + m[0].length)),
  resolve: (g, ctx) => {
    const word = (g.word ?? '').toLowerCase();
    const offset = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
    const part =
      word === 'tonight' ? 'NI' : g.part ? PARTS_OF_DAY[g.part.toLowerCase()] : undefined;
    if (!ctx.anchor) return relative(part ? 'TIME' : 'DATE', null);
    const day = formatDay(addDays(ctx.anchor, offset));
    return relative(part ? 'TIME' : 'DATE', part ? `${day}T${part}` : day);
  },
};

export const partOfDayRule: TimexRule = {
  // "this morning", "last night"
  name: 'part-of-day',
  pattern: rx(`(?<dir>this|last)\\s+(?<part>${PART_OF_DAY_SOURCE})`),
  accept: (m) =>
    !(m.groups?.dir?.toLowerCase() === 'last' && m.groups?.part?.toLowerCase() !== 'night'),
  resolve: (g, ctx) => {
    if (!ctx.anchor) return relative('TIME', null);
    const offset = g.dir?.toLowerCase() === 'last' ? -1 : 0;
    return relative(
      'TIME',
      `${formatDay(addDays(ctx.anchor, offset))}T${PARTS_OF_DAY[(g.part ?? '').toLowerCase()]}`,
    );
  },
};

export const relativeUnitRule: TimexRule = {
  // "last week", "this year", "earlier this month", "next summer", "the previous year",
  // "the current fiscal year"
  name: 'relative-unit',
  pattern: rx(
    `(?:(?<edge>earlier|later|early|late|mid)[\\s-]+)?(?:the\\s+)?(?<dir>last|this|next|past|coming|previous|current|following)\\s+` +
      `(?:(?<fiscal>fiscal)\\s+(?=year))?(?<unit>week|weekend|month|year|decade|century|spring|summer|fall|autumn|winter)`,
  ),
  resolve: (g, ctx) => {
    const unit = (g.unit ?? '').toLowerCase();
    const dir = direction(g.dir);
    const season = SEASONS[unit];
    if (season) {
      if (!ctx.anchor) return relative('DATE', null);
      const start = SEASON_START[season]!;
      let year = ctx.anchor.year;
      // "last summer" is this year's once it is over, else last year's.
      if (dir === 'last') year = ctx.anchor.month >= start + 3 ? year : year - 1;
      else if (dir === 'next') year = start > ctx.anchor.month ? year : year + 1;
      return relative('DATE', `${year}-${season}`);
    }
    // "the same period last year" in results copy: the quarter under discussion, a year back.
    if (
      unit === 'year' &&
      dir === 'last' &&
      ctx.lastQuarter &&
      /\bquarter|\bperiod/.test(ctx.sentence)
    ) {
      return relative('DATE', formatQuarter(ctx.lastQuarter.year - 1, ctx.lastQuarter.quarter));
    }
    return relative('DATE', resolveRelativeUnit(unit, dir, ctx));
  },
};

export const offsetRule: TimexRule = {
  // "two years ago", "more than a decade ago", "three days earlier", "a year from now"
  name: 'offset',
  pattern: rx(
    `${APPROX}(?<quantity>${NUMBER_SOURCE})[\\s-]+(?<unit>${UNIT_SOURCE})\\s+(?<edge>ago|earlier|before|later|after|from now|hence)`,
  ),
  accept: (m, text) =>
    !/^(?:before|after)$/i.test(m.groups?.edge ?? '') ||
    /^\s*[,.;]/.test(text.slice(m.index + m[0].length)),
  resolve: (g, ctx) => {
    const quantity = parseQuantity(g.quantity ?? '');
    const sign = /^(ago|earlier|before)$/i.test(g.edge ?? '') ? -1 : 1;
    const unit = unitKey(g.unit ?? '');
    if (quantity === null) return fixed('DATE', sign < 0 ? 'PAST_REF' : 'FUTURE_REF');
    // In results copy (a quarter already named) "a year earlier" is that quarter a year before.
    if (unit === 'year' && quantity === 1 && ctx.lastQuarter) {
      return relative('DATE', formatQuarter(ctx.lastQuarter.year - 1, ctx.lastQuarter.quarter));
    }
    // "ago" and "from now" count from the publish date; "earlier" and "later" from the last
    // date named ("On May 3 … three days later").
    if (/^(?:earlier|later|before|after)$/i.test(g.edge ?? '')) {
      const granularity =
        unit === 'day' || unit === 'week' ? 'day' : unit === 'month' ? 'month' : 'year';
      const from = referenceDate(ctx.reference, granularity);
      return relative('DATE', from ? resolveOffset(quantity, unit, sign, ctx, from) : null);
    }
    return relative('DATE', resolveOffset(quantity, unit, sign, ctx));
  },
};

export const yearEarlierRule: TimexRule = {
  // "year-earlier", "year-ago": the same period one year before
  name: 'year-earlier',
  pattern: rx('(?:the\\s+)?year[\\s-](?:earlier|ago)(?:\\s+(?:quarter|period))?'),
  resolve: (g, ctx) => {
    void g;
    if (ctx.lastQuarter) {
      return relative('DATE', formatQuarter(ctx.lastQuarter.year - 1, ctx.lastQuarter.quarter));
    }
    return relative('DATE', ctx.anchor ? String(ctx.anchor.year - 1) : null);
  },
};

export const yearEndRule: TimexRule = {
  // "by year-end", "by year's end", "around year end": the end of the anchor's year, or of the
  // year before after "since". Adjectival "year-end net" is not a time of its own, so a
  // preposition must lead.
  name: 'year-end',
  pattern: rx(
    '(?:(?<=\\b(?<since>since)\\s+)|(?<=\\b(?:by|at|around|near|until|till|before|after|toward|towards|through|to|from)\\s+))' +
      "(?:year[\\s-]end|year['’]s\\s+end)",
  ),
  resolve: (g, ctx) => {
    if (!ctx.anchor) return relative('DATE', null);
    return relative('DATE', String(ctx.anchor.year - (g.since ? 1 : 0)));
  },
};
