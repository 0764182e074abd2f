export { analyseStory } from './analyse-story.js';
export { extractEntityMentions, resolveStoryEntities } from './entities/index.js';
export { extractQuotes, buildQuoteLedger } from './quotes/index.js';
export { extractDates, buildTimeline } from './dates/index.js';
export { alignSentences, factsFromGroups } from './facts/index.js';
export { findDiscrepancies } from './discrepancies/index.js';
