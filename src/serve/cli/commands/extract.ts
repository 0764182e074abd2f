/**
 * `storyline extract <file|dir|url...> [--json]`: the Article inside each HTML page, feed item,
 * WARC record or other input. With --json, one line per article: {file, url, source, title,
 * byline, published, language, text} (`file` as given), or {file, error} for an input that gave
 * none; the run goes on.
 */
import type { Command } from 'commander';
import { StorylineError } from '../../../errors.js';

interface ExtractFlags {
  json?: boolean;
  followLinks?: boolean;
  allowPrivate?: boolean;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract article text and metadata from HTML pages, feeds, WARCs and URLs')
    .argument('<inputs...>', 'files, directories (recursed), http(s) URLs or - for stdin')
    .option('--json', 'one JSON line per input instead of readable text')
    .option('--follow-links', "feeds: fetch each item's link and extract the page")
    .option('--allow-private', 'fetch URLs on loopback/private addresses (local testing only)')
    .action(async (inputs: string[], flags: ExtractFlags) => {
      const { readInputs, createFetcher } = {
        ...(await import('../../../ingest/index.js')),
        ...(await import('../../../ingest/fetch/fetcher.js')),
      };
      // One fetcher for all inputs: robots.txt is read once per site.
      const fetcher = createFetcher({ allowPrivate: flags.allowPrivate ?? false });
      const options = { followLinks: flags.followLinks ?? false, fetcher };
      let failures = 0;
      const fail = (file: string | null, reason: string): void => {
        failures++;
        if (flags.json) process.stdout.write(`${JSON.stringify({ file, error: reason })}\n`);
        else process.stderr.write(`storyline: ${file ?? 'stdin'}: ${reason}\n`);
      };
      for (const input of inputs) {
        try {
          for await (const item of readInputs([input], options)) {
            if ('kind' in item) {
              fail(item.file, item.reason);
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
        } catch (error) {
          // A missing path is one failed input, not the end of the run.
          if (!(error instanceof StorylineError)) throw error;
          fail(input, error.message);
        }
      }
      if (failures > 0) process.stderr.write(`storyline: ${failures} inputs gave no article\n`);
    });
}
