/**
 * The eval tasks `storyline eval <task>` knows, loaded lazily: each pulls in its own data
 * readers only when asked for. Every task takes the data folder and returns one JSON object.
 */
export type EvalTask = (options: { dataDir: string; limit?: number }) => Promise<object>;

export const EVAL_TASKS: Record<string, () => Promise<EvalTask>> = {
  extraction: async () => (await import('./extraction.js')).evalExtraction,
  clustering: async () => (await import('./clustering.js')).evalClustering,
  quotes: async () => (await import('./quotes.js')).evalQuotes,
  entities: async () => (await import('./entities.js')).evalEntities,
  dates: async () => (await import('./dates.js')).evalDates,
  summaries: async () => (await import('./summaries.js')).evalSummaries,
};
