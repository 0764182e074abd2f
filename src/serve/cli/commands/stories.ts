/** `storyline stories` and `storyline brief <story>`: read what is stored. */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { StorylineError } from '../../../errors.js';
import { DEFAULT_DB_PATH, openStore } from '../../../store/open-store.js';
import { formatOption, positiveInt, summaryOptions } from '../options.js';
import { table } from '../table.js';

export function registerStories(program: Command): void {
  program
    .command('stories')
    .description('list the stories in the database')
    .option('--db <file>', 'SQLite database file', DEFAULT_DB_PATH)
    .option(
      '--search <text>',
      'only stories whose title or brief (summary, facts, names, quotes) contains this text',
    )
    .option('--limit <n>', 'how many stories (default 100)', positiveInt)
    .option('--json', 'one JSON object per line')
    .action(async (flags: { db: string; search?: string; limit?: number; json?: boolean }) => {
      const store = await openStore(flags.db);
      try {
        const stories = await store.listStories({
          ...(flags.search ? { search: flags.search } : {}),
          ...(flags.limit ? { limit: flags.limit } : {}),
        });
        if (flags.json)
          for (const story of stories) process.stdout.write(`${JSON.stringify(story)}\n`);
        else {
          const rows = stories.map((s) => [
            s.id,
            String(s.articles),
            String(s.sources),
            s.lastPublished ?? '–',
            s.title,
          ]);
          process.stdout.write(
            `${table(['story', 'articles', 'outlets', 'latest', 'title'], rows, 90)}\n`,
          );
        }
      } finally {
        await store.close();
      }
    });

  program
    .command('brief')
    .description('print the brief of one story')
    .argument('<story>', 'story id (see `storyline stories`)')
    .option('--db <file>', 'SQLite database file', DEFAULT_DB_PATH)
    .option('--format <format>', 'md, html or json', formatOption, 'md')
    .option('--sentences <n>', 'rebuild the summary with this many sentences', positiveInt)
    .option('--words <n>', 'rebuild the summary with this word budget', positiveInt)
    .option('--out <file>', 'write to a file instead of stdout')
    .action(
      async (
        story: string,
        flags: {
          db: string;
          format: 'md' | 'html' | 'json';
          sentences?: number;
          words?: number;
          out?: string;
        },
      ) => {
        const { renderBrief } = await import('../../../brief/index.js');
        const { briefStory } = await import('../../../pipeline/index.js');
        const store = await openStore(flags.db);
        try {
          const rebuild = flags.sentences !== undefined || flags.words !== undefined;
          const brief = rebuild
            ? await briefStory(store, story, summaryOptions(flags))
            : ((await store.getBrief(story)) ?? (await briefStory(store, story)));
          if (!brief) throw new StorylineError('STORY_NOT_FOUND', `No story ${story}`);
          const text = renderBrief(brief, flags.format);
          if (flags.out) writeFileSync(flags.out, text);
          else process.stdout.write(text);
        } finally {
          await store.close();
        }
      },
    );
}
