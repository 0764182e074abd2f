/**
 * The speaker of a cue verb: its grammatical subject, not the nearest name.
 *
 *   Mr Musk, a key member of … inner circle, also suggested safeguarding minister Jess …
 *   ^subject ^-------- appositive skipped ---^ ^between ^cue  (object, not the speaker)
 */
import type { Span } from '../../types.js';
import type { Token } from '../../util/tokens.js';
import { isClauseWord, lexiconTag } from '../entities/lexicon.js';
import { isRoleHead } from '../entities/roles.js';
import { BETWEEN } from './cues.js';

export const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you']);
/** "He’s claiming", "They’ve said", "who’s called for": a subject pronoun and its auxiliary. */
const CONTRACTED = /^(he|she|they|we|i|it|you|who)['’](?:s|re|ve|d|ll|m)$/i;

/** The pronoun of a contracted subject ("He’s" → "He"), or null. */
export function contractedPronoun(token: Token): Span | null {
  const match = CONTRACTED.exec(token.text);
  return match ? [token.start, token.start + match[1]!.length] : null;
}

/**
 * Heads of sourcing phrases that the lexicon also knows as verbs or adjectives ("the network",
 * "one official", "the report"): after a determiner any head is a noun, and these are nouns
 * even without one ("officials said", "sources say").
 */
const SOURCE_HEADS = new Set(
  (
    'official officials source sources network report reports study poll polls survey ' +
    'statement memo letter ad analysis slide video footage filing record records document ' +
    'documents data campaign aide aides adviser advisers analyst analysts expert experts ' +
    'critic critics supporter supporters opponent opponents lawmaker lawmakers voter voters ' +
    'resident residents protester protesters lawyer lawyers attorney attorneys researcher ' +
    'researchers official prosecutor prosecutors investigator investigators police panel ' +
    'court judge committee group groups agency department administration government ' +
    'newspaper paper website site spokesman spokeswoman spokesperson staff team people ' +
    'leader leaders member members executive executives representative representatives'
  ).split(' '),
);

/** Words that end a speaker phrase on its left. */
const LEFT_BOUNDARY = new Set(
  (
    'that which and but or as when while after before because if since though although where ' +
    'than whether so for to of in on at by with from into about over under against said says ' +
    'is was are were be been being has have had not also then there'
  ).split(' '),
);
const DETERMINERS = new Set(
  'the a an another some many several most other his her their its our my your this these those two three four'.split(
    ' ',
  ),
);
const MAX_PHRASE_WORDS = 7;
/** Appositives skipped between a subject and its cue, at most. */
const MAX_APPOSITIVES = 3;
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
  // An appositive closed by a dash opened with one ("Kall -- co-editor of X, a book --").
  const closing = text.slice(token.end, tokens[index + 1]?.start ?? token.end);
  const dashed = /[–—]|--|\s-\s/.test(closing);
  for (let at = token.start - 1; at >= first.start; at--) {
    const dash = /[–—]/.test(text[at]!) || isDashAt(text, at);
    if (dashed ? !dash : !APPOSITIVE_MARKS.test(text[at]!) && !dash) continue;
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

/** "Kall -- co-editor of … -- said": a spaced or doubled hyphen marks an appositive too. */
function isDashAt(text: string, at: number): boolean {
  if (text[at] !== '-') return false;
  return (
    text[at - 1] === '-' || text[at + 1] === '-' || (text[at - 1] === ' ' && text[at + 1] === ' ')
  );
}

const isAppositiveGap = (gap: string): boolean =>
  APPOSITIVE_MARKS.test(gap) || /(?:^|\s)--?(?:\s|$)/.test(gap);

function phraseLeftOf(context: SpeakerContext, head: number): Span | null {
  const { text, tokens } = context;
  const headToken = tokens[head]!;
  const lower = headToken.text.toLowerCase();
  if (PRONOUNS.has(lower)) return [headToken.start, headToken.end];
  const contracted = contractedPronoun(headToken);
  if (contracted) return contracted;
  const found = mentionEndingAt(context, headToken);
  if (found) {
    // The subject ends before its cue even when the name finder ran on ("Lindsey Graham Says").
    const mention: Span = nameChainStart(context, [found[0], Math.min(found[1], headToken.end)]);
    // "A spokeswoman for Hillary Clinton says": a name after a preposition is not the head;
    // the phrase runs on to its determiner.
    const before = text.slice(Math.max(0, mention[0] - 6), mention[0]);
    if (!/\b(?:in|into|of|at|on|from|for|about|against|over|to|with)\s+$/i.test(before)) {
      return withDeterminer(context, mention);
    }
    return nounPhraseThrough(context, mention);
  }
  // "Some believe", "someone asked", "all agreed": a quantifier standing for people.
  if (QUANTIFIER_HEADS.has(lower)) return withNegation(context, head);
  if (LEFT_BOUNDARY.has(lower) || DETERMINERS.has(lower)) return null;
  // The lexicon tags "network" a verb and "official" an adjective: a determiner or a known
  // sourcing head says it is a noun here; so does a capital opening the frame ("Delegates").
  const previousWord = tokens[head - 1]?.text.toLowerCase() ?? '';
  const noun =
    SOURCE_HEADS.has(lower) ||
    isRoleHead(lower) ||
    (head === 0 && /^\p{Lu}\p{Ll}+s$/u.test(headToken.text)) ||
    (DETERMINERS.has(previousWord) &&
      /^\s+$/.test(text.slice(tokens[head - 1]!.end, headToken.start)));
  // Heads that cannot be a speaker: verbs, numbers, adjectives ("its final report").
  if (
    !noun &&
    (isClauseWord(lower) ||
      /\d/.test(lower) ||
      /Adjective/.test(lexiconTag(lower)) ||
      /^\p{Ll}+ed$/u.test(headToken.text))
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
  // "history show", "late-night calls": a bare lower-case singular is no source; plurals
  // ("advocates say") and sourcing heads ("police") are.
  if (first === head && !noun && !/^\p{Lu}/u.test(headToken.text) && !/[^s]s$/.test(lower)) {
    return null;
  }
  const phrase: Span = [tokens[first]!.start, headToken.end];
  // "In one tweet, Trump said": a phrase after a preposition is no subject, unless it
  // completes a noun phrase that opens the clause ("Video of the incident shows",
  // "…, attorneys for the family said").
  if (first > 0 && OBJECT_PREPOSITIONS.has(tokens[first - 1]!.text.toLowerCase())) {
    return PHRASE_PREPOSITIONS.has(tokens[first - 1]!.text.toLowerCase())
      ? nounPhraseThrough(context, phrase, true)
      : null;
  }
  return phrase;
}

const QUANTIFIER_HEADS = new Set(
  'some many most all both others few several none someone everyone anyone nobody everybody somebody'.split(
    ' ',
  ),
);

/** "Not everyone finds": the quantifier with a negation before it. */
function withNegation(context: SpeakerContext, head: number): Span {
  const { tokens } = context;
  const previous = tokens[head - 1];
  const token = tokens[head]!;
  return previous?.text.toLowerCase() === 'not'
    ? [previous.start, token.end]
    : [token.start, token.end];
}

/** Lower-case words that join the parts of one proper name ("Bank of England"). */
const NAME_JOINERS = new Set(['of', 'into', 'for', 'on', 'and']);

/**
 * "The Independent Inquiry into Child Sex Abuse … described": the name finder may split a long
 * organisation name at its lower-case joiners and leave only "Abuse" at the head. The phrase
 * runs left over capitalised words, and over a joiner between two of them, to the name's start.
 */
function nameChainStart(context: SpeakerContext, mention: Span): Span {
  const { text, tokens } = context;
  const at = tokens.findIndex((token) => token.start === mention[0]);
  if (at <= 0) return mention;
  const capitalised = (token: Token): boolean =>
    /^\p{Lu}/u.test(token.text) &&
    !DETERMINERS.has(token.text.toLowerCase()) &&
    !PRONOUNS.has(token.text.toLowerCase());
  const joined = (left: number): boolean =>
    /^\s+$/.test(text.slice(tokens[left]!.end, tokens[left + 1]!.start));
  let first = at;
  let index = at - 1;
  while (index >= 0 && joined(index)) {
    const token = tokens[index]!;
    if (capitalised(token)) {
      first = index--;
      continue;
    }
    // A joiner counts only between two capitalised words.
    const before = tokens[index - 1];
    if (NAME_JOINERS.has(token.text) && before && joined(index - 1) && capitalised(before)) {
      index--;
      continue;
    }
    break;
  }
  // Only a chain that crosses a joiner is a split name; "Health Secretary Wes Streeting" is
  // one mention already, and a capitalised word opening the sentence may be anything.
  const crossed = tokens.slice(first, at).some((token) => NAME_JOINERS.has(token.text));
  return crossed ? [tokens[first]!.start, mention[1]] : mention;
}

/** "the IMF", "another source": the mention with the determiner that opens its phrase. */
function withDeterminer(context: SpeakerContext, mention: Span): Span {
  const { text, tokens } = context;
  const at = tokens.findIndex((token) => token.start === mention[0]);
  const previous = tokens[at - 1];
  if (at <= 0 || !previous || !/^\s+$/.test(text.slice(previous.end, mention[0]))) return mention;
  return DETERMINERS.has(previous.text.toLowerCase()) ? [previous.start, mention[1]] : mention;
}

// Not "after"/"before": they also open clauses ("After campaign aides insisted in June …").
const OBJECT_PREPOSITIONS = new Set(
  'in on at for with by from of to into about during under over'.split(' '),
);

const PHRASE_PREPOSITIONS = new Set(['of', 'for', 'on', 'at', 'in', 'into', 'from', 'to', 'with']);

/**
 * "A spokeswoman for Hillary Clinton": from the mention back across "for" to "A". With
 * `opensClause`, the phrase must start the frame or follow a comma, dash or parenthesis, so
 * that an object ("met with the family said") is never taken for a subject.
 */
function nounPhraseThrough(
  context: SpeakerContext,
  mention: Span,
  opensClause = false,
): Span | null {
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
    if (LEFT_BOUNDARY.has(word) || PRONOUNS.has(word) || (isClauseWord(word) && !crossed)) {
      if (opensClause) return null;
      break;
    }
    first--;
  }
  // "In one tweet", "of Republican claims": a phrase never opens with its preposition.
  if (!crossed || first >= tokens.length) return null;
  if (PHRASE_PREPOSITIONS.has(tokens[first]!.text.toLowerCase())) return null;
  if (opensClause && first > 0) {
    const gap = text.slice(tokens[first - 1]!.end, tokens[first]!.start);
    if (!/[,;:(—–]/.test(gap)) return null;
  }
  return [tokens[first]!.start, mention[1]];
}

/** The subject of the cue at `cue`, or null when the cue has none on its left. */
export function subjectBefore(context: SpeakerContext, cue: number): Span | null {
  const { text, tokens } = context;
  let index = cue - 1;
  let passive = false;
  while (index >= 0) {
    if (!/^\s+$/.test(text.slice(tokens[index]!.end, tokens[index + 1]!.start))) break;
    // "Wells Fargo just this month announced", "the Supreme Court last week rejected".
    if (index > 0 && isTimeNoun(tokens, index)) {
      index -= 2;
      continue;
    }
    if (!skippable(tokens, index)) break;
    passive ||= PASSIVE_AUXILIARIES.has(tokens[index]!.text.toLowerCase());
    index--;
  }
  // "PCP was found in the SUV", "Trump is supported by fewer papers": the subject of a
  // passive is what was said or done, not who did it (see passiveAgent).
  if (index < 0 || (passive && isParticiple(tokens[cue]!.text))) return null;
  const gap = text.slice(tokens[index]!.end, tokens[index + 1]!.start);
  if (isAppositiveGap(gap)) {
    // "…, citing her work": a participle after a comma hangs on the clause (clauseSubject);
    // the phrase before the comma is no appositive subject of it.
    if (/ing$/i.test(tokens[cue]!.text)) return null;
    // "X, a key member of …, said": the subject ends before the appositive opens.
    if (/^,\s*$/.test(gap) && tokens[index]!.text.toLowerCase() === 'who') return null;
    index = skipAppositive(context, index);
    // "Schiff, 56, who has served …, told", "Johnnie Wilson, of Springfield, Va., said":
    // appositives in a row, skipped while no phrase heads the one reached.
    for (let hop = 1; hop < MAX_APPOSITIVES && index > 0; hop++) {
      const word = tokens[index]!.text.toLowerCase();
      if (RELATIVES.has(word) || phraseLeftOf(context, index)) break;
      const after = text.slice(tokens[index]!.end, tokens[index + 1]?.start ?? tokens[index]!.end);
      if (!isAppositiveGap(after)) break;
      index = skipAppositive(context, index);
    }
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
  // "Mr Musk’s comments were": a possessive is no subject ("He’s said" is a contraction).
  const contracted = contractedPronoun(tokens[index]!);
  if (contracted) return contracted;
  if (/[’']s$/.test(tokens[index]!.text)) return null;
  return reducedRelative(context, index) ?? phraseLeftOf(context, index);
}

/** Participles that publish a source: "A Quinnipiac poll released in late August found". */
const PUBLISHING = new Set(
  'released published conducted issued commissioned taken completed'.split(' '),
);
const MAX_RELATIVE_WORDS = 5;

/**
 * "The latest Reuters/Ipsos poll released Friday shows": the subject is the noun phrase before
 * the participle, not the date that ends the reduced relative clause.
 */
function reducedRelative(context: SpeakerContext, index: number): Span | null {
  const { text, tokens } = context;
  for (let at = index; at > 0 && index - at < MAX_RELATIVE_WORDS; at--) {
    const word = tokens[at]!.text.toLowerCase();
    if (!PUBLISHING.has(word)) continue;
    if (!/^\s+$/.test(text.slice(tokens[at - 1]!.end, tokens[at]!.start))) return null;
    const head = phraseLeftOf(context, at - 1);
    return head ? [head[0], tokens[index]!.end] : null;
  }
  return null;
}

const RELATIVES = new Set(['who', 'which', 'that']);
const PASSIVE_AUXILIARIES = new Set(['is', 'was', 'are', 'were']);
/** Words between a passive auxiliary and its participle: "was being told", "has been called". */
const PASSIVE_LINKS = new Set(['been', 'being', 'be', 'also', 'not', 'first', 'then', 'later']);
const MONTHS =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/i;
const IRREGULAR_PARTICIPLES = new Set(
  'told found shown written known seen thought said sought spoken read heard'.split(' '),
);

/** Whether a cue word is a past participle ("reported", "told"). */
export function isParticiple(word: string): boolean {
  const lower = word.toLowerCase();
  return /ed$/.test(lower) || IRREGULAR_PARTICIPLES.has(lower);
}

/**
 * The agent of a passive cue: "The issue was first reported by The Washington Post",
 * "was told by X". Null unless the cue is a participle after a form of "be" and "by" follows.
 */
export function passiveAgent(context: SpeakerContext, cue: number): Span | null {
  const { text, tokens } = context;
  if (!isParticiple(tokens[cue]!.text) || /^\p{Lu}/u.test(tokens[cue]!.text)) return null;
  let before = cue - 1;
  while (
    before >= 0 &&
    (isAdverb(tokens[before]!.text) || PASSIVE_LINKS.has(tokens[before]!.text.toLowerCase()))
  )
    before--;
  const auxiliary = tokens[before]?.text.toLowerCase() ?? '';
  const perfect = /^(?:been|be)$/i.test(tokens[before + 1]?.text ?? ''); // "has been endorsed"
  if (before < 0 || (!PASSIVE_AUXILIARIES.has(auxiliary) && !perfect)) return null;
  let by = cue + 1;
  while (tokens[by] && isAdverb(tokens[by]!.text)) by++;
  if (tokens[by]?.text.toLowerCase() !== 'by') return null;
  if (!/^\s+$/.test(text.slice(tokens[by - 1]!.end, tokens[by]!.start))) return null;
  const agent = tokens[by + 1];
  // "by Friday", "by 2020", "by promoting": no agent.
  if (!agent || /\d|ing$/.test(agent.text) || WEEKDAYS.test(agent.text) || MONTHS.test(agent.text))
    return null;
  return speakerAfter(context, by + 1);
}
/** "said that officials …": "that" after a verb opens a clause, it is no relative pronoun. */
const isCueWord = (token: Token): boolean =>
  /(?:ed|s)$/.test(token.text) &&
  !/^\p{Lu}/u.test(token.text) &&
  isClauseWord(token.text.toLowerCase());

/** "has steadfastly refused", "aggressively pushed": a lower-case -ly word the lexicon does not call a noun. */
function isAdverb(word: string): boolean {
  return /^\p{Ll}+ly$/u.test(word) && !/Noun|Singular|Plural/.test(lexiconTag(word));
}

const TIME_NOUNS =
  /^(?:week|month|year|weekend|morning|afternoon|evening|night|spring|summer|fall|autumn|winter)$/i;

/** "this month", "last week": a time phrase ending at `index` (two tokens). */
function isTimeNoun(tokens: readonly Token[], index: number): boolean {
  return (
    TIME_NOUNS.test(tokens[index]!.text) &&
    /^(?:this|last|next|that|earlier|later)$/i.test(tokens[index - 1]!.text)
  );
}

const WEEKDAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/** Words between a subject and its cue: "has also", "on Thursday". */
function skippable(tokens: Token[], index: number): boolean {
  const word = tokens[index]!.text;
  if (BETWEEN.has(word.toLowerCase()) || WEEKDAYS.test(word) || isAdverb(word)) return true;
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
  // "by The Washington Post on Tuesday": a determiner and the name it opens.
  const named = tokens[first + 1];
  if (DETERMINERS.has(lower) && named) {
    const mention = context.mentions.find(({ span }) => span[0] === named.start);
    if (mention && /^\s+$/.test(text.slice(token.end, named.start)))
      return [token.start, mention.span[1]];
  }
  let last = first;
  while (last + 1 < tokens.length && last - first < MAX_PHRASE_WORDS - 1) {
    const next = tokens[last + 1]!;
    if (!/^\s+$/.test(text.slice(tokens[last]!.end, next.start))) break;
    const word = next.text.toLowerCase();
    if (LEFT_BOUNDARY.has(word) && !PHRASE_PREPOSITIONS.has(word)) break;
    // "…, said the senator on Monday": a date ends the phrase.
    if (WEEKDAYS.test(next.text) || (word === 'on' && WEEKDAYS.test(tokens[last + 2]?.text ?? '')))
      break;
    last++;
  }
  return [token.start, tokens[last]!.end];
}
