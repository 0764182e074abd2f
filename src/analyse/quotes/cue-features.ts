/**
 * Features of a candidate attribution cue: one word outside quotations, seen with its
 * neighbours, the punctuation around it and what the rule lists say of it.
 *
 *   Republicans  have  long  warned  that  the  deal  …
 *                 p2    p1   ^word   n1
 *   w=warned stem=warn pos=PastTense p1=long n1=that after=space left=name rule=cue …
 *
 * Shared by training (scripts/train-quote-cues.ts) and tagging (cue-model.ts): keep both on
 * `CUE_FEATURE_VERSION`, and bump it when a feature changes, so an old model refuses to load.
 */
import { stemmer } from 'stemmer';
import type { Token } from '../../util/tokens.js';
import { lexiconTag } from '../entities/lexicon.js';
import { isCue, isCueAt } from './cues.js';
import { PRONOUNS } from './speaker.js';

export const CUE_FEATURE_VERSION = 1;

/**
 * Closed-class words never taken as cues: the model only judges open-class words, so that
 * "according to" or "has said" is decided on its head word ("according", "said").
 */
const FUNCTION_WORDS = new Set(
  (
    'a an the this that these those his her their its our my your some any each every no ' +
    'and or but nor so yet if because while when where which who whom whose what why how ' +
    'of in on at to for from by with about into over after before under between through ' +
    'during without within against among as than then there here not also just very too ' +
    'is was are were be been being am has have had do does did will would could should may ' +
    'might must can shall it he she they we you i me him them us'
  ).split(' '),
);

/** Whether the rules of attribution ever look at this word as a possible cue. */
export function isCandidate(token: Token): boolean {
  const lower = token.text.toLowerCase();
  return lower.length > 1 && /^\p{L}[\p{L}’'-]*$/u.test(token.text) && !FUNCTION_WORDS.has(lower);
}

/** The punctuation between two tokens, as a class: quote, colon, comma, stop, dash, space. */
function gapClass(gap: string): string {
  if (/[“”"‘’']/.test(gap)) return 'quote';
  if (gap.includes('\n')) return 'para';
  if (gap.includes(':')) return 'colon';
  if (/[.!?]/.test(gap)) return 'stop';
  if (/[,;]/.test(gap)) return 'comma';
  if (/[—–(-]/.test(gap)) return 'dash';
  return gap ? 'space' : 'none';
}

/** A coarse word class: pronoun, name (capitalised inside a sentence), possessive, word. */
function wordClass(token: Token | undefined, sentenceStart: boolean): string {
  if (!token) return 'edge';
  const lower = token.text.toLowerCase();
  if (PRONOUNS.has(lower)) return 'pronoun';
  if (/[’']s$/.test(lower)) return 'possessive';
  if (/^\p{Lu}/u.test(token.text)) return sentenceStart ? 'capital-start' : 'name';
  if (/^\d/.test(token.text)) return 'number';
  return 'word';
}

function positionBucket(index: number): string {
  if (index < 3) return String(index);
  if (index < 6) return '3-5';
  if (index < 11) return '6-10';
  return '11+';
}

/** The first lexicon tag; the lexicon is a plain object, so "constructor" must not leak in. */
function tagOf(lower: string): string {
  const tag: unknown = lexiconTag(lower);
  if (Array.isArray(tag)) return String(tag[0] ?? '');
  return typeof tag === 'string' ? (tag.split(',')[0] ?? '') : '';
}

/**
 * The features of `tokens[index]`. `tokens` are the article's words outside quotations in
 * text order; `sentenceIndex` is the word's position in its sentence (0 = first).
 */
export function cueFeatures(
  text: string,
  tokens: readonly Token[],
  index: number,
  sentenceIndex: number,
): string[] {
  const token = tokens[index]!;
  const lower = token.text.toLowerCase();
  const stem = stemmer(lower);
  const previous = sentenceIndex > 0 ? tokens[index - 1] : undefined;
  const beforePrevious = sentenceIndex > 1 ? tokens[index - 2] : undefined;
  const gapBefore = previous ? gapClass(text.slice(previous.end, token.start)) : 'start';
  const next = tokens[index + 1];
  const gapAfter = next ? gapClass(text.slice(token.end, next.start)) : 'end';
  // A stop or a paragraph between the word and the next one ends the sentence there.
  const nextInSentence = next && gapAfter !== 'stop' && gapAfter !== 'para' ? next : undefined;
  const p1 = previous?.text.toLowerCase() ?? '<s>';
  const n1 = nextInSentence?.text.toLowerCase() ?? '</s>';
  const left = wordClass(previous, sentenceIndex === 1);
  const rule = isCueAt(text, tokens, index) ? 'cue' : isCue(lower) ? 'listed' : 'none';
  const after = n1 === 'that' ? 'that' : gapAfter;
  return [
    'bias',
    `w=${lower}`,
    `stem=${stem}`,
    `suffix=${lower.slice(-3)}`,
    `pos=${tagOf(lower)}`,
    `cap=${/^\p{Lu}/u.test(token.text) ? (sentenceIndex === 0 ? 'start' : 'inner') : 'no'}`,
    `p1=${p1}`,
    `p2=${beforePrevious?.text.toLowerCase() ?? '<s>'}`,
    `n1=${n1}`,
    `p1pos=${tagOf(p1)}`,
    `n1pos=${tagOf(n1)}`,
    `p1|stem=${p1}|${stem}`,
    `stem|n1=${stem}|${n1}`,
    `before=${gapBefore}`,
    `after=${gapAfter}`,
    `left=${left}`,
    `left|before=${left}|${gapBefore}`,
    `stem|after=${stem}|${after}`,
    `stem|left=${stem}|${left}`,
    `rule=${rule}`,
    `rule|after=${rule}|${after}`,
    `rule|left=${rule}|${left}`,
    `position=${positionBucket(sentenceIndex)}`,
  ];
}

/** Each token's position in its sentence: a stop or a paragraph break restarts the count. */
export function sentencePositions(text: string, tokens: readonly Token[]): number[] {
  const out: number[] = [];
  let position = 0;
  tokens.forEach((token, index) => {
    const previous = tokens[index - 1];
    if (previous && /[.!?]["”’']?\s|\n/.test(text.slice(previous.end, token.start))) position = 0;
    out.push(position++);
  });
  return out;
}
