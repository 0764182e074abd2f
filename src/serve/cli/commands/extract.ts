/**
 * `storyline extract <file|dir...> [--json]`: the Article inside each HTML page (or any other
 * input). With --json, one line per input: {file, url, source, title, byline, published,
 * language, text}, or {file, error} for an input that failed; the run goes on.
 */
import type { Command } from 'commander';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract article text and metadata from HTML pages (and other inputs)')
    .argument('<inputs...>', 'files or directories (recursed)')
    .option('--json', 'one JSON line per input instead of readable text')
    .action(async (inputs: string[], flags: { json?: boolean }) => {
      const { readInputs } = await import('../../../ingest/index.js');
      let failures = 0;
      for await (const item of readInputs(inputs)) {
        if ('kind' in item) {
          failures++;
          if (flags.json)
            process.stdout.write(`${JSON.stringify({ file: item.file, error: item.reason })}\n`);
          else process.stderr.write(`storyline: ${item.file ?? 'stdin'}: ${item.reason}\n`);
          continue;
        }
        const { provenance, url, source, title, byline, published, language, text } = item;
        if (flags.json) {
          const line = {
            file: provenance.file,
            url,
            source,
            title,
            byline,
            published,
            language,
            text,
          };
          process.stdout.write(`${JSON.stringify(line)}\n`);
        } else {
          const meta = [source, byline, published, url].filter(Boolean).join(' · ');
          process.stdout.write(
            `# ${title ?? '(no title)'}\n${meta ? `${meta}\n` : ''}\n${text}\n\n`,
          );
        }
      }
      if (failures > 0) process.stderr.write(`storyline: ${failures} inputs gave no article\n`);
    });
}
