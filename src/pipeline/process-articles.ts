/**
 * The only place where stage order lives.
 *
 * Workflow:
 *   1. ingest   items (Articles or Skipped values) from any reader
 *   2. clean    normalise, drop boilerplate, split sentences, detect language
 *   3. store    insert articles not stored yet (ids are content hashes: re-runs are no-ops)
 *   4. dedup    link exact and near-duplicate copies to their original
 *   5. cluster  assign each new article to a story (duplicates follow their original)
 *   6. analyse  entities, quotes, dates, aligned facts, discrepancies per touched story
 *   7. brief    cited summary + sections, stored per story
 */
import { analyseStory } from '../analyse/index.js';
import { buildBrief, SummaryMemo, type BriefOptions } from '../brief/index.js';
import { cleanArticle, type CleanOptions } from '../clean/index.js';
import { StoryClusterer, type ClusterOptions } from '../cluster/index.js';
import { Deduplicator, type DedupOptions } from '../dedup/index.js';
import type { IngestItem } from '../ingest/index.js';
import type { Store } from '../store/index.js';
import type { Article, Brief, CleanArticle, DuplicateLink, Skipped } from '../types.js';

export interface PipelineOptions {
  store: Store;
  clean?: CleanOptions;
  dedup?: DedupOptions;
  cluster?: ClusterOptions;
  brief?: BriefOptions;
  /** Stop after clustering: no analyse/brief (bulk loads, clustering comparisons). Default: false. */
  skipBriefs?: boolean;
  /** Called as work advances; `total` is known for the per-story stages. */
  onProgress?: (event: ProgressEvent) => void;
}

export interface ProgressEvent {
  stage: 'ingest' | 'cluster' | 'brief';
  done: number;
  total?: number;
}

export interface RunReport {
  /** Articles read from the inputs. */
  read: number;
  /** Ids of every article read, new or stored before, in input order. */
  articleIds: string[];
  /** Articles stored by this run (the rest were stored before). */
  inserted: number;
  skipped: Skipped[];
  duplicates: DuplicateLink[];
  /** Stories that received articles in this run, with their fresh briefs. */
  briefs: Brief[];
  merges: { from: string; into: string }[];
}

/** The clusterer snapshot: `run` and the queue's clustering leader share it. */
export const CLUSTER_STATE_KEY = 'clusterer/v1';
/**
 * Stories whose brief a run owes but may not have written (it can be killed mid-brief):
 * written before the assignments, cleared after the briefs, rebuilt by the next run.
 */
const BRIEFS_PENDING_KEY = 'pipeline/briefs-pending';

/** What clustering needs of an article. */
export type ClusterArticle = Pick<Article, 'id' | 'title' | 'text' | 'published'>;

/**
 * Assign each fresh article to a story; returns the stories whose brief must be rebuilt.
 *
 * Crash safety without store transactions (issue 7): writes go in an order that a re-run
 * repairs. Merges first (idempotent), then the clusterer snapshot, then the assignments.
 * Killed before the snapshot, a re-run replays the same articles in the same order from the
 * same snapshot; killed after it, `StoryClusterer.add` returns the story it already gave
 * each article. Articles stay unassigned until the last write, so "stored but unassigned"
 * is exactly "owed clustering" (see `processArticles`).
 */
export async function clusterNew(
  store: Store,
  fresh: readonly CleanArticle[],
  links: ReadonlyMap<string, DuplicateLink>,
  options: Pick<PipelineOptions, 'cluster' | 'onProgress'>,
  /** Called with the touched stories before any of them is written. Default: none. */
  beforeWrite?: (touched: ReadonlySet<string>) => Promise<void>,
): Promise<{ touched: Set<string>; merges: { from: string; into: string }[] }> {
  const saved = await store.getState(CLUSTER_STATE_KEY);
  const clusterer = saved
    ? StoryClusterer.restore(JSON.parse(saved), options.cluster)
    : new StoryClusterer(options.cluster);
  const { storyOf, touched, merges } = await assignArticles(
    store,
    clusterer,
    fresh.map((clean) => clean.article),
    links,
    options.onProgress,
  );
  await beforeWrite?.(touched);
  await store.putState(CLUSTER_STATE_KEY, JSON.stringify(clusterer.snapshot()));
  await store.assignStories([...storyOf].map(([id, story]) => ({ id, story })));
  return { touched, merges };
}

/**
 * The clustering loop shared by `clusterNew` and the queue's clustering leader (which keeps
 * `clusterer` in memory between calls and writes the result itself): each article joins the
 * story of its original when it is a duplicate, else the clusterer's choice; merges are
 * recorded at once, moves and assignments returned in `storyOf` for the caller to write.
 */
