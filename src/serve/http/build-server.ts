/**
 * The HTTP API and the web app on Fastify. Tests drive it with `app.inject`; `storyline serve`
 * listens on a port.
 *
 * Request workflow:
 *   1. onRequest   rate limit per client (reads and writes have separate buckets)
 *   2. parse       bodies are raw bytes (size-limited); POST /articles parses them itself
 *   3. validate    query/params against schemas.ts (400 INVALID_REQUEST on failure)
 *   4. handle      routes/*.ts; writes go through one queue (write-queue.ts)
 *   5. onSend      security headers; onResponse: metrics
 */
import Fastify, { type FastifyInstance } from 'fastify';
import type { PipelineOptions } from '../../pipeline/index.js';
import type { Store } from '../../store/index.js';
import { DEFAULT_MAX_BATCH } from './article-body.js';
import type { ServerContext } from './context.js';
import { EventHub, DEFAULT_MAX_STREAMS } from './events.js';
import { HttpError, sendError } from './http-error.js';
import { Metrics } from './metrics.js';
import { RateLimiter, type RateLimitOptions } from './rate-limit.js';
import { articleRoutes } from './routes/articles.js';
import { eventRoutes } from './routes/events.js';
import { storyRoutes } from './routes/stories.js';
import { systemRoutes } from './routes/system.js';
import { webRoutes } from './routes/web.js';
import { WriteQueue } from './write-queue.js';

export interface ServerOptions {
  store: Store;
  /** Bearer token required by write endpoints. Default: $STORYLINE_TOKEN; unset = open. */
  token?: string;
  /** Largest request body in bytes. Default DEFAULT_BODY_LIMIT (16 MiB). */
  bodyLimit?: number;
  /** Articles accepted per POST. Default DEFAULT_MAX_BATCH (1000). */
  maxBatch?: number;
  /** Per-client limit on reads; false disables. Default: burst 120, 50/s (rate-limit.ts). */
  rateLimit?: RateLimitOptions | false;
  /** Per-client limit on writes; false disables. Default DEFAULT_WRITE_RATE_LIMIT. */
  writeRateLimit?: RateLimitOptions | false;
  /** Options for the pipeline run on POST /articles (brief length, thresholds). */
  pipeline?: Omit<PipelineOptions, 'store' | 'onProgress'>;
  /** Serve the web app at `/`. Default true. */
  web?: boolean;
  /** Open Server-Sent Events streams at once. Default 100. */
  maxStreams?: number;
  /** Fastify's logger (pino); default false. */
  logger?: boolean;
  /** Trust X-Forwarded-For for the client address (behind a proxy). Default false. */
  trustProxy?: boolean;
}

export const DEFAULT_BODY_LIMIT = 16 * 1024 * 1024;
export const DEFAULT_WRITE_RATE_LIMIT: RateLimitOptions = { burst: 20, perSecond: 2 };

/** Responses of the API never need scripts, frames or other origins. */
const API_CSP = "default-src 'none'; frame-ancestors 'none'";
/** Not rate limited: orchestrators and scrapers poll them. */
const UNLIMITED = new Set(['/healthz', '/metrics']);

/**
 * @example
 * const app = buildServer({ store: new SqliteStore(':memory:'), token: 's3cret' });
 * const response = await app.inject({ method: 'GET', url: '/stories' });
 */
export function buildServer(options: ServerOptions): FastifyInstance {
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit,
    trustProxy: options.trustProxy ?? false,
    // Ids in paths are content hashes; nothing needs long URLs but ?cite= texts.
    routerOptions: { maxParamLength: 200 },
  });
  const context: ServerContext = {
    store: options.store,
    token: options.token ?? (process.env.STORYLINE_TOKEN || undefined),
    maxBatch: options.maxBatch ?? DEFAULT_MAX_BATCH,
    pipeline: options.pipeline ?? {},
    metrics: new Metrics(),
    events: new EventHub(options.maxStreams ?? DEFAULT_MAX_STREAMS),
    writes: new WriteQueue(),
  };
  context.metrics.gauge('storyline_articles_stored', 'Articles in the store', () =>
    context.store.countArticles(),
  );
  context.metrics.gauge(
    'storyline_write_queue_depth',
    'Ingest batches queued or running',
    () => context.writes.depth,
  );
  context.metrics.gauge(
    'storyline_event_streams',
    'Open Server-Sent Events streams',
    () => context.events.size,
  );

  // 1. Rate limits.
  const reads = options.rateLimit === false ? null : new RateLimiter(options.rateLimit);
  const writes =
    options.writeRateLimit === false
      ? null
      : new RateLimiter(options.writeRateLimit ?? DEFAULT_WRITE_RATE_LIMIT);
  app.addHook('onRequest', async (request, reply) => {
    if (UNLIMITED.has(request.routeOptions.url ?? '')) return;
    const limiter = request.method === 'GET' || request.method === 'HEAD' ? reads : writes;
    if (!limiter) return;
    const decision = limiter.take(request.ip);
    if (!decision.allowed) {
      context.metrics.inc('storyline_rate_limited_total', 'Requests refused by the rate limiter');
      reply.header('retry-after', String(decision.retryAfterSeconds));
      throw new HttpError(
        429,
        'RATE_LIMITED',
        `Too many requests: retry in ${decision.retryAfterSeconds} s`,
      );
    }
    reply.header('ratelimit-limit', String(limiter.burst));
    reply.header('ratelimit-remaining', String(decision.remaining));
  });

  // 2. Bodies stay bytes: POST /articles decides between JSON and JSON Lines itself.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit }, (_request, body, done) => {
    done(null, body);
  });

  // 5. Headers and metrics.
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    if (!reply.hasHeader('content-security-policy'))
      reply.header('content-security-policy', API_CSP);
    return payload;
  });
  app.addHook('onResponse', async (request, reply) => {
    context.metrics.observeRequest(
      request.method,
      request.routeOptions.url ?? 'unmatched',
      reply.statusCode,
      reply.elapsedTime / 1000,
    );
  });

  app.setErrorHandler((error, request, reply) => sendError(request, reply, error));
  app.setNotFoundHandler((request, reply) =>
    sendError(
      request,
      reply,
      new HttpError(
        404,
        'NOT_FOUND',
        `No route ${request.method} ${request.url.split('?')[0]}: see /openapi.json`,
      ),
    ),
  );

  // 3-4. Routes.
  articleRoutes(app, context);
  storyRoutes(app, context);
  systemRoutes(app, context);
  eventRoutes(app, context);
  if (options.web ?? true) webRoutes(app);
  app.addHook('onClose', async () => context.events.close());
  return app;
}
