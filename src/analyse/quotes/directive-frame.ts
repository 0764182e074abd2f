/**
 * A quotation that completes a directive: "He invited Musk to “roll up his sleeves and work
 * with us”", "She urged ministers to “get a grip”", "They called on the BBC to “come clean”".
 * The subject of the directive verb said the quoted words: inviting, urging or asking someone
 * to do something is a speech act whose wording the quotation gives (Searle's directives).
 *
 *   He   invited   Musk   to   “roll up his sleeves and work with us”
 *   ^subject ^directive ^object ^to ^quotation opens right here
 *
 * Used only for a quotation no cue attributes (issue #6): lowering the cue bar for such verbs
 * everywhere lost PolNeAR direct-source F1 (.720 → .709), because "invited", "urged" and
 * "asked" are most often no attribution at all ("invited to the summit"). The frame asks for
 * all of it: the verb, at most MAX_OBJECT_WORDS object words, and "to" right before the mark.
 */
import type { Span } from '../../types.js';
import type { Token } from '../../util/tokens.js';
import { subjectBefore, type SpeakerContext } from './speaker.js';

/**
 * Directive verbs, finite forms: each takes a person as object and a to-infinitive saying
 * what the speaker asked for. "call", "appeal" and "plead" need their particle ("called on",
 * "appealed to", "pleaded with"); see PARTICLES.
 */
export const DIRECTIVE_VERBS = new Set(
  (
    'invite invites invited urge urges urged ask asks asked challenge challenges challenged ' +
    'implore implores implored beg begs begged encourage encourages encouraged advise ' +
    'advises advised order orders ordered instruct instructs instructed exhort exhorts ' +
    'exhorted dare dares dared tell tells told warn warns warned remind reminds reminded ' +
    'call calls called appeal appeals appealed plead pleads pleaded pled'
  ).split(' '),
);

/** The particle a directive verb needs before its object ("called on X to"). */
const PARTICLES: Record<string, readonly string[]> = {
  call: ['on', 'upon'],
  calls: ['on', 'upon'],
  called: ['on', 'upon'],
  appeal: ['to'],
  appeals: ['to'],
  appealed: ['to'],
  plead: ['with'],
  pleads: ['with'],
  pleaded: ['with'],
  pled: ['with'],
};

/** Object words between the verb (or its particle) and "to": "the new Home Secretary". */
export const MAX_OBJECT_WORDS = 5;

/** Words that cannot be part of the object: they open a clause or are verbs of their own. */
const NOT_OBJECT = new Set(
  'to that who which and but or if when while because said says told is was are were has have had will would'.split(
    ' ',
  ),
);

const spaced = (text: string, left: Token, right: Token): boolean =>
  /^\s+$/.test(text.slice(left.end, right.start));

/**
 * The directive verb and its subject for a quotation opening at `open`, or null.
 * `tokens`: the words of the quotation's sentence before the quotation (none quoted).
 */
export function directiveFrame(
  context: SpeakerContext,
  open: number,
): { speakerSpan: Span; cueSpan: Span } | null {
  const { text, tokens } = context;
  const last = tokens.length - 1;
  const to = tokens[last];
  // "to" and then the opening mark, nothing else: "… to “roll up …”".
  if (!to || to.text.toLowerCase() !== 'to' || !/^\s*$/.test(text.slice(to.end, open))) return null;
  for (let verb = last - 2; verb >= 0 && last - verb - 1 <= MAX_OBJECT_WORDS + 1; verb--) {
    const word = tokens[verb]!.text.toLowerCase();
    if (!DIRECTIVE_VERBS.has(word) || (/^\p{Lu}/u.test(tokens[verb]!.text) && verb > 0)) continue;
    const particles = PARTICLES[word];
    let object = verb + 1;
    if (particles) {
      if (!particles.includes(tokens[object]?.text.toLowerCase() ?? '')) return null;
      object++;
    }
    if (object >= last || last - object > MAX_OBJECT_WORDS) return null;
    for (let at = verb; at < last; at++)
      if (!spaced(text, tokens[at]!, tokens[at + 1]!)) return null;
    for (let at = object; at < last; at++)
      if (NOT_OBJECT.has(tokens[at]!.text.toLowerCase())) return null;
    const subject = subjectBefore(context, verb);
    if (!subject) return null;
    return { speakerSpan: subject, cueSpan: [tokens[verb]!.start, tokens[verb]!.end] };
  }
  return null;
}
