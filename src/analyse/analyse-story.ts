/**
 * The analyse stage for one story. Order matters:
 *   1. entities first: quotes need canonical speakers;
 *   2. passage reuse before alignment: copies must count as one source;
 *   3. alignment before timeline and discrepancies: both cite aligned sentences.
 */
import { findReuse } from '../dedup/passage-reuse.js';
import type { CleanArticle, DateMention, QuoteMention, StoryAnalysis } from '../types.js';
import { buildTimeline, extractDates } from './dates/index.js';
import { findDiscrepancies } from './discrepancies/index.js';
import { resolveStoryEntities } from './entities/index.js';
import { alignSentences, attributeFacts, factsFromGroups } from './facts/index.js';
import { buildQuoteLedger, Descriptions, extractQuotes } from './quotes/index.js';

/**
 * @example
 * const analysis = analyseStory(cleanArticles);
 * analysis.quotes[0]; // { speaker: 'Wes Streeting', text: '…', sources: [...] }
 */
export function analyseStory(articles: readonly CleanArticle[]): StoryAnalysis {
  const list = [...articles];
  // 1. Who is who, then who said what.
  const { entities, mentions } = resolveStoryEntities(list);
  const quoteMentions = new Map<string, QuoteMention[]>();
  for (const clean of list) {
    quoteMentions.set(clean.article.id, extractQuotes(clean, mentions.get(clean.article.id) ?? []));
  }
  // "The US technology billionaire" is the person the story elsewhere calls "tech billionaire
  // Mr Musk": descriptions resolve story-wide, for speakers nothing else named.
  // The story-wide scan runs only when some quote needs it.
  const allQuotes = [...quoteMentions.values()].flat();
  const unnamed = allQuotes.filter((quote) => quote.speaker === null && quote.speakerText);
  if (unnamed.length > 0) {
    const descriptions = new Descriptions(list, mentions);
    for (const quote of unnamed) quote.speaker = descriptions.resolve(quote.speakerText!);
  }
  const quotes = buildQuoteLedger(allQuotes);
  // 2. Shared copy.
  const reuse = findReuse(list);
  // 3. What several outlets say, and where they differ.
  const groups = alignSentences(list, reuse);
  // A fact that is a bare quotation gets its speaker from the ledger (entities → quotes first).
  const facts = attributeFacts(factsFromGroups(groups, list), quotes);
  const discrepancies = findDiscrepancies(list, groups);
  // 4. When.
  const dateMentions = new Map<string, DateMention[]>();
  for (const clean of list) dateMentions.set(clean.article.id, extractDates(clean));
  const timeline = buildTimeline(list, dateMentions, { groups });
  return {
    entities,
    entityMentions: mentions,
    quoteMentions,
    quotes,
    dateMentions,
    timeline,
    groups,
    facts,
    discrepancies,
    reuse,
  };
}
