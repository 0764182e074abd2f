/**
 * POST /articles (ingest a batch through the whole pipeline) and GET /articles/:id (one
 * article with its sentences, the passages it shares with other outlets, and optionally the
 * sentences carrying a cited text).
 */
import type { FastifyInstance } from 'fastify';
import type { IngestItem } from '../../../ingest/index.js';
import { processArticles } from '../../../pipeline/index.js';
import type { ServerContext } from '../context.js';
import { parseArticleBody } from '../article-body.js';
import { checkBearer } from '../auth.js';
import { HttpError } from '../http-error.js';
import { HIGHLIGHT_MIN_CONTAINMENT, locateCitation } from '../locate-citation.js';
import { articleQuery, idParams } from '../schemas.js';

async function* fromList(items: readonly IngestItem[]): AsyncGenerator<IngestItem> {
  yield* items;
}

/** A sentence of this article shared with another article of the story (brief.reuse). */
export interface SharedPassage {
  sentence: number;
  /** `copied-from`: this sentence comes from the other article; `copied-by`: the reverse. */
  direction: 'copied-from' | 'copied-by';
  otherArticleId: string;
  otherLabel: string;
  otherSentence: number;
  similarity: number;
}

export function articleRoutes(app: FastifyInstance, context: ServerContext): void {
  app.post('/articles', async (request, reply) => {
    checkBearer(context.token, request.headers.authorization);
    const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    const items = parseArticleBody(body, request.headers['content-type'], context.maxBatch);
    const report = await context.writes.run(() =>
      processArticles(fromList(items), { ...context.pipeline, store: context.store }),
    );
    context.metrics.inc(
      'storyline_articles_read_total',
      'Articles received on POST /articles',
      {},
      report.read,
    );
    context.metrics.inc(
      'storyline_articles_inserted_total',
      'Articles stored (new) from POST /articles',
      {},
      report.inserted,
    );
    context.metrics.inc(
      'storyline_articles_skipped_total',
      'Records of POST /articles that were not articles',
      {},
      report.skipped.length,
    );
    const stories = report.briefs.map((brief) => brief.story.id);
    if (report.inserted > 0) context.events.publish({ stories, inserted: report.inserted });
    return reply.code(report.inserted > 0 ? 201 : 200).send({
      read: report.read,
      inserted: report.inserted,
      articleIds: report.articleIds,
      stories,
      skipped: report.skipped.map(({ line, reason }) => ({ line, reason })),
      duplicates: report.duplicates,
      merges: report.merges,
    });
  });

  app.get<{ Params: { id: string }; Querystring: { cite?: string } }>(
    '/articles/:id',
    { schema: { params: idParams, querystring: articleQuery } },
    async (request) => {
      const { id } = request.params;
      const stored = await context.store.getArticle(id);
      if (!stored)
        throw new HttpError(
          404,
          'ARTICLE_NOT_FOUND',
          `No article "${id}": article ids are listed in GET /stories/{id}`,
        );
      const brief = stored.story ? await context.store.getBrief(stored.story) : null;
      const labelOf = new Map((brief?.story.articles ?? []).map((ref) => [ref.id, ref.label]));
      const shared: SharedPassage[] = [];
      for (const link of brief?.reuse ?? []) {
        for (const passage of link.passages) {
          if (link.articleId === id)
            shared.push({
              sentence: passage.sentence,
              direction: 'copied-from',
              otherArticleId: link.fromArticleId,
              otherLabel: labelOf.get(link.fromArticleId) ?? link.fromArticleId.slice(0, 8),
              otherSentence: passage.fromSentence,
              similarity: passage.similarity,
            });
          else if (link.fromArticleId === id)
            shared.push({
              sentence: passage.fromSentence,
              direction: 'copied-by',
              otherArticleId: link.articleId,
              otherLabel: labelOf.get(link.articleId) ?? link.articleId.slice(0, 8),
              otherSentence: passage.sentence,
              similarity: passage.similarity,
            });
        }
      }
      const { article } = stored;
      const cite = request.query.cite;
      return {
        article: {
          id: article.id,
          url: article.url,
          source: article.source,
          title: article.title,
          byline: article.byline,
          published: article.published,
          language: article.language,
          label: labelOf.get(article.id) ?? article.source ?? article.id.slice(0, 8),
          text: article.text,
          provenance: article.provenance,
        },
        story: stored.story,
        sentences: stored.sentences,
        shared: shared.sort((a, b) => a.sentence - b.sentence),
        ...(cite !== undefined
          ? { cited: locateCitation(stored.sentences, cite, HIGHLIGHT_MIN_CONTAINMENT) }
          : {}),
      };
    },
  );
}
