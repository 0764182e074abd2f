/** Entity mentions of one article, canonical names resolved within the article. */
import type { CleanArticle } from '../../types.js';
import { resolveStoryEntities, type EntityOptions, type MentionDetail } from './resolve-story.js';

/**
 * People, organisations and places of one article. Roles are split from names ("Health
 * Secretary Wes Streeting" → role + "Wes Streeting"), honorifics dropped from `canonical`,
 * and short forms ("Streeting", "Sir Keir", "the Health Secretary") resolved to the full name
 * the article uses.
 *
 * @example
 * const mentions = extractEntityMentions(clean);
 * mentions.find((m) => m.text === 'Mr Streeting')?.canonical; // 'Wes Streeting'
 */
export function extractEntityMentions(
  clean: CleanArticle,
  options: EntityOptions = {},
): MentionDetail[] {
  return resolveStoryEntities([clean], options).mentions.get(clean.article.id) ?? [];
}
