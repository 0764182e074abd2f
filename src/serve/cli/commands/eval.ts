/** `storyline eval <task> --data <dir>`: score a stage on a labelled set, one JSON line. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { StorylineError } from '../../../errors.js';
import { EVAL_TASKS } from '../../../eval/tasks.js';
import { positiveInt } from '../options.js';

/** Committed floors of the quality gate, relative to the working directory. */
export const DEFAULT_BASELINE = 'eval/baseline.json';

async function gate(dataDir: string, baselinePath: string): Promise<void> {
  const { readBaseline, runGate } = await import('../../../eval/gate.js');
  const results = await runGate(readBaseline(baselinePath), dataDir, (task, report) => {
    process.stdout.write(`${JSON.stringify({ task, ...report })}\n`);
  });
  const failed = results.filter((result) => !result.pass);
  process.stdout.write(`${JSON.stringify({ task: 'gate', pass: failed.length === 0, results })}\n`);
  if (failed.length > 0) {
    const list = failed
      .map((f) => `${f.task}.${f.metric} ${f.value ?? 'missing'} < ${f.floor}`)
      .join(', ');
    throw new StorylineError('EVAL_REGRESSION', `Quality gate failed: ${list}`);
  }
}

export function registerEval(program: Command): void {
  const tasks = Object.keys(EVAL_TASKS).join(', ');
  program
    .command('eval')
    .description(
      `score a stage against a labelled set (tasks: ${tasks}; or gate: every floor in ${DEFAULT_BASELINE})`,
    )
    .argument('<task>', `one of ${tasks}, or gate`)
    .option(
      '--data <dir>',
      'folder holding the labelled sets (default $STORYLINE_DATA or ../shared/data)',
    )
    .option('--limit <n>', 'evaluate on the first N items only', positiveInt)
    .option('--baseline <file>', 'floors for the gate', DEFAULT_BASELINE)
    .action(async (task: string, flags: { data?: string; limit?: number; baseline: string }) => {
      const dataDir = resolve(flags.data ?? process.env.STORYLINE_DATA ?? '../shared/data');
      if (!existsSync(dataDir))
        throw new StorylineError('DATA_NOT_FOUND', `No data folder at ${dataDir}`);
      if (task === 'gate') return gate(dataDir, flags.baseline);
      const load = EVAL_TASKS[task];
      if (!load)
        throw new StorylineError(
          'BAD_OPTION',
          `Unknown eval task "${task}" (tasks: ${tasks}, gate)`,
          2,
        );
      const result = await (
        await load()
      )({ dataDir, ...(flags.limit ? { limit: flags.limit } : {}) });
      process.stdout.write(`${JSON.stringify({ task, ...result })}\n`);
    });
}
