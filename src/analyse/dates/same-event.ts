/**
 * Timeline entries that state one dated event in different words, grouped into one entry.
 *
 * Sentence alignment already joins the sentences outlets share nearly word for word. What it
 * cannot join is one event told in two sentences about different things: "A national inquiry
 * by Professor Alexis Jay concluded in 2022, and probes into …" and "… recommendations from
 * Professor Jay's inquiry, which concluded in 2022." A reader of the timeline wants that event
 * once, with every outlet that dates it. So entries are compared on the words AROUND their
 * date (the clause that says what happened then), not on the whole sentence, which is mostly
 * about something else.
 *
 * The rule is deliberately cautious: a wrong merge puts words in an outlet's mouth, a missed
 * one only repeats a date. Two entries join when they carry the same resolved date, come from
 * different articles, and their date clauses share at least `minShared` content words that
 * make up at least `minOverlap` of the smaller clause.
 */
import { contentTerms, tokenize } from '../../util/tokens.js';

/** Another article's wording of the same dated event. */
export interface EventWording {
  text: string;
  sources: string[];
}

export interface SameEventOptions {
  /** Words each side of the date that say what happened then (default 8). */
  window?: number;
  /** Shared content words needed (default 3). */
  minShared?: number;
  /** Shared words as a share of the smaller clause (default 0.4). */
  minOverlap?: number;
}

interface Dated {
  date: string | null;
  until?: string;
  resolved: boolean;
  dateText: string;
  text: string;
  sources: string[];
  alsoReported?: EventWording[];
}

const CALENDAR =
  /^(?:\d+|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|year|month|week|day)$/i;

/** Stemmed content words within `window` words of the date expression in `text`. */
export function dateClause(text: string, dateText: string, window: number): Set<string> {
  const tokens = tokenize(text);
  const at = text.indexOf(dateText);
  const start = at < 0 ? 0 : at;
  const end = at < 0 ? text.length : at + dateText.length;
  const first = tokens.findIndex((token) => token.end > start);
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1]!.start < end) last++;
  const from = Math.max(0, (first < 0 ? 0 : first) - window);
  const to = Math.min(tokens.length, (first < 0 ? tokens.length : last + 1) + window);
  const near = tokens
    .slice(from, to)
    .filter((token) => token.end <= start || token.start >= end)
    .map((token) => token.text.replace(/['’]s$/i, ''))
    .filter((word) => word.length >= 3 && !CALENDAR.test(word));
  return new Set(contentTerms(near.join(' ')));
}

/**
 * Groups entries of one event (see the file comment). The first entry of a group in `events`
 * order with the most sources keeps its place and wording; the others become its
 * `alsoReported` wordings, in their order, and leave the list.
 */
export function mergeSameEvents<T extends Dated>(events: T[], options: SameEventOptions = {}): T[] {
  const window = options.window ?? 8;
  const minShared = options.minShared ?? 3;
  const minOverlap = options.minOverlap ?? 0.4;
  const clauses = events.map((event) =>
    event.resolved && event.date ? dateClause(event.text, event.dateText, window) : null,
  );
  const parent = events.map((_, index) => index);
  const find = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]!]!;
    return index;
  };
  // Group members' sources, so a group never gathers two statements of one article.
  const groupSources = events.map((event) => new Set(event.sources));
  for (let i = 0; i < events.length; i++) {
    const a = clauses[i];
    if (!a || a.size === 0) continue;
    for (let j = i + 1; j < events.length; j++) {
      const b = clauses[j];
      if (!b || b.size === 0) continue;
      if (events[i]!.date !== events[j]!.date || events[i]!.until !== events[j]!.until) continue;
      const [ri, rj] = [find(i), find(j)];
      if (ri === rj) continue;
      if ([...groupSources[rj]!].some((source) => groupSources[ri]!.has(source))) continue;
      let shared = 0;
      for (const word of a) if (b.has(word)) shared++;
      if (shared < minShared || shared < minOverlap * Math.min(a.size, b.size)) continue;
      parent[rj] = ri;
      for (const source of groupSources[rj]!) groupSources[ri]!.add(source);
    }
  }
  const groups = new Map<number, number[]>();
  events.forEach((_, index) => {
    const root = find(index);
    groups.set(root, [...(groups.get(root) ?? []), index]);
  });
  const out: T[] = [];
  events.forEach((event, index) => {
    const members = groups.get(find(index))!;
    const lead = members.reduce((best, member) =>
      events[member]!.sources.length > events[best]!.sources.length ? member : best,
    );
    if (index !== lead) return;
    if (members.length === 1) {
      out.push(event);
      return;
    }
    const alsoReported = members
      .filter((member) => member !== lead)
      .map((member) => ({ text: events[member]!.text, sources: [...events[member]!.sources] }));
    out.push({ ...event, alsoReported: [...(event.alsoReported ?? []), ...alsoReported] });
  });
  return out;
}
