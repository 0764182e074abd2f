/**
 * The `storyline` command line. Exit codes: 0 success, 1 bad input (one-line reason),
 * 2 usage error. Stack traces only with STORYLINE_DEBUG=1.
 */
import { Command, CommanderError } from 'commander';
import { StorylineError } from '../../errors.js';
import { registerCommands } from './commands/index.js';
import { VERSION } from './version.js';

export function buildProgram(): Command {
  const program = new Command('storyline')
    .description(
      'Turn news articles from many outlets into deduplicated stories with cited, cross-checked briefs.',
    )
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerCommands(program);
  program.commands.forEach((command) => command.exitOverride());
  return program;
}

export async function main(argv: readonly string[] = process.argv): Promise<number> {
  const program = buildProgram();
  try {
    if (argv.length <= 2) {
      program.outputHelp();
      return 2;
    }
    await program.parseAsync([...argv]);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      const benign = ['commander.helpDisplayed', 'commander.version', 'commander.help'];
      return benign.includes(error.code) ? 0 : 2;
    }
    if (error instanceof StorylineError) {
      process.stderr.write(`storyline: ${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(
      `storyline: unexpected error: ${message} (set STORYLINE_DEBUG=1 for details)\n`,
    );
    if (process.env.STORYLINE_DEBUG) console.error(error);
    return 1;
  }
}
