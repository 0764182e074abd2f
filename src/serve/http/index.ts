export {
  buildServer,
  type ServerOptions,
  DEFAULT_BODY_LIMIT,
  DEFAULT_WRITE_RATE_LIMIT,
} from './build-server.js';
export { RateLimiter, type RateLimitOptions } from './rate-limit.js';
export { locateCitation, type CitationMatch } from './locate-citation.js';
export { buildOpenApi } from './openapi.js';
export { HttpError, type HttpErrorBody, type HttpErrorCode } from './http-error.js';
