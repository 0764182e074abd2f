/** Test helpers: the seed articles as POST /articles bodies. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseTextArticle } from '../../ingest/index.js';

export const SEEDS_DIR = resolve(
  process.env.STORYLINE_SEEDS ?? join(process.cwd(), '../shared/seeds'),
);

export interface ArticleInput {
  id?: string;
  title?: string | null;
  text: string;
  source?: string | null;
  published?: string | null;
  url?: string | null;
}

/** The five seeds as JSON article records, each labelled by its file prefix as its outlet. */
export function seedRecords(): ArticleInput[] {
  return readdirSync(SEEDS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const article = parseTextArticle(readFileSync(join(SEEDS_DIR, name), 'utf8'), {
        file: name,
        format: 'text',
      });
      return {
        title: article.title,
        text: article.text,
        source: `Outlet ${name.slice(0, 3)}`,
        published: article.published,
      };
    });
}
