/**
 * The second stage of the learned model: indirect reports ("X warned that …") whose whole
 * shape (cue, speaker kind, lengths, cue probability) was wrong more often than the
 * break-even of source F1 on PolNeAR train are dropped. Keeping a report pays only while its
 * chance of being right exceeds about F1 / 2 (issue 5); direct quotes are never dropped here.
 */
import type { EntityMention } from '../../types.js';
import { attributionFeatures, ATTRIBUTION_PREFIX } from './attribution-features.js';
import { cueProbability } from './cue-model.js';
import type { QuoteDetail } from './extract-quotes.js';
import { spanProbability, type LearnedCues } from './learned-cues.js';

/**
 * Reports below this probability of a right source are dropped. Tuned on a held-out quarter
 * of PolNeAR train (0.35-0.5 tried, within 0.003); near the F1 / 2 break-even.
 */
export const DEFAULT_KEEP_REPORT = 0.45;

/** Features of each indirect report with speaker and cue, in order (null for the others). */
export function reportFeatures(
  quotes: readonly QuoteDetail[],
  text: string,
  mentions: readonly EntityMention[],
  learned: LearnedCues,
): (string[] | null)[] {
  return quotes.map((quote) => {
    const { speakerSpan, cueSpan } = quote;
    if (quote.direct || !speakerSpan || !cueSpan) return null;
    const nested = quotes.some(
      (other) =>
        other !== quote && other.contentSpan[0] <= cueSpan[0] && cueSpan[1] <= other.contentSpan[1],
    );
    return attributionFeatures(
      text,
      { speakerSpan, cueSpan, contentSpan: quote.contentSpan },
      mentions,
      spanProbability(learned, cueSpan),
      nested,
    );
  });
}

/** `quotes` without the reports the model finds unlikely; all of them without a model stage. */
export function filterReports(
  quotes: QuoteDetail[],
  text: string,
  mentions: readonly EntityMention[],
  learned: LearnedCues,
): QuoteDetail[] {
  const model = learned.model;
  if (!model?.weights.has(`${ATTRIBUTION_PREFIX}bias`)) return quotes;
  const features = reportFeatures(quotes, text, mentions, learned);
  return quotes.filter(
    (_, index) => !features[index] || cueProbability(model, features[index]) >= DEFAULT_KEEP_REPORT,
  );
}
