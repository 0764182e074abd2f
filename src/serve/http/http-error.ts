/**
 * One JSON error shape for every 4xx/5xx the API returns:
 *
 *   { "error": { "status": 400, "code": "INVALID_REQUEST", "message": "…what to do…" } }
 *
 * Codes are stable (clients branch on them); messages say what to change.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { StorylineError } from '../../errors.js';

export const HTTP_ERROR_CODES = [
  'INVALID_REQUEST',
  'UNSUPPORTED_MEDIA_TYPE',
  'PAYLOAD_TOO_LARGE',
  'NO_ARTICLES',
  'UNAUTHORIZED',
  'NOT_FOUND',
  'STORY_NOT_FOUND',
  'ARTICLE_NOT_FOUND',
  'RATE_LIMITED',
  'TOO_MANY_STREAMS',
  'INTERNAL',
] as const;

export type HttpErrorCode = (typeof HTTP_ERROR_CODES)[number];

export interface HttpErrorBody {
  error: { status: number; code: HttpErrorCode; message: string; details?: unknown };
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: HttpErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'HttpError';
  }

  body(): HttpErrorBody {
    return {
      error: {
        status: this.status,
        code: this.code,
        message: this.message,
        ...(this.details !== undefined ? { details: this.details } : {}),
      },
    };
  }
}

/** Map anything thrown in a handler (ours, Fastify's, a validation failure) to an HttpError. */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  if (error instanceof StorylineError) {
    if (error.code === 'STORY_NOT_FOUND')
      return new HttpError(404, 'STORY_NOT_FOUND', error.message);
    return new HttpError(400, 'INVALID_REQUEST', error.message);
  }
  const fastifyError = error as Partial<FastifyError>;
  if (fastifyError.validation) {
    const where = fastifyError.validationContext ?? 'request';
    return new HttpError(
      400,
      'INVALID_REQUEST',
      `Invalid ${where}: ${fastifyError.message ?? 'validation failed'}`,
      fastifyError.validation.map((v) => ({
        path: v.instancePath || v.params?.missingProperty || '',
        message: v.message,
      })),
    );
  }
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new HttpError(
        413,
        'PAYLOAD_TOO_LARGE',
        'Request body too large: send fewer articles per request',
      );
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new HttpError(
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'Unsupported Content-Type: send application/json or application/x-ndjson',
      );
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new HttpError(400, 'INVALID_REQUEST', fastifyError.message ?? 'Invalid body');
  }
  const status = fastifyError.statusCode;
  if (status !== undefined && status >= 400 && status < 500)
    return new HttpError(status, 'INVALID_REQUEST', fastifyError.message ?? 'Bad request');
  return new HttpError(500, 'INTERNAL', 'Internal error: see the server log');
}

export function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  error: unknown,
): FastifyReply {
  const httpError = toHttpError(error);
  if (httpError.status >= 500) request.log.error(error);
  return reply.code(httpError.status).type('application/json').send(httpError.body());
}
