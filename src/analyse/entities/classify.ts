/**
 * Entity types by weighted votes. Each occurrence of a name votes from its own evidence
 * (honorific, role, suffix, lexicon, gazetteer, context); the article's majority then types
 * every occurrence, so "Oldham" after "in" types the bare "Oldham" elsewhere too.
 */
import type { EntityType } from '../../types.js';
import type { NameCandidate } from './candidates.js';
import type { TaggedType } from './tagger/tag-entities.js';

/** The tagger's confidence per type for one occurrence (sums to 1). */
export type TaggerVote = Readonly<Record<TaggedType, number>>;
import {
  ORG_SUFFIXES,
  PLACE_PREPOSITIONS,
  PLACE_SUFFIXES,
  isCommonWord,
  isFirstName,
  isOrganisationWord,
  isPlaceWord,
  lexiconTag,
} from './lexicon.js';

/** Known names (lower-cased) and their types, e.g. built from a labelled corpus. */
export type Gazetteer = ReadonlyMap<string, EntityType>;

const STRONG = 3;
const WEAK = 1;
/** A gazetteer entry outweighs every rule but an honorific or a role. */
const GAZETTEER = 4;
/**
 * The tagger's vote of one occurrence, spread by its confidence; an honorific or a role
 * (2 × STRONG) still wins.
 */
const TAGGER = 4;
const TAGGED_TYPE: Record<TaggedType, EntityType> = {
  PER: 'person',
  ORG: 'organisation',
  LOC: 'place',
  MISC: 'other',
};
const TYPES: EntityType[] = ['person', 'organisation', 'place', 'other'];

type Votes = Record<EntityType, number>;

export function nameKey(name: readonly string[]): string {
  return name.join(' ').toLowerCase();
}

function votesOf(
  candidate: NameCandidate,
  gazetteer: Gazetteer | undefined,
  tagged: TaggerVote | null | undefined,
): Votes {
  const votes: Votes = { person: 0, organisation: 0, place: 0, other: 0 };
  const { name } = candidate;
  if (name.length === 0 || candidate.honorific || candidate.role) votes.person += STRONG * 2;
  if (name.length === 0) return votes;
  const key = nameKey(name);
  const known = gazetteer?.get(key);
  if (known) votes[known] += GAZETTEER;
  // With a tagger, its type replaces the lexicon rules below: it learnt them as features.
  if (tagged !== undefined) {
    if (tagged) {
      for (const [type, confidence] of Object.entries(tagged) as [TaggedType, number][])
        votes[TAGGED_TYPE[type]] += TAGGER * confidence;
    }
    return votes;
  }
  const last = name[name.length - 1]!.toLowerCase();
  const first = name[0]!.toLowerCase();
  const tag = lexiconTag(key);
  if (/Demonym/.test(tag)) votes.other += STRONG;
  if (isPlaceWord(key)) votes.place += STRONG;
  if (isOrganisationWord(key)) votes.organisation += STRONG;
  if (name.length > 1 && ORG_SUFFIXES.has(last)) votes.organisation += STRONG;
  if (name.length > 1 && PLACE_SUFFIXES.has(last)) votes.place += STRONG;
  if (name.length > 1 && isFirstName(first) && !ORG_SUFFIXES.has(last)) votes.person += STRONG;
  if (name.length === 1 && /^\p{Lu}{2,5}$/u.test(name[0]!) && !tag) votes.organisation += WEAK;
  if (name.length === 1 && isFirstName(first)) votes.person += WEAK;
  if (name.length === 1 && ORG_SUFFIXES.has(first)) votes.organisation += WEAK;
  if (/LastName/.test(tag)) votes.person += WEAK;
  if (PLACE_PREPOSITIONS.has(candidate.before)) votes.place += WEAK;
  // Two or three words unknown to the lexicon, in title case, are most often a person.
  if (
    name.length >= 2 &&
    name.length <= 3 &&
    name.every((word) => /^\p{Lu}\p{Ll}/u.test(word) && !isCommonWord(word.toLowerCase()))
  ) {
    votes.person += WEAK;
  }
  return votes;
}

function best(votes: Votes): EntityType {
  let type: EntityType = 'other';
  let score = 0;
  for (const candidate of TYPES) {
    if (votes[candidate] > score) {
      type = candidate;
      score = votes[candidate];
    }
  }
  return type;
}

/**
 * The type of every candidate: votes summed per name over the text; a single word that ends
 * or starts a person's full name in the same text is that person ("Musk", "Sir Keir").
 * `tagged` (the tagger's type per candidate) replaces the lexicon votes when given.
 */
