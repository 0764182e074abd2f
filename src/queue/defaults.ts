/** Queue and worker defaults, in a module without dependencies so the CLI can show them cheaply. */
export const DEFAULT_STREAM = 'storyline:articles';
export const DEFAULT_GROUP = 'storyline-workers';
export const DEFAULT_CLAIM_IDLE_MS = 60_000;
export const DEFAULT_RECONNECT_MAX_MS = 2_000;
export const DEFAULT_BATCH_SIZE = 100;
export const DEFAULT_BLOCK_MS = 1_000;
