/**
 * What a story search matches besides the title: the words a reader remembers a story by.
 * Titles alone are not enough: a story's title is one sentence of its summary, and a search
 * for the topic ("grooming") must find the story even when that sentence names only people.
 * The brief JSON itself is not searched: its keys ("summary", "sources") and file paths would
 * match every story.
 */
import type { Brief } from '../types.js';

/** Longest search text kept per story (characters); long briefs are cut, never rejected. */
export const MAX_SEARCH_TEXT = 20_000;

/** Lower-cased title, summary, facts, entity names and aliases, quote speakers and words. */
export function briefSearchText(brief: Brief): string {
  const parts = [
    brief.story.title,
    ...brief.summary.map((sentence) => sentence.text),
    ...brief.facts.map((fact) => fact.text),
    ...brief.entities.flatMap((entity) => [entity.name, ...entity.aliases]),
    ...brief.quotes.flatMap((quote) => [quote.speaker ?? '', quote.text]),
  ];
  return parts.join('\n').toLowerCase().slice(0, MAX_SEARCH_TEXT);
}
