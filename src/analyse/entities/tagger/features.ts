/**
 * Features of the entity tagger. The trainer and the tagger call these same functions, so a
 * model and its features can never drift apart (keep `FEATURE_VERSION` in step with any
 * change here: a model trained with other features refuses to load).
 *
 * Per token: the word, its lower case, shape, affixes; words and shapes around it; whether it
 * opens a sentence or sits in a shouted (all-capitals) line; the rules' lexicon and role
 * cues (first name, place, honorific before, organisation suffix after …); and document
 * evidence (the word is written in lower case, or capitalised mid-sentence, elsewhere).
 * History features (the previous labels; prediction-history.ts for the labels this document
 * gave the same word before) are added while decoding.
 */
import {
  HONORIFICS,
  NEVER_ENTITY,
  ORG_SUFFIXES,
  PLACE_SUFFIXES,
  isCommonWord,
  isFirstName,
  isOrganisationWord,
  isPlaceWord,
  lexiconTag,
} from '../lexicon.js';
import { isRoleHead } from '../roles.js';

/** Bump when a feature changes: models carry the version they were trained with. */
export const FEATURE_VERSION = 3;

/** Word with typographic quotes and dashes folded to the ASCII forms of CoNLL text. */
export function normaliseWord(word: string): string {
  return word
    .replace(/[“”„«»]/g, '"')
    .replace(/[‘’‚]/g, "'")
    .replace(/[—–]/g, '--')
    .replace(/…/g, '...');
}

/** Per-process caches of word-level lookups; cleared when full to bound memory. */
const CACHE_LIMIT = 50_000;
const shapeCache = new Map<string, string>();

/** Collapsed shape: "Starmer" → "Xx", "U.S." → "X.X.", "1996-08-22" → "d-d-d". */
export function wordShape(word: string): string {
  const cached = shapeCache.get(word);
  if (cached !== undefined) return cached;
  let shape = '';
  for (const char of word) {
    const kind = /\p{Lu}/u.test(char)
      ? 'X'
      : /\p{Ll}/u.test(char)
        ? 'x'
        : /\p{N}/u.test(char)
          ? 'd'
          : char;
    if (!shape.endsWith(kind)) shape += kind;
  }
  if (shapeCache.size > CACHE_LIMIT) shapeCache.clear();
  shapeCache.set(word, shape);
  return shape;
}

const lexiconCache = new Map<string, string>();

/**
 * The rules' knowledge of a lower-cased word as letters: F first name, L last name, P place,
 * O organisation, D demonym, C common word, H honorific, R role head, Q organisation suffix,
 * Z place suffix, N never an entity; '-' for none.
 */
export function lexiconClass(lower: string): string {
  const cached = lexiconCache.get(lower);
  if (cached !== undefined) return cached;
  const tag = lexiconTag(lower);
  let out = '';
  if (isFirstName(lower)) out += 'F';
  if (/LastName/.test(tag)) out += 'L';
  if (isPlaceWord(lower)) out += 'P';
  if (isOrganisationWord(lower)) out += 'O';
  if (/Demonym/.test(tag)) out += 'D';
  if (isCommonWord(lower)) out += 'C';
  const bare = lower.replace(/\.$/, '');
  if (HONORIFICS.has(bare)) out += 'H';
  if (isRoleHead(bare)) out += 'R';
  if (ORG_SUFFIXES.has(lower)) out += 'Q';
  if (PLACE_SUFFIXES.has(lower)) out += 'Z';
  if (NEVER_ENTITY.has(lower)) out += 'N';
  out ||= '-';
  if (lexiconCache.size > CACHE_LIMIT) lexiconCache.clear();
  lexiconCache.set(lower, out);
  return out;
}

/** What the whole document says about a word's case, built once per document. */
export interface DocumentEvidence {
  /** Lower-cased words written in lower case somewhere. */
  lower: Set<string>;
  /** Lower-cased words written capitalised away from a sentence start in a normal line. */
  capitalised: Set<string>;
  /** A sports report (results tables: "Oldham", "Rochdale" are clubs there, not towns). */
  sport: boolean;
}

/**
 * Sports reports open with the sport in capitals ("SOCCER - JAPAN GET LUCKY WIN"): a third of
 * CoNLL-2003's documents, where town names are clubs. Their word-identity features are kept
 * apart (`S|` prefix) so that "Rochdale" elsewhere is not learnt as an organisation.
 */
const SPORT_HEADLINE =
  /^(?:SOCCER|CRICKET|BASEBALL|TENNIS|GOLF|CYCLING|ATHLETICS|RUGBY(?: UNION| LEAGUE)?|RALLYING|MOTOR RACING|BASKETBALL|HORSE RACING|BADMINTON|MOTORCYCLING|SQUASH|MOTOCROSS|SWIMMING|(?:ICE )?HOCKEY|ROWING|BOXING|SKIING|ALPINE SKIING|NFL|NHL|NBA|AMERICAN FOOTBALL|FOOTBALL|SAILING|YACHTING|VOLLEYBALL|HANDBALL|JUDO|WRESTLING|TRIATHLON|SNOOKER|DARTS|FORMULA ONE|OLYMPICS|SPORT|SPORTS) -/;

/** Features that name the word itself (dropout and the sports split act on these). */
export const IDENTITY_FEATURE = /^(?:S\|)?(?:w|l|p\d|u\d|l-1\|l|l\|l\+1)=/;

