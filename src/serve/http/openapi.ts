/**
 * The OpenAPI 3.1 description served at /openapi.json, built from the same schemas the routes
 * validate with (schemas.ts). A test checks that every route is described here.
 */
import { VERSION } from '../cli/version.js';
import {
  articleQuery,
  briefQuery,
  errorSchema,
  idParams,
  ingestReportSchema,
  storiesQuery,
  storyRowSchema,
} from './schemas.js';

type Schema = { properties?: Record<string, unknown>; required?: readonly string[] };

function parameters(schema: Schema, where: 'query' | 'path'): object[] {
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (schema.required ?? []).includes(name),
    schema: property,
    ...((property as { description?: string }).description
      ? { description: (property as { description: string }).description }
      : {}),
  }));
}

const json = (schema: object) => ({ 'application/json': { schema } });
const error = (description: string) => ({
  description,
  content: json({ $ref: '#/components/schemas/Error' }),
});

export function buildOpenApi(): object {
  const idParam = parameters(idParams, 'path');
  return {
    openapi: '3.1.0',
    info: {
      title: 'Storyline API',
      version: VERSION,
      description:
        'Turns a stream of news articles into deduplicated stories with cited briefs. Errors are {"error": {status, code, message}}. Write endpoints need "Authorization: Bearer <token>" when the server has a token. Every client is rate limited (429 with Retry-After).',
    },
    components: {
      schemas: {
        Error: errorSchema,
        StoryRow: storyRowSchema,
        IngestReport: ingestReportSchema,
        ArticleInput: ARTICLE_INPUT_SCHEMA,
      },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
    paths: {
      '/articles': {
        post: {
          summary:
            'Ingest articles (idempotent: ids are content hashes; known articles are not processed again)',
          security: [{ bearer: [] }],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  description: 'one article, an array of articles, or {"articles": [...]}',
                  oneOf: [
                    { $ref: '#/components/schemas/ArticleInput' },
                    { type: 'array', items: { $ref: '#/components/schemas/ArticleInput' } },
                    { type: 'object', properties: { articles: { type: 'array' } } },
                  ],
                },
              },
              'application/x-ndjson': {
                schema: { type: 'string', description: 'one article object per line' },
              },
            },
          },
          responses: {
            '201': {
              description: 'new articles stored',
              content: json({ $ref: '#/components/schemas/IngestReport' }),
            },
            '200': {
              description: 'every article was already stored',
              content: json({ $ref: '#/components/schemas/IngestReport' }),
            },
            '400': error('no article in the body'),
            '401': error('missing or wrong bearer token'),
            '413': error('body or batch too large'),
            '415': error('unsupported Content-Type'),
            '429': error('rate limited'),
          },
        },
      },
      '/articles/{id}': {
        get: {
          summary:
            'One article: cleaned text, sentences with spans, passages shared with other outlets',
          parameters: [...idParam, ...parameters(articleQuery, 'query')],
          responses: { '200': { description: 'the article' }, '404': error('unknown article') },
        },
      },
      '/stories': {
        get: {
          summary: 'Stories, most articles first, paged',
          parameters: parameters(storiesQuery, 'query'),
          responses: {
            '200': {
              description: 'a page of stories; `next` is the offset of the next page or null',
              content: json({
                type: 'object',
                properties: {
                  stories: { type: 'array', items: { $ref: '#/components/schemas/StoryRow' } },
                  limit: { type: 'integer' },
                  offset: { type: 'integer' },
                  next: { type: ['integer', 'null'] },
                },
              }),
            },
            '400': error('invalid query'),
          },
        },
      },
      '/stories/{id}': {
        get: {
          summary: 'One story and its articles',
          parameters: idParam,
          responses: { '200': { description: 'the story' }, '404': error('unknown story') },
        },
      },
      '/stories/{id}/brief': {
        get: {
          summary:
            'The brief of a story: JSON (storyline.brief/1, see docs/brief-schema.md), Markdown or standalone HTML',
          parameters: [...idParam, ...parameters(briefQuery, 'query')],
          responses: {
            '200': {
              description: 'the brief',
              content: {
                'application/json': { schema: { type: 'object' } },
                'text/markdown': { schema: { type: 'string' } },
                'text/html': { schema: { type: 'string' } },
              },
            },
            '404': error('unknown story'),
          },
        },
      },
      '/events': {
        get: {
          summary:
            'Server-Sent Events: `stories` events {stories: [ids], inserted} after each ingest that stored something',
          responses: {
            '200': { description: 'text/event-stream' },
            '503': error('too many open streams'),
          },
        },
      },
      '/healthz': {
        get: {
          summary: 'Liveness and store check',
          responses: { '200': { description: 'ok' }, '503': { description: 'store unavailable' } },
        },
      },
      '/metrics': {
        get: {
          summary: 'Prometheus metrics (text format 0.0.4)',
          responses: { '200': { description: 'metrics' } },
        },
      },
      '/openapi.json': {
        get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1' } } },
      },
    },
  };
}

/** Article input fields, as the ingest stage reads them (jsonl.ts). */
export const ARTICLE_INPUT_SCHEMA = {
  type: 'object',
  required: ['text'],
  properties: {
    text: { type: 'string', description: 'article body (aliases: body, content)' },
    title: { type: 'string' },
    url: { type: 'string' },
    source: { type: 'string', description: 'outlet (aliases: outlet, publisher)' },
    published: { type: 'string', description: 'ISO 8601 date (aliases: date, publication_date)' },
    byline: { type: 'string' },
    id: { type: 'string', description: 'optional; default is a hash of the content' },
  },
} as const;
