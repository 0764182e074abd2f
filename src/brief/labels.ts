/** Short human labels for articles: the outlet when known, else the input file's stem. */
import { basename, extname } from 'node:path';
import type { Article, StoryArticleRef } from '../types.js';

export function articleLabel(article: Article): string {
  if (article.source) return article.source;
  const file = article.provenance.file;
  if (file) {
    const stem = basename(file, extname(file));
    // "000_bac9cadff5763462" → "000": numbered exports keep their number, as in the seeds.
    const numbered = /^(\d{1,6})[_-][0-9a-f]{8,}$/i.exec(stem);
    return numbered?.[1] ?? stem;
  }
  return article.url ? new URL(article.url).hostname : article.id.slice(0, 8);
}

export function articleRef(article: Article): StoryArticleRef {
  return {
    id: article.id,
    file: article.provenance.file,
    url: article.url,
    source: article.source,
    title: article.title,
    published: article.published,
    label: articleLabel(article),
  };
}
