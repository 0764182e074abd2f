/** GET /stories, /stories/:id and /stories/:id/brief: what the store holds, read-only. */
import type { FastifyInstance } from 'fastify';
import { renderBrief } from '../../../brief/index.js';
import { briefStory } from '../../../pipeline/index.js';
import type { Brief } from '../../../types.js';
import type { ServerContext } from '../context.js';
import { HttpError } from '../http-error.js';
import { briefQuery, DEFAULT_PAGE_SIZE, idParams, storiesQuery } from '../schemas.js';

/** The standalone HTML brief styles itself inline and runs no script. */
export const BRIEF_HTML_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'";

interface StoriesQuery {
  search?: string;
  since?: string;
  until?: string;
  limit?: number;
  offset?: number;
}

export async function storyBrief(context: ServerContext, id: string): Promise<Brief> {
  const story = await context.store.getStory(id);
  if (!story)
    throw new HttpError(
      404,
      'STORY_NOT_FOUND',
      `No story "${id}": list the stories with GET /stories`,
    );
  const stored = await context.store.getBrief(id);
  if (stored) return stored;
  // A story clustered but never briefed (an interrupted run): build it now, as a write.
  const built = await context.writes.run(() =>
    briefStory(context.store, id, context.pipeline.brief),
  );
  if (!built) throw new HttpError(404, 'STORY_NOT_FOUND', `Story "${id}" has no articles`);
  return built;
}

export function storyRoutes(app: FastifyInstance, context: ServerContext): void {
  app.get<{ Querystring: StoriesQuery }>(
    '/stories',
    { schema: { querystring: storiesQuery } },
    async (request) => {
      const { search, since, until } = request.query;
      const limit = request.query.limit ?? DEFAULT_PAGE_SIZE;
      const offset = request.query.offset ?? 0;
      if (since && until && since >= until)
        throw new HttpError(400, 'INVALID_REQUEST', '"since" must be earlier than "until"');
      // One row more than asked tells whether a next page exists without a COUNT query.
      const rows = await context.store.listStories({
        ...(search ? { search } : {}),
        ...(since ? { since } : {}),
        ...(until ? { until } : {}),
        limit: limit + 1,
        offset,
      });
      return {
        stories: rows.slice(0, limit),
        limit,
        offset,
        next: rows.length > limit ? offset + limit : null,
      };
    },
  );

  app.get<{ Params: { id: string } }>(
    '/stories/:id',
    { schema: { params: idParams } },
    async (request) => {
      const brief = await storyBrief(context, request.params.id);
      const story = await context.store.getStory(request.params.id);
      return {
        story,
        articles: brief.story.articles,
        brief: `/stories/${encodeURIComponent(brief.story.id)}/brief`,
      };
    },
  );

  app.get<{ Params: { id: string }; Querystring: { format?: 'json' | 'md' | 'html' } }>(
    '/stories/:id/brief',
    { schema: { params: idParams, querystring: briefQuery } },
    async (request, reply) => {
      const brief = await storyBrief(context, request.params.id);
      const format = request.query.format ?? 'json';
      if (format === 'json') return brief;
      if (format === 'html') reply.header('content-security-policy', BRIEF_HTML_CSP);
      return reply
        .type(format === 'md' ? 'text/markdown; charset=utf-8' : 'text/html; charset=utf-8')
        .send(renderBrief(brief, format));
    },
  );
}
