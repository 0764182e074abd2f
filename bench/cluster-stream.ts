/**
 * Stream benchmark for dedup + clustering: one JSON line of figures.
 *
 *   npx tsx bench/cluster-stream.ts [--articles 100000] [--data ../shared/data] [--sample 2000] [--seed 1]
 *                                   [--workers 1] [--titles on] [--copies follow]
 *
 * The stream is built from real article text: each synthetic article recombines 4–10
 * sentences of one real story (ECB+ subtopics and NeuS records), dated along a steady clock
 * (DEFAULT_PER_DAY articles a day) while a rolling set of stories is "live". A known share of
 * articles are planted copies of an earlier article: exact (re-cased, re-punctuated), light
 * edits (a few words changed) and syndicated (a wire copy with an outlet line added and the
 * last sentence cut). Side by side on the first `--sample` articles, a straightforward
 * all-pairs Jaccard pass finds the near-duplicate pairs the LSH pass must find.
 *
 * Each article carries a real headline of its story when the set has them (the first line of
 * the story's ECB+ extension documents, see `ecbPlusHeadline`), so the clusterer's headline
 * terms are exercised; `--titles off` feeds null titles (the same texts otherwise). With `--workers N` (default 1), the order-free half of each
 * article (dedup fingerprint, clustering terms) runs in N worker threads ahead of the ordered
 * half in the main thread (`Deduplicator.addFingerprint`, `StoryClusterer.add(input, terms)`);
 * `--workers 0` runs `add` on one thread. The figures are the same either way. With exactly one
 * worker, dedup's ordered half (`addFingerprint`) runs in the worker too, in stream order (see
 * `dedupStep`): the main thread only generates and clusters.
 *
 * `--copies follow` (default) treats a linked copy as the product pipeline does
 * (`pipeline/process-articles.ts`): it joins its original's story without being clustered.
 * `--copies cluster` clusters every article, copies included (the figure of earlier versions).
 */
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  Deduplicator,
  DEFAULT_SHINGLE_SIZE,
  DEFAULT_THRESHOLD,
} from '../src/dedup/deduplicator.js';
import { fnv1a32 } from '../src/dedup/hash.js';
import { shingleHashes } from '../src/dedup/shingles.js';
import { StoryClusterer } from '../src/cluster/story-clusterer.js';
import type { MirroredTerms, TermMirror } from '../src/cluster/term-dictionary.js';
import { DEFAULT_DATA_DIR } from '../src/eval/extraction-data.js';
import { loadEcbPlus, loadNeusPool } from '../src/eval/clustering-data.js';
import { jaccard } from '../src/util/vector.js';
import { seededRandom } from '../src/util/seeded-random.js';
import { WorkerBatches } from '../src/util/worker-batches.js';
import { unpack, type PreparedBatch, type PrepareRequest } from './cluster-stream-batch.js';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '100000' },
    data: { type: 'string', default: DEFAULT_DATA_DIR },
    sample: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '1' },
    workers: { type: 'string', default: '1' },
    titles: { type: 'string', default: 'on' },
    copies: { type: 'string', default: 'follow' },
  },
});
const ARTICLES = Number(values.articles);
const WORKERS = Number(values.workers);
const TITLES = values.titles !== 'off';
if (values.copies !== 'follow' && values.copies !== 'cluster') {
  console.error(`--copies must be follow or cluster, got ${values.copies}`);
  process.exit(2);
}
/** A linked copy joins its original's story unclustered, as in the product pipeline. */
const COPIES_FOLLOW = values.copies === 'follow';
let copiesFollowed = 0;
/** Articles per worker batch, and batches in flight: enough to keep a worker busy ahead. */
const BATCH = 256;
const AHEAD = 4;
const SAMPLE = Math.min(Number(values.sample), ARTICLES);

/** Planted shares: exact copies, light edits, syndicated copies. */
const EXACT_SHARE = 0.05;
const EDIT_SHARE = 0.05;
const SYNDICATED_SHARE = 0.05;
/** Articles a day on the synthetic clock; live stories at a time. */
const DEFAULT_PER_DAY = 20_000;
const LIVE_STORIES = 400;

const random = seededRandom(Number(values.seed));
const titleRandom = seededRandom(Number(values.seed) + 0x5eed);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

