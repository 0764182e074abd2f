/** GET /events: a Server-Sent Events stream of `stories` events (see events.ts). */
import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../context.js';
import { HttpError } from '../http-error.js';

export function eventRoutes(app: FastifyInstance, context: ServerContext): void {
  app.get('/events', async (_request, reply) => {
    if (context.events.size >= context.events.maxStreams)
      throw new HttpError(
        503,
        'TOO_MANY_STREAMS',
        'Too many open event streams: poll GET /stories instead',
      );
    // The hub owns the socket from here; Fastify must not answer it.
    reply.hijack();
    context.events.attach(reply.raw);
  });
}
