/**
 * The clustering leader: the one worker that keeps the deduplicator and the clusterer in
 * memory and walks the queue log's gap-free prefix in producer-sequence order (see
 * store/postgres/queue-log.ts). The result is the single-process run's over the same input
 * order, whatever the number of workers, the order they commit in, kills or restarts.
 *
 *   step():  [leader lock?] ─► BEGIN + cluster lock ─► cursor in the store = mine? else reload
 *            ─► log rows after the cursor ─► gap-free prefix ─► dedup + cluster + assign
 *            ─► owe briefs, advance the cursor (snapshot now and then) ─► COMMIT
 *
 * Leadership is a session lock, so the state stays in one process and is not restored per
 * batch; correctness does not rest on it: every step runs under the cluster lock and first
 * checks that the stored cursor is the one its memory reflects, else reloads (snapshot, then
 * replay of the log up to the cursor; replay is exact because clustering is deterministic).
 *
 * Gaps: a sequence that is not logged yet blocks everything after it. Its message is either
 * still in the stream (a worker holds it, or a dead worker's claim has not expired) or gone.
 * Gone (checked in the stream, then again in the log): skipped at once, nothing can fill it.
 * Still in the stream after `gapTimeoutMs`: skipped too, so that one stuck message (say one
 * that crashes every worker) cannot stall clustering forever; if it is stored later, its
 * article is logged under a fresh sequence and clustered then, out of its input order.
 */
import type { ClusterOptions } from '../cluster/index.js';
import { StoryClusterer } from '../cluster/index.js';
import { Deduplicator, type DedupOptions } from '../dedup/index.js';
import { assignArticles, CLUSTER_STATE_KEY, type ClusterArticle } from '../pipeline/index.js';
import type { PostgresStore, SessionLock } from '../store/postgres/postgres-store.js';
import {
  getCursor,
  nextLogged,
  oweBriefs,
  putCursor,
  readLog,
  skipSeqs,
  storiesOf,
  type ClusterCursor,
  type LogRow,
} from '../store/postgres/queue-log.js';
import { LOCKS } from '../store/postgres/schema.js';
import type { DuplicateLink } from '../types.js';
import type { ArticleQueue } from './article-queue.js';
import { decodeFingerprint, fingerprint, type Fingerprint } from './fingerprint-dedup.js';
import {
  DEFAULT_BRIEF_DELAY_MS,
  DEFAULT_CLUSTER_STEP,
  DEFAULT_GAP_TIMEOUT_MS,
  DEFAULT_SNAPSHOT_EVERY_MS,
} from './defaults.js';

export interface ClusterLeaderOptions {
  store: PostgresStore;
  queue: ArticleQueue;
  dedup?: DedupOptions;
  cluster?: ClusterOptions;
  /** Log rows clustered per transaction. Default: DEFAULT_CLUSTER_STEP (500). */
  stepSize?: number;
  /** Skip a sequence whose message is still queued after this long (ms). Default: DEFAULT_GAP_TIMEOUT_MS (300,000). */
  gapTimeoutMs?: number;
  /** Least time (ms) between clusterer snapshots while busy. Default: DEFAULT_SNAPSHOT_EVERY_MS (30,000). */
  snapshotEveryMs?: number;
  /** A touched story's brief is due this long (ms) after it first became stale. Default: DEFAULT_BRIEF_DELAY_MS (5,000). */
  briefDelayMs?: number;
  log?: (line: string) => void;
}

export interface StepResult {
  /** False when another worker leads. */
  leader: boolean;
  /** Sequences clustered (or passed over: duplicates, rejected, skipped) by this step. */
  advanced: number;
  /** Everything logged so far is clustered. */
  caughtUp: boolean;
}

/** Least time between two tries to become the leader. */
const LEADERSHIP_RETRY_MS = 1_000;
/** Replay pages (log rows read per query when reloading). */
const REPLAY_PAGE = 2_000;
/** A snapshot costs time; take them at least this many times their own duration apart. */
const SNAPSHOT_COST_FACTOR = 10;

interface Memory {
  cursor: ClusterCursor;
  clusterer: StoryClusterer;
  dedup: Deduplicator;
  /** Set while a step mutates memory; a step that did not commit leaves it set (reload). */
  dirty: boolean;
}

export class ClusterLeader {
  private lock: SessionLock | null = null;
  private memory: Memory | null = null;
  private stall: { from: number; since: number } | null = null;
  private lastSnapshotAt = Date.now();
  private lastSnapshotMs = 0;
  private lastTry = 0;
  private readonly log: (line: string) => void;
  /** Sequences skipped by this leader (gaps), for reports. */
  skipped = 0;