export function classifyCandidates(
  text: string,
  candidates: readonly NameCandidate[],
  gazetteer?: Gazetteer,
  tagged?: readonly (TaggerVote | null)[],
): EntityType[] {
  const totals = new Map<string, Votes>();
  for (const [index, candidate] of candidates.entries()) {
    const key = nameKey(candidate.name);
    const sum = totals.get(key) ?? { person: 0, organisation: 0, place: 0, other: 0 };
    const votes = votesOf(candidate, gazetteer, tagged && (tagged[index] ?? null));
    for (const type of TYPES) sum[type] += votes[type];
    totals.set(key, sum);
  }
  listNeighbours(text, candidates, totals);
  personsBySurname(candidates, totals);
  const surnames = new Set<string>();
  const firstNames = new Set<string>();
  for (const candidate of candidates) {
    if (candidate.name.length < 2) continue;
    if (best(totals.get(nameKey(candidate.name))!) !== 'person') continue;
    surnames.add(candidate.name[candidate.name.length - 1]!.toLowerCase());
    firstNames.add(candidate.name[0]!.toLowerCase());
  }
  const marked = new Set(
    candidates
      .filter((candidate) => candidate.honorific || candidate.role)
      .map((candidate) => nameKey(candidate.name)),
  );
  return candidates.map((candidate) => {
    if (candidate.name.length === 0) return 'person';
    const key = nameKey(candidate.name);
    const votes = totals.get(key)!;
    if (
      candidate.name.length === 1 &&
      (surnames.has(key) || (candidate.honorific && firstNames.has(key)))
    ) {
      // "Donald Trump … Trump": the tagger's own type for the word alone (CoNLL's 1996
      // "Trump" was a casino company) yields, unless the word is a known place or body.
      if (tagged && !isPlaceWord(key) && !isOrganisationWord(key)) return 'person';
      if (votes.person + STRONG * 2 > Math.max(votes.place, votes.organisation)) return 'person';
    }
    const type = best(votes);
    if (type !== 'person' || !tagged || candidate.name.length > 1) return type;
    if (marked.has(key) || firstNames.has(key) || isFirstName(key)) return type;
    return unintroducedPerson(votes);
  });
}

/** Share of a name's person votes that other types need to win an unintroduced name. */
const UNINTRODUCED_DOUBT = 0.5;

/**
 * News introduces a person by full name, title or role before using one word for them. A
 * lone word that never had any of these ("including Rotherham, Rochdale") and that the tagger
 * also doubted is more likely the place or organisation it was second-best as.
 */
function unintroducedPerson(votes: Votes): EntityType {
  const { person, ...rest } = votes;
  const [type, score] = Object.entries(rest).sort((a, b) => b[1] - a[1])[0]! as [
    EntityType,
    number,
  ];
  return score >= UNINTRODUCED_DOUBT * person ? type : 'person';
}

/**
 * "Elon Musk" is a person when the same text writes "Mr Musk": a word used after an honorific
 * is a surname (or, after Sir/Dame/Lord/Lady, a first name), whatever the name's own votes.
 */
function personsBySurname(candidates: readonly NameCandidate[], totals: Map<string, Votes>): void {
  const honoured = new Set<string>();
  for (const candidate of candidates) {
    if (candidate.honorific && candidate.name.length > 0)
      honoured.add(candidate.name[candidate.name.length - 1]!.toLowerCase());
  }
  for (const candidate of candidates) {
    const { name } = candidate;
    if (name.length < 2 || candidate.honorific) continue;
    if (!honoured.has(name[name.length - 1]!.toLowerCase())) continue;
    const votes = totals.get(nameKey(name))!;
    const strongest = Math.max(votes.organisation, votes.place, votes.other);
    if (votes.person <= strongest) votes.person = strongest + WEAK;
  }
}

const LIST_GAP = /^(?:, | and | or |, and |, or | & )$/;

/**
 * A name without evidence takes the type of its neighbours in a list: "Manchester, Oldham
 * and Rochdale" are places because Manchester is.
 */
function listNeighbours(
  text: string,
  candidates: readonly NameCandidate[],
  totals: Map<string, Votes>,
): void {
  const inferred = new Map<string, Votes>();
  candidates.forEach((candidate, index) => {
    const key = nameKey(candidate.name);
    const own = totals.get(key)!;
    if (TYPES.some((type) => own[type] > 0) || candidate.name.length === 0) return;
    for (const other of [candidates[index - 1], candidates[index + 1]]) {
      if (!other || other.name.length === 0) continue;
      const gap =
        other.start < candidate.start
          ? text.slice(other.end, candidate.start)
          : text.slice(candidate.end, other.start);
      if (!LIST_GAP.test(gap)) continue;
      const type = best(totals.get(nameKey(other.name))!);
      if (type === 'other') continue;
      const votes = inferred.get(key) ?? { person: 0, organisation: 0, place: 0, other: 0 };
      votes[type] += WEAK;
      inferred.set(key, votes);
    }
  });
  for (const [key, votes] of inferred) totals.set(key, votes);
}
