import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../main.js';

const FEED = resolve(import.meta.dirname, '../../../../test/fixtures/ingest/news.rss');

async function run(args: string[]): Promise<{ code: number; lines: string[] }> {
  const out: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out.push(String(chunk));
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  const code = await main(['node', 'storyline', ...args]);
  return { code, lines: out.join('').split('\n').filter(Boolean) };
}

afterEach(() => vi.restoreAllMocks());

describe('storyline extract --json', () => {
  it('prints one line per article or failed input, and goes on past failures', async () => {
    const { code, lines } = await run([
      'extract',
      '--json',
      'missing.html',
      FEED,
      'http://127.0.0.1:9/page',
    ]);
    expect(code).toBe(0);
    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records[0]).toMatchObject({ file: 'missing.html' });
    expect(records[0]!.error).toMatch(/^No such file or directory: missing.html/);
    expect(Object.keys(records[1]!)).toEqual([
      'file',
      'url',
      'source',
      'title',
      'byline',
      'published',
      'language',
      'text',
    ]);
    expect(records[1]).toMatchObject({
      file: FEED,
      title: 'Council approves flood defence budget',
      language: 'en',
    });
    expect(records[3]).toEqual({ file: FEED, error: 'feed item "Picture of the day": no text' });
    expect(records[4]).toMatchObject({ file: 'http://127.0.0.1:9/page' });
    expect(records[4]!.error).toMatch(
      /^refused: 127\.0\.0\.1 resolves to 127\.0\.0\.1 \(loopback\)/,
    );
    expect(records).toHaveLength(5);
  });
});
