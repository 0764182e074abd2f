/**
 * Shared by the fault, equivalence and benchmark programs: labelled corpora written as JSON
 * Lines, the CLI spawned as a real process (so that kill -9 means kill -9), and the
 * single-process reference run the distributed results are compared with.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  loadEcbPlus,
  loadNeusPool,
  shuffled,
  type LabelledArticle,
} from '../../src/eval/clustering-data.js';
import { readInputs } from '../../src/ingest/index.js';
import { processArticles } from '../../src/pipeline/index.js';
import { SqliteStore, type Store } from '../../src/store/index.js';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const DATA_DIR = resolve(REPO_ROOT, process.env.STORYLINE_DATA ?? '../shared/data');

/** The first `count` articles of a labelled set in a fixed shuffled order (sets are stored grouped). */
export function corpus(set: 'ecbplus' | 'neus', count: number, seed = 1): LabelledArticle[] {
  const all = set === 'ecbplus' ? loadEcbPlus(DATA_DIR) : loadNeusPool(DATA_DIR);
  return shuffled(all, seed).slice(0, count);
}

export function writeJsonl(path: string, articles: readonly LabelledArticle[]): void {
  writeFileSync(
    path,
    articles.map((a) => JSON.stringify({ id: a.id, title: a.title, text: a.text })).join('\n') +
      '\n',
  );
}

type Exit = { code: number | string; stderr: string };
/** Exit promises made at spawn time: a listener added after the exit would never fire. */
const exits = new WeakMap<ChildProcess, Promise<Exit>>();

/** Spawns `storyline <args…>` from source (tsx), as CI and users run it. */
export function spawnCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/serve/cli/bin.ts', ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  exits.set(
    child,
    new Promise((done) => {
      child.on('close', (code, signal) => done({ code: code ?? signal ?? -1, stderr }));
    }),
  );
  return child;
}

/** Resolves with the exit code (or signal name) and stderr, whenever it is asked. */
export function exited(child: ChildProcess): Promise<Exit> {
  const exit = exits.get(child);
  if (!exit) throw new Error('exited() needs a child started by spawnCli()');
  return exit;
}

export async function runCli(
  args: readonly string[],
): Promise<{ code: number | string; stderr: string }> {
  return exited(spawnCli(args));
}

/**
 * The uninterrupted single-process run over the same JSONL file, through the same ingest
 * (in memory, clustering only): article id → story.
 */
export async function referenceStories(path: string): Promise<Map<string, string>> {
  const store = new SqliteStore(':memory:');
  await processArticles(readInputs([path]), { store, skipBriefs: true });
  const stories = await storiesOf(store);
  await store.close();
  return stories;
}

export async function storiesOf(store: Store): Promise<Map<string, string>> {
  return new Map((await store.listArticles()).map((a) => [a.article.id, a.story ?? '(none)']));
}

export const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));
