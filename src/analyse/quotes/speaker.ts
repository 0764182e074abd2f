/**
 * The speaker of a cue verb: its grammatical subject, not the nearest name.
 *
 *   Mr Musk, a key member of … inner circle, also suggested safeguarding minister Jess …
 *   ^subject ^-------- appositive skipped ---^ ^between ^cue  (object, not the speaker)
 */
import type { Span } from '../../types.js';
import type { Token } from '../../util/tokens.js';
import { isClauseWord, lexiconTag } from '../entities/lexicon.js';
import { BETWEEN } from './cues.js';

export const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you']);

/** Words that end a speaker phrase on its left. */
const LEFT_BOUNDARY = new Set(
  (
    'that which and but or as when while after before because if since though although where ' +
    'than whether so for to of in on at by with from into about over under against said says ' +
    'is was are were be been has have had not also then there'
  ).split(' '),
);
const DETERMINERS = new Set(
  'the a an another some many several most other his her their its our my your this these those two three four'.split(
    ' ',
  ),
);
const MAX_PHRASE_WORDS = 7;
const APPOSITIVE_MARKS = /[,–—()]/;

export interface SpeakerContext {
  text: string;
  /** Tokens of the sentence (or frame), outside quotations. */
  tokens: Token[];
  /** Mention spans to snap to (entity mentions of the article). */
  mentions: readonly { span: Span; type: string }[];
  /** Filled with the antecedent of each relative pronoun taken as a subject ("X, who said"). */
  antecedents?: Map<number, Span> | undefined;
}

function mentionEndingAt(context: SpeakerContext, token: Token): Span | null {
  let found: Span | null = null;
  for (const { span } of context.mentions) {
    if (span[0] <= token.start && token.end <= span[1] + 2) {
      if (!found || span[1] - span[0] > found[1] - found[0]) found = span;
    }
  }
  return found;
}

/** Index of the last token before the opening mark of an appositive ending before `index`. */
function skipAppositive(context: SpeakerContext, index: number): number {
  const { text, tokens } = context;
  const token = tokens[index]!;
  const first = tokens[0]!;
  for (let at = token.start - 1; at >= first.start; at--) {
    if (!APPOSITIVE_MARKS.test(text[at]!)) continue;
    let before = -1;
    for (let k = index; k >= 0; k--) {
      if (tokens[k]!.end <= at) {
        before = k;
        break;
      }
    }
    return before;
  }
  return -1;
}

function phraseLeftOf(context: SpeakerContext, head: number): Span | null {
  const { text, tokens } = context;
  const headToken = tokens[head]!;
  const lower = headToken.text.toLowerCase();
  if (PRONOUNS.has(lower)) return [headToken.start, headToken.end];
  const mention = mentionEndingAt(context, headToken);
  if (mention) {
    // "A spokeswoman for Hillary Clinton says": a name after a preposition is not the head;
    // the phrase runs on to its determiner.
    const before = text.slice(Math.max(0, mention[0] - 6), mention[0]);
    if (!/\b(?:in|into|of|at|on|from|for|about|against|over|to|with)\s+$/i.test(before)) {
      return mention;
    }
    return nounPhraseThrough(context, mention);
  }
  if (LEFT_BOUNDARY.has(lower) || DETERMINERS.has(lower) || isClauseWord(lower)) return null;
  // Heads that cannot be a speaker: numbers, adjectives ("its final report").
  if (
    /\d/.test(lower) ||
    /Adjective/.test(lexiconTag(lower)) ||
    /^\p{Ll}+ed$/u.test(headToken.text)
  ) {
    return null;
  }
  let first = head;
  while (first > 0 && head - first < MAX_PHRASE_WORDS - 1) {
    const previous = tokens[first - 1]!;
    const gap = text.slice(previous.end, tokens[first]!.start);
    if (!/^\s+$/.test(gap) && gap !== '’s ' && gap !== "'s ") break;
    const word = previous.text.toLowerCase();
    if (DETERMINERS.has(word)) {
      first--;
      break;
    }
    if (
      LEFT_BOUNDARY.has(word) ||
      PRONOUNS.has(word) ||
      isClauseWord(word) ||
      /(?:ed|ly)$/.test(word)
    )
      break;
    first--;
  }
  // "In one tweet, Trump said": a phrase after a preposition is no subject.
  if (first > 0 && OBJECT_PREPOSITIONS.has(tokens[first - 1]!.text.toLowerCase())) return null;
  return [tokens[first]!.start, headToken.end];
}

const OBJECT_PREPOSITIONS = new Set(
  'in on at for with by from of to into about after before during under over'.split(' '),
);

const PHRASE_PREPOSITIONS = new Set(['of', 'for', 'on', 'at', 'in', 'into', 'from', 'to', 'with']);