  constructor(private readonly options: ClusterLeaderOptions) {
    this.log = options.log ?? (() => {});
  }

  get isLeader(): boolean {
    return this.lock !== null && !this.lock.lost;
  }

  /** Takes leadership if free, then clusters one step. */
  async step(): Promise<StepResult> {
    if (!this.isLeader) {
      this.memory = null; // whatever we held may have been advanced by another leader
      // Each try opens a connection: at most one a second.
      if (Date.now() - this.lastTry < LEADERSHIP_RETRY_MS)
        return { leader: false, advanced: 0, caughtUp: false };
      this.lastTry = Date.now();
      this.lock = await this.options.store.tryLock(LOCKS.leader);
      if (!this.lock) return { leader: false, advanced: 0, caughtUp: false };
      this.log('took clustering leadership');
    }
    const result = await this.options.store.transaction((tx) => this.stepIn(tx), {
      lock: LOCKS.cluster,
    });
    if (this.memory) this.memory.dirty = false; // committed
    return result;
  }

  /** Saves the clusterer snapshot if anything was clustered since the last one (idle time). */
  async flush(): Promise<void> {
    const memory = this.memory;
    if (!this.isLeader || !memory || memory.cursor.snapshotCursor >= memory.cursor.cursor) return;
    memory.dirty = true; // the snapshot cursor moves in memory before the commit
    await this.options.store.transaction(
      async (tx) => {
        const stored = await getCursor(tx);
        if (stored.cursor !== memory.cursor.cursor) return; // not ours any more
        await this.snapshot(tx, memory);
      },
      { lock: LOCKS.cluster },
    );
    memory.dirty = false;
  }

  async release(): Promise<void> {
    if (this.isLeader) await this.flush().catch(() => {});
    await this.lock?.release();
    this.lock = null;
    this.memory = null;
  }

  private async stepIn(tx: PostgresStore): Promise<StepResult> {
    const stored = await getCursor(tx);
    if (!this.memory || this.memory.dirty || this.memory.cursor.cursor !== stored.cursor) {
      this.memory = await this.reload(tx, stored);
    }
    const memory = this.memory;
    const stepSize = this.options.stepSize ?? DEFAULT_CLUSTER_STEP;
    const rows = await readLog(tx, memory.cursor.cursor, stepSize);
    const prefix: LogRow[] = [];
    for (const row of rows) {
      if (row.producerSeq !== memory.cursor.cursor + prefix.length + 1) break;
      prefix.push(row);
    }
    if (prefix.length === 0) {
      if (rows.length === 0) return { leader: true, advanced: 0, caughtUp: true };
      await this.gap(tx, memory.cursor.cursor + 1, rows[0]!.producerSeq - 1);
      return { leader: true, advanced: 0, caughtUp: false };
    }
    this.stall = null;
    memory.dirty = true;
    const started = Date.now();
    const cpu = process.cpuUsage();
    const fresh: ClusterArticle[] = [];
    const links = new Map<string, DuplicateLink>();
    for (const row of prefix) {
      if (!row.first || row.articleId === null) continue;
      const article = {
        id: row.articleId,
        title: row.title,
        text: row.text,
        published: row.published,
      };
      fresh.push(article);
      const link = memory.dedup.addFingerprint(article.id, this.fingerprintOf(row));
      if (link) links.set(link.id, link);
    }
    await tx.putDuplicates([...links.values()]);
    // The originals' stories in one query, not one per copy.
    const inStep = new Set(fresh.map((article) => article.id));
    const originals = [...links.values()]
      .map((link) => link.duplicateOf)
      .filter((id) => !inStep.has(id));
    const { storyOf, touched } = await assignArticles(
      tx,
      memory.clusterer,
      fresh,
      links,
      undefined,
      await storiesOf(tx, originals),
    );
    await tx.assignStories([...storyOf].map(([id, story]) => ({ id, story })));
    await oweBriefs(tx, touched, this.options.briefDelayMs ?? DEFAULT_BRIEF_DELAY_MS);
    memory.cursor = { ...memory.cursor, cursor: prefix[prefix.length - 1]!.producerSeq };
    const every = Math.max(
      this.options.snapshotEveryMs ?? DEFAULT_SNAPSHOT_EVERY_MS,
      SNAPSHOT_COST_FACTOR * this.lastSnapshotMs,
    );
    if (Date.now() - this.lastSnapshotAt >= every) await this.snapshot(tx, memory);
    else await putCursor(tx, memory.cursor);
    this.log(
      `clustered sequences ${prefix[0]!.producerSeq}–${memory.cursor.cursor} (${fresh.length} new articles) in ${Date.now() - started} ms (cpu ${Math.round(process.cpuUsage(cpu).user / 1000)} ms)`,
    );
    return {
      leader: true,
      advanced: prefix.length,
      caughtUp: prefix.length === rows.length && rows.length < stepSize,
    };
  }

