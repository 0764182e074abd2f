/**
 * Word lists for entity rules: honorifics, role heads, organisation suffixes, and the
 * compromise lexicon (first names, places, organisations) read as a plain map so that no
 * full parse runs per article (a compromise parse costs ~15 ms per 1,000 characters).
 */
import nlp from 'compromise';

const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | undefined> } }).one
  .lexicon;

/** The compromise lexicon tag(s) of a lower-cased word or phrase, comma-joined, or ''. */
export function lexiconTag(lower: string): string {
  return LEXICON[lower] ?? '';
}

/** Titles stripped from a canonical name; they also mark the name as a person. */
export const HONORIFICS = new Set(
  (
    'mr mrs ms miss mx dr sir dame lord lady professor prof rev reverend baroness baron ' +
    'father rabbi imam sheikh madam mme mlle herr signor senor'
  ).split(' '),
);

/** Honorifics that precede a first name ("Sir Keir") rather than a surname ("Mr Musk"). */
export const FIRST_NAME_HONORIFICS = new Set(['sir', 'dame', 'lord', 'lady']);

/** Honorifics that tell the gender, for pronoun resolution. */
export const MALE_HONORIFICS = new Set(['mr', 'sir', 'lord', 'baron', 'father', 'herr']);
export const FEMALE_HONORIFICS = new Set(['mrs', 'ms', 'miss', 'dame', 'lady', 'baroness']);

/**
 * Head words of roles and titles ("Health Secretary", "safeguarding minister", "Gen.").
 * A capitalised run that contains one of these before a name splits into role + name.
 */
export const ROLE_HEADS = new Set(
  (
    'secretary minister premier president chancellor leader senator sen governor gov mayor ' +
    'chairman chairwoman chair chairperson ceo spokesman spokeswoman spokesperson ambassador ' +
    'judge justice general gen director commissioner king queen prince princess pope captain ' +
    'coach manager representative rep congressman congresswoman councillor councilman mp mep ' +
    'lt col sgt cpl adm admiral colonel lieutenant sergeant officer chief commander attorney ' +
    'candidate nominee founder boss owner executive adviser advisor aide deputy whip speaker ' +
    'archbishop bishop cardinal pm dpp presidente striker midfielder defender goalkeeper'
  ).split(' '),
);

/** Role heads that are also common as the last word of an organisation ("Foreign Office"). */
export const AMBIGUOUS_ROLE_HEADS = new Set(['justice', 'general', 'chief', 'executive']);

/** Last words that make a capitalised run an organisation. */
export const ORG_SUFFIXES = new Set(
  (
    'party council police service services office ministry department authority commission ' +
    'committee union inc corp corporation co ltd plc llc group news agency association ' +
    'university college school institute foundation trust bank court board federation league ' +
    'club fc united airlines airways times post journal herald telegraph guardian tribune ' +
    'network channel radio tv television press company industries holdings bureau assembly ' +
    'parliament congress senate government administration campaign army navy force forces ' +
    'organisation organization society fund church council movement alliance coalition ' +
    'commons lords cabinet programme program hospital reuters exchange'
  ).split(' '),
);

/** Last words that make a capitalised run a place. */
export const PLACE_SUFFIXES = new Set(
  (
    'street road avenue square city county state province island islands river mountain ' +
    'mountains valley bay lake sea ocean coast district region airport park bridge heights'
  ).split(' '),
);

/** Lower-case words allowed inside a capitalised run ("Bank of England", "Ludwig van Beethoven"). */
export const NAME_CONNECTORS = new Set(
  'of for de da del della di van von der den du la le al bin bint ibn y &'.split(' '),
);

/** Capitalised words that are never entities on their own. */
export const NEVER_ENTITY = new Set(
  (
    'the a an in on at of for to by with from and but or nor so yet if as when while after ' +
    'before since until because although though this that these those there here it its ' +
    'he she they we you i his her their our my your them us me him who what which where why ' +
    'how monday tuesday wednesday thursday friday saturday sunday january february march april ' +
    'may june july august september october november december today yesterday tomorrow ' +
    'meanwhile however also earlier later then now asked speaking pressed writing ' +
    'according despite some many most all no not one two three'
  ).split(' '),
);

/** Lower-case words that, right before a capitalised run, suggest a place ("in Oldham"). */
export const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'across', 'outside', 'inside']);

/** Whether compromise knows the lower-cased word as a common (non-name) English word. */
export function isCommonWord(lower: string): boolean {
  const tag = lexiconTag(lower) || lexiconTag(singular(lower));
  if (!tag) return false;
  return !/Name|Person|Place|City|Country|Region|Organization|SportsTeam|ProperNoun/.test(tag);
}

/** A rough singular, enough to find plurals of lexicon words ("inquiries", "supporters"). */
function singular(lower: string): string {
  if (lower.endsWith('ies')) return `${lower.slice(0, -3)}y`;
  if (lower.endsWith('s') && !lower.endsWith('ss')) return lower.slice(0, -1);
  return lower;
}

/** Lexicon tags of words that cannot belong to a role phrase ("suggested safeguarding minister"). */
export function isClauseWord(lower: string): boolean {
  return /PastTense|PresentTense|Infinitive|Copula|Modal|Adverb|Preposition|Determiner|Conjunction|Pronoun/.test(
    lexiconTag(lower),
  );
}

export function isFirstName(lower: string): boolean {
  return /FirstName|MaleName|FemaleName/.test(lexiconTag(lower));
}

export function isPlaceWord(lower: string): boolean {
  return /City|Country|Region|Place/.test(lexiconTag(lower));
}

export function isOrganisationWord(lower: string): boolean {
  return /Organization|SportsTeam/.test(lexiconTag(lower));
}
