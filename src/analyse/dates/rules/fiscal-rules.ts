/** Fiscal periods of results copy: quarters and halves. */
import { formatQuarter, quarterOf } from '../calendar.js';
import { previousQuarter, resolveQuarter } from '../resolve.js';
import { rx, fixed, relative, type TimexRule } from './rule.js';

export const quarterRule: TimexRule = {
  // "the third quarter", "third-quarter", "the latest quarter", "the fourth quarter of 1988"
  name: 'quarter',
  pattern: rx(
    '(?:the\\s+)?(?:(?<leadYear>(?:19|20)\\d\\d)\\s+)?(?:(?<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)|(?<which>latest|last|current|previous|past|same|most recent|recent|fiscal))?' +
      '(?:[\\s-]+(?:fiscal|calendar)[\\s-]+)?[\\s-]*quarter(?:\\s+of\\s+(?:(?<year>\\d{4})|(?<yearDir>last|this|next) year))?',
  ),
  accept: (m) =>
    !!(m.groups?.ordinal || m.groups?.which || m.groups?.leadYear || /^the\s/i.test(m[0])),
  resolve: (g, ctx) => {
    const ordinal =
      ['first', 'second', 'third', 'fourth'].indexOf((g.ordinal ?? '').toLowerCase()) + 1 ||
      Number((g.ordinal ?? '').charAt(0)) ||
      0;
    const which = (g.which ?? '').toLowerCase();
    let resolved: { year: number; quarter: number } | null;
    if (ordinal && g.year) resolved = { year: Number(g.year), quarter: ordinal };
    else if (ordinal && g.yearDir && ctx.anchor) {
      resolved = {
        year: ctx.anchor.year + (g.yearDir === 'last' ? -1 : g.yearDir === 'next' ? 1 : 0),
        quarter: ordinal,
      };
    } else if (ordinal && g.leadYear) resolved = { year: Number(g.leadYear), quarter: ordinal };
    else if (ordinal) resolved = resolveQuarter(ordinal, ctx);
    else if (which === 'current' && ctx.anchor)
      resolved = { year: ctx.anchor.year, quarter: quarterOf(ctx.anchor.month) };
    else if (g.leadYear)
      resolved = ctx.lastQuarter
        ? { year: Number(g.leadYear), quarter: ctx.lastQuarter.quarter }
        : null;
    // "the latest quarter" is the last completed one; plain "the quarter" the one in discussion.
    else if (which) resolved = previousQuarter(ctx);
    else resolved = ctx.lastQuarter ?? previousQuarter(ctx);
    if (resolved) ctx.lastQuarter = resolved;
    return relative('DATE', resolved ? formatQuarter(resolved.year, resolved.quarter) : null);
  },
};

export const halfRule: TimexRule = {
  // "the first half", "the second half of 2024"
  name: 'half',
  pattern: rx('the\\s+(?<ordinal>first|second)\\s+half(?:\\s+of\\s+(?<year>\\d{4}))?'),
  resolve: (g, ctx) => {
    const half = g.ordinal?.toLowerCase() === 'first' ? 1 : 2;
    if (g.year) return fixed('DATE', `${g.year}-H${half}`);
    return relative('DATE', ctx.anchor ? `${ctx.anchor.year}-H${half}` : null);
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
