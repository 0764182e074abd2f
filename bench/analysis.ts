/**
 * Bench: the whole per-story analysis (clean → analyseStory → buildBrief) on real stories,
 * the NeuS/AllSides roundups (three outlets per story). One JSON line:
 *   articles/s, stories/s, mean ms per story, peak RSS.
 * Usage: tsx bench/analysis.ts [--stories N] [--data DIR]
 */
import { resolve } from 'node:path';
import { analyseStory } from '../src/analyse/index.js';
import { buildBrief } from '../src/brief/index.js';
import { cleanArticle } from '../src/clean/index.js';
import { loadNeusPool } from '../src/eval/clustering-data.js';
import { articleId } from '../src/ingest/article-id.js';
import type { CleanArticle } from '../src/types.js';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

const dataDir = resolve(option('data', process.env.STORYLINE_DATA ?? '../shared/data'));
const storyCount = Number(option('stories', '300'));

const byStory = new Map<string, CleanArticle[]>();
for (const labelled of loadNeusPool(dataDir)) {
  if (!byStory.has(labelled.gold) && byStory.size >= storyCount) continue;
  const clean = cleanArticle({
    id: articleId({ title: labelled.title, text: labelled.text }),
    url: null,
    source: labelled.id,
    title: labelled.title,
    byline: null,
    published: null,
    language: 'en',
    text: labelled.text,
    provenance: { file: null, format: 'jsonl' },
  });
  byStory.set(labelled.gold, [...(byStory.get(labelled.gold) ?? []), clean]);
}

let peakRss = process.memoryUsage().rss;
const started = performance.now();
let articles = 0;
for (const [story, cleans] of byStory) {
  buildBrief(story, cleans, analyseStory(cleans), [], { now: () => new Date(0) });
  articles += cleans.length;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}
const seconds = (performance.now() - started) / 1000;
process.stdout.write(
  `${JSON.stringify({
    scenario: 'analysis',
    stories: byStory.size,
    articles,
    articlesPerSecond: Number((articles / seconds).toFixed(1)),
    msPerStory: Number(((seconds * 1000) / byStory.size).toFixed(1)),
    peakRssMb: Math.round(peakRss / 2 ** 20),
  })}\n`,
);
