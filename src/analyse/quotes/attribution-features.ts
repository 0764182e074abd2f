/**
 * Features of a found indirect attribution (speaker, cue, content), for the second stage of
 * the learned model: whether the whole report holds up, not just its cue word.
 *
 *   Officials in both parties have long warned that the deal would collapse.
 *   ^speaker: np, 5 words        ^cue p=0.8   ^content: that, 5 words
 *
 * Features carry the `a:` prefix so that they share the cue model's weight table and file.
 */
import { stemmer } from 'stemmer';
import type { EntityMention, Span } from '../../types.js';
import { PRONOUNS } from './speaker.js';

export const ATTRIBUTION_PREFIX = 'a:';

/** What an indirect report's features are computed from. */
export interface FoundReport {
  speakerSpan: Span;
  cueSpan: Span;
  contentSpan: Span;
}

function wordsBucket(count: number): string {
  if (count <= 2) return String(count);
  if (count <= 5) return '3-5';
  if (count <= 10) return '6-10';
  if (count <= 20) return '11-20';
  return '21+';
}

function speakerClass(text: string, span: Span, mentions: readonly EntityMention[]): string {
  const written = text.slice(span[0], span[1]);
  if (PRONOUNS.has(written.toLowerCase())) return 'pronoun';
  const mention = mentions.find((m) => m.span[0] < span[1] && span[0] < m.span[1]);
  if (mention) return mention.span[0] === span[0] ? mention.type : `has-${mention.type}`;
  if (/^(?:the|a|an)\b/i.test(written)) return 'determiner';
  return /^\p{Lu}/u.test(written) ? 'capital' : 'lower';
}

/**
 * Features of `report`; `cueProbability` is the cue model's highest probability over the
 * cue's words (undefined when no word of it was a candidate, as with a dash signature).
 */
export function attributionFeatures(
  text: string,
  report: FoundReport,
  mentions: readonly EntityMention[],
  cueProbability: number | undefined,
  nested: boolean,
): string[] {
  const cue = text.slice(report.cueSpan[0], report.cueSpan[1]).toLowerCase();
  const head = cue.split(/\s+/).pop() ?? cue;
  const stem = stemmer(head);
  const speaker = speakerClass(text, report.speakerSpan, mentions);
  const speakerWords = text.slice(...report.speakerSpan).split(/\s+/).length;
  const contentWords = text.slice(...report.contentSpan).split(/\s+/).length;
  const order = report.speakerSpan[0] < report.contentSpan[0] ? 'speaker-first' : 'content-first';
  const between = text.slice(report.cueSpan[1], report.contentSpan[0]).trim().toLowerCase();
  const link = report.contentSpan[0] < report.cueSpan[0] ? 'before' : between || 'none';
  const probability =
    cueProbability === undefined ? 'none' : String(Math.min(9, Math.floor(cueProbability * 10)));
  return [
    'bias',
    `cue=${cue}`,
    `stem=${stem}`,
    `p=${probability}`,
    `speaker=${speaker}`,
    `speaker-words=${wordsBucket(speakerWords)}`,
    `content-words=${wordsBucket(contentWords)}`,
    `order=${order}`,
    `link=${link.length > 12 ? 'long' : link}`,
    `nested=${nested}`,
    `stem|speaker=${stem}|${speaker}`,
    `p|speaker=${probability}|${speaker}`,
    `p|order=${probability}|${order}`,
  ].map((feature) => ATTRIBUTION_PREFIX + feature);
}
