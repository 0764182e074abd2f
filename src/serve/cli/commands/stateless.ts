/**
 * Stateless commands over JSON Lines of Articles: `cluster`, `dedup`, `summarize`.
 * No database: the same input always gives the same output.
 */
import type { Command } from 'commander';
import { cleanArticle } from '../../../clean/index.js';
import { StoryClusterer } from '../../../cluster/index.js';
import { Deduplicator } from '../../../dedup/index.js';
import type { CleanArticle, DuplicateLink } from '../../../types.js';
import { lineWriter, readJsonlArticles } from '../io.js';
import { positiveInt, summaryOptions } from '../options.js';

/** Dedup then cluster: duplicates join their original's story. Exported for eval and tests. */
export function clusterArticles(articles: readonly CleanArticle[]): {
  links: Map<string, DuplicateLink>;
  stories: Map<string, string>;
} {
  const deduplicator = new Deduplicator();
  const clusterer = new StoryClusterer();
  const links = new Map<string, DuplicateLink>();
  const stories = new Map<string, string>();
  for (const { article } of articles) {
    const link = deduplicator.add(article.id, article.text);
    if (link) links.set(article.id, link);
    const original = link ? stories.get(link.duplicateOf) : undefined;
    if (original !== undefined) {
      stories.set(article.id, original);
      continue;
    }
    const result = clusterer.add({
      id: article.id,
      title: article.title,
      text: article.text,
      published: article.published,
    });
    // A merge re-points earlier assignments to the surviving story.
    for (const from of result.mergedFrom ?? []) {
      for (const [id, story] of stories) if (story === from) stories.set(id, result.story);
    }
    for (const move of result.moved ?? []) stories.set(move.id, move.to);
    stories.set(article.id, result.story);
  }
  return { links, stories };
}

export function registerStateless(program: Command): void {
  program
    .command('cluster')
    .description('assign stories to Articles (JSON Lines in, {"id","story"} lines out)')
    .argument('<in.jsonl>', 'JSON Lines of Articles, .gz accepted, - for stdin')
    .option('--out <file>', 'write to a file instead of stdout')
    .action(async (input: string, flags: { out?: string }) => {
      const articles = readJsonlArticles(input).map(({ article }) => cleanArticle(article));
      const { stories } = clusterArticles(articles);
      const out = lineWriter(flags.out);
      for (const { article } of articles)
        out.write({ id: article.id, story: stories.get(article.id) });
      await out.close();
    });

  program
    .command('dedup')
    .description(
      'find exact and near-duplicate copies (one {"id","duplicateOf","similarity","kind"} line per article)',
    )
    .argument('<in.jsonl>', 'JSON Lines of Articles, .gz accepted, - for stdin')
    .option('--out <file>', 'write to a file instead of stdout')
    .action(async (input: string, flags: { out?: string }) => {
      const deduplicator = new Deduplicator();
      const out = lineWriter(flags.out);
      for (const { article } of readJsonlArticles(input)) {
        const clean = cleanArticle(article, { detectLanguage: false });
        const link = deduplicator.add(article.id, clean.article.text);
        out.write(link ?? { id: article.id, duplicateOf: null, similarity: null, kind: 'unique' });
      }
      await out.close();
    });

  program
    .command('summarize')
    .description(
      'cited summary per story (Articles with a "story" field in, {story, summary} lines out)',
    )
    .argument(
      '<in.jsonl>',
      'JSON Lines of Articles carrying a "story" field, .gz accepted, - for stdin',
    )
    .option('--sentences <n>', 'summary length in sentences (default 6)', positiveInt)
    .option('--words <n>', 'summary length in words', positiveInt)
    .option('--out <file>', 'write to a file instead of stdout')
    .action(async (input: string, flags: { sentences?: number; words?: number; out?: string }) => {
      const groups = new Map<string, CleanArticle[]>();
      for (const { article, record } of readJsonlArticles(input)) {
        const story =
          record.story === undefined || record.story === null ? 'unassigned' : String(record.story);
        groups.set(story, [...(groups.get(story) ?? []), cleanArticle(article)]);
      }
      const { analyseStory } = await import('../../../analyse/index.js');
      const { summarize } = await import('../../../brief/index.js');
      const out = lineWriter(flags.out);
      for (const [story, articles] of groups) {
        const analysis = analyseStory(articles);
        out.write({ story, summary: summarize(articles, analysis.groups, summaryOptions(flags)) });
      }
      await out.close();
    });
}
