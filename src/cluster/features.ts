/**
 * Article → weighted terms, before IDF. One term space for title and body (stemmed content
 * terms, see util/tokens.ts), where the words that make two similar events different get
 * extra weight:
 *
 *   - title terms (the outlet's own one-line summary of the event),
 *   - capitalised names not at a sentence start ("Streeting", "Lohan", "Aceh"), plus
 *     two-word names as phrase terms ("tara_reid") so "Tara Reid" ≠ "Reid Hoffman",
 *   - numbers ("6.1" magnitude, "33" dead, "2013"),
 *   - the lead (the first sentences say who, what, where and when),
 *   - headline terms in a term space of their own: the title's content words ("h:pelosi") and
 *     adjacent pairs ("t:tax_return", "t:shot_down"), whose IDF is that of headlines. Two
 *     outlets' headlines of one event tend to share a phrase that other events on the same
 *     topic (same names, same subject words) do not; see DEFAULT_TITLE_PHRASE_WEIGHT.
 *
 * One tokenizer pass serves content terms and names alike (the hot path of clustering: it
 * runs once per article), and stems are memoised: news vocabulary repeats.
 */
import { contentTerms, isStopWord, tokenize, type Token } from '../util/tokens.js';
import { stemmer } from 'stemmer';

export interface FeatureOptions {
  /** Weight of a title occurrence relative to a body one. Default: DEFAULT_TITLE_WEIGHT (2). */
  titleWeight?: number;
  /** Multiplier for name-like and number terms. Default: DEFAULT_ENTITY_BOOST (1.5). */
  entityBoost?: number;
  /** Characters of body text counted as the lead. Default: DEFAULT_LEAD_CHARS (600). */
  leadChars?: number;
  /** Weight of a lead occurrence relative to a later one. Default: DEFAULT_LEAD_WEIGHT (2). */
  leadWeight?: number;
  /** Weight of adjacent content-word pairs (0 = off). Default: DEFAULT_BIGRAM_WEIGHT. */
  bigramWeight?: number;
  /** Weight of headline terms (title words and adjacent pairs; 0 = off). Default: DEFAULT_TITLE_PHRASE_WEIGHT (2). */
  titlePhraseWeight?: number;
}

export const DEFAULT_TITLE_WEIGHT = 2;
export const DEFAULT_BIGRAM_WEIGHT = 0;
/**
 * Headline terms of their own (issue 4). Single words of a topic ("Trump", "impeach",
 * "Pelosi") are shared by many events; a two-word headline phrase is rare (high IDF), so a
 * shared one is strong evidence of one event, and its absence dilutes the cosine of two
 * same-topic articles. Measured (B-cubed F1, shuffled order), phrases alone: NeuS 0.754 →
 * 0.783 (seed 1), 0.749 → 0.775 (seed 7); weight 1 and 3 gave 0.768 and 0.778. Adding the
 * headline's words in the same space (a title-to-title similarity inside the one cosine, with
 * the DF of headlines): 0.787 and 0.780. ECB+ has no titles: unchanged. Unlike
 * `bigramWeight` (body and title pairs), it leaves untitled text alone: body bigrams cut ECB+
 * recall (0.888 → 0.849 at weight 0.5); skip-one headline pairs cut NeuS (0.770).
 */
export const DEFAULT_TITLE_PHRASE_WEIGHT = 2;
export const DEFAULT_ENTITY_BOOST = 1.5;
export const DEFAULT_LEAD_CHARS = 600;
export const DEFAULT_LEAD_WEIGHT = 2;

/** Prefix of two-word name phrases; cannot collide with a stemmed word (no spaces inside). */
const PHRASE = 'n:';
const BIGRAM = 'b:';
const TITLE_PHRASE = 't:';
const TITLE_WORD = 'h:';
/** Memoised content terms; cleared when full so an endless stream cannot grow it without bound. */
const TERM_CACHE_SIZE = 200_000;
const termCache = new Map<string, string | null>();

