/** Durations: "two years", "the past three months", "for decades". */
import { NUMBER_SOURCE, UNIT_SOURCE, durationValue, parseQuantity, unitKey } from '../lexicon.js';
import { direction, resolveRelativeUnit } from '../resolve.js';
import { rx, APPROX, AND_A_HALF, fixed, relative, withHalf, type TimexRule } from './rule.js';

/** Units whose "the past …" / "the next …" TimeBank reads as the calendar unit, not a stretch. */
const CALENDAR_STRETCH = new Set(['year', 'decade', 'century']);

export const pastStretchRule: TimexRule = {
  // "the past two years", "the last three months": stretches of time. Alone, "the past year",
  // "the last decade" and "the next year" name the calendar year or decade before or after the
  // anchor (TimeBank annotates them as dates 4 times in 5); "the past week" stays a stretch.
  name: 'past-stretch',
  pattern: rx(
    `the\\s+(?<dir>past|last|next|coming|previous|first|final)\\s+(?:(?<quantity>${NUMBER_SOURCE})\\s+)?(?<unit>${UNIT_SOURCE})`,
  ),
  resolve: (g, ctx) => {
    const unit = unitKey(g.unit ?? '');
    const dir = direction(g.dir);
    const plural = unit !== (g.unit ?? '').toLowerCase();
    if (!g.quantity && !plural && CALENDAR_STRETCH.has(unit) && (dir === 'last' || dir === 'next'))
      return relative('DATE', resolveRelativeUnit(unit, dir, ctx));
    // "the coming years": a stretch of unstated length.
    const quantity = g.quantity ? parseQuantity(g.quantity) : plural ? null : 1;
    return fixed('DURATION', durationValue(quantity, g.unit ?? ''));
  },
};

/** What follows a quarter that is a share of something, not three months. */
const FRACTION_OF = /^\s+of\s+(?:the|its|his|her|their|our|all|a|an|this|that)\b/i;

export const durationRule: TimexRule = {
  // "two years", "a few days", "16-hour", "the first nine months", "more than 40 years",
  // "two more weeks", "an additional year"
  name: 'duration',
  pattern: rx(
    `(?:the\\s+(?:first\\s+|last\\s+|past\\s+|next\\s+)?)?${APPROX}(?<quantity>${NUMBER_SOURCE})[\\s-]+(?:(?:more|additional|further|extra)\\s+)?(?<unit>${UNIT_SOURCE})${AND_A_HALF}`,
  ),
  accept: (m, text) => {
    // Ages are not durations: "6-year-old", "a 53-year-old businessman".
    if (/^[\s-]+old\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6)))
      return false;
    const quantity = m.groups?.quantity?.toLowerCase() ?? '';
    // "the 1988 second quarter": a year, not a count.
    if (/^(?:1[89]|20)\d\d$/.test(quantity)) return false;
    // Fractions of a whole: "three-quarters of its food", "more than a quarter of the market"
    // ("several quarters of losses" stays a stretch of time).
    if (
      /^quarters?$/i.test(m.groups?.unit ?? '') &&
      FRACTION_OF.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))
    )
      return false;
    // "a day"/"a week" alone are often frequencies or idioms; keep them only after "for".
    return !(['some', 'many', 'few'].includes(quantity) && !/s$/i.test(m.groups?.unit ?? ''));
  },
  resolve: (g) => fixed('DURATION', durationValue(withHalf(g), g.unit ?? '')),
};

export const vagueDurationRule: TimexRule = {
  // "for years", "for decades", "in recent years", "recent months", "months", and compound
  // adjectives: "a decades-long battle", "their third day-long meeting"
  name: 'vague-duration',
  pattern: rx(
    '(?:(?<single>year|month|week|day|hour)|(?<unitLong>years|months|weeks|days|decades|hours))-long' +
      '|(?:(?<recent>recent)\\s+)?(?<unit>years|months|weeks|days|quarters|decades|centuries)',
  ),
  accept: (m, text) =>
    !!(m.groups?.recent || m.groups?.single || m.groups?.unitLong) ||
    /\b(?:for|over|in|within|after|take|took|lasted)\s+$/i.test(
      text.slice(Math.max(0, m.index - 8), m.index),
    ),
  resolve: (g) =>
    fixed(
      'DURATION',
      g.single ? durationValue(1, g.single) : durationValue(null, g.unit ?? g.unitLong ?? ''),
    ),
};
