/**
 * How much older or newer coverage counts: similarity is multiplied by 0.5^(gap / half-life).
 * Dated pairs use the gap in days between the article and the story's date range; when either
 * side is undated the gap is counted in arrivals (articles added since the story last grew),
 * which is the only clock an undated stream has.
 */
export interface TimeDecayOptions {
  /** Days after which a dated gap halves similarity. Default: DEFAULT_HALF_LIFE_DAYS (10). */
  halfLifeDays?: number;
  /** Arrivals after which an undated gap halves similarity. Default: DEFAULT_HALF_LIFE_ARRIVALS (50,000). */
  halfLifeArrivals?: number;
}

/** Ten days: a follow-up a week later still joins its story; a month later it rarely does. */
export const DEFAULT_HALF_LIFE_DAYS = 10;
/** Roughly a few days of a large feed. */
export const DEFAULT_HALF_LIFE_ARRIVALS = 50_000;

const DAY_MS = 86_400_000;

export interface TimeSpan {
  firstTime: number | null;
  lastTime: number | null;
  lastArrival: number;
}

export function timeDecay(
  time: number | null,
  arrival: number,
  story: TimeSpan,
  options: TimeDecayOptions = {},
): number {
  if (time !== null && story.firstTime !== null && story.lastTime !== null) {
    const gapDays = Math.max(0, time - story.lastTime, story.firstTime - time) / DAY_MS;
    return Math.pow(0.5, gapDays / (options.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS));
  }
  const gap = Math.max(0, arrival - story.lastArrival);
  return Math.pow(0.5, gap / (options.halfLifeArrivals ?? DEFAULT_HALF_LIFE_ARRIVALS));
}

/** Milliseconds since the epoch of an ISO date, or null when absent or unparseable. */
export function parseTime(published: string | null): number | null {
  if (published === null) return null;
  const time = Date.parse(published);
  return Number.isFinite(time) ? time : null;
}