/** Lower-cased token as util/tokens.ts `words` spells it (typographic apostrophe folded). */
function lowerOf(token: Token): string {
  const lower = token.text.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/**
 * A content term as util/tokens.ts `contentTerms` makes it (Porter stem; digits kept as
 * they are), or null for a stop word or a single character. Memoised: news vocabulary repeats.
 */
function contentTerm(lower: string): string | null {
  let term = termCache.get(lower);
  if (term === undefined) {
    const first = lower.charCodeAt(0);
    if (lower.length < 2 || isStopWord(lower)) term = null;
    else term = first >= 48 && first <= 57 ? lower : stemmer(lower);
    if (termCache.size >= TERM_CACHE_SIZE) termCache.clear();
    termCache.set(lower, term);
  }
  return term;
}

const SENTENCE_END = new Set(['.', '!', '?', ':', '"', '“', '‘', '\n']);
const SPACE = /\s/;

/**
 * True when the 3 characters before `start`, trailing white space aside, end in sentence
 * punctuation or a line break: a capital there says nothing, every sentence has one.
 */
function atSentenceStart(text: string, start: number): boolean {
  for (let i = start - 1; i >= Math.max(0, start - 3); i--) {
    const char = text[i]!;
    if (SENTENCE_END.has(char)) return true;
    if (!SPACE.test(char)) return false;
  }
  return false;
}

function isUpper(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return /\p{Lu}/u.test(char);
}

function isDigit(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 128) return code >= 48 && code <= 57;
  return /^\p{N}/u.test(char);
}

/** Names and numbers of tokenised text as stems, plus two-word name phrase terms. */
function namesOf(text: string, tokens: readonly Token[], lowers: readonly string[]): Set<string> {
  const names = new Set<string>();
  let previousName: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const first = token.text[0] ?? '';
    const lower = lowers[i]!;
    const isNumber = isDigit(first) && token.text.length > 1;
    // A capitalised word is a content term (not a stop word, ≥ 2 letters) and its stem.
    const term = isUpper(first) && i > 0 ? contentTerm(lower) : null;
    const isName = term !== null && !atSentenceStart(text, token.start);
    if (isNumber) names.add(lower);
    if (isName) {
      names.add(term);
      if (previousName !== null) names.add(`${PHRASE}${previousName}_${lower}`);
      previousName = lower;
    } else previousName = null;
  }
  return names;
}

/** Names and numbers of a text as stems (and phrase terms). */
export function nameTerms(text: string): Set<string> {
  const tokens = tokenize(text);
  return namesOf(text, tokens, tokens.map(lowerOf));
}

/** Weighted term counts of an article (no IDF yet). */
export function articleTerms(
  title: string | null,
  text: string,
  options: FeatureOptions = {},
): Map<string, number> {
  const titleWeight = options.titleWeight ?? DEFAULT_TITLE_WEIGHT;
  const entityBoost = options.entityBoost ?? DEFAULT_ENTITY_BOOST;
  const leadChars = options.leadChars ?? DEFAULT_LEAD_CHARS;
  const leadWeight = options.leadWeight ?? DEFAULT_LEAD_WEIGHT;

  // Title and body in one string, so that names see the title too; offsets say which part.
  const full = title ? `${title}\n${text}` : text;
  const bodyStart = title ? title.length + 1 : 0;
  const leadEnd = bodyStart + leadChars;
  const tokens = tokenize(full);
  const lowers = tokens.map(lowerOf);

  const counts = new Map<string, number>();
  const add = (term: string, weight: number) => counts.set(term, (counts.get(term) ?? 0) + weight);
  // The title's content terms in order, for the headline terms below (no second tokenizer pass).
  const titleTerms: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const term = contentTerm(lowers[i]!);
    if (term === null) continue;
    const start = tokens[i]!.start;
    if (start < bodyStart) titleTerms.push(term);
    add(term, start < bodyStart ? titleWeight : start < leadEnd ? leadWeight : 1);
  }

  const names = namesOf(full, tokens, lowers);
  for (const name of names) if (name.startsWith(PHRASE)) add(name, 1);
  const bigramWeight = options.bigramWeight ?? DEFAULT_BIGRAM_WEIGHT;
  if (bigramWeight > 0) {
    const bigrams = new Set<string>();
    for (const part of [title ?? '', text]) {
      const terms = contentTerms(part);
      for (let i = 1; i < terms.length; i++) bigrams.add(`${BIGRAM}${terms[i - 1]}_${terms[i]}`);
    }
    for (const bigram of bigrams) counts.set(bigram, bigramWeight);
  }
  const titlePhraseWeight = options.titlePhraseWeight ?? DEFAULT_TITLE_PHRASE_WEIGHT;
  if (titlePhraseWeight > 0) {
    // Counts, not sums: a headline repeating a phrase says nothing more about the event.
    const terms = titleTerms;
    for (const term of terms) counts.set(`${TITLE_WORD}${term}`, titlePhraseWeight);
    for (let i = 1; i < terms.length; i++) {
      counts.set(`${TITLE_PHRASE}${terms[i - 1]}_${terms[i]}`, titlePhraseWeight);
    }
  }
  // Sublinear tf: the tenth mention of a word says less than the first.
  const weighted = new Map<string, number>();
  for (const [term, count] of counts) {
    weighted.set(term, (1 + Math.log(count)) * (names.has(term) ? entityBoost : 1));
  }
  return weighted;
}
