/**
 * Reported speech and stance without quotation marks, every cue of a sentence in turn:
 *
 *   According to X, …            …, according to X.
 *   X said (that) …              X, who has long opposed …      X met … and said …
 *   …, X said.   …, said X.      X did …, arguing that …
 *
 * Nested reports ("X said Y believes …") yield one attribution per cue: news attribution
 * corpora annotate both, and a reader wants both.
 */
import type { EntityMention, Span } from '../../types.js';
import { tokenize, type Token } from '../../util/tokens.js';
import type { Attribution } from './attribution.js';
import { clauseSubject, isAccordingTo, isCoordinated, isParticiple } from './clause-subject.js';
import { BETWEEN, isCueAt, OBJECT_CUES, type CueTest } from './cues.js';
import { nounCueAt } from './noun-cues.js';
import type { QuoteSegment } from './quote-segments.js';
import {
  passiveAgent,
  PRONOUNS,
  speakerAfter,
  subjectBefore,
  type SpeakerContext,
} from './speaker.js';
import { insideSegment, lowerBound } from './token-index.js';

/** Reported clauses shorter than this many words are dropped. */
export const MIN_INDIRECT_WORDS = 3;
const TAIL_PREPOSITIONS = /^(?:in|on|at|to|during|after|before|from|while|when|last|this|on)$/i;
const MAX_SHORT_TAIL = 4;
const PASSIVE = /^(?:is|was|are|were|been|be)$/i;
const MAX_PREPOSITIONAL_TAIL = 10;

export interface IndirectFound {
  attribution: Attribution;
  content: Span;
}