export async function assignArticles(
  store: Store,
  clusterer: StoryClusterer,
  fresh: readonly ClusterArticle[],
  links: ReadonlyMap<string, DuplicateLink>,
  onProgress?: PipelineOptions['onProgress'],
  /**
   * Stories of originals stored before this call, read ahead in one query (the queue leader;
   * copies are most of some feeds). Kept in step with merges below, so a lookup gives what
   * `store.getArticle` would give at that point. Default: none (each original is read).
   */
  storedStories: Map<string, string | null> = new Map(),
): Promise<{
  storyOf: Map<string, string>;
  touched: Set<string>;
  merges: { from: string; into: string }[];
}> {
  const storyOf = new Map<string, string>();
  const touched = new Set<string>();
  const merges: { from: string; into: string }[] = [];
  for (const [index, article] of fresh.entries()) {
    const original = links.get(article.id)?.duplicateOf;
    let story = original === undefined ? undefined : storyOf.get(original);
    if (story === undefined && original !== undefined)
      story = storedStories.has(original)
        ? (storedStories.get(original) ?? undefined)
        : ((await store.getArticle(original))?.story ?? undefined);
    if (story === undefined) {
      const result = clusterer.add({
        id: article.id,
        title: article.title,
        text: article.text,
        published: article.published,
      });
      story = result.story;
      for (const from of result.mergedFrom ?? []) {
        merges.push({ from, into: story });
        touched.delete(from);
        for (const [id, assigned] of storyOf) if (assigned === from) storyOf.set(id, story);
        for (const [id, assigned] of storedStories)
          if (assigned === from) storedStories.set(id, story);
        await store.recordMerge(from, story);
      }
      // The refinement pass may move recent articles (of this run or earlier ones) between
      // stories: both stories' briefs change.
      for (const move of result.moved ?? []) {
        storyOf.set(move.id, move.to);
        touched.add(move.from).add(move.to);
      }
    }
    storyOf.set(article.id, story);
    touched.add(story);
    onProgress?.({ stage: 'cluster', done: index + 1, total: fresh.length });
  }
  return { storyOf, touched, merges };
}

/** Find duplicates of the new articles among everything stored (arrival order). */
async function dedupNew(
  store: Store,
  freshIds: ReadonlySet<string>,
  options: DedupOptions = {},
): Promise<DuplicateLink[]> {
  const deduplicator = new Deduplicator(options);
  const links: DuplicateLink[] = [];
  for (const stored of await store.listArticles()) {
    const link = deduplicator.add(stored.article.id, stored.article.text);
    if (link && freshIds.has(stored.article.id)) links.push(link);
  }
  await store.putDuplicates(links);
  return links;
}

/**
 * Summary work kept across story updates in this process (sentence terms, citation checks),
 * keyed by article content hash, so a story that gains one article re-tokenises only that one.
 * Bounded (DEFAULT_MAX_MEMO_ENTRIES per table); pass `memo` in the options to use another.
 */
const PROCESS_MEMO = new SummaryMemo();

/** Rebuild the brief of one story from its stored articles. */
export async function briefStory(
  store: Store,
  storyId: string,
  options: BriefOptions = {},
): Promise<Brief | null> {
  const articles = await store.listArticles({ story: storyId });
  if (articles.length === 0) {
    // The story lost its last article (a refinement move): its old brief must not linger.
    await store.deleteBrief(storyId);
    return null;
  }
  const ids = new Set(articles.map((a) => a.article.id));
  const duplicates = (await store.listDuplicates()).filter((l) => ids.has(l.id));
  const brief = buildBrief(storyId, articles, analyseStory(articles), duplicates, {
    memo: PROCESS_MEMO,
    ...options,
  });
  await store.putBrief(brief);
  return brief;
}

/**
 * Run every stage over a stream of ingest items.
 *
 * @example
 * const report = await processArticles(readInputs(['../shared/seeds']), { store });
 */
export async function processArticles(
  items: AsyncIterable<IngestItem>,
  options: PipelineOptions,
): Promise<RunReport> {
  const { store } = options;
  // 1-2. Ingest and clean.
  const skipped: Skipped[] = [];
  const batch: { clean: CleanArticle; raw: string }[] = [];
  const seen = new Set<string>();
  for await (const item of items) {
    if ('kind' in item) {
      skipped.push(item);
      continue;
    }
    if (seen.has(item.id)) continue; // the same article twice in one input set
    seen.add(item.id);
    batch.push({ clean: cleanArticle(item, options.clean), raw: item.text });
    options.onProgress?.({ stage: 'ingest', done: batch.length });
  }
  // 3. Store; what was stored and clustered before is not processed again (idempotent
  // re-runs). Stored but unassigned means a previous run was killed before clustering it.
  const insertedIds = new Set(await store.putArticles(batch));
  const owed = new Set(insertedIds);
  if (insertedIds.size < batch.length) {
    for (const stored of await store.listArticles())
      if (stored.story === null && seen.has(stored.article.id)) owed.add(stored.article.id);
  }
  const fresh = batch.filter(({ clean }) => owed.has(clean.article.id)).map(({ clean }) => clean);
  // 4. Dedup.
  const duplicates = fresh.length > 0 ? await dedupNew(store, owed, options.dedup) : [];
  // 5. Cluster; the briefs owed are recorded first so that a killed run's are not lost.
  const pendingState = await store.getState(BRIEFS_PENDING_KEY);
  const pending = new Set<string>(pendingState ? (JSON.parse(pendingState) as string[]) : []);
  const { touched, merges } = await clusterNew(
    store,
    fresh,
    new Map(duplicates.map((l) => [l.id, l])),
    options,
    async (owedBriefs) => {
      for (const story of owedBriefs) pending.add(story);
      await store.putState(BRIEFS_PENDING_KEY, JSON.stringify([...pending]));
    },
  );
  for (const story of pending) touched.add(story);
  if (options.skipBriefs) touched.clear();
  // 6-7. Analyse and brief each touched story.
  const briefs: Brief[] = [];
  for (const storyId of touched) {
    const brief = await briefStory(store, storyId, options.brief);
    if (brief) briefs.push(brief);
    options.onProgress?.({ stage: 'brief', done: briefs.length, total: touched.size });
  }
  if (pending.size > 0 && !options.skipBriefs) await store.putState(BRIEFS_PENDING_KEY, '[]');
  return {
    read: batch.length,
    articleIds: batch.map(({ clean }) => clean.article.id),
    inserted: insertedIds.size,
    skipped,
    duplicates,
    briefs,
    merges,
  };
}
