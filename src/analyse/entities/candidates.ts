/**
 * Name candidates: maximal runs of capitalised words, split into role + honorific + name.
 *
 *   "Prime Minister Sir Keir Starmer’s"  →  role "Prime Minister", honorific "Sir",
 *                                            name "Keir Starmer" (possessive dropped)
 *   "safeguarding minister Jess Phillips" → role "safeguarding minister" (lower-case, before)
 *
 * A sentence-initial word joins a run only with evidence that it is a name: it is unknown to
 * the lexicon, or written capitalised mid-sentence elsewhere in the text.
 */
import {
  AMBIGUOUS_ROLE_HEADS,
  HONORIFICS,
  NAME_CONNECTORS,
  NEVER_ENTITY,
  ORG_SUFFIXES,
  isClauseWord,
  isCommonWord,
  isFirstName,
} from './lexicon.js';
import { isRoleHead, roleKey } from './roles.js';

export interface NameCandidate {
  /** Span of honorific + name ("Mr Streeting"), or of the role for a role-only mention. */
  start: number;
  end: number;
  /** Name words without honorific; empty for a role-only mention. */
  name: string[];
  honorific: string | null;
  /** Role as written ("Health Secretary", "safeguarding minister"), or null. */
  role: string | null;
  /** The word before the run, lower-cased ('' at a sentence start). */
  before: string;
  /** Whether the run starts a sentence (capitalisation is then no evidence). */
  initial: boolean;
}

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter (or, in a shouted line, is not a common word). */
  capital: boolean;
  initial: boolean;
  possessive: boolean;
}

