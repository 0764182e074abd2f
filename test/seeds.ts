/**
 * Test helper: the five seed articles of ../shared/seeds, ingested and cleaned.
 * The path is configurable (STORYLINE_SEEDS) so the suite runs from any checkout layout.
 */
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanArticle } from '../src/clean/index.js';
import { isArticle, readInputs } from '../src/ingest/index.js';
import type { CleanArticle } from '../src/types.js';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../..');

export const SEEDS_DIR = process.env.STORYLINE_SEEDS ?? resolve(repoRoot, '../shared/seeds');
export const DATA_DIR = process.env.STORYLINE_DATA ?? resolve(repoRoot, '../shared/data');

/** Seeds keyed by their file prefix ("000" … "004"). */
export async function loadSeeds(): Promise<Map<string, CleanArticle>> {
  const seeds = new Map<string, CleanArticle>();
  for await (const item of readInputs([SEEDS_DIR])) {
    if (!isArticle(item)) throw new Error(`seed skipped: ${item.reason}`);
    seeds.set(basename(item.provenance.file ?? '').slice(0, 3), cleanArticle(item));
  }
  return seeds;
}

export function seed(seeds: Map<string, CleanArticle>, prefix: string): CleanArticle {
  const found = seeds.get(prefix);
  if (!found) throw new Error(`no seed ${prefix} in ${SEEDS_DIR}`);
  return found;
}
