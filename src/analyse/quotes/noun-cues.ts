/**
 * Attribution by a noun of saying with its possessor as the source:
 *
 *   Politifact did a fact-check on Donald Trump’s claim that there have been “thousands …”
 *                                  ^source       ^cue  ^content
 *   …, contradicting Tulsa police’s earlier claim that Crutcher had refused …
 *
 * Only a possessor counts ("the claim that" has no source) and only a complement clause or
 * infinitive ("claim that …", "promise to …") makes the noun report something.
 */
import type { Span } from '../../types.js';
import type { Token } from '../../util/tokens.js';
import { contractedPronoun } from './speaker.js';

const NOUN_CUES = new Set(
  (
    'claim claims assertion assertions argument arguments contention insistence suggestion ' +
    'warning warnings statement statements promise promises pledge pledges vow vows belief ' +
    'beliefs view views accusation accusations allegation allegations charge charges denial ' +
    'admission call calls demand demands threat threats proposal proposals decision refusal ' +
    'prediction predictions assessment conclusion conclusions finding findings announcement ' +
    'emphasis explanation complaint complaints recommendation recommendations hope hopes ' +
    'insinuation assurance assurances plea desire determination reluctance unwillingness'
  ).split(' '),
);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);
/** Words that make the noun report a content: "claim that …", "promise to …". */
const COMPLEMENTS = new Set(['that']);

export interface NounCue {
  speaker: Span;
  cue: Span;
  /** From after "that" (or from "to") to the clause end. */
  contentStart: number;
}

/** The possessor of the noun cue at `index`, or null (`tokens` are one sentence's). */
export function nounCueAt(
  text: string,
  tokens: readonly Token[],
  index: number,
  mentions: readonly { span: Span }[],
): NounCue | null {
  const token = tokens[index]!;
  if (!NOUN_CUES.has(token.text.toLowerCase())) return null;
  const next = tokens[index + 1];
  if (!next || !COMPLEMENTS.has(next.text.toLowerCase())) return null;
  if (!/^\s+$/.test(text.slice(token.end, next.start))) return null;
  // "Tulsa police’s earlier claim": one modifier may sit between possessor and noun.
  for (const at of [index - 1, index - 2]) {
    const owner = tokens[at];
    if (!owner || owner.end > token.start) continue;
    const lower = owner.text.toLowerCase();
    const cue: Span = [token.start, token.end];
    const contentStart = next.text.toLowerCase() === 'that' ? next.end : next.start;
    if (POSSESSIVE_PRONOUNS.has(lower)) {
      return { speaker: [owner.start, owner.end], cue, contentStart };
    }
    if (/[’']s$/i.test(owner.text) && !contractedPronoun(owner)) {
      const end = owner.end - 2;
      const mention = mentions.find(
        (m) => m.span[0] <= owner.start && m.span[1] >= end - 1 && m.span[1] <= owner.end,
      );
      return { speaker: mention ? [mention.span[0], end] : [owner.start, end], cue, contentStart };
    }
    if (at === index - 2) break;
  }
  return null;
}
