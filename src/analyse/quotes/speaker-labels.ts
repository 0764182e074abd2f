/**
 * Speaker labels: a paragraph that opens with a name and a colon reports what that name says.
 *
 *   "PENCE: Well, look, Hillary Clinton apparently thinks …      (interview transcripts)
 *   Pat Caddell: Democrat Voters Worried About …                 (headlines)
 */
import type { Span } from '../../types.js';

export interface SpeakerLabel {
  speaker: Span;
  /** The colon. */
  cue: Span;
  content: Span;
}

/** One to three capitalised words in capitals ("PENCE", "MS. KEY"), as transcripts write them. */
const CAPITALS_LABEL = /^\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+){0,2}$/u;
/** Labels that head a paragraph without naming anyone who speaks. */
const NOT_SPEAKERS = new Set(
  "UPDATE NOTE EDITOR’S NOTE EDITOR'S NOTE WATCH READ MORE ABSTRACT CORRECTION PHOTO VIDEO Q A".split(
    ' ',
  ),
);
/** Capitalised function words that a headline's kicker has and a name does not. */
const KICKER_WORDS = /\b(?:Over|In|On|At|For|With|From|To|Is|Are|Was|Vs|And|The)\b/;
const MAX_LABEL_CHARS = 40;
const MIN_CONTENT_CHARS = 10;

/**
 * Labels at paragraph starts. A label is a word run in capitals or, in any case, exactly one
 * person or organisation mention; `mentions` are the article's entity mentions.
 */
export function findSpeakerLabels(
  text: string,
  mentions: readonly { span: Span; type: string }[],
): SpeakerLabel[] {
  const out: SpeakerLabel[] = [];
  const starts = new Map(mentions.map((m) => [m.span[0], m]));
  for (let at = 0; at < text.length; at = text.indexOf('\n', at) + 1 || text.length) {
    let start = at;
    while (/[\s"“]/.test(text[start] ?? '') && text[start] !== '\n') start++;
    const end = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
    const colon = text.indexOf(':', start);
    if (colon < 0 || colon >= end || colon - start > MAX_LABEL_CHARS) continue;
    const label = text.slice(start, colon);
    const mention = starts.get(start);
    // "Stealth Over Health: Hillary Clinton Was Headed to ER": a headline's kicker is a
    // capitalised run too, but names neither a person nor an organisation.
    const named =
      mention !== undefined &&
      mention.span[1] === colon &&
      (mention.type === 'person' || mention.type === 'organisation') &&
      !KICKER_WORDS.test(label);
    const capitals = CAPITALS_LABEL.test(label) && !NOT_SPEAKERS.has(label);
    if (!named && !capitals) continue;
    let from = colon + 1;
    while (/\s/.test(text[from] ?? '') && from < end) from++;
    let to = end;
    while (to > from && /[\s"”]/.test(text[to - 1]!)) to--;
    if (to - from < MIN_CONTENT_CHARS) continue;
    out.push({ speaker: [start, colon], cue: [colon, colon + 1], content: [from, to] });
  }
  return out;
}
