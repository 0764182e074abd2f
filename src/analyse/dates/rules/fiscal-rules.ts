/** Fiscal periods of results copy: quarters and halves. */
import { formatQuarter, quarterOf } from '../calendar.js';
import { direction, previousQuarter, resolveQuarter } from '../resolve.js';
import { rx, fixed, relative, type TimexRule } from './rule.js';

/**
 * true for a quarter of a later year than the anchor's: a forecast, not a result. (Quarters of
 * the anchor's own year may be fiscal ones already reported: "its fourth quarter ended Sept. 30",
 * written in November.)
 */
const isAfterAnchor = (resolved: { year: number }, anchor: { year: number }): boolean =>
  resolved.year > anchor.year;

export const quarterRule: TimexRule = {
  // "the third quarter", "third-quarter", "the latest quarter", "the fourth quarter of 1988"
  name: 'quarter',
  pattern: rx(
    "(?:the\\s+)?(?:(?<leadYear>(?:19|20)\\d\\d)(?:['’]s)?\\s+|(?<possDir>this|last|next)\\s+year['’]s\\s+|(?<yearAgo>year-(?:ago|earlier))\\s+(?=first|second|third|fourth|1st|2nd|3rd|4th))?(?:fiscal[\\s-]+(?=first|second|third|fourth|1st|2nd|3rd|4th))?(?:(?<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)|(?<which>latest|last|current|previous|past|same|most recent|recent|fiscal|this))?" +
      '(?:[\\s-]+(?:fiscal|calendar)[\\s-]+)?[\\s-]*quarter(?:\\s+of\\s+(?:(?<year>\\d{4})|(?<yearDir>last|this|next) year))?',
  ),
  accept: (m) =>
    !!(
      m.groups?.ordinal ||
      m.groups?.which ||
      m.groups?.leadYear ||
      m.groups?.possDir ||
      /^the\s/i.test(m[0])
    ),
  resolve: (g, ctx) => {
    const ordinal =
      ['first', 'second', 'third', 'fourth'].indexOf((g.ordinal ?? '').toLowerCase()) + 1 ||
      Number((g.ordinal ?? '').charAt(0)) ||
      0;
    const which = (g.which ?? '').toLowerCase();
    const step = direction(g.possDir) === 'last' ? -1 : direction(g.possDir) === 'next' ? 1 : 0;
    // A quarter of another year is a comparison: "the quarter" still means the one in discussion.
    let comparison = false;
    let resolved: { year: number; quarter: number } | null;
    if (ordinal && g.year) resolved = { year: Number(g.year), quarter: ordinal };
    else if (ordinal && g.yearDir && ctx.anchor) {
      resolved = {
        year: ctx.anchor.year + (g.yearDir === 'last' ? -1 : g.yearDir === 'next' ? 1 : 0),
        quarter: ordinal,
      };
    } else if (ordinal && g.possDir && ctx.anchor) {
      // "next year's first quarter", "this year's third quarter"
      resolved = { year: ctx.anchor.year + step, quarter: ordinal };
    } else if (ordinal && g.yearAgo) {
      // "the year-ago third quarter": that quarter of the year before the one in discussion.
      const current = resolveQuarter(ordinal, ctx);
      resolved = current ? { year: current.year - 1, quarter: ordinal } : null;
      comparison = true;
    } else if (g.possDir && ctx.anchor) {
      // "last year's quarter": the quarter in discussion, in that year.
      const quarter = (ctx.lastQuarter ?? previousQuarter(ctx))?.quarter ?? 1;
      resolved = { year: ctx.anchor.year + step, quarter };
      comparison = step !== 0;
    } else if (ordinal && g.leadYear) resolved = { year: Number(g.leadYear), quarter: ordinal };
    else if (ordinal) resolved = resolveQuarter(ordinal, ctx);
    else if (which === 'current' && ctx.anchor)
      resolved = { year: ctx.anchor.year, quarter: quarterOf(ctx.anchor.month) };
    // In results copy "this quarter" is the one reported; elsewhere the one under way.
    else if (which === 'this' && ctx.anchor)
      resolved = ctx.lastQuarter ?? { year: ctx.anchor.year, quarter: quarterOf(ctx.anchor.month) };
    else if (g.leadYear)
      resolved = ctx.lastQuarter
        ? { year: Number(g.leadYear), quarter: ctx.lastQuarter.quarter }
        : null;
    // "the latest quarter" is the last completed one; plain "the quarter" the one in discussion.
    else if (which) resolved = previousQuarter(ctx);
    else resolved = ctx.lastQuarter ?? previousQuarter(ctx);
    // Results copy compares with the quarter reported: one of a later year ("losses through the
    // third quarter of 1990") is a forecast, and "the year-ago period" does not count from it.
    if (resolved && !comparison && !(ctx.anchor && isAfterAnchor(resolved, ctx.anchor)))
      ctx.lastQuarter = resolved;
    return relative('DATE', resolved ? formatQuarter(resolved.year, resolved.quarter) : null);
  },
};

export const halfRule: TimexRule = {
  // "the first half", "the second half of 2024", "the last half of 1989", "the first two
  // quarters of 1990" (a half by another name), "next year's first half"
  name: 'half',
  pattern: rx(
    "(?:the\\s+)?(?:(?<possDir>this|last|next)\\s+year['’]s\\s+)?(?<ordinal>first|second|last|latter|back)\\s+" +
      '(?:half|(?<two>two\\s+quarters))' +
      '(?:\\s+of\\s+(?:(?<year>\\d{4})|(?<yearDir>last|this|next)\\s+year))?',
  ),
  // "the last half" alone is often "the last half-hour" or "the last half of the game".
  accept: (m) =>
    /^(?:first|second)$/i.test(m.groups?.ordinal ?? '') || !!(m.groups?.year || m.groups?.yearDir),
  resolve: (g, ctx) => {
    const half = g.ordinal?.toLowerCase() === 'first' ? 1 : 2;
    if (g.year) return fixed('DATE', `${g.year}-H${half}`);
    if (!ctx.anchor) return relative('DATE', null);
    const dir = direction(g.yearDir ?? g.possDir);
    const year = ctx.anchor.year + (dir === 'last' ? -1 : dir === 'next' ? 1 : 0);
    return relative('DATE', `${year}-H${half}`);
  },
};

export const periodRule: TimexRule = {
  // "the latest period", "that quarter" in results copy: the quarter under discussion.
  name: 'period',
  pattern: rx('(?:(?:the\\s+)?(?:latest|most\\s+recent)\\s+period|that\\s+quarter)'),
  resolve: (g, ctx) => {
    void g;
    // Without a quarter named, "the latest period" may be a month or a year: say nothing.
    const quarter = ctx.lastQuarter;
    return quarter ? relative('DATE', formatQuarter(quarter.year, quarter.quarter)) : null;
  },
};
