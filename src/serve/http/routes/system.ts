/** GET /healthz, /metrics (Prometheus text) and /openapi.json. */
import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../context.js';
import { buildOpenApi } from '../openapi.js';

export function systemRoutes(app: FastifyInstance, context: ServerContext): void {
  const started = Date.now();
  const openapi = buildOpenApi();

  app.get('/healthz', async (_request, reply) => {
    try {
      const articles = await context.store.countArticles();
      return { status: 'ok', articles, uptimeSeconds: Math.round((Date.now() - started) / 1000) };
    } catch (error) {
      _request.log.error(error);
      return reply.code(503).send({ status: 'unavailable', reason: 'the store does not answer' });
    }
  });

  app.get('/metrics', async (_request, reply) =>
    reply.type('text/plain; version=0.0.4; charset=utf-8').send(await context.metrics.render()),
  );

  app.get('/openapi.json', async () => openapi);
}
