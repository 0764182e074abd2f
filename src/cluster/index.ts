/** Cluster stage: online story clustering. */
export { StoryClusterer, storyId } from './story-clusterer.js';
export type {
  ClusterInput,
  ClusterResult,
  ArticleMove,
  RecentState,
  ClusterOptions,
  ClustererState,
  StoryState,
} from './story-clusterer.js';
export {
  DEFAULT_THRESHOLD,
  DEFAULT_MERGE_THRESHOLD,
  DEFAULT_MAX_CANDIDATES,
  DEFAULT_QUERY_TERMS,
  DEFAULT_INDEX_TERMS,
  DEFAULT_CENTROID_TERMS,
  DEFAULT_WINDOW_DAYS,
  DEFAULT_WINDOW_ARRIVALS,
  DEFAULT_EVICT_EVERY,
  DEFAULT_REFINE_EVERY,
  DEFAULT_REFINE_WINDOW,
} from './story-clusterer.js';
export { articleTerms, nameTerms } from './features.js';
export type { FeatureOptions } from './features.js';
export type { TimeDecayOptions } from './time-decay.js';
export {
  eventDays,
  DEFAULT_DAY_MATCH_BONUS,
  DEFAULT_DAY_CONFLICT_PENALTY,
  DEFAULT_DAY_LEAD_CHARS,
} from './event-days.js';
export type { EventDayOptions } from './event-days.js';
