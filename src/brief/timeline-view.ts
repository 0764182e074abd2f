/**
 * The timeline as a reader scans it (issue #6): the dated events first, in date order, and the
 * mentions whose relative date no publish date anchors ("Friday" in an undated article) folded
 * into one short list. The JSON brief keeps every entry; only the renderers fold.
 *
 * An undated article's relative dates stay unanchored on purpose: borrowing another article's
 * publish date would print wrong dates (seed 004 was published days after 003).
 */
import type { TimelineEntry } from '../types.js';

/** One relative expression as written, with every article that uses it unanchored. */
export interface RelativeMention {
  /** The expression as first written ("November last year"). */
  dateText: string;
  /** Article ids, in the order first seen. */
  sources: string[];
  /** Unresolved timeline entries carrying this expression (case-insensitive). */
  entries: number;
}

export interface TimelineView {
  /** Resolved entries, in the timeline's date order, each sentence once (`alsoUnder` skipped). */
  anchored: TimelineEntry[];
  /** Unresolved entries, in the timeline's order. */
  unanchored: TimelineEntry[];
  /** `unanchored` grouped by expression, in order of first appearance. */
  relative: RelativeMention[];
}

export function timelineView(timeline: readonly TimelineEntry[]): TimelineView {
  const anchored: TimelineEntry[] = [];
  const unanchored: TimelineEntry[] = [];
  for (const entry of timeline) {
    // A sentence shown under a more precise date of its own (timeline-dates.ts) is not repeated.
    if (entry.alsoUnder !== undefined) continue;
    (entry.resolved && entry.date !== null ? anchored : unanchored).push(entry);
  }
  const byText = new Map<string, RelativeMention>();
  for (const entry of unanchored) {
    const key = entry.dateText.toLowerCase().replace(/\s+/g, ' ').trim();
    const mention = byText.get(key) ?? { dateText: entry.dateText, sources: [], entries: 0 };
    mention.entries++;
    for (const source of entry.sources)
      if (!mention.sources.includes(source)) mention.sources.push(source);
    byText.set(key, mention);
  }
  return { anchored, unanchored, relative: [...byText.values()] };
}

/** "16 mentions with a relative date we could not anchor": the folded line's lead. */
export function unanchoredLead(count: number): string {
  return `${count} ${count === 1 ? 'mention' : 'mentions'} with a relative date we could not anchor (no publish date)`;
}
