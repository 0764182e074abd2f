/** Cross-outlet alignment (corroboration) and the facts it yields. */
export {
  alignSentences,
  DEFAULT_MIN_COSINE,
  DEFAULT_QUOTE_MIN_COSINE,
  DEFAULT_MIN_QUOTED_TERMS,
  DEFAULT_MIN_CONTAINMENT,
  DEFAULT_MIN_CONTAINED_TERMS,
  DEFAULT_INDEPENDENCE,
} from './align-sentences.js';
export type { AlignOptions } from './align-sentences.js';
export { factsFromGroups, MIN_FACT_SOURCES } from './facts-from-groups.js';
export { attributeFacts } from './fact-speakers.js';
export { storyVectors, cosineOf, weightedContainment, refKey } from './sentence-vectors.js';
export type { SentenceVector, StoryVectors } from './sentence-vectors.js';
