/**
 * The story timeline: each dated statement once, cited by the articles whose aligned sentences
 * carry the same date expression, sorted by date; one event worded differently by several
 * articles is one entry with its other wordings (same-event.ts). Unresolved dates (relative expressions in
 * undated articles) are kept, marked `resolved: false`, after the dated ones.
 */
import { findReuse } from '../../dedup/passage-reuse.js';
import type { AlignedGroup, CleanArticle, DateMention, TimelineEntry } from '../../types.js';
import { alignSentences } from '../facts/align-sentences.js';
import { mergeSameEvents } from './same-event.js';

/** Another date that outlets give for the same statement. */
export interface DateVariant {
  date: string | null;
  dateText: string;
  sources: string[];
}

/** A timeline entry; `conflicting` lists other dates outlets give for the same statement. */
export interface TimelineEvent extends TimelineEntry {
  conflicting?: DateVariant[];
}

export interface TimelineOptions {
  /**
   * Aligned sentence groups of the story (alignSentences). Default: aligned here, which repeats
   * work the analyse stage has already done: pass them.
   */
  groups?: readonly AlignedGroup[];
}

const CALENDAR_WORD =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow|(?:1[89]|20)\d\d)$/;

/**
 * What an expression names, whatever its modifiers: "November last year" and "in November"
 * both name November, so outlets writing either are cited together.
 */
function head(mention: DateMention): string {
  const tokens = mention.text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return tokens.find((token) => CALENDAR_WORD.test(token)) ?? tokens.join(' ');
}

interface Draft {
  order: [number, number];
  head: string;
  group: number;
  text: string;
  dateText: string;
  values: Map<string | null, { dateText: string; sources: string[]; until?: string }>;
  sources: string[];
  /** true once `text` comes from an article that resolved the date. */
  textResolved: boolean;
}

function sameGranularity(a: string, b: string): boolean {
  return a.length === b.length;
}

/** Words joining the two ends of a range: "between 2011 and 2014", "from May to July", "2010-2014". */
const RANGE_JOINER = /^\s*(?:and|to|until|till|through|thru|[-–—])\s*$/i;
const RANGE_OPENER = /\b(?:between|from)\s+(?:the\s+)?$/i;

/**
 * Pairs of mentions in one sentence that state one range, as Map<start, end>. A range is one
 * event of the timeline ("abuse between 2011 and 2014"), not two events with the same text.
 * Dashes need no opener ("2010-2014"); "and"/"to" need "between"/"from" before the start, so
 * "in 2009 and in 2022" stays two events.
 */
function rangePairs(
  text: string,
  mentions: readonly DateMention[],
  sentenceStart: number,
): Map<DateMention, DateMention> {
  const pairs = new Map<DateMention, DateMention>();
  const sorted = [...mentions].sort((a, b) => a.span[0] - b.span[0]);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    if (start.value === null || end.value === null || start.value.length !== end.value.length)
      continue;
    if (end.value <= start.value) continue;
    const between = text.slice(start.span[1] - sentenceStart, end.span[0] - sentenceStart);
    if (!RANGE_JOINER.test(between)) continue;
    const before = text.slice(0, start.span[0] - sentenceStart);
    if (!/[-–—]/.test(between) && !RANGE_OPENER.test(before)) continue;
    pairs.set(start, end);
    i++;
  }
  return pairs;
}

/**
 * @example
 * buildTimeline(articles, dateMentions, { groups })
 * // → [{ date: '2022', …}, { date: '2025-01-02', dateText: 'Thursday', resolved: true, sources: ['<003>'] }, …,
 * //    { date: null, dateText: 'Sunday', resolved: false, … }]
 */
