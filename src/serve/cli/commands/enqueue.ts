/**
 * `storyline enqueue`: the producer of distributed ingest. Puts articles on a Redis Stream in
 * input order, each stamped with a global producer sequence (src/queue/article-queue.ts), for
 * `storyline worker` processes to take off. The URL may come from the environment
 * (STORYLINE_QUEUE) so that passwords stay out of argv and shell history.
 */
import type { Command } from 'commander';
import { StorylineError } from '../../../errors.js';
import { DEFAULT_STREAM } from '../../../queue/defaults.js';
import type { Article } from '../../../types.js';

/**
 * Articles per enqueue call: one Lua script stamps and appends them atomically, so a producer
 * killed mid-run leaves the stream without holes (a chunk is there whole or not at all).
 */
const ENQUEUE_CHUNK = 500;

export function requiredUrl(value: string | undefined, flag: string, variable: string): string {
  if (value) return value;
  throw new StorylineError('BAD_OPTION', `Give ${flag} or set ${variable}`, 2);
}

export function registerEnqueue(program: Command): void {
  program
    .command('enqueue')
    .description('put articles on the ingest queue for `storyline worker` processes')
    .argument('<paths...>', 'files, directories (recursed) or - for stdin')
    .option('--queue <url>', 'Redis URL (default: $STORYLINE_QUEUE)')
    .option('--stream <key>', 'Redis stream key', DEFAULT_STREAM)
    .action(async (paths: string[], flags: { queue?: string; stream: string }) => {
      // Loaded here, not at the top: other commands should not pay for Redis and the stages.
      const { readInputs } = await import('../../../ingest/index.js');
      const { ArticleQueue } = await import('../../../queue/article-queue.js');
      const queue = new ArticleQueue(
        requiredUrl(flags.queue ?? process.env.STORYLINE_QUEUE, '--queue', 'STORYLINE_QUEUE'),
        { stream: flags.stream },
      );
      let enqueued = 0;
      let skipped = 0;
      try {
        let chunk: Article[] = [];
        for await (const item of readInputs(paths)) {
          if ('kind' in item) {
            skipped++;
            process.stderr.write(`storyline: skipped ${item.file ?? 'stdin'}: ${item.reason}\n`);
            continue;
          }
          chunk.push(item);
          if (chunk.length >= ENQUEUE_CHUNK) {
            enqueued += await queue.enqueue(chunk);
            chunk = [];
          }
        }
        enqueued += await queue.enqueue(chunk);
      } finally {
        await queue.close();
      }
      process.stderr.write(`enqueued ${enqueued} articles, ${skipped} inputs skipped\n`);
    });
}