// 1. Real sentences and headlines grouped by real story.
const sentencesByStory = new Map<string, string[]>();
const titlesByStory = new Map<string, string[]>();
for (const article of [...loadEcbPlus(values.data), ...loadNeusPool(values.data)]) {
  const sentences = article.text.split(/(?<=[.!?])\s+/).filter((s) => s.split(' ').length >= 5);
  const key = `src:${article.gold}`;
  sentencesByStory.set(key, [...(sentencesByStory.get(key) ?? []), ...sentences]);
  const title = article.title ?? ecbPlusHeadline(article.id, article.text);
  if (title !== null) titlesByStory.set(key, [...(titlesByStory.get(key) ?? []), title]);
}
// Stories with enough sentences that two recombined articles rarely repeat each other by chance.
const MIN_SOURCE_SENTENCES = 20;
const sourceStories = [...sentencesByStory.keys()].filter(
  (key) => sentencesByStory.get(key)!.length >= MIN_SOURCE_SENTENCES,
);

/**
 * The headline of an ECB+ extension document (id `…ecbplus`): collected from the web with its
 * headline as the first line ("Lindsay Lohan checks into Betty Ford Center"); the original
 * ECB documents start with the body. A first line of fewer than 4 words (a date) is none.
 * The long sources of the stream are ECB+ stories (NeuS roundups are too short), whose loader
 * gives no title; these are the real headlines of the same stories.
 */
function ecbPlusHeadline(id: string, text: string): string | null {
  if (!id.endsWith('ecbplus')) return null;
  const line = text.slice(0, text.indexOf('\n')).trim();
  return line.split(/\s+/).length >= 4 && /\p{L}/u.test(line) ? line : null;
}

// 2. The stream generator.
type Planted = 'exact' | 'edit' | 'syndicated' | null;
interface StreamArticle {
  id: string;
  title: string | null;
  text: string;
  published: string;
  story: string;
  planted: Planted;
  copyOf: string | null;
}
const start = Date.parse('2025-01-01T00:00:00Z');
let live: string[] = [];
let cycle = 0;
const recent: StreamArticle[] = [];

/** The next article of the stream; the generator remembers it as a possible original. */
function nextArticle(index: number): StreamArticle {
  const article = generate(index);
  recent.push(article);
  if (recent.length > 2_000) recent.shift();
  return article;
}

function generate(index: number): StreamArticle {
  if (live.length < LIVE_STORIES || random() < 0.002) {
    const source = pick(sourceStories);
    live.push(`${source}@${cycle++}`);
    if (live.length > LIVE_STORIES) live = live.slice(1);
  }
  const published = new Date(start + (index * 86_400_000) / DEFAULT_PER_DAY).toISOString();
  const id = `a${index}`;
  const roll = random();
  const original = recent.length > 0 ? pick(recent) : null;
  if (original && roll < EXACT_SHARE + EDIT_SHARE + SYNDICATED_SHARE) {
    let text = original.text;
    let title = original.title;
    let planted: Planted;
    if (roll < EXACT_SHARE) {
      planted = 'exact';
      text = text.toUpperCase().replace(/,/g, ' ,');
      title = title?.toUpperCase() ?? null;
    } else if (roll < EXACT_SHARE + EDIT_SHARE) {
      planted = 'edit';
      text = text
        .split(' ')
        .map((word) => (random() < 0.02 ? pick(['new', 'said', 'reported', 'local']) : word))
        .join(' ');
    } else {
      planted = 'syndicated';
      const sentences = text.split(/(?<=[.!?])\s+/);
      text = `${pick(['LONDON (Reuters) -', 'WASHINGTON (AP) —', 'By Staff Reporter'])} ${sentences.slice(0, Math.max(3, sentences.length - 1)).join(' ')}`;
    }
    return {
      id,
      title,
      text,
      published,
      story: original.story,
      planted,
      copyOf: original.copyOf ?? original.id,
    };
  }
  const story = pick(live);
  const source = story.slice(0, story.lastIndexOf('@'));
  const sentences = sentencesByStory.get(source)!;
  // A real headline of the story (one of its outlets'), when the set has headlines; drawn
  // from a generator of its own, so that the texts are those of `--titles off`.
  const titles = TITLES ? titlesByStory.get(source) : undefined;
  const title = titles !== undefined ? titles[Math.floor(titleRandom() * titles.length)]! : null;
  const count = 4 + Math.floor(random() * 7);
  // Without replacement: a partial Fisher–Yates over a copy.
  const pool = [...sentences];
  const chosen: string[] = [];
  for (let i = 0; i < count && pool.length > 0; i++) {
    const j = Math.floor(random() * pool.length);
    chosen.push(pool[j]!);
    pool[j] = pool[pool.length - 1]!;
    pool.pop();
  }
  return { id, title, text: chosen.join(' '), published, story, planted: null, copyOf: null };
}

