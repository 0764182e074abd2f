/**
 * The subject a cue borrows from its clause when it has none of its own:
 *
 *   Small groups of protesters continued to call for …, while chanting, “Hands up …”
 *   ^------------ clause subject -----------^             ^participle cue
 *   Mr. Trump hardly clarified the matter, …, asserting, “Of course, I pay federal taxes.”
 *   McConnell met with her … and came away convinced that …
 */
import type { Span } from '../../types.js';
import type { Token } from '../../util/tokens.js';
import { isClauseWord } from '../entities/lexicon.js';
import { PRONOUNS, type SpeakerContext } from './speaker.js';

/** Words that may open a sentence before its subject ("But", "Still", "Meanwhile"). */
const OPENERS = new Set(
  'but and yet so still instead meanwhile however then now also indeed thus'.split(' '),
);
/** Words that open an adverbial clause or phrase that ends at the first comma. */
const FRONTED = new Set(
  (
    'on in at after before during when while as if although though since because with without ' +
    'despite following amid under by for from last this earlier later asked speaking'
  ).split(' '),
);
/** Words that introduce a participle sharing the clause's subject ("while chanting"). */
const PARTICIPLE_LEADS = new Set(['while', 'when', 'before', 'after', 'by', 'in', 'also', 'then']);
const MAX_FRONTED_WORDS = 12;
const MAX_SUBJECT_WORDS = 6;
const DETERMINER =
  /^(?:the|a|an|some|many|several|most|other|his|her|their|its|our|my|this|these|those)$/i;

/** Whether the -ing cue at `cue` is a participle clause hanging on the sentence (", saying"). */
export function isParticiple(context: SpeakerContext, cue: number): boolean {
  const { text, tokens } = context;
  const token = tokens[cue]!;
  if (!/ing$/i.test(token.text) || cue === 0) return false;
  const previous = tokens[cue - 1]!;
  const gap = text.slice(previous.end, token.start);
  if (/[,;—–-]\s*$/.test(gap)) return true;
  return /^\s+$/.test(gap) && PARTICIPLE_LEADS.has(previous.text.toLowerCase());
}

/** Whether the cue at `cue` follows "and"/"but" in a coordinated predicate. */
export function isCoordinated(tokens: readonly Token[], cue: number): boolean {
  let index = cue - 1;
  while (index >= 0 && ['also', 'then', 'later', 'quickly'].includes(tokens[index]!.text)) index--;
  return index >= 1 && ['and', 'but'].includes(tokens[index]!.text.toLowerCase());
}

/** The subject that opens the sentence of `tokens`, or null. */
export function clauseSubject(context: SpeakerContext, before: number): Span | null {
  const { text, tokens, mentions } = context;
  let index = 0;
  while (index < before && OPENERS.has(tokens[index]!.text.toLowerCase())) index++;
  const first = tokens[index];
  if (!first) return null;
  if (FRONTED.has(first.text.toLowerCase())) {
    // "On Monday night, Trump …": the subject follows the fronted phrase's comma.
    let at = index;
    while (at < Math.min(before, index + MAX_FRONTED_WORDS)) {
      const gap = text.slice(tokens[at]!.end, tokens[at + 1]?.start ?? tokens[at]!.end);
      at++;
      if (gap.includes(',')) break;
    }
    if (at === index + MAX_FRONTED_WORDS || at >= before) return null;
    index = at;
  }
  const head = tokens[index]!;
  if (index >= before) return null;
  if (PRONOUNS.has(head.text.toLowerCase()) && head.text.toLowerCase() !== 'it')
    return [head.start, head.end];
  const mention = mentions.find((m) => m.span[0] === head.start);
  if (mention) {
    if (mention.type === 'place') return null;
    // "Conservative shadow home secretary Chris Philp … but argued": a party or outlet before
    // a role and a name modifies the name; the person is the subject (issue #6).
    const person = mention.type === 'person' ? null : modifiedPerson(context, mention.span, before);
    return person ? [mention.span[0], person[1]] : mention.span;
  }
  // A noun phrase: a determiner or a capital, then words up to the first verb-like word.
  if (!DETERMINER.test(head.text) && !/^\p{Lu}/u.test(head.text)) return null;
  let last = index;
  while (last + 1 < before && last - index < MAX_SUBJECT_WORDS - 1) {
    const next = tokens[last + 1]!;
    if (!/^\s+$/.test(text.slice(tokens[last]!.end, next.start))) break;
    const lower = next.text.toLowerCase();
    // The lexicon knows base forms; a lower-case "-ed" word after the head is the verb.
    const verb = isClauseWord(lower) || /^\p{Ll}+ed$/u.test(next.text);
    if (lower !== 'of' && verb && !/^\p{Lu}/u.test(next.text)) break;
    last++;
  }
  return last > index || !DETERMINER.test(head.text) ? [head.start, tokens[last]!.end] : null;
}

/** Role words between a modifying name and the person it modifies, at most. */
const MAX_ROLE_WORDS = 4;

/**
 * The person a name modifies through lower-case role words: "Conservative shadow home
 * secretary Chris Philp", "Labour MP Jess Phillips". Null unless only role words (lower case,
 * or all-capital abbreviations like "MP") and spaces separate the two.
 */
function modifiedPerson(context: SpeakerContext, span: Span, before: number): Span | null {
  const { text, tokens, mentions } = context;
  let at = tokens.findIndex((token) => token.start >= span[1]);
  if (at < 0) return null;
  for (let words = 0; at < before && words <= MAX_ROLE_WORDS; at++, words++) {
    const token = tokens[at]!;
    if (!/^\s+$/.test(text.slice(tokens[at - 1]?.end ?? span[1], token.start))) return null;
    const person = mentions.find((m) => m.span[0] === token.start && m.type === 'person');
    if (person) return words > 0 ? person.span : null;
    if (!/^(?:\p{Ll}+|\p{Lu}{2,4})$/u.test(token.text) || isClauseWord(token.text.toLowerCase()))
      return null;
  }
  return null;
}

/** "according to": the two-word cue of sourcing. */
export function isAccordingTo(tokens: readonly Token[], index: number): boolean {
  return (
    tokens[index]!.text.toLowerCase() === 'according' &&
    tokens[index + 1]?.text.toLowerCase() === 'to'
  );
}
