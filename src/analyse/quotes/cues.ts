/**
 * Cue verbs of attribution ("said", "told", "suggested", "according to") and the words that
 * may sit between a speaker and its cue ("has also said").
 */
import type { Token } from '../../util/tokens.js';
import { lexiconTag } from '../entities/lexicon.js';

const REGULAR = (
  'add argue claim suggest insist warn note explain tweet post ask answer respond state ' +
  'declare announce acknowledge confirm accuse call urge invite challenge criticise criticize ' +
  'blame describe stress emphasise emphasize recall reveal report predict promise vow pledge ' +
  'agree allege complain joke boast question mock conclude continue demand maintain observe ' +
  'point repeat caution counter concede admit remark estimate testify contend assert reply ' +
  'comment muse cite echo acknowledge insist hint dismiss brand label deny believe want ' +
  'plan decide support oppose attack blast propose refuse offer discuss mention expect know ' +
  'indicate seem appear defend raise encourage fear worry hope learn accept reject praise ' +
  'condemn slam vow request recommend insist signal acknowledge shout yell scream chant ' +
  'exclaim whisper mutter quip retort interject lament scold muse ' +
  // Stance and reporting verbs of news attribution (cue words of PolNeAR train that were
  // cues in at least a third of their uses).
  'endorse decline refer express vote talk issue denounce back charge reiterate decry rail ' +
  'unveil identify email highlight present deem remind voice invoke thank tout recount plead ' +
  'threaten embrace project outline wonder convince promote disclose recognize recognise ' +
  'portray quote applaud reference welcome forecast list champion bemoan celebrate apologize ' +
  'apologise imply liken assail rebut side coin detail lambaste distance rebuke notice ' +
  'realize realise deride scoff inform persuade regard speculate cheer knock eviscerate sue ' +
  'view prefer like doubt consider favor favour name nominate characterize characterise ' +
  'dispute lobby pressure'
).split(' ');

const IRREGULAR =
  'say said says saying tell told tells telling write wrote writes writing written think ' +
  'thinks thought find found finds show shows showed shown read reads go went goes ' +
  'deny denied denies reply replied replies admitted admitting tweeted sing sang sings ' +
  'singing cry cried cries crying seek seeks seeking sought speak speaks speaking spoke ' +
  'spoken sees referred referring ripped ripping jabbed sparred sparring pushed pushes ' +
  'pushing lashed lashes lashing';

function forms(base: string): string[] {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const past = base.endsWith('e') ? `${base}d` : `${base}ed`;
  return [base, `${base}s`, past, `${stem}ing`];
}

/**
 * Forms that are mostly something else in news text: nouns ("the plan", "his remarks"),
 * raising verbs ("seems to"), motion ("goes"), imperatives ("tell me"). Checked on PolNeAR
 * train: each was wrong more often than right as a cue.
 */
const NOT_CUES = new Set(
  (
    'continue continues go goes appear appears appearing seem seems seeming find answer ' +
    'fear fears raise raised state states tell expected point points question questions ' +
    'comment comments remark remarks attack attacks plan plans learn post add like name ' +
    'back side sides project projects present issue issues view views detail details voice ' +
    'voices quote quotes favor favour charge charges reference email emails talks push ' +
    'doubt doubts coin coins rail rails welcome forecast list lists names support vote votes ' +
    'voting want oppose consider call report talk seek embrace encourage challenge promise ' +
    'signal indicate applaud nominate nominating appeared seemed believed considered thought ' +
    'raising urging embraced cheered disputes threatening tweets invited charged backed ' +
    // Below a third precise as sources on PolNeAR train (eight uses or more), issue 5.
    'speak speaks spoken opposes expects maintained maintains identify viewed favored accept ' +
    'accepted endorse pledge written attacking recall answers threaten referencing agrees ' +
    'continuing challenges pressure complain'
  ).split(' '),
);

const CUES = new Set(
  [...REGULAR.flatMap(forms), ...IRREGULAR.split(' ')].filter((word) => !NOT_CUES.has(word)),
);
/** Cues that introduce speech, not a judgement: the ones allowed without quotation marks. */
const SPEECH = new Set(
  (
    'say said says told tell tells add added adds argue argued argues claim claimed claims ' +
    'suggest suggested suggests insist insisted insists warn warned warns note noted notes ' +
    'explain explained explains wrote write writes tweeted announced announces stated ' +
    'states declared acknowledged acknowledges confirmed confirms admitted admits ' +
    'predicted believes believe think thinks thought alleged alleges contended contends ' +
    'maintained maintains asserted asserts conceded concedes estimated estimates ' +
    'reported reports found finds show shows showed stressed stresses recalled recalls ' +
    'testified replied responded cautioned observed'
  ).split(' '),
);

