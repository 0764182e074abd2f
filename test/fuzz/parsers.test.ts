/**
 * Bad input never crashes, never hangs, always yields a clear value (issue 7). Every parser
 * gets arbitrary bytes and strings, plus mutations of valid inputs (the interesting inputs
 * are almost right); each call must finish within HANG_MS and return Articles or Skipped
 * values with a reason, or throw the parser's documented error type with a message.
 * Runs: STORYLINE_FUZZ_RUNS (default 300 per property); inputs from STORYLINE_PROPERTY_SEED
 * (test/setup-property-seed.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isArticle,
  parseBytes,
  parseJsonl,
  parseTextArticle,
  type IngestItem,
} from '../../src/ingest/index.js';
import { main } from '../../src/serve/cli/main.js';
import { formatOption, positiveInt } from '../../src/serve/cli/options.js';
import { parseArticleBody } from '../../src/serve/http/article-body.js';
import { HttpError } from '../../src/serve/http/http-error.js';

const RUNS = Number(process.env.STORYLINE_FUZZ_RUNS ?? 300);
/** Longest a single parse of a small input may take before it counts as a hang. */
const HANG_MS = 2_000;

async function within<T>(work: () => Promise<T> | T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${HANG_MS} ms`)), HANG_MS);
  });
  try {
    return await Promise.race([Promise.resolve().then(work), hang]);
  } finally {
    clearTimeout(timer);
  }
}

function expectClear(items: readonly IngestItem[]): void {
  for (const item of items) {
    if ('kind' in item) {
      expect(item.kind).toBe('skipped');
      expect(item.reason.length).toBeGreaterThan(0);
    } else {
      expect(isArticle(item)).toBe(true);
      expect(typeof item.id).toBe('string');
      expect(typeof item.text).toBe('string');
    }
  }
}

async function collect(
  source: AsyncIterable<IngestItem> | Iterable<IngestItem>,
): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of source) out.push(item);
  return out;
}

const VALID = {
  text: 'date 2025-01-03\nCouncil approves budget\n\nThe council approved the budget on Monday. "It is fair," the mayor said.',
  jsonl:
    '{"id":"a","title":"T","text":"Body one.","published":"2025-01-02","source":"BBC"}\n{"text":"Body two."}\n',
  html: '<!doctype html><html><head><title>Quake</title><meta property="article:published_time" content="2025-01-02"></head><body><article><h1>Quake hits</h1><p>A strong earthquake struck on Monday, officials said.</p></article></body></html>',
  feed: '<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><item><title>A</title><link>https://x.test/a</link><description>Text of the item here.</description><pubDate>Mon, 06 Jan 2025 10:00:00 GMT</pubDate></item></channel></rss>',
  warc: 'WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://x.test/a\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: 90\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>Body of the archived page.</p></body></html>\r\n\r\n',
};
const NAMES = [
  'in.txt',
  'in.jsonl',
  'in.json',
  'in.html',
  'in.xml',
  'in.rss',
  'in.warc',
  'in.gz',
  null,
];

/** Valid input with random bytes overwritten, inserted or cut. */
const mutated = fc
  .tuple(
    fc.constantFrom(...Object.values(VALID)),
    fc.array(
      fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }), fc.constantFrom('set', 'insert', 'cut')),
      {
        maxLength: 8,
      },
    ),
  )
  .map(([text, edits]) => {
    const bytes = [...Buffer.from(text, 'utf8')];
    for (const [at, byte, op] of edits) {
      const index = bytes.length === 0 ? 0 : at % bytes.length;
      if (op === 'set') bytes[index] = byte;
      else if (op === 'insert') bytes.splice(index, 0, byte);
      else bytes.length = index;
    }
    return Uint8Array.from(bytes);
  });

const anyBytes = fc.oneof(fc.uint8Array({ maxLength: 2048 }), mutated);

describe('fuzz: ingest parsers', () => {
  it('parseBytes: any bytes under any name → Articles or Skipped with a reason', async () => {
    await fc.assert(
      fc.asyncProperty(anyBytes, fc.constantFrom(...NAMES), async (bytes, name) => {
        expectClear(await within(() => collect(parseBytes(bytes, name))));
      }),
      { numRuns: RUNS },
    );
  });

  it('parseTextArticle: any string → one Article', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ maxLength: 2000 }), fc.string({ unit: 'grapheme', maxLength: 500 })),
        async (text) => {
          const article = await within(() =>
            parseTextArticle(text, { file: 'x.txt', format: 'text' }),
          );
          expectClear([article]);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('parseJsonl: any string, any JSON values → Articles or Skipped', async () => {
    const lines = fc
      .array(fc.oneof(fc.json(), fc.string({ maxLength: 200 })), { maxLength: 20 })
      .map((l) => l.join('\n'));
    await fc.assert(
      fc.asyncProperty(lines, async (content) => {
        expectClear(await within(() => [...parseJsonl(content, 'x.jsonl')]));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('fuzz: HTTP bodies', () => {
  it('parseArticleBody: items or an HttpError with a status and a message, never anything else', async () => {
    const types = fc.constantFrom(
      'application/json',
      'application/x-ndjson',
      'text/plain',
      '',
      'application/json; charset=utf-8',
    );
    const body = fc.oneof(
      fc.json().map((j) => Buffer.from(j)),
      anyBytes.map((b) => Buffer.from(b)),
    );
    await fc.assert(
      fc.asyncProperty(body, types, async (bytes, type) => {
        try {
          expectClear(await within(() => parseArticleBody(bytes, type)));
        } catch (error) {
          expect(error).toBeInstanceOf(HttpError);
          expect((error as HttpError).message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('fuzz: CLI arguments', () => {
  it('option parsers accept or reject with a message', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (value) => {
        for (const parse of [positiveInt, formatOption]) {
          try {
            parse(value);
          } catch (error) {
            expect((error as Error).message).toMatch(/expected/);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('bad flags and values exit 2 (usage) without doing any work', async () => {
    const stderr = process.stderr.write.bind(process.stderr);
    const stdout = process.stdout.write.bind(process.stdout);
    // Commands that would touch files or the network get only values their validation rejects.
    const argv = fc.oneof(
      fc.tuple(
        fc.constantFrom('stories', 'brief', 'worker', 'enqueue', 'run', 'cluster'),
        fc.string({ maxLength: 20 }).map((s) => `--${s.replace(/[^a-z]/gi, '') || 'x'}-unknown`),
      ),
      fc.tuple(
        fc.constant('stories'),
        fc.constant('--limit'),
        // "-V" or "-h" after --limit is the version or help flag (exit 0), not a bad value.
        fc
          .string({ maxLength: 10 })
          .filter((s) => !/^\s*\+?0*[1-9]\d*(\.0*)?\s*$/.test(s) && !/^-\p{L}/u.test(s)),
      ),
      fc.tuple(
        fc.constant('worker'),
        fc.constant('--batch'),
        fc.constantFrom('0', '-1', 'x', '1.5', ''),
      ),
      fc.tuple(
        fc.constant('worker'),
        fc.constant('--store'),
        fc.string({ maxLength: 20 }).filter((s) => !/^postgres/i.test(s) && !s.startsWith('-')),
        fc.constant('--queue'),
        fc.constant('redis://127.0.0.1:1'),
      ),
      fc.tuple(
        fc.constant('enqueue'),
        fc.constant('x'),
        fc.constant('--queue'),
        fc.string({ maxLength: 20 }).filter((s) => !/^rediss?:\/\//i.test(s) && !s.startsWith('-')),
      ),
    );
    process.stderr.write = () => true;
    process.stdout.write = () => true;
    try {
      await fc.assert(
        fc.asyncProperty(argv, async (args) => {
          const code = await within(() => main(['node', 'storyline', ...args]));
          expect(code).toBe(2);
        }),
        { numRuns: Math.min(RUNS, 200) },
      );
    } finally {
      process.stderr.write = stderr;
      process.stdout.write = stdout;
    }
  });
});