const WORD_RE = /[\p{L}\p{N}]+(?:[’'\-.&][\p{L}\p{N}]+)*/gu;
/** Characters after which a word starts a sentence or a quotation. */
const SENTENCE_OPENERS = new Set([...'\n.!?:“‘"(—–-•;']);
/** Abbreviations whose full stop does not end a run ("Mr. Obama", "Gen. Flynn"). */
const RUN_ABBREVIATIONS = new Set(
  'mr mrs ms dr st lt col gen sen rep gov jr sr prof rev sgt capt adm maj cpl u.s u.k u.n'.split(
    ' ',
  ),
);
const MAX_NAME_WORDS = 6;
const MAX_LOWER_ROLE_WORDS = 3;

function toWords(text: string): Word[] {
  const out: Word[] = [];
  for (const match of text.matchAll(WORD_RE)) {
    let raw = match[0];
    const start = match.index ?? 0;
    let possessive = false;
    if (/[’']s$/i.test(raw) && raw.length > 2) {
      raw = raw.slice(0, -2);
      possessive = true;
    }
    let back = start - 1;
    while (back >= 0 && (text[back] === ' ' || text[back] === '\t')) back--;
    const initial = back < 0 || SENTENCE_OPENERS.has(text[back] ?? '');
    // Contractions keep their base for the stop lists: "They’re" is "they".
    const contraction = /^(\p{L}+)[’'](?:re|ve|ll|d|m|t)$/iu.exec(raw);
    out.push({
      text: raw,
      lower: (contraction?.[1] ?? raw).toLowerCase(),
      start,
      end: start + raw.length,
      capital: /^\p{Lu}/u.test(raw),
      initial,
      possessive,
    });
  }
  return out;
}

/** In a shouted line (headlines in capitals), only words unknown to the lexicon count. */
function markShoutedLines(text: string, words: Word[]): void {
  let index = 0;
  while (index < words.length) {
    const lineEnd = text.indexOf('\n', words[index]!.start);
    const stop = lineEnd < 0 ? text.length : lineEnd;
    const line: Word[] = [];
    while (index < words.length && words[index]!.start < stop) line.push(words[index++]!);
    const lettered = line.filter((word) => /\p{L}{2}/u.test(word.text));
    const shouted = lettered.filter((word) => word.text === word.text.toUpperCase());
    if (lettered.length >= 3 && shouted.length / lettered.length >= 0.6) {
      for (const word of line) {
        if (word.text !== word.text.toUpperCase()) continue;
        word.capital = !isCommonWord(word.lower) && !NEVER_ENTITY.has(word.lower);
        word.initial = true;
      }
    }
  }
}

interface Evidence {
  /** Words seen capitalised away from a sentence start: evidence of a name. */
  capitalised: Set<string>;
  /** Words seen in lower case: evidence of a common word. */
  lower: Set<string>;
}

function collectEvidence(words: Word[]): Evidence {
  const evidence: Evidence = { capitalised: new Set(), lower: new Set() };
  for (const word of words) {
    if (word.capital && !word.initial) evidence.capitalised.add(word.lower);
    else if (!word.capital) evidence.lower.add(word.lower);
  }
  return evidence;
}

function gapJoins(text: string, left: Word, right: Word): boolean {
  const gap = text.slice(left.end, right.start);
  if (left.possessive) return false;
  if (gap === ' ') return true;
  return gap === '. ' && (left.text.length === 1 || RUN_ABBREVIATIONS.has(left.lower));
}

function isNameWord(text: string, word: Word, next: Word | undefined, evidence: Evidence): boolean {
  if (!word.capital) return false;
  if (!word.initial) return true;
  if (NEVER_ENTITY.has(word.lower)) return false;
  if (evidence.capitalised.has(word.lower) || isFirstName(word.lower)) return true;
  if (!isCommonWord(word.lower) && !evidence.lower.has(word.lower)) return true;
  // A common word opening a sentence joins only a longer run ("Health Secretary Wes …").
  return next !== undefined && next.capital && gapJoins(text, word, next);
}

/** Lower-case role words right before a run ("shadow justice secretary" Robert Jenrick). */
function lowerRoleBefore(text: string, words: Word[], first: number): string | null {
  let index = first - 1;
  const taken: Word[] = [];
  while (index >= 0 && taken.length < MAX_LOWER_ROLE_WORDS) {
    const word = words[index]!;
    const next = taken[0] ?? words[first]!;
    if (text.slice(word.end, next.start) !== ' ' || word.possessive) break;
    if (
      NEVER_ENTITY.has(word.lower) ||
      /\d/.test(word.text) ||
      isClauseWord(word.lower) ||
      /(?:ed|ly)$/.test(word.lower)
    ) {
      break;
    }
    taken.unshift(word);
    index--;
  }
  if (taken.length === 0 || !isRoleHead(taken[taken.length - 1]!.lower)) return null;
  // Keep from the first word that is lower case or a role word: "Tory leader" keeps both.
  const phrase = text.slice(taken[0]!.start, taken[taken.length - 1]!.end);
  return roleKey(phrase) ? phrase : null;
}

/** Every name or role candidate of a text, in text order. */
export function findNameCandidates(text: string): NameCandidate[] {
  const words = toWords(text);
  markShoutedLines(text, words);
  const evidence = collectEvidence(words);
  const position = new Map(words.map((word, index) => [word, index]));
  const out: NameCandidate[] = [];
  let index = 0;
  while (index < words.length) {
    const first = words[index]!;
    if (!isNameWord(text, first, words[index + 1], evidence) || NEVER_ENTITY.has(first.lower)) {
      index++;
      continue;
    }
    const run: Word[] = [first];
    let next = index + 1;
    while (next < words.length && run.length < MAX_NAME_WORDS) {
      const last = run[run.length - 1]!;
      const word = words[next]!;
      if (!gapJoins(text, last, word)) break;
      if (word.capital && !NEVER_ENTITY.has(word.lower)) {
        run.push(word);
        next++;
        continue;
      }
      // A connector joins only when a capitalised word follows ("Bank of England").
      const after = words[next + 1];
      if (NAME_CONNECTORS.has(word.lower) && after?.capital && gapJoins(text, word, after)) {
        run.push(word, after);
        next += 2;
        continue;
      }
      break;
    }
    index = next;
    for (const part of splitAtHonorific(run)) {
      const candidate = splitRun(text, words, part, position.get(part[0]!)!);
      if (candidate) out.push(candidate);
    }
  }
  return splitAtSurnames(out);
}

/** "DPP Sir Keir" is two runs: an honorific starts a name unless a role precedes it. */
function splitAtHonorific(run: Word[]): Word[][] {
  for (let i = 1; i < run.length - 1; i++) {
    if (!HONORIFICS.has(run[i]!.lower.replace(/\.$/, ''))) continue;
    if (isRoleHead(run[i - 1]!.lower) || HONORIFICS.has(run[i - 1]!.lower)) continue;
    return [run.slice(0, i), ...splitAtHonorific(run.slice(i))];
  }
  return [run];
}

/**
 * "told the BBC Musk’s comments" joins two names into one run. Split off a known surname
 * when what precedes it is an acronym or a common word, never a first name ("Elon Musk").
 */
function splitAtSurnames(candidates: NameCandidate[]): NameCandidate[] {
  const surnames = new Set<string>();
  for (const candidate of candidates) {
    const { name } = candidate;
    const first = name[0]?.toLowerCase() ?? '';
    const personLike =
      candidate.honorific !== null ||
      (name.length === 2 &&
        (isFirstName(first) || !(isCommonWord(first) || /^\p{Lu}+$/u.test(name[0]!))));
    if (personLike && name.length > 0) surnames.add(name[name.length - 1]!.toLowerCase());
  }
  const out: NameCandidate[] = [];
  for (const candidate of candidates) {
    const { name } = candidate;
    const last = name[name.length - 1]?.toLowerCase() ?? '';
    const prefix = name.slice(0, -1);
    const splits =
      name.length >= 2 &&
      !candidate.honorific &&
      !candidate.role &&
      surnames.has(last) &&
      prefix.every((word) => /^\p{Lu}{2,}$/u.test(word) || isCommonWord(word.toLowerCase()));
    if (!splits) {
      out.push(candidate);
      continue;
    }
    const cut = candidate.end - name[name.length - 1]!.length;
    out.push({ ...candidate, end: cut - 1, name: prefix });
    out.push({
      ...candidate,
      start: cut,
      name: [name[name.length - 1]!],
      before: prefix[prefix.length - 1]!.toLowerCase(),
      initial: false,
    });
  }
  return out;
}

function splitRun(
  text: string,
  words: Word[],
  run: Word[],
  firstIndex: number,
): NameCandidate | null {
  const before = firstIndex > 0 && !run[0]!.initial ? words[firstIndex - 1]!.lower : '';
  // 1. Role inside the run: split after the last role head that a name follows.
  let roleEnd = -1;
  for (let i = 0; i < run.length - 1; i++) {
    const lower = run[i]!.lower.replace(/\.$/, '');
    if (!isRoleHead(lower)) continue;
    const rest = run.slice(i + 1);
    const tail = rest[rest.length - 1]!.lower;
    if (ORG_SUFFIXES.has(tail)) continue;
    if (AMBIGUOUS_ROLE_HEADS.has(lower) && i === 0 && !isFirstName(rest[0]!.lower)) continue;
    roleEnd = i;
  }
  let role: string | null;
  let nameWords = run;
  // "Lib Dem Ed Davey": capitalised words before a first name qualify the person.
  const firstNameAt = run.findIndex((word, i) => i > 0 && isFirstName(word.lower));
  if (roleEnd < 0 && firstNameAt > 0 && firstNameAt < run.length - 1 && run.length >= 3) {
    const prefix = run.slice(0, firstNameAt);
    if (!prefix.some((word) => isFirstName(word.lower) || HONORIFICS.has(word.lower))) {
      roleEnd = firstNameAt - 1;
    }
  }
  if (roleEnd >= 0) {
    role = text.slice(run[0]!.start, run[roleEnd]!.end);
    nameWords = run.slice(roleEnd + 1);
  } else {
    role = lowerRoleBefore(text, words, firstIndex);
  }
  // 2. Honorific: kept in the span ("Mr Streeting"), dropped from the name.
  let honorific: string | null = null;
  while (nameWords.length > 1 && HONORIFICS.has(nameWords[0]!.lower.replace(/\.$/, ''))) {
    honorific = nameWords[0]!.text.replace(/\.$/, '');
    nameWords = nameWords.slice(1);
  }
  const start = (honorific ? run[run.indexOf(nameWords[0]!) - 1]! : nameWords[0]!).start;
  const end = nameWords[nameWords.length - 1]!.end;
  // 3. A run that is only a role ("Health Secretary", "PM") is a role mention.
  if (
    !honorific &&
    roleEnd < 0 &&
    roleKey(text.slice(run[0]!.start, end)) &&
    !isFirstName(run[0]!.lower)
  ) {
    const phrase = text.slice(run[0]!.start, end);
    return {
      start: run[0]!.start,
      end,
      name: [],
      honorific: null,
      role: phrase,
      before,
      initial: run[0]!.initial,
    };
  }
  const name = nameWords.map((word) => word.text);
  if (name.length === 1 && (name[0]!.length < 2 || HONORIFICS.has(name[0]!.toLowerCase())))
    return null;
  if (name.every((word) => NEVER_ENTITY.has(word.toLowerCase()))) return null;
  return { start, end, name, honorific, role, before, initial: run[0]!.initial };
}
