/** `storyline eval <task> --data <dir>`: score a stage on a labelled set, one JSON line. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Command, InvalidArgumentError } from 'commander';
import { StorylineError } from '../../../errors.js';

type EvalTask = (options: { dataDir: string; limit?: number }) => Promise<object>;

/** Tasks load lazily: each pulls in its own data readers only when asked for. */
const TASKS: Record<string, () => Promise<EvalTask>> = {
  extraction: async () => (await import('../../../eval/extraction.js')).evalExtraction,
  clustering: async () => (await import('../../../eval/clustering.js')).evalClustering,
  quotes: async () => (await import('../../../eval/quotes.js')).evalQuotes,
  entities: async () => (await import('../../../eval/entities.js')).evalEntities,
  dates: async () => (await import('../../../eval/dates.js')).evalDates,
  summaries: async () => (await import('../../../eval/summaries.js')).evalSummaries,
};

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description(
      `score a stage against a labelled set (tasks: ${Object.keys(TASKS).join(', ') || 'none'})`,
    )
    .argument('<task>', 'what to evaluate')
    .option(
      '--data <dir>',
      'folder holding the labelled sets (default $STORYLINE_DATA or ../shared/data)',
    )
    .option('--limit <n>', 'evaluate on the first N items only', (value: string) => {
      const number = Number(value);
      if (!Number.isInteger(number) || number < 1)
        throw new InvalidArgumentError('expected a positive whole number.');
      return number;
    })
    .action(async (task: string, flags: { data?: string; limit?: number }) => {
      const load = TASKS[task];
      if (!load) {
        throw new StorylineError(
          'BAD_OPTION',
          `Unknown eval task "${task}" (tasks: ${Object.keys(TASKS).join(', ')})`,
          2,
        );
      }
      const dataDir = resolve(flags.data ?? process.env.STORYLINE_DATA ?? '../shared/data');
      if (!existsSync(dataDir))
        throw new StorylineError('DATA_NOT_FOUND', `No data folder at ${dataDir}`);
      const run = await load();
      const result = await run({ dataDir, ...(flags.limit ? { limit: flags.limit } : {}) });
      process.stdout.write(`${JSON.stringify({ task, ...result })}\n`);
    });
}
