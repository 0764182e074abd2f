/**
 * Bearer-token check for write endpoints. Compared through SHA-256 digests with
 * timingSafeEqual, so neither the token's content nor its length leaks through timing.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { HttpError } from './http-error.js';

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/** Throws a 401 HttpError unless `header` is `Bearer <token>`. No token configured: open. */
export function checkBearer(token: string | undefined, header: string | undefined): void {
  if (token === undefined || token === '') return;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (!match?.[1] || !timingSafeEqual(digest(match[1]), digest(token))) {
    throw new HttpError(
      401,
      'UNAUTHORIZED',
      'This endpoint needs "Authorization: Bearer <token>" with the token the server was started with (STORYLINE_TOKEN)',
    );
  }
}
