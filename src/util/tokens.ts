/**
 * Word tokens, stop words and light stemming shared by every stage that compares text.
 * Keep one tokenizer: dedup, clustering, alignment and summaries must agree on what a word is.
 */
import { stemmer } from 'stemmer';

/** Letters/digits runs, with inner apostrophes and hyphens kept ("don't", "well-known"). */
const WORD_RE = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export interface Token {
  text: string;
  start: number;
  end: number;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const match of text.matchAll(WORD_RE)) {
    const start = match.index ?? 0;
    out.push({ text: match[0], start, end: start + match[0].length });
  }
  return out;
}

/** Lower-cased words, no offsets: the cheap path for hashing and vectors. */
export function words(text: string): string[] {
  return (text.toLowerCase().match(WORD_RE) ?? []).map((w) => w.replace(/’/g, "'"));
}

// A compact English stop list (function words, auxiliaries, reporting glue).
const STOP = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being ' +
    'below between both but by can could did do does doing down during each few for from further had has ' +
    'have having he her here hers herself him himself his how i if in into is it its itself just me more ' +
    'most my myself no nor not now of off on once only or other our ours ourselves out over own same she ' +
    'should so some such than that the their theirs them themselves then there these they this those ' +
    'through to too under until up very was we were what when where which while who whom why will with ' +
    'would you your yours yourself yourselves said says say told according mr mrs ms sir dr ' +
    "also one two its it's he's she's there's that's we're they're i'm don't doesn't didn't won't can't " +
    'would could may might must shall us yet however meanwhile since ago per via upon among'
  ).split(/\s+/),
);

export function isStopWord(word: string): boolean {
  return STOP.has(word.toLowerCase());
}

/** Content terms: lower-cased, stop words dropped, Porter-stemmed. */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const word of words(text)) {
    if (STOP.has(word) || word.length < 2) continue;
    out.push(/^\d/.test(word) ? word : stemmer(word));
  }
  return out;
}

/** Term-frequency map. */
export function termCounts(terms: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}