export function buildTimeline(
  articles: readonly CleanArticle[],
  dates: ReadonlyMap<string, readonly DateMention[]>,
  options: TimelineOptions = {},
): TimelineEvent[] {
  const groups = options.groups ?? alignSentences(articles, findReuse(articles));
  const groupOf = new Map<string, number>();
  groups.forEach((group, index) => {
    for (const member of group.members)
      groupOf.set(`${member.articleId}#${member.sentence}`, index);
  });
  const drafts = new Map<string, Draft>();
  articles.forEach((clean, articleOrder) => {
    const id = clean.article.id;
    const mentions = dates.get(id) ?? [];
    // Ranges: the start carries the end; the end is no event of its own.
    const ranges = new Map<DateMention, DateMention>();
    const bySentence = new Map<number, DateMention[]>();
    for (const mention of mentions) {
      const list = bySentence.get(mention.sentenceIndex) ?? [];
      list.push(mention);
      bySentence.set(mention.sentenceIndex, list);
    }
    for (const [index, list] of bySentence) {
      const sentence = clean.sentences[index];
      if (sentence && list.length > 1)
        for (const [start, end] of rangePairs(sentence.text, list, sentence.span[0]))
          ranges.set(start, end);
    }
    const ends = new Set(ranges.values());
    for (const mention of mentions) {
      if (ends.has(mention)) continue;
      const sentence = clean.sentences[mention.sentenceIndex];
      if (!sentence) continue;
      // A sentence outside every group (should not happen) is its own group.
      const group = groupOf.get(`${id}#${mention.sentenceIndex}`) ?? -1 - drafts.size;
      const key = `${group}|${head(mention)}`;
      let draft = drafts.get(key);
      if (!draft) {
        draft = {
          order: [articleOrder, mention.sentenceIndex],
          head: head(mention),
          group,
          text: sentence.text,
          dateText: mention.text,
          values: new Map(),
          sources: [],
          textResolved: false,
        };
        drafts.set(key, draft);
      }
      if (!draft.sources.includes(id)) draft.sources.push(id);
      const value = draft.values.get(mention.value) ?? { dateText: mention.text, sources: [] };
      if (!value.sources.includes(id)) value.sources.push(id);
      const end = ranges.get(mention);
      if (end?.value && value.until === undefined) value.until = end.value;
      draft.values.set(mention.value, value);
      // The statement is worded as the first article that resolves the date writes it.
      if (mention.value !== null && !draft.textResolved) {
        draft.text = sentence.text;
        draft.dateText = mention.text;
        draft.textResolved = true;
      }
    }
  });

  const events: (TimelineEvent & { order: [number, number]; group: number })[] = [];
  for (const draft of drafts.values()) {
    const resolved = [...draft.values].filter(([value]) => value !== null) as [
      string,
      { dateText: string; sources: string[]; until?: string },
    ][];
    resolved.sort((a, b) => b[1].sources.length - a[1].sources.length || (a[0] < b[0] ? -1 : 1));
    const main = resolved[0];
    const event: TimelineEvent & { order: [number, number]; group: number } = {
      date: main ? main[0] : null,
      dateText: main ? main[1].dateText : draft.dateText,
      resolved: main !== undefined,
      text: draft.text,
      sources: draft.sources,
      order: draft.order,
      group: draft.group,
    };
    if (main?.[1].until) event.until = main[1].until;
    if (resolved.length > 1) {
      event.conflicting = resolved
        .slice(1)
        .map(([date, v]) => ({ date, dateText: v.dateText, sources: v.sources }));
    }
    events.push(event);
  }

  // Outlets disagreeing: the same statement dated to different days (or months…) by different articles.
  for (const a of events) {
    for (const b of events) {
      if (a === b || a.group !== b.group || !a.date || !b.date || a.date === b.date) continue;
      if (!sameGranularity(a.date, b.date) || a.sources.some((s) => b.sources.includes(s)))
        continue;
      a.conflicting = [
        ...(a.conflicting ?? []),
        { date: b.date, dateText: b.dateText, sources: b.sources },
      ];
    }
  }

  events.sort((a, b) => {
    if (a.resolved !== b.resolved) return a.resolved ? -1 : 1;
    if (a.date && b.date && a.date !== b.date) return a.date < b.date ? -1 : 1;
    return a.order[0] - b.order[0] || a.order[1] - b.order[1];
  });
  return mergeSameEvents(events).map(({ order, group, ...event }) => {
    void order;
    void group;
    return event;
  });
}