/** A line is shouted when most of its lettered words are in capitals (sports tables, headlines). */
export function isShouted(words: readonly string[]): boolean {
  const lettered = words.filter((word) => /\p{L}{2}/u.test(word));
  const upper = lettered.filter((word) => word === word.toUpperCase());
  return lettered.length >= 3 && upper.length / lettered.length >= 0.6;
}

export function documentEvidence(sentences: readonly (readonly string[])[]): DocumentEvidence {
  const headline = (sentences[0] ?? []).join(' ');
  const evidence: DocumentEvidence = {
    lower: new Set(),
    capitalised: new Set(),
    sport: SPORT_HEADLINE.test(headline),
  };
  for (const words of sentences) {
    const shouted = isShouted(words);
    words.forEach((word, index) => {
      if (/^\p{Ll}/u.test(word)) evidence.lower.add(word.toLowerCase());
      else if (/^\p{Lu}/u.test(word) && index > 0 && !shouted)
        evidence.capitalised.add(word.toLowerCase());
    });
  }
  return evidence;
}

/** Observation features of every token of one sentence (no label history). */
export function sentenceFeatures(
  rawWords: readonly string[],
  evidence: DocumentEvidence,
): string[][] {
  const words = rawWords.map(normaliseWord);
  const lower = words.map((word) => word.toLowerCase());
  const shapes = words.map(wordShape);
  const classes = lower.map(lexiconClass);
  const shouted = isShouted(words);
  const at = <T>(list: readonly T[], index: number, edge: T): T => list[index] ?? edge;
  return words.map((word, i) => {
    const lw = lower[i]!;
    const shape = shapes[i]!;
    const initial = i === 0 || (i === 1 && /^["'(`]+$/.test(words[0]!));
    const capital = /^\p{Lu}/u.test(word);
    const features = [
      'b',
      `w=${word}`,
      `l=${lw}`,
      `s=${shape}`,
      `x=${classes[i]}`,
      `l-1=${at(lower, i - 1, '<s>')}`,
      `l+1=${at(lower, i + 1, '</s>')}`,
      `l-2=${at(lower, i - 2, '<s>')}`,
      `l+2=${at(lower, i + 2, '</s>')}`,
      `s-1=${at(shapes, i - 1, '<s>')}`,
      `s+1=${at(shapes, i + 1, '</s>')}`,
      `s-1|s=${at(shapes, i - 1, '<s>')}|${shape}`,
      `s|s+1=${shape}|${at(shapes, i + 1, '</s>')}`,
      `l-1|l=${at(lower, i - 1, '<s>')}|${lw}`,
      `l|l+1=${lw}|${at(lower, i + 1, '</s>')}`,
      `x-1=${at(classes, i - 1, '<s>')}`,
      `x+1=${at(classes, i + 1, '</s>')}`,
      `x-1|x=${at(classes, i - 1, '<s>')}|${classes[i]}`,
      `x|x+1=${classes[i]}|${at(classes, i + 1, '</s>')}`,
    ];
    for (let n = 1; n <= 4 && n < word.length; n++) {
      features.push(`p${n}=${word.slice(0, n)}`, `u${n}=${lw.slice(-n)}`);
    }
    const phraseAfter = lexiconTag(`${lw} ${at(lower, i + 1, '')}`);
    const phraseBefore = lexiconTag(`${at(lower, i - 1, '')} ${lw}`);
    if (phraseAfter) features.push(`m+1=${lexiconClassOfTag(phraseAfter)}`);
    if (phraseBefore) features.push(`m-1=${lexiconClassOfTag(phraseBefore)}`);
    if (initial) features.push('i', `i|x=${classes[i]}`, `i|s=${shape}`);
    if (shouted) features.push('A', `A|x=${classes[i]}`, `A|s-1=${at(shapes, i - 1, '<s>')}`);
    if (capital || shouted) {
      if (evidence.lower.has(lw)) features.push('dl', `dl|i=${initial}`);
      if (evidence.capitalised.has(lw)) features.push('dc', `dc|i=${initial}`);
    }
    if (!evidence.sport) return features;
    features.push('sport', `sport|s=${shape}`);
    return features.map((feature) => (IDENTITY_FEATURE.test(feature) ? `S|${feature}` : feature));
  });
}

function lexiconClassOfTag(tag: string): string {
  if (/FirstName|MaleName|FemaleName|Person/.test(tag)) return 'F';
  if (/City|Country|Region|Place/.test(tag)) return 'P';
  if (/Organization|SportsTeam/.test(tag)) return 'O';
  return 'C';
}

const LIST_SEPARATORS = new Set([',', 'and', 'or', '&']);

/**
 * Label-history features of a token, given the two labels and the word before it. A list
 * passes its type on: "Manchester , Oldham and Rochdale" (`lst=LOC|,`).
 */
export function historyFeatures(
  previous: string,
  beforePrevious: string,
  shape: string,
  previousWord: string,
): string[] {
  const features = [
    `t-1=${previous}`,
    `t-2|t-1=${beforePrevious}|${previous}`,
    `t-1|s=${previous}|${shape}`,
  ];
  const separator = previousWord.toLowerCase();
  if (LIST_SEPARATORS.has(separator) && beforePrevious.length > 2)
    features.push(`lst=${beforePrevious.slice(2)}|${separator}|${shape}`);
  return features;
}
