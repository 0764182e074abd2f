/** Queue and worker defaults, in a module without dependencies so the CLI can show them cheaply. */
export const DEFAULT_STREAM = 'storyline:articles';
export const DEFAULT_GROUP = 'storyline-workers';
export const DEFAULT_CLAIM_IDLE_MS = 60_000;
export const DEFAULT_RECONNECT_MAX_MS = 2_000;
export const DEFAULT_BATCH_SIZE = 100;
export const DEFAULT_BLOCK_MS = 1_000;
/** Log rows the clustering leader clusters per transaction. */
export const DEFAULT_CLUSTER_STEP = 500;
/**
 * A producer sequence whose message is still queued but not stored after 5 minutes is skipped
 * (its article is clustered later, out of order). Well above the claim idle time (60 s), so a
 * killed worker's messages are re-read and stored in order first.
 */
export const DEFAULT_GAP_TIMEOUT_MS = 300_000;
/** Least time between clusterer snapshots while busy; a new leader replays at most this much. */
export const DEFAULT_SNAPSHOT_EVERY_MS = 30_000;
/** A story's brief is rebuilt at most once per 5 s while it keeps growing, not per article. */
export const DEFAULT_BRIEF_DELAY_MS = 5_000;
/** A worker rebuilding a brief holds it this long; killed, another takes it over after. */
export const DEFAULT_BRIEF_LEASE_MS = 60_000;
/** Briefs claimed per round between batches. */
export const DEFAULT_BRIEFS_PER_ROUND = 10;
