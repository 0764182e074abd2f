/**
 * A CleanArticle from text that is already clean (eval corpora, tests, API callers that did
 * their own cleaning): sentences split with offsets, no boilerplate pass, nothing removed.
 */
import type { CleanArticle } from '../types.js';
import { splitSentences } from './sentences.js';

export interface FromTextOptions {
  /** Default: null (undated). */
  published?: string | null;
  /** Default: 'en'. */
  language?: string | null;
}

export function cleanFromText(
  id: string,
  text: string,
  options: FromTextOptions = {},
): CleanArticle {
  return {
    article: {
      id,
      url: null,
      source: null,
      title: null,
      byline: null,
      published: options.published ?? null,
      language: options.language === undefined ? 'en' : options.language,
      text,
      provenance: { file: null, format: 'text' },
    },
    sentences: splitSentences(text),
    removed: [],
  };
}