// 3. Run dedup + clustering over the stream, keeping only a small recent window of texts.
const dedup = new Deduplicator();
const clusterer = new StoryClusterer();
const sample: StreamArticle[] = [];
const linksInSample: [string, string][] = [];
let planted = 0;
let found = 0;
let linksOnOriginals = 0;
let titled = 0;
let peakRss = process.memoryUsage().rss;
const rssBefore = peakRss;
let dedupMs = 0;
let clusterMs = 0;
let waitMs = 0;
// RSS at every checkpoint (100k articles, or a tenth of a shorter run): growth made visible.
const CHECKPOINT = Math.min(100_000, Math.max(1, Math.floor(ARTICLES / 10)));
const rssMBAt: Record<string, number> = {};
const began = performance.now();
const cpuBefore = process.cpuUsage();

/** A batch of the stream with its order-free halves (null: the ordered half computes them). */
interface Batch {
  articles: StreamArticle[];
  prepared: Promise<PreparedBatch> | null;
}
const workers =
  WORKERS > 0
    ? new WorkerBatches<PrepareRequest, PreparedBatch>(
        // The worker module beside this one, compiled or not.
        new URL(
          `./cluster-stream-worker${extname(fileURLToPath(import.meta.url))}`,
          import.meta.url,
        ),
        { workers: WORKERS },
      )
    : null;
let generated = 0;
function nextBatch(): Batch | null {
  if (generated >= ARTICLES) return null;
  const articles: StreamArticle[] = [];
  for (; articles.length < BATCH && generated < ARTICLES; generated++)
    articles.push(nextArticle(generated));
  const prepared =
    workers?.run({
      titles: articles.map((article) => article.title),
      texts: articles.map((article) => article.text),
      ids: WORKERS === 1 ? articles.map((article) => article.id) : null,
    }) ?? null;
  return { articles, prepared };
}
/** Texts kept by the worker's deduplicator when it links (see `dedupStep`). */
let workerDedupWindow = 0;
/** Dedup's share of a prepared batch: fingerprints to link here, or the worker's links. */
type Prepared = Omit<ReturnType<typeof unpack>, 'terms'>;

/**
 * Dedup's ordered half for one article: the id of the original it repeats, or null. With one
 * worker, the worker has linked the batch already (in stream order); with more, batches are
 * prepared out of order, so the main thread links their fingerprints; with none, it runs `add`.
 */
