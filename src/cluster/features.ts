/**
 * Article → weighted terms, before IDF. One term space for title and body (stemmed content
 * terms, see util/tokens.ts), where the words that make two similar events different get
 * extra weight:
 *
 *   - title terms (the outlet's own one-line summary of the event),
 *   - capitalised names not at a sentence start ("Streeting", "Lohan", "Aceh"), plus
 *     two-word names as phrase terms ("tara_reid") so "Tara Reid" ≠ "Reid Hoffman",
 *   - numbers ("6.1" magnitude, "33" dead, "2013"),
 *   - the lead (the first sentences say who, what, where and when).
 */
import { contentTerms, isStopWord, tokenize } from '../util/tokens.js';
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
}

export const DEFAULT_TITLE_WEIGHT = 2;
export const DEFAULT_BIGRAM_WEIGHT = 0;
export const DEFAULT_ENTITY_BOOST = 1.5;
export const DEFAULT_LEAD_CHARS = 600;
export const DEFAULT_LEAD_WEIGHT = 2;

/** Prefix of two-word name phrases; cannot collide with a stemmed word (no spaces inside). */
const PHRASE = 'n:';
const BIGRAM = 'b:';

/** Names and numbers of a text as stems (and phrase terms), by how often each is seen. */
export function nameTerms(text: string): Set<string> {
  const names = new Set<string>();
  const tokens = tokenize(text);
  let previousName: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const first = token.text[0] ?? '';
    const before = text.slice(Math.max(0, token.start - 3), token.start);
    // A capital after a full stop or at a line start says nothing: every sentence has one.
    const sentenceStart = i === 0 || /[.!?:"“‘\n]\s*$/.test(before);
    const lower = token.text.toLowerCase().replace(/’/g, "'");
    const isNumber = /^\p{N}/u.test(first) && token.text.length > 1;
    const isName =
      !sentenceStart && /\p{Lu}/u.test(first) && !isStopWord(lower) && lower.length > 1;
    if (isNumber) names.add(lower);
    if (isName) {
      const stem = stemmer(lower);
      names.add(stem);
      if (previousName !== null) names.add(`${PHRASE}${previousName}_${lower}`);
      previousName = lower;
    } else previousName = null;
  }
  return names;
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

  const counts = new Map<string, number>();
  const add = (term: string, weight: number) => counts.set(term, (counts.get(term) ?? 0) + weight);
  const lead = text.slice(0, leadChars);
  for (const term of contentTerms(lead)) add(term, leadWeight);
  for (const term of contentTerms(text.slice(lead.length))) add(term, 1);
  if (title) for (const term of contentTerms(title)) add(term, titleWeight);

  const names = nameTerms(title ? `${title}\n${text}` : text);
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
  // Sublinear tf: the tenth mention of a word says less than the first.
  const weighted = new Map<string, number>();
  for (const [term, count] of counts) {
    weighted.set(term, (1 + Math.log(count)) * (names.has(term) ? entityBoost : 1));
  }
  return weighted;
}