  /** Skips `from`…`to` when its messages are gone or stuck too long. */
  private async gap(tx: PostgresStore, from: number, to: number): Promise<void> {
    const now = Date.now();
    if (this.stall?.from !== from) this.stall = { from, since: now };
    let reason: string | null = null;
    if (!(await this.options.queue.holdsAny(from, to))) {
      // Not in the stream. Stored meanwhile (a commit between our read and the stream check)?
      // The log is read again after the stream: anything that left the stream is in it now.
      if ((await nextLogged(tx, from - 1)) === to + 1) reason = 'no message left in the queue';
    } else if (now - this.stall.since >= (this.options.gapTimeoutMs ?? DEFAULT_GAP_TIMEOUT_MS)) {
      reason = `still queued after ${now - this.stall.since} ms`;
    }
    if (reason === null) return;
    await skipSeqs(tx, from, to);
    this.skipped += to - from + 1;
    this.stall = null;
    this.log(`skipped producer sequences ${from}–${to}: ${reason}`);
  }

  /**
   * Stored by the worker; computed here only for an article stored without one, or with one of
   * another MinHash scheme (stored by an older version).
   */
  private fingerprintOf(row: LogRow): Fingerprint | null {
    const stored =
      row.fingerprint !== null ? decodeFingerprint(row.fingerprint, this.options.dedup) : undefined;
    return stored !== undefined ? stored : fingerprint(row.text, this.options.dedup);
  }

  private async snapshot(tx: PostgresStore, memory: Memory): Promise<void> {
    const started = Date.now();
    await tx.putState(CLUSTER_STATE_KEY, JSON.stringify(memory.clusterer.snapshot()));
    memory.cursor = { cursor: memory.cursor.cursor, snapshotCursor: memory.cursor.cursor };
    await putCursor(tx, memory.cursor);
    this.lastSnapshotAt = Date.now();
    this.lastSnapshotMs = this.lastSnapshotAt - started;
  }

  /**
   * The memory of a leader that clustered up to `cursor`: the snapshot (it covers the log up
   * to `snapshotCursor`), then the log replayed: every first occurrence through the
   * deduplicator (it has no snapshot), those after the snapshot through the clusterer too.
   */
  private async reload(tx: PostgresStore, cursor: ClusterCursor): Promise<Memory> {
    const started = Date.now();
    const saved = await tx.getState(CLUSTER_STATE_KEY);
    const clusterer = saved
      ? StoryClusterer.restore(JSON.parse(saved), this.options.cluster)
      : new StoryClusterer(this.options.cluster);
    const dedup = new Deduplicator(this.options.dedup);
    // Articles stored by a single-process run (no sequence) came first, in arrival order.
    const unsequenced = await tx.execute<{ id: string; text: string }>(
      'SELECT id, text FROM articles WHERE producer_seq IS NULL ORDER BY seq',
    );
    for (const { id, text } of unsequenced)
      dedup.addFingerprint(id, fingerprint(text, this.options.dedup));
    let replayed = 0;
    for (let after = 0; after < cursor.cursor;) {
      // Texts only where the clusterer replays too (after the snapshot).
      const withText = after >= cursor.snapshotCursor;
      const rows = await readLog(tx, after, REPLAY_PAGE, withText);
      if (rows.length === 0) break;
      for (const row of rows) {
        if (row.producerSeq > cursor.cursor) break;
        if (!withText && row.producerSeq > cursor.snapshotCursor) break; // re-read with texts
        after = row.producerSeq;
        if (!row.first || row.articleId === null) continue;
        const link = dedup.addFingerprint(row.articleId, this.fingerprintOf(row));
        if (row.producerSeq > cursor.snapshotCursor && !link) {
          clusterer.add({
            id: row.articleId,
            title: row.title,
            text: row.text,
            published: row.published,
          });
          replayed++;
        }
      }
      if (rows[rows.length - 1]!.producerSeq > cursor.cursor) break;
    }
    this.log(
      `reloaded clustering state at sequence ${cursor.cursor} (snapshot at ${cursor.snapshotCursor}, ${replayed} replayed) in ${Date.now() - started} ms`,
    );
    return { cursor, clusterer, dedup, dirty: false };
  }
}
