/**
 * The ingest stage's entry point: paths (files, directories, `-` for stdin) → a stream of
 * Articles and Skipped values. Directories recurse in sorted order so runs are reproducible;
 * every input that is not turned into an Article is reported with a reason.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { StorylineError } from '../errors.js';
import type { Article, Skipped } from '../types.js';
import { decodeText } from './decode-text.js';
import { detectFormat } from './detect-format.js';
import { parseJsonl } from './jsonl.js';
import { parseTextArticle } from './text-file.js';
import { parseHtmlInput, parseFeedInput, parseWarcInput } from './markup-inputs.js';

export type IngestItem = Article | Skipped;

export interface IngestOptions {
  /** Largest single input accepted, in bytes. Default 256 MiB. */
  maxBytes?: number;
  /** Reads stdin when a path is `-`. Injected for tests. */
  stdin?: () => Promise<Buffer>;
}

export const DEFAULT_MAX_INPUT_BYTES = 256 * 1024 * 1024;

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Parse the bytes of one input whose format is detected from content and name. */
export async function* parseBytes(
  bytes: Uint8Array,
  file: string | null,
  depth = 0,
): AsyncGenerator<IngestItem> {
  const name = file ?? '';
  const format = detectFormat(name, bytes);
  switch (format) {
    case 'binary':
      yield { kind: 'skipped', file, reason: 'binary file' };
      return;
    case 'gzip': {
      let inflated: Buffer;
      try {
        inflated = gunzipSync(bytes);
      } catch {
        yield { kind: 'skipped', file, reason: 'truncated or corrupt gzip' };
        return;
      }
      if (depth > 2) {
        yield { kind: 'skipped', file, reason: 'gzip nested too deep' };
        return;
      }
      yield* parseBytes(inflated, file === null ? null : file.replace(/\.gz$/i, ''), depth + 1);
      return;
    }
    case 'jsonl':
    case 'json':
      yield* parseJsonl(decodeText(bytes), file);
      return;
    case 'html':
      yield* parseHtmlInput(bytes, file);
      return;
    case 'feed':
      yield* parseFeedInput(bytes, file);
      return;
    case 'warc':
      yield* parseWarcInput(bytes, file);
      return;
    case 'text': {
      const text = decodeText(bytes);
      if (text.trim() === '') {
        yield { kind: 'skipped', file, reason: 'empty file' };
        return;
      }
      yield parseTextArticle(text, { file, format: file === null ? 'stdin' : 'text' });
      return;
    }
  }
}

async function* walk(path: string): AsyncGenerator<string> {
  const info = await stat(path);
  if (!info.isDirectory()) {
    yield path;
    return;
  }
  const entries = (await readdir(path)).filter((entry) => !entry.startsWith('.')).sort();
  for (const entry of entries) yield* walk(join(path, entry));
}

/**
 * Read every input. Throws StorylineError only for a path that does not exist (a usage
 * mistake); unreadable, binary or malformed inputs become Skipped values.
 *
 * @example
 * for await (const item of readInputs(['../shared/seeds'])) if (item.kind !== 'skipped') …
 */
export async function* readInputs(
  paths: readonly string[],
  options: IngestOptions = {},
): AsyncGenerator<IngestItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES;
  for (const path of paths) {
    if (path === '-') {
      yield* parseBytes(await (options.stdin ?? readStdin)(), null);
      continue;
    }
    try {
      await stat(path);
    } catch {
      throw new StorylineError('INPUT_NOT_FOUND', `No such file or directory: ${path}`);
    }
    for await (const file of walk(path)) {
      let bytes: Buffer;
      try {
        const info = await stat(file);
        if (info.size > maxBytes) {
          yield { kind: 'skipped', file, reason: `larger than ${maxBytes} bytes` };
          continue;
        }
        bytes = await readFile(file);
      } catch (error) {
        yield {
          kind: 'skipped',
          file,
          reason: `unreadable: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
        };
        continue;
      }
      yield* parseBytes(bytes, file);
    }
  }
}

/** Type guard for the ingest stream. */
export function isArticle(item: IngestItem): item is Article {
  return (item as Skipped).kind !== 'skipped';
}
