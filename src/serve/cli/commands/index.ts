/** Every CLI command, registered in the order `--help` lists them. */
import type { Command } from 'commander';
import { registerAnalyse } from './analyse.js';
import { registerEval } from './eval.js';
import { registerExtract } from './extract.js';
import { registerRun } from './run.js';
import { registerServe } from './serve.js';
import { registerStateless } from './stateless.js';
import { registerStories } from './stories.js';
import { registerWorker } from './worker.js';

export function registerCommands(program: Command): void {
  registerRun(program);
  registerStories(program);
  registerExtract(program);
  registerStateless(program);
  registerAnalyse(program);
  registerEval(program);
  registerWorker(program);
  registerServe(program);
}
