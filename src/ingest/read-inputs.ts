/**
 * The ingest stage's entry point: paths (files, directories, `-` for stdin, http(s) URLs) → a
 * stream of Articles and Skipped values. Directories recurse in sorted order so runs are reproducible;
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
import { looksLikeFeed } from './feed/looks-like-feed.js';
import { createFetcher, type Fetcher, type FetchOptions } from './fetch/fetcher.js';
import {
  parseHtmlInput,
  parseFeedInput,
  parseWarcInput,
  type MarkupContext,
} from './markup-inputs.js';
import { warcFileArticles } from './warc/warc-articles.js';
import { isWarcFile, looksLikeWarc } from './warc/sniff-warc.js';

export type IngestItem = Article | Skipped;

export interface IngestOptions {
  /** Largest single input accepted, in bytes. Default 256 MiB. */
  maxBytes?: number;
  /** Reads stdin when a path is `-`. Injected for tests. */
  stdin?: () => Promise<Buffer>;
  /** Feeds: fetch each item's link and extract the page instead of the summary. Default false. */
  followLinks?: boolean;
  /** Fetch URLs on private, loopback, link-local addresses (local testing). Default false. */
  allowPrivate?: boolean;
  /** Timeouts, caps, User-Agent, robots.txt for URL inputs (see fetch/fetcher.ts). Default {}. */
  fetch?: FetchOptions;
  /** A fetcher to share (and its robots.txt cache) across calls. Default: one per call. */
  fetcher?: Fetcher;
}

const URL_RE = /^https?:\/\//i;

export const DEFAULT_MAX_INPUT_BYTES = 256 * 1024 * 1024;

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** What parseBytes knows besides the bytes. */
export interface ParseContext extends MarkupContext {
  /** Name used to detect the format. Default: `file` (inside a .gz: without the .gz). */
  name?: string;
  /** Largest decompressed gzip accepted, in bytes. Default DEFAULT_MAX_INPUT_BYTES. */
  maxBytes?: number;
}

/**
 * Parse the bytes of one input whose format is detected from content and name (and, for
 * fetched bytes, the Content-Type in `context`).
 */
export async function* parseBytes(
  bytes: Uint8Array,
  file: string | null,
  depth = 0,
  context: ParseContext = {},
): AsyncGenerator<IngestItem> {
  // `name` (for format detection) differs from `file` inside a .gz: "a.html.gz" reads as "a.html".
  const name = context.name ?? file ?? '';
  let format = detectFormat(name, bytes);
  // A DOCTYPE before the root hides a feed from detect-format.ts's head pattern.
  if (format === 'text' && looksLikeFeed(bytes)) format = 'feed';
  // A server that says HTML is believed over a sniff that found no leading tag.
  if (format === 'text' && /^\s*(text\/html|application\/xhtml)/i.test(context.contentType ?? ''))
    format = 'html';
  switch (format) {
    case 'binary':
      yield { kind: 'skipped', file, reason: 'binary file' };
      return;
    case 'gzip': {
      // WARC.gz is read member by member, so a cut file keeps its complete records.
      if (looksLikeWarc(bytes)) {
        yield* parseWarcInput(bytes, file);
        return;
      }
      let inflated: Buffer;
      try {
        // The cap turns a gzip bomb into a Skipped value instead of an out-of-memory crash.
        inflated = gunzipSync(bytes, {
          maxOutputLength: context.maxBytes ?? DEFAULT_MAX_INPUT_BYTES,
        });
      } catch (error) {
        const tooLarge = (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
        const reason = tooLarge
          ? `larger than ${context.maxBytes ?? DEFAULT_MAX_INPUT_BYTES} bytes decompressed`
          : 'truncated or corrupt gzip';
        yield { kind: 'skipped', file, reason };
        return;
      }
      if (depth > 2) {
        yield { kind: 'skipped', file, reason: 'gzip nested too deep' };
        return;
      }
      yield* parseBytes(inflated, file, depth + 1, {
        ...context,
        name: name.replace(/\.gz$/i, ''),
      });
      return;
    }
    case 'jsonl':
    case 'json':
      yield* parseJsonl(decodeText(bytes), file);
      return;
    case 'html':
      yield* parseHtmlInput(bytes, file, context);
      return;
    case 'feed':
      yield* parseFeedInput(bytes, file, context);
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
  // One fetcher per run: its robots.txt cache spans every URL and followed link.
  let fetcher: Fetcher | undefined = options.fetcher;
  const context = (): ParseContext => {
    if (!options.followLinks) return { maxBytes };
    fetcher ??= newFetcher(options);
    return { maxBytes, followLinks: true, fetcher };
  };
  for (const path of paths) {
    if (path === '-') {
      yield* parseBytes(await (options.stdin ?? readStdin)(), null, 0, context());
      continue;
    }
    if (URL_RE.test(path)) {
      fetcher ??= newFetcher(options);
      const page = await fetcher.fetch(path);
      if ('kind' in page) yield page;
      else
        yield* parseBytes(page.bytes, path, 0, {
          ...context(),
          url: page.url,
          ...(page.contentType ? { contentType: page.contentType } : {}),
        });
      continue;
    }
    try {
      await stat(path);
    } catch {
      throw new StorylineError('INPUT_NOT_FOUND', `No such file or directory: ${path}`);
    }
    for await (const file of walk(path)) {
      // Crawl files can be far larger than memory: streamed, capped per record instead.
      if (await isWarcFile(file)) {
        yield* warcFileArticles(file);
        continue;
      }
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
      yield* parseBytes(bytes, file, 0, context());
    }
  }
}

function newFetcher(options: IngestOptions): Fetcher {
  return createFetcher({
    ...options.fetch,
    ...(options.allowPrivate !== undefined ? { allowPrivate: options.allowPrivate } : {}),
  });
}

/** Type guard for the ingest stream. */
export function isArticle(item: IngestItem): item is Article {
  return (item as Skipped).kind !== 'skipped';
}
