/**
 * Loaders for the labelled clustering sets (see the data README): ECB+ (gold = subtopic) and
 * the pooled articles of NeuS/AllSides (gold = record id).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { StorylineError } from '../errors.js';
import { seededRandom } from '../util/seeded-random.js';

export interface LabelledArticle {
  id: string;
  title: string | null;
  text: string;
  gold: string;
}

function readJsonl(path: string): Record<string, unknown>[] {
  if (!existsSync(path)) throw new StorylineError('DATA_NOT_FOUND', `No clustering set at ${path}`);
  return gunzipSync(readFileSync(path))
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

export function loadEcbPlus(dataDir: string): LabelledArticle[] {
  return readJsonl(join(resolve(dataDir), 'clustering', 'ecbplus.jsonl.gz')).map((row) => ({
    id: String(row.doc_id),
    title: null,
    text: String(row.text_no_url ?? row.text ?? ''),
    gold: String(row.subtopic),
  }));
}

export function loadNeusPool(dataDir: string): LabelledArticle[] {
  const out: LabelledArticle[] = [];
  for (const row of readJsonl(
    join(resolve(dataDir), 'clustering', 'neus-allsides-trainval.jsonl.gz'),
  )) {
    const articles = (row.articles ?? []) as { title?: string; text?: string }[];
    articles.forEach((article, index) => {
      out.push({
        id: `${String(row.id)}#${index}`,
        title: article.title ?? null,
        text: article.text ?? '',
        gold: String(row.id),
      });
    });
  }
  return out;
}

/** Deterministic Fisher–Yates shuffle (mulberry32): the sets are stored grouped by story. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const random = seededRandom(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
