/**
 * A CleanArticle made of one short text, for unit tests that feed real-shaped sentences to
 * one analyser (quotes, attribution rules): no boilerplate removal, only sentence splitting.
 */
import { splitSentences } from '../src/clean/index.js';
import type { CleanArticle } from '../src/types.js';

export function caseArticle(text: string, id = 'case'): CleanArticle {
  return {
    article: {
      id,
      url: null,
      source: 'test',
      title: null,
      byline: null,
      published: null,
      language: 'en',
      text,
      provenance: { file: null, format: 'jsonl' },
    },
    sentences: splitSentences(text),
    removed: [],
  };
}