export function indirectIn(
  text: string,
  span: Span,
  tokens: Token[],
  mentions: readonly EntityMention[],
  segments: readonly QuoteSegment[],
  /** Quotations that have an attribution of their own, in text order. */
  claimed: readonly QuoteSegment[],
  usedCues: ReadonlySet<number>,
  antecedents?: Map<number, Span>,
  /** Which words are cues: the rule lists, or the learned classifier (cue-model.ts). */
  cueAt: CueTest = isCueAt,
): IndirectFound[] {
  const out: IndirectFound[] = [];
  if (tokens.length < 3) return out;
  const context: SpeakerContext = { text, tokens, mentions, antecedents };
  let end = span[1];
  while (end > span[0] && /[\s.!?”’"]/.test(text[end - 1]!)) end--;
  const push = (speaker: Span, cue: Span, content: Span): boolean => {
    // Partial quotations stay inside the reported clause ("X says she … what she calls “…”"),
    // but a quotation with an attribution of its own ends it ("He doubts it. “…,” he said").
    const next = claimed[lowerBound(claimed, content[0], (segment) => segment.close)];
    if (next && next.open < content[1]) {
      if (next.open <= content[0]) return false;
      content[1] = next.open;
    }
    trimSpan(text, content);
    if (wordCount(text, content) < MIN_INDIRECT_WORDS) return false;
    out.push({ attribution: { speakerSpan: speaker, cueSpan: cue, speaker: null }, content });
    return true;
  };
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (usedCues.has(token.start) || insideSegment(segments, token.start)) continue;
    if (isAccordingTo(tokens, index)) {
      // "According to X, …" / "…, according to X."
      const source = speakerAfter(context, index + 2);
      if (!source) continue;
      const cue: Span = [token.start, tokens[index + 1]!.end];
      const comma = text.indexOf(',', source[1]);
      const leading =
        !text.slice(span[0], token.start).trim() || /,\s*$/.test(gapBefore(text, tokens, index));
      const content: Span =
        leading && index < 2 && comma > 0 && comma < end
          ? [comma + 1, end]
          : [span[0], token.start];
      push(source, cue, content);
      index++;
      continue;
    }
    // "Protesters were frustrated that …", "Clinton aides were coy about …": a stance
    // adjective after a form of "be" reports its subject's attitude.
    const stance = stanceAt(text, tokens, index);
    if (stance >= 0) {
      const holder = subjectBefore(context, stance);
      if (holder) {
        let from = index + 1;
        if (/^(?:that|about|of|with)$/i.test(tokens[from]?.text ?? '')) from++;
        if (push(holder, [tokens[stance]!.start, token.end], [tokens[from]?.start ?? end, end]))
          continue;
      }
    }
    // "Donald Trump’s claim that …": a noun of saying and its possessor.
    const noun = nounCueAt(text, tokens, index, mentions);
    if (noun) {
      push(noun.speaker, noun.cue, [noun.contentStart, end]);
      continue;
    }
    // "The registration issue was first reported by The Washington Post": the agent of a
    // passive cue is the source (not of any passive: "was killed by" reports no speech).
    const agent = cueAt(text, tokens, index) ? passiveAgent(context, index) : null;
    if (agent) {
      const auxiliary = tokens.slice(0, index).findLastIndex((t) => PASSIVE.test(t.text));
      const after = tokens.find((t) => t.start >= agent[1]);
      const content: Span =
        after?.text.toLowerCase() === 'that'
          ? [after.end, end]
          : [span[0], tokens[auxiliary]?.start ?? token.start];
      if (push(agent, [token.start, token.end], content)) continue;
    }
    if (!cueAt(text, tokens, index)) continue;
    const cue: Span = [token.start, token.end];
    // "…, said one GOP source in the room.": checked before the subject on the left, which
    // would take the clause before the comma for an appositive.
    const inverted = invertedSpeaker(context, index, end);
    if (inverted) {
      const comma = text.lastIndexOf(',', token.start);
      if (push(inverted, cue, [span[0], comma])) continue;
    }
    const subject =
      subjectBefore(context, index) ??
      (isCoordinated(tokens, index) ? clauseSubject(context, index) : null) ??
      (isParticiple(context, index) ? clauseSubject(context, index) : null);
    // "…, X said." / "…, said X.": the content is what precedes the comma.
    const tail = tokens.slice(index + 1).filter((t) => t.end <= end);
    const commaAt = text.lastIndexOf(',', subject ? subject[0] : token.start);
    const adjacent =
      commaAt > span[0] && !text.slice(commaAt + 1, subject ? subject[0] : token.start).trim();
    const shortTail =
      tail.length <= MAX_SHORT_TAIL ||
      (tail.length <= MAX_PREPOSITIONAL_TAIL && TAIL_PREPOSITIONS.test(tail[0]!.text));
    if (adjacent && shortTail && subject && push(subject, cue, [span[0], commaAt])) continue;
    if (!subject) continue;
    // "X said (that) …": the content is the rest of the sentence.
    let from = index + 1;
    const lower = token.text.toLowerCase();
    if (OBJECT_CUES.has(lower)) {
      const that = tokens.slice(from, from + 6).findIndex((t) => t.text.toLowerCase() === 'that');
      from = that >= 0 ? from + that : from + (tokens[from]?.text.toLowerCase() === 'the' ? 2 : 1);
    }
    if (tokens[from]?.text.toLowerCase() === 'that') from++;
    // "The governor added:⏎…": the cue closes its paragraph and the next one is the content.
    const colon = /^\s*:\s*\n\s*/.exec(text.slice(token.end));
    if (!tokens[from] && colon) {
      const start = token.end + colon[0].length;
      const stop = text.indexOf('\n', start);
      push(subject, cue, [start, stop < 0 ? text.length : stop]);
      continue;
    }
    push(subject, cue, [tokens[from]?.start ?? end, end]);
  }
  return out;
}

/** Cues that news prose puts before their speaker ("…, said the senator from Ohio."). */
const INVERTING_CUES = new Set(
  (
    'said says added adds asked asks wrote writes explained explains continued recalled ' +
    'insisted argued replied responded cautioned concluded tweeted'
  ).split(' '),
);

const NAMED_INVERTING_CUES = new Set('noted notes warned continued concluded'.split(' '));

/**
 * The speaker of "…, said X." / "…, said X, a spokesman for Y.": the cue follows a comma and
 * the phrase after it ends the sentence or opens an appositive ("…, said he would" is no
 * inversion: "he" is the subject of what follows).
 */
function invertedSpeaker(context: SpeakerContext, cue: number, end: number): Span | null {
  const { text, tokens } = context;
  if (cue === 0 || !/,\s*$/.test(gapBefore(text, tokens, cue))) return null;
  // Verbs of saying invert freely; others only before a name ("…, noted NBC’s Dante Chinni"):
  // "X, a daughter, noted the rule last week" has its object there.
  const lower = tokens[cue]!.text.toLowerCase();
  if (!INVERTING_CUES.has(lower) && !NAMED_INVERTING_CUES.has(lower)) return null;
  let speaker = speakerAfter(context, cue + 1);
  if (!speaker) return null;
  // "NBC’s Dante Chinni": a possessor and the name it qualifies are one speaker.
  if (/^['’]s\s/.test(text.slice(speaker[1], speaker[1] + 3))) {
    const next = tokens.findIndex((t) => t.start > speaker![1] + 2);
    const owned = next > 0 ? speakerAfter(context, next) : null;
    if (owned) speaker = [speaker[0], owned[1]];
  }
  if (!INVERTING_CUES.has(lower) && !/^\p{Lu}/u.test(text.slice(speaker[0], speaker[1])))
    return null;
  // "…, said parents still want neighborhood schools": a clause, not a speaker phrase. A
  // speaker opens with a capital, a determiner or a number word and holds no verb glue.
  const phrase = tokens.filter((t) => t.start >= speaker![0] && t.end <= speaker![1]);
  const opener = phrase[0]?.text ?? '';
  if (
    !/^\p{Lu}/u.test(opener) &&
    !/^(?:the|a|an|one|two|three|another|some|many|his|her|their|its)$/i.test(opener)
  )
    return null;
  if (phrase.some((t) => BETWEEN.has(t.text.toLowerCase()))) return null;
  const rest = text.slice(speaker[1], end);
  if (!rest.trim()) return speaker;
  const pronoun = PRONOUNS.has(text.slice(speaker[0], speaker[1]).toLowerCase());
  return !pronoun && /^\s*[,(—–]/.test(rest) ? speaker : null;
}

/** Adjectives of attitude that PolNeAR annotates as cues with their copula. */
const STANCE_ADJECTIVES = new Set(
  (
    'frustrated afraid sure certain confident convinced concerned worried optimistic ' +
    'pessimistic hopeful skeptical sceptical wary adamant supportive eager keen willing ' +
    'unwilling reluctant determined critical incensed furious angry upset disappointed ' +
    'pleased proud happy unhappy satisfied dissatisfied opposed committed doubtful coy ' +
    'hostile enthusiastic outraged dismayed alarmed troubled comfortable uncomfortable'
  ).split(' '),
);
const COPULAS = /^(?:is|was|are|were|be|been|remain|remains|remained|seem|seems|seemed)$/i;

/** Index of the copula of the stance adjective at `index` ("were frustrated"), or -1. */
function stanceAt(text: string, tokens: readonly Token[], index: number): number {
  if (!STANCE_ADJECTIVES.has(tokens[index]!.text.toLowerCase())) return -1;
  let at = index - 1;
  while (
    at >= 0 &&
    /^(?:\p{Ll}+ly|also|not|still|so|very|more|less|too|all|increasingly)$/u.test(tokens[at]!.text)
  )
    at--;
  return at >= 0 && COPULAS.test(tokens[at]!.text) ? at : -1;
}

function gapBefore(text: string, tokens: readonly Token[], index: number): string {
  return index > 0 ? text.slice(tokens[index - 1]!.end, tokens[index]!.start) : '';
}

function trimSpan(text: string, span: Span): void {
  while (span[0] < span[1] && /[\s,:;—–-]/.test(text[span[0]]!)) span[0]++;
  while (span[1] > span[0] && /[\s,:;—–-]/.test(text[span[1] - 1]!)) span[1]--;
}

function wordCount(text: string, span: Span): number {
  return tokenize(text.slice(span[0], span[1])).length;
}
