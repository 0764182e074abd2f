/** Assemble the Brief (the versioned JSON document every renderer reads) for one story. */
import {
  BRIEF_SCHEMA,
  type Brief,
  type CleanArticle,
  type DuplicateLink,
  type StoryAnalysis,
} from '../types.js';
import { coverage } from './coverage.js';
import { formatTimelineDate } from './format-date.js';
import { articleRef } from './labels.js';
import { storyTitle } from './story-title.js';
import { foldSentenceDates } from './timeline-dates.js';
import { summarize, type SummaryOptions } from './summarize.js';

export interface BriefOptions extends SummaryOptions {
  /** Clock, injected so tests and re-runs can be byte-identical. Default: now. */
  now?: () => Date;
  /** Longest story title in characters. Default DEFAULT_MAX_TITLE_CHARS (160). */
  maxTitleChars?: number;
}

/**
 * A whole headline fits (news headlines with their attribution run to about 150 characters, as
 * the seeds' "…are “misjudged and certainly misinformed”, Wes Streeting said" at 138); a lede
 * standing in for a missing headline is cut at a word boundary. Lists shorten it further.
 */
export const DEFAULT_MAX_TITLE_CHARS = 160;

function shorten(text: string, max: number): string {
  if (text.length <= max) return text.replace(/[.]$/, '');
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[,;:–—-]$/, '')}…`;
}

/**
 * @example
 * const brief = buildBrief('st_1a2b…', articles, analyseStory(articles), duplicates);
 */
export function buildBrief(
  storyId: string,
  articles: readonly CleanArticle[],
  analysis: StoryAnalysis,
  duplicates: readonly DuplicateLink[] = [],
  options: BriefOptions = {},
): Brief {
  const summary = summarize(articles, analysis.groups, { quotes: analysis.quotes, ...options });
  const title = shorten(
    storyTitle(articles) ?? summary[0]?.text ?? articles[0]?.sentences[0]?.text ?? storyId,
    options.maxTitleChars ?? DEFAULT_MAX_TITLE_CHARS,
  );
  const ids = new Set(articles.map((clean) => clean.article.id));
  return {
    schema: BRIEF_SCHEMA,
    generated: (options.now?.() ?? new Date()).toISOString(),
    story: { id: storyId, title, articles: articles.map((clean) => articleRef(clean.article)) },
    summary,
    quotes: analysis.quotes,
    entities: analysis.entities,
    timeline: foldSentenceDates(
      analysis.timeline.map((entry) =>
        entry.resolved && entry.date !== null
          ? { ...entry, label: formatTimelineDate(entry.date, entry.until) }
          : entry,
      ),
    ),
    facts: analysis.facts,
    discrepancies: analysis.discrepancies,
    reuse: analysis.reuse,
    coverage: coverage(articles, analysis),
    duplicates: duplicates.filter((link) => ids.has(link.id) || ids.has(link.duplicateOf)),
  };
}