/** Words allowed between a speaker and its cue ("has also said", "had earlier told"). */
export const BETWEEN = new Set(
  (
    'also has have had was is were are will would could did does do later earlier then ' +
    'previously repeatedly reportedly recently once has also again further subsequently ' +
    'publicly privately separately first last yesterday today already just even still ' +
    'initially originally famously openly may might must should can often always never ' +
    'usually sometimes frequently long quickly immediately promptly flatly bluntly simply ' +
    'only angrily loudly now never ever not all both each too apparently allegedly ' +
    'personally directly explicitly specifically clearly strongly particularly ' +
    // Negated auxiliaries: "did not immediately respond", "Lawmakers haven’t said".
    "didn't doesn't don't hasn't haven't hadn't isn't wasn't won't wouldn't can't couldn't cannot"
  )
    .split(' ')
    .flatMap((word) => [word, word.replace("'", '’')]),
);

export function isCue(lower: string): boolean {
  return CUES.has(lower);
}

/** Decides whether `tokens[index]` is a cue in its place (`isCueAt`, or a learned test). */
export type CueTest = (text: string, tokens: readonly Token[], index: number) => boolean;

/**
 * Whether `tokens[index]` is a cue in its place: a capitalised cue word right after another
 * capitalised word continues a name ("United States", "Washington Post", "Clean Power Plan").
 */
export function isCueAt(text: string, tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  if (!CUES.has(token.text.toLowerCase())) return false;
  const previous = tokens[index - 1];
  const gap = previous ? text.slice(previous.end, token.start) : '';
  // "his comments", "the plan", "Trump’s claims": after a determiner or a possessive the word
  // is a noun; after "to" it is an infinitive whose subject belongs to the verb before it.
  if (previous && /^\s+$/.test(gap)) {
    const before = previous.text.toLowerCase();
    const possessive = /[’']s$/.test(before) && !CONTRACTED_SUBJECT.test(before);
    // "the first report" is a noun, "was first reported" a verb.
    const adverb =
      before === 'first' && !NOUN_MARKERS.has(tokens[index - 2]?.text.toLowerCase() ?? '');
    if ((NOUN_MARKERS.has(before) && !adverb) || possessive || before === 'to') return false;
    if (isNounByAgreement(text, tokens, index)) return false;
  }
  if (!/^\p{Lu}/u.test(token.text)) return true;
  const continuesName =
    previous && /^\p{Lu}/u.test(previous.text) && text.slice(previous.end, token.start) === ' ';
  // "Obama Says African-American Museum Will Tell…": in a headline every word is capitalised,
  // and a present-tense cue after the name is the cue.
  return !continuesName || (/s$/.test(token.text) && isTitleLine(text, token.start));
}

/** "He’s claiming": a pronoun and its auxiliary, not a possessive. */
const CONTRACTED_SUBJECT = /^(?:he|she|it|who|that)['’]s$/;
const MIN_TITLE_WORDS = 3;
const TITLE_SHARE = 0.75;

/** Whether the line around `at` is a headline: most of its longer words capitalised. */
export function isTitleLine(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  const long = text.slice(start, end < 0 ? text.length : end).match(/[\p{L}’'-]{4,}/gu) ?? [];
  if (long.length < MIN_TITLE_WORDS) return false;
  const capitalised = long.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalised / long.length >= TITLE_SHARE;
}

/** Determiners of a plural noun: "some calls", "many claims" (a verb after them takes no -s). */
const PLURAL_DETERMINERS = new Set('some many several few these those both all other'.split(' '));
/** Determiners of a singular noun: "a media request" (a verb after them would take -s). */
const SINGULAR_DETERMINERS = new Set('a an this every each another'.split(' '));

/**
 * Nouns that agreement and modifiers give away: "the biggest decline", "his rallying cry",
 * "a media request", "some calls". Issue 5: each was a spurious cue on PolNeAR dev.
 */
function isNounByAgreement(text: string, tokens: readonly Token[], index: number): boolean {
  const word = tokens[index]!.text.toLowerCase();
  const previous = tokens[index - 1]!.text.toLowerCase();
  const marker = tokens[index - 2]?.text.toLowerCase() ?? '';
  const bare = !/(?:s|ed|ing)$/.test(word);
  if (PLURAL_DETERMINERS.has(previous) && /[^s]s$/.test(word) && word !== 'says') return true;
  if (!(NOUN_MARKERS.has(marker) || PLURAL_DETERMINERS.has(marker) || /[’']s$/.test(marker)))
    return false;
  if (!/^\s+$/.test(text.slice(tokens[index - 2]!.end, tokens[index - 1]!.start))) return false;
  // "the biggest decline", "his rallying cry", "the financial backing": an adjective between.
  if (
    /^\p{Ll}/u.test(previous) &&
    (/(?:est|ing|al|ful|ous|ive)$/.test(previous) || /Adjective/.test(lexiconTag(previous)))
  )
    return !/ly$/.test(previous);
  return bare && SINGULAR_DETERMINERS.has(marker);
}

const NOUN_MARKERS = new Set(
  (
    'the a an his her their its our my your this these those any each every no such ' +
    'following new recent latest first own whose'
  ).split(' '),
);

export function isSpeechCue(lower: string): boolean {
  return SPEECH.has(lower) || CUES.has(lower);
}

/** Cues that take the listener as object before the content ("told reporters that"). */
export const OBJECT_CUES = new Set([
  'told',
  'tell',
  'tells',
  'telling',
  'urged',
  'urges',
  'warned',
  'asked',
  'invited',
  'challenged',
  'accused',
  'called',
  'reminded',
]);
