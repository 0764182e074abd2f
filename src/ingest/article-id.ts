/**
 * Stable article ids: a hash of what makes an article itself (its URL when it has one,
 * else its outlet, title and words). Re-ingesting the same input gives the same id, which
 * makes `storyline run` idempotent.
 */
import { createHash } from 'node:crypto';
import { words } from '../util/tokens.js';

export const ARTICLE_ID_LENGTH = 16;

export function contentHash(text: string): string {
  return createHash('sha256').update(words(text).join(' ')).digest('hex');
}

export function articleId(parts: {
  url?: string | null;
  source?: string | null;
  title?: string | null;
  text: string;
}): string {
  const key = [parts.url ?? '', parts.source ?? '', parts.title ?? '', words(parts.text).join(' ')];
  return createHash('sha256').update(key.join('\u0000')).digest('hex').slice(0, ARTICLE_ID_LENGTH);
}