/** "A spokeswoman for Hillary Clinton": from the mention back across "for" to "A". */
function nounPhraseThrough(context: SpeakerContext, mention: Span): Span | null {
  const { text, tokens } = context;
  let first = tokens.findIndex((token) => token.start >= mention[0]);
  if (first <= 0) return null;
  let crossed = false;
  while (first > 0 && mention[1] - tokens[first - 1]!.start < 120) {
    const previous = tokens[first - 1]!;
    if (!/^\s+$/.test(text.slice(previous.end, tokens[first]!.start))) break;
    const word = previous.text.toLowerCase();
    if (PHRASE_PREPOSITIONS.has(word)) {
      crossed = true;
      first--;
      continue;
    }
    if (DETERMINERS.has(word)) {
      first--;
      break;
    }
    if (LEFT_BOUNDARY.has(word) || PRONOUNS.has(word) || (isClauseWord(word) && !crossed)) break;
    first--;
  }
  return crossed && first < tokens.length ? [tokens[first]!.start, mention[1]] : null;
}

/** The subject of the cue at `cue`, or null when the cue has none on its left. */
export function subjectBefore(context: SpeakerContext, cue: number): Span | null {
  const { text, tokens } = context;
  let index = cue - 1;
  while (index >= 0 && skippable(tokens, index)) {
    if (!/^\s+$/.test(text.slice(tokens[index]!.end, tokens[index + 1]!.start))) break;
    index--;
  }
  if (index < 0) return null;
  const gap = text.slice(tokens[index]!.end, tokens[index + 1]!.start);
  if (APPOSITIVE_MARKS.test(gap)) {
    // "X, a key member of …, said": the subject ends before the appositive opens.
    if (/^,\s*$/.test(gap) && tokens[index]!.text.toLowerCase() === 'who') return null;
    index = skipAppositive(context, index);
    if (index < 0) return null;
  } else if (!/^\s+$/.test(gap)) {
    return null;
  }
  const relative = tokens[index]!;
  if (RELATIVES.has(relative.text.toLowerCase()) && index > 0) {
    // "Christie, who has campaigned for …": the relative pronoun is the cue's subject (and what
    // annotators mark); its antecedent, kept aside, is who the speaker is.
    const before = skipWho(context, index);
    if (relative.text.toLowerCase() === 'that' && (before < 0 || isCueWord(tokens[before]!)))
      return null;
    const antecedent = before >= 0 ? phraseLeftOf(context, before) : null;
    if (antecedent) context.antecedents?.set(relative.start, antecedent);
    return relative.text.toLowerCase() === 'who' || antecedent
      ? [relative.start, relative.end]
      : null;
  }
  if (index < 0) return null;
  // "Mr Musk’s comments were": a possessive is no subject.
  if (/[’']s$/.test(tokens[index]!.text)) return null;
  return phraseLeftOf(context, index);
}

const RELATIVES = new Set(['who', 'which', 'that']);
/** "said that officials …": "that" after a verb opens a clause, it is no relative pronoun. */
const isCueWord = (token: Token): boolean =>
  /(?:ed|s)$/.test(token.text) &&
  !/^\p{Lu}/u.test(token.text) &&
  isClauseWord(token.text.toLowerCase());

const WEEKDAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/** Words between a subject and its cue: "has also", "on Thursday". */
function skippable(tokens: Token[], index: number): boolean {
  const word = tokens[index]!.text;
  if (BETWEEN.has(word.toLowerCase()) || WEEKDAYS.test(word)) return true;
  return word.toLowerCase() === 'on' && WEEKDAYS.test(tokens[index + 1]?.text ?? '');
}

function skipWho(context: SpeakerContext, index: number): number {
  const gap = context.text.slice(context.tokens[index - 1]!.end, context.tokens[index]!.start);
  return /^[\s,]*$/.test(gap) ? index - 1 : -1;
}

/** The speaker right after an inverted cue ("said Professor Alexis Jay"). */
export function speakerAfter(context: SpeakerContext, first: number): Span | null {
  const { text, tokens } = context;
  const token = tokens[first];
  if (!token) return null;
  const lower = token.text.toLowerCase();
  if (PRONOUNS.has(lower)) return [token.start, token.end];
  for (const { span } of context.mentions) {
    if (span[0] === token.start || (span[0] < token.start && token.start < span[1])) return span;
  }
  if (LEFT_BOUNDARY.has(lower)) return null;
  let last = first;
  while (last + 1 < tokens.length && last - first < MAX_PHRASE_WORDS - 1) {
    const next = tokens[last + 1]!;
    if (!/^\s+$/.test(text.slice(tokens[last]!.end, next.start))) break;
    const word = next.text.toLowerCase();
    if (LEFT_BOUNDARY.has(word) && !PHRASE_PREPOSITIONS.has(word)) break;
    last++;
  }
  return [token.start, tokens[last]!.end];
}
