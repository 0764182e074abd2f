/** The `storyline` CLI as a user runs it: exit codes, files written, idempotent re-runs. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/serve/cli/main.js';
import { VERSION } from '../src/serve/cli/version.js';
import { SEEDS_DIR } from './seeds.js';

const ROOT = resolve(import.meta.dirname, '..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const MAIN = join(ROOT, 'src/serve/cli/bin.ts');

interface Result {
  status: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in-process (fast), capturing what it writes. */
async function storyline(args: string[]): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  }) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  }) as typeof process.stderr.write;
  try {
    const status = await main(['node', 'storyline', ...args]);
    return { status, stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}

/** Run the real binary in a child process: exit codes as a shell sees them. */
function spawnStoryline(args: string[]): Promise<Result> {
  return new Promise((done) => {
    execFile(TSX, [MAIN, ...args], { cwd: ROOT, timeout: 120_000 }, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      done({ status, stdout, stderr });
    });
  });
}

describe('storyline CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-cli-'));
  const db = join(dir, 'test.db');

  it('run writes one JSON brief per story with the documented schema, and is idempotent', async () => {
    const out = join(dir, 'json');
    const runJson = () =>
      storyline(['run', SEEDS_DIR, '--db', db, '--out', out, '--format', 'json', '--quiet']);
    const first = await runJson();
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^story\s+articles\s+outlets\s+title/);
    const files = readdirSync(out);
    expect(files).toHaveLength(1);
    const brief = JSON.parse(readFileSync(join(out, files[0] as string), 'utf8'));
    expect(brief.schema).toBe('storyline.brief/1');
    expect(Object.keys(brief)).toEqual(
      expect.arrayContaining([
        'story',
        'summary',
        'quotes',
        'entities',
        'timeline',
        'facts',
        'discrepancies',
      ]),
    );
    expect(brief.story.articles).toHaveLength(5);
    for (const article of brief.story.articles) {
      expect(Object.keys(article)).toEqual(
        expect.arrayContaining(['id', 'file', 'url', 'source', 'title', 'published']),
      );
      expect(article.file.startsWith(SEEDS_DIR)).toBe(true);
    }
    const second = await runJson();
    expect(second.status).toBe(0);
    expect(second.stderr).toMatch(/0 new, 5 already stored/);
    const stories = await storyline(['stories', '--db', db, '--json']);
    expect(stories.stdout.trim().split('\n')).toHaveLength(1);
    const story = JSON.parse(stories.stdout);
    expect(story.articles).toBe(5);
    const markdown = await storyline(['brief', story.id, '--db', db]);
    expect(markdown.status).toBe(0);
    expect(markdown.stdout).toMatch(/\*\*Summary\*\*/);
    const html = await storyline(['brief', story.id, '--db', db, '--format', 'html']);
    expect(html.stdout).toMatch(/Content-Security-Policy/);
    expect(html.stdout).not.toMatch(/<script/i);
  });

  it('cluster is stateless and puts the five seeds in one story', async () => {
    const jsonl = join(dir, 'seeds.jsonl');
    const lines = readdirSync(SEEDS_DIR).map((name) =>
      JSON.stringify({ id: name.slice(0, 3), text: readFileSync(join(SEEDS_DIR, name), 'utf8') }),
    );
    writeFileSync(jsonl, `${lines.join('\n')}\n`);
    const result = await storyline(['cluster', jsonl]);
    expect(result.status).toBe(0);
    const rows = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(rows.map((r) => r.id)).toEqual(['000', '001', '002', '003', '004']);
    expect(new Set(rows.map((r) => r.story)).size).toBe(1);
  });

  it('bad input exits 1 with one line; usage errors exit 2', async () => {
    const missing = await spawnStoryline(['run', join(dir, 'nope'), '--db', db]);
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/No such file or directory/);
    const badJson = join(dir, 'bad.jsonl');
    writeFileSync(badJson, 'not json\n');
    const bad = await storyline(['cluster', badJson]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/No articles/);
    expect((await storyline(['run', SEEDS_DIR, '--format', 'pdf'])).status).toBe(2);
    expect((await spawnStoryline(['frobnicate'])).status).toBe(2);
    expect((await storyline(['frobnicate'])).status).toBe(2);
    expect((await storyline(['brief', 'st_missing', '--db', db])).status).toBe(1);
  });

  it('prints help and version with exit 0', async () => {
    const help = await storyline(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/run \[options\] <paths\.\.\.>/);
    expect((await storyline(['run', '--help'])).status).toBe(0);
    const version = await storyline(['--version']);
    expect(version.stdout.trim()).toBe(VERSION);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.version).toBe(VERSION);
  });
});