function dedupStep(article: StreamArticle, prepared: Prepared | null, at: number): string | null {
  if (prepared?.links) return prepared.links[at]!;
  const link =
    prepared !== null
      ? dedup.addFingerprint(article.id, prepared.prints[at]!)
      : dedup.add(article.id, article.text);
  return link?.duplicateOf ?? null;
}
const inFlight: Batch[] = [];
const mirrors = new Map<number, TermMirror>();
for (let i = 0; i < AHEAD; i++) {
  const batch = nextBatch();
  if (batch !== null) inFlight.push(batch);
}
let index = 0;
while (inFlight.length > 0) {
  const batch = inFlight.shift()!;
  let prepared: Prepared | null = null;
  let terms: MirroredTerms[] | null = null;
  if (batch.prepared !== null) {
    const time = performance.now();
    const ready = await batch.prepared;
    waitMs += performance.now() - time;
    ({ terms, ...prepared } = unpack(ready, mirrors));
    dedupMs += ready.dedupMs;
    workerDedupWindow = ready.dedupWindow;
  }
  // Keep the worker fed while this batch runs through the ordered half.
  const next = nextBatch();
  if (next !== null) inFlight.push(next);
  for (let at = 0; at < batch.articles.length; at++, index++) {
    const article = batch.articles[at]!;
    let time = performance.now();
    const link = dedupStep(article, prepared, at);
    dedupMs += performance.now() - time;
    time = performance.now();
    const input = {
      id: article.id,
      title: article.title,
      text: article.text,
      published: article.published,
    };
    if (COPIES_FOLLOW && link !== null) copiesFollowed++;
    else clusterer.add(input, terms?.[at]);
    clusterMs += performance.now() - time;
    if (article.title !== null) titled++;
    if (article.planted) {
      planted++;
      if (link !== null) found++;
    } else if (link !== null) linksOnOriginals++;
    if (index < SAMPLE) {
      sample.push(article);
      if (link !== null) linksInSample.push([article.id, link]);
    }
    if (index % 1_000 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
    if ((index + 1) % CHECKPOINT === 0) {
      rssMBAt[index + 1] = Math.round(process.memoryUsage().rss / 2 ** 20);
      // Progress on stderr (stdout stays one JSON line): a long run shows its pace as it goes.
      const elapsed = (performance.now() - began) / 1000;
      console.error(
        JSON.stringify({
          progress: index + 1,
          seconds: Math.round(elapsed),
          cpuSeconds: Math.round(
            (process.cpuUsage(cpuBefore).user + process.cpuUsage(cpuBefore).system) / 1e6,
          ),
          dedupMs: Math.round(dedupMs),
          clusterMs: Math.round(clusterMs),
          waitMs: Math.round(waitMs),
          rssMB: rssMBAt[index + 1],
          liveStories: clusterer.storyCount,
        }),
      );
    }
  }
}
await workers?.close();
const seconds = (performance.now() - began) / 1000;
// CPU time of this process: on a shared machine, wall time also counts the neighbours' work.
const cpu = process.cpuUsage(cpuBefore);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
peakRss = Math.max(peakRss, process.memoryUsage().rss);

// 4. Peer: all-pairs Jaccard on the sample (the straightforward way), and the same sample through LSH.
let time = performance.now();
const sets = sample.map(
  (article) => new Set(shingleHashes(article.text, DEFAULT_SHINGLE_SIZE, fnv1a32, 1)),
);
const bruteDuplicates = new Set<string>();
for (let i = 0; i < sets.length; i++) {
  for (let j = 0; j < i; j++) {
    if (jaccard(sets[i]!, sets[j]!) >= DEFAULT_THRESHOLD) {
      bruteDuplicates.add(sample[i]!.id);
      break;
    }
  }
}
const bruteMs = performance.now() - time;
time = performance.now();
const sampleDedup = new Deduplicator();
const lshDuplicates = new Set<string>();
for (const article of sample)
  if (sampleDedup.add(article.id, article.text)) lshDuplicates.add(article.id);
const lshMs = performance.now() - time;
const agreed = [...bruteDuplicates].filter((id) => lshDuplicates.has(id)).length;

const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;
console.log(
  JSON.stringify({
    bench: 'cluster-stream',
    articles: ARTICLES,
    seconds: round(seconds, 1),
    articlesPerSecond: round(ARTICLES / seconds, 0),
    msPerArticle: round((seconds * 1000) / ARTICLES, 4),
    cpuSeconds: round(cpuSeconds, 1),
    workers: WORKERS,
    // Main-thread time spent waiting for the workers' order-free halves.
    waitMsPerArticle: round(waitMs / ARTICLES, 4),
    titledShare: round(titled / ARTICLES, 4),
    copies: values.copies,
    // Linked copies that joined their original's story without clustering (--copies follow).
    copiesFollowed,
    dedupMsPerArticle: round(dedupMs / ARTICLES, 4),
    clusterMsPerArticle: round(clusterMs / ARTICLES, 4),
    plantedDuplicates: planted,
    plantedFoundShare: round(found / Math.max(1, planted), 4),
    // Recombinations of one story can genuinely overlap: these links are not necessarily wrong.
    linksOnNonPlanted: linksOnOriginals,
    sourceStories: sourceStories.length,
    titledSourceStories: sourceStories.filter((key) => titlesByStory.has(key)).length,
    liveStories: clusterer.storyCount,
    dedupWindow: Math.max(dedup.size, workerDedupWindow),
    peakRssMB: round(peakRss / 2 ** 20, 0),
    rssGrowthMBPer100k: round(((peakRss - rssBefore) / 2 ** 20) * (100_000 / ARTICLES), 0),
    rssMBAt,
    sample: {
      articles: SAMPLE,
      allPairsJaccardMs: round(bruteMs, 0),
      lshMs: round(lshMs, 0),
      speedUp: round(bruteMs / Math.max(lshMs, 0.001), 1),
      allPairsDuplicates: bruteDuplicates.size,
      lshRecallOfAllPairs: round(agreed / Math.max(1, bruteDuplicates.size), 4),
      lshExtra: lshDuplicates.size - agreed,
    },
  }),
);
