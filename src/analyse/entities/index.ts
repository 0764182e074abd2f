/** Analyse stage, entities: mentions per article and one canonical entity per story. */
export { extractEntityMentions } from './extract-mentions.js';
export { resolveStoryEntities } from './resolve-story.js';
export type { EntityOptions, MentionDetail, StoryEntities } from './resolve-story.js';
export type { Gazetteer } from './classify.js';
export { ROLE_SYNONYMS, roleKey } from './roles.js';
export { defaultNerModel, tagEntities } from './tagger/tag-entities.js';
export type { TaggedSpan, TaggedType } from './tagger/tag-entities.js';
export type { NerModel } from './tagger/perceptron.js';
export { readModel } from './tagger/model-file.js';
