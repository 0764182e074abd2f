/**
 * JSON Schemas of the API: the routes validate requests with them and /openapi.json publishes
 * them, so the documentation cannot drift from what the server accepts.
 */

/** Stories per page. Default DEFAULT_PAGE_SIZE (20), at most MAX_PAGE_SIZE (200). */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 200;

const isoDate = {
  type: 'string',
  pattern: '^\\d{4}-\\d{2}-\\d{2}(T[0-9:.]+(Z|[+-]\\d{2}:?\\d{2})?)?$',
  description: 'ISO 8601 date or date-time (2025-01-03 or 2025-01-03T10:00:00Z)',
} as const;

export const storiesQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    search: {
      type: 'string',
      maxLength: 200,
      description:
        'case-insensitive substring of the title or the brief (summary, facts, names, quotes)',
    },
    since: {
      ...isoDate,
      description: `only stories with an article published at or after this date (${isoDate.description})`,
    },
    until: {
      ...isoDate,
      description: `only stories with an article published before this date (${isoDate.description})`,
    },
    limit: { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE },
    offset: { type: 'integer', minimum: 0, maximum: 1_000_000, default: 0 },
  },
} as const;

/** Ids are content hashes or client-given ids: bounded, printable, no slashes. */
export const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[^/\\s]+$' } },
} as const;

export const briefQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { format: { type: 'string', enum: ['json', 'md', 'html'], default: 'json' } },
} as const;

export const articleQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    cite: {
      type: 'string',
      maxLength: 2000,
      description:
        'text cited from this article (a summary sentence, quote, fact): the answer lists the sentences that carry it',
    },
  },
} as const;

export const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['status', 'code', 'message'],
      properties: {
        status: { type: 'integer' },
        code: { type: 'string' },
        message: { type: 'string' },
        details: {},
      },
    },
  },
} as const;

export const storyRowSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    title: { type: 'string' },
    articles: { type: 'integer' },
    sources: { type: 'integer' },
    firstPublished: { type: ['string', 'null'] },
    lastPublished: { type: ['string', 'null'] },
    updated: { type: 'string' },
  },
} as const;

export const ingestReportSchema = {
  type: 'object',
  properties: {
    read: { type: 'integer', description: 'articles in the body' },
    inserted: {
      type: 'integer',
      description: 'articles stored by this request (0 when all were known)',
    },
    articleIds: { type: 'array', items: { type: 'string' } },
    stories: {
      type: 'array',
      items: { type: 'string' },
      description: 'stories whose brief was rebuilt',
    },
    skipped: { type: 'array', items: { type: 'object' } },
    duplicates: { type: 'array', items: { type: 'object' } },
    merges: { type: 'array', items: { type: 'object' } },
  },
} as const;
