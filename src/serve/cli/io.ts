/** CLI input/output helpers: JSONL in (file, .gz or stdin), lines out (file or stdout). */
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { StorylineError } from '../../errors.js';
import { recordToArticle } from '../../ingest/index.js';
import type { Article, Skipped } from '../../types.js';

export interface JsonlRecord {
  article: Article;
  /** The parsed line, for fields outside the Article shape (e.g. `story`). */
  record: Record<string, unknown>;
}

function readAll(path: string): string {
  if (path === '-') return readFileSync(0, 'utf8');
  if (!existsSync(path)) throw new StorylineError('INPUT_NOT_FOUND', `No such file: ${path}`);
  const bytes = readFileSync(path);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      return gunzipSync(bytes).toString('utf8');
    } catch {
      throw new StorylineError('INPUT_UNREADABLE', `${path} is a truncated or corrupt gzip file`);
    }
  }
  return bytes.toString('utf8');
}

/** Read Articles from JSON Lines; bad lines are reported on stderr, never silently dropped. */
export function readJsonlArticles(path: string): JsonlRecord[] {
  const records: JsonlRecord[] = [];
  const skipped: Skipped[] = [];
  const file = path === '-' ? null : path;
  readAll(path)
    .split('\n')
    .forEach((line, index) => {
      if (line.trim() === '') return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        skipped.push({ kind: 'skipped', file, line: index + 1, reason: 'invalid JSON line' });
        return;
      }
      const article = recordToArticle(parsed, { file, line: index + 1, format: 'jsonl' });
      if ('kind' in article) skipped.push(article);
      else records.push({ article, record: parsed as Record<string, unknown> });
    });
  for (const skip of skipped)
    process.stderr.write(
      `storyline: skipped ${skip.file ?? 'stdin'}:${skip.line}: ${skip.reason}\n`,
    );
  if (records.length === 0) {
    throw new StorylineError('NO_ARTICLES', `No articles in ${path === '-' ? 'stdin' : path}`);
  }
  return records;
}

/** A line sink: a file when `out` is given, else stdout. */
export function lineWriter(out?: string): {
  write: (value: unknown) => void;
  close: () => Promise<void>;
} {
  const stream = out ? createWriteStream(out) : process.stdout;
  return {
    write: (value) => {
      stream.write(`${JSON.stringify(value)}\n`);
    },
    close: () =>
      new Promise((resolve, reject) => {
        if (stream === process.stdout) resolve();
        else stream.end((error?: Error | null) => (error ? reject(error) : resolve()));
      }),
  };
}
