/**
 * The TIMEX rules, one file per family under rules/. The order of this list breaks ties
 * between extents of the same length at the same place: keep the more specific rule first.
 */
import {
  isoDateRule,
  weekOfRule,
  monthDayRule,
  dayMonthRule,
  monthRule,
  yearRule,
  spelledYearRule,
  decadeRule,
  shortDecadeRule,
  centuryRule,
} from './rules/calendar-date-rules.js';
import {
  todayRule,
  partOfDayRule,
  relativeUnitRule,
  offsetRule,
  yearEarlierRule,
  yearEndRule,
} from './rules/deictic-rules.js';
import { weekdayRule, weekendRule, seasonRule, holidayRule } from './rules/named-day-rules.js';
import { quarterRule, halfRule, periodRule } from './rules/fiscal-rules.js';
import { pastStretchRule, durationRule, vagueDurationRule } from './rules/duration-rules.js';
import { clockRule, midDayRule } from './rules/clock-rules.js';
import { presentRule, pastRule, futureRule } from './rules/vague-rules.js';
import { setRule } from './rules/set-rules.js';
import {
  followingUnitRule,
  unitBeforeRule,
  sameUnitRule,
  theYearRule,
} from './rules/anaphoric-rules.js';
import type { TimexRule } from './rules/rule.js';

export type { Resolution, TimexRule } from './rules/rule.js';

export const TIMEX_RULES: TimexRule[] = [
  isoDateRule,
  weekOfRule,
  monthDayRule,
  dayMonthRule,
  monthRule,
  yearRule,
  spelledYearRule,
  decadeRule,
  shortDecadeRule,
  centuryRule,
  todayRule,
  partOfDayRule,
  weekdayRule,
  followingUnitRule,
  unitBeforeRule,
  sameUnitRule,
  theYearRule,
  pastStretchRule,
  relativeUnitRule,
  offsetRule,
  yearEarlierRule,
  yearEndRule,
  quarterRule,
  halfRule,
  periodRule,
  durationRule,
  vagueDurationRule,
  weekendRule,
  seasonRule,
  holidayRule,
  clockRule,
  midDayRule,
  presentRule,
  pastRule,
  futureRule,
  setRule,
];
