/** Dates and the story timeline. */
export { extractDates } from './extract-dates.js';
export type { ExtractDatesOptions } from './extract-dates.js';
export { buildTimeline } from './build-timeline.js';
export type { TimelineOptions, TimelineEvent, DateVariant } from './build-timeline.js';
export { tagTimexes, DEFAULT_USE_CHRONO } from './tag-timexes.js';
export type { TagOptions } from './tag-timexes.js';
export type { Timex, TimexType } from './timex.js';
export { parseAnchor } from './calendar.js';
export type { CivilDate } from './calendar.js';
