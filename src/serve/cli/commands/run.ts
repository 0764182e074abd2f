/** `storyline run` and `storyline ingest`: the main job, over files, directories or stdin. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { RunReport } from '../../../pipeline/index.js';
import type { Store } from '../../../store/index.js';
import { DEFAULT_DB_PATH } from '../../../store/open-store.js';
import { DEFAULT_OUT_DIR, formatOption, positiveInt, summaryOptions } from '../options.js';
import { progressReporter } from '../progress.js';
import { table } from '../table.js';

interface RunFlags {
  db: string;
  out: string;
  format: 'md' | 'html' | 'json';
  sentences?: number;
  words?: number;
  quiet?: boolean;
  followLinks?: boolean;
  allowPrivate?: boolean;
}

function reportLine(report: RunReport, stories: number): string {
  return (
    `read ${report.read} articles: ${report.inserted} new, ${report.read - report.inserted} already stored, ` +
    `${report.duplicates.length} duplicates, ${report.skipped.length} inputs skipped → ${stories} stories`
  );
}

// Heavy stages load only when a command runs, so `--help` and usage errors answer at once.
const stages = async () => ({
  ...(await import('../../../brief/index.js')),
  ...(await import('../../../ingest/index.js')),
  ...(await import('../../../pipeline/index.js')),
  ...(await import('../../../store/index.js')),
});

async function ingest(paths: string[], flags: RunFlags, store: Store): Promise<RunReport> {
  const { processArticles, readInputs } = await stages();
  const progress = progressReporter(flags.quiet ? false : undefined);
  try {
    const inputs = readInputs(paths, {
      followLinks: flags.followLinks ?? false,
      allowPrivate: flags.allowPrivate ?? false,
    });
    return await processArticles(inputs, {
      store,
      onProgress: progress.onProgress,
      brief: summaryOptions(flags),
    });
  } finally {
    progress.stop();
  }
}

async function storiesOf(store: Store, ids: readonly string[]): Promise<string[]> {
  const stories: string[] = [];
  for (const id of ids) {
    const story = (await store.getArticle(id))?.story;
    if (story && !stories.includes(story)) stories.push(story);
  }
  return stories;
}

async function printStories(store: Store, storyIds: readonly string[]): Promise<void> {
  const rows: string[][] = [];
  for (const id of storyIds) {
    const story = await store.getStory(id);
    if (story) rows.push([story.id, String(story.articles), String(story.sources), story.title]);
  }
  process.stdout.write(`${table(['story', 'articles', 'outlets', 'title'], rows, 90)}\n`);
}

export function registerRun(program: Command): void {
  const common = (command: Command): Command =>
    command
      .argument('<paths...>', 'files, directories (recursed), http(s) URLs or - for stdin')
      .option('--db <file>', 'SQLite database file', DEFAULT_DB_PATH)
      .option('--sentences <n>', 'summary length in sentences (default 6)', positiveInt)
      .option('--words <n>', 'summary length in words instead of sentences', positiveInt)
      .option('--quiet', 'no progress bar')
      .option('--follow-links', "feeds: fetch each item's link and extract the page")
      .option('--allow-private', 'fetch URLs on loopback/private addresses (local testing only)');

  common(
    program
      .command('run')
      .description('ingest, clean, deduplicate, cluster and analyse; write one brief per story')
      .option('--out <dir>', 'directory for the briefs', DEFAULT_OUT_DIR)
      .option('--format <format>', 'brief format: md, html or json', formatOption, 'md'),
  ).action(async (paths: string[], flags: RunFlags) => {
    const { openStore, briefStory, renderBrief } = await stages();
    const store = await openStore(flags.db);
    try {
      const report = await ingest(paths, flags, store);
      for (const skip of report.skipped)
        process.stderr.write(`storyline: skipped ${skip.file ?? 'stdin'}: ${skip.reason}\n`);
      const storyIds = await storiesOf(store, report.articleIds);
      mkdirSync(flags.out, { recursive: true });
      const fresh = new Map(report.briefs.map((brief) => [brief.story.id, brief]));
      for (const id of storyIds) {
        const brief =
          fresh.get(id) ??
          (await store.getBrief(id)) ??
          (await briefStory(store, id, summaryOptions(flags)));
        if (!brief) continue;
        const extension = flags.format === 'md' ? 'md' : flags.format;
        writeFileSync(join(flags.out, `${id}.${extension}`), renderBrief(brief, flags.format));
      }
      await printStories(store, storyIds);
      process.stderr.write(
        `${reportLine(report, storyIds.length)}; briefs in ${flags.out}/ (${flags.format})\n`,
      );
    } finally {
      await store.close();
    }
  });

  common(
    program
      .command('ingest')
      .description('ingest and process articles into the database (no brief files)'),
  ).action(async (paths: string[], flags: RunFlags) => {
    const { openStore } = await stages();
    const store = await openStore(flags.db);
    try {
      const report = await ingest(paths, flags, store);
      for (const skip of report.skipped)
        process.stderr.write(`storyline: skipped ${skip.file ?? 'stdin'}: ${skip.reason}\n`);
      process.stderr.write(
        `${reportLine(report, (await storiesOf(store, report.articleIds)).length)}\n`,
      );
    } finally {
      await store.close();
    }
  });
}
