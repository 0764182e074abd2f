/**
 * Finer summary units: the main clause a news sentence opens with, cut where a second clause
 * or a trailing phrase joins it ("The court upheld the ban, but the governor vowed to appeal."
 * → "The court upheld the ban."). NeuS stories are three short articles (about seven sentences,
 * 26 words each), so whole sentences fill a 65-word budget in coarse steps; a clause lets the
 * coverage search take a sentence's news without its tail and spend the words elsewhere.
 *
 * A form is always the source's own words: a prefix of the sentence closed with a full stop,
 * or the independent clause after a semicolon (capitalised), so every citation still holds.
 * Guards, so a reader gets a proper sentence:
 *   - nothing is cut inside a quotation, and a sentence opening with one is left whole;
 *   - the form keeps at least MIN_CLAUSE_WORDS words and drops at least MIN_DROPPED_WORDS;
 *   - "…, and" / "…, or" ending a list is not a clause boundary ("Paris, London, and Rome");
 *   - a prefix that opens with a subordinate clause ("After the vote, …") needs its comma.
 */
import { words } from '../util/tokens.js';
import { insideQuote, MIN_COMPRESSED_WORDS, SUBORDINATE_OPENING_RE } from './compress-sentence.js';

/** Fewest words of a clause form. Default MIN_COMPRESSED_WORDS (6). */
export const MIN_CLAUSE_WORDS = MIN_COMPRESSED_WORDS;
/** A cut must drop at least this many words to be worth a candidate. */
export const MIN_DROPPED_WORDS = 3;

/**
 * Where a main clause may end: a semicolon, a dash, a comma before a joining word, or a
 * subordinate phrase that follows the main clause without a comma ("… after the vote").
 */
const BOUNDARY_RE =
  /;\s+|\s+(?:[—–]|--)\s+|,\s+(?=(?:and|but|or|while|whereas|as|after|before|with|which|who|including|amid|because|although|though|so|yet|where|when|since|following|despite|prompting|leaving|saying|adding|citing)\s)|\s+(?=(?:after|before|because|while|amid|despite|following|since|as part of|in response to)\s)/gu;

const capitalise = (text: string): string =>
  text.replace(/^(\p{Ll})/u, (letter: string) => letter.toUpperCase());

/**
 * The clause forms of a sentence, shortest cut first; [] when it has none.
 *
 * @example
 * clauseForms('The court upheld the ban on Friday, but the governor vowed to appeal.');
 * // → ['The court upheld the ban on Friday.']
 */
export function clauseForms(text: string): string[] {
  const source = text.trim();
  if (/^[“‘"]/u.test(source) || !/[.!?…][”’"')\]]*$/u.test(source)) return [];
  const total = words(source).length;
  const out = new Set<string>();
  for (const match of source.matchAll(BOUNDARY_RE)) {
    const index = match.index ?? 0;
    if (insideQuote(source, index)) continue;
    const prefix = source.slice(0, index).replace(/[,;:\s]+$/u, '');
    const count = words(prefix).length;
    if (count < MIN_CLAUSE_WORDS || total - count < MIN_DROPPED_WORDS) continue;
    const segments = prefix.split(/,\s/u);
    const joiner = source.slice(index).match(/^,\s+(\p{L}+)/u)?.[1];
    // "Paris, London, and Rome": the last item of a list only looks like a clause.
    if ((joiner === 'and' || joiner === 'or') && segments.length > 1) continue;
    if (SUBORDINATE_OPENING_RE.test(prefix) && segments.length < 2) continue;
    if (/[“‘"]/u.test(prefix) && insideQuote(prefix, prefix.length)) continue;
    out.add(`${prefix}.`);
    // "…; the governor vowed to appeal.": the clause after a semicolon stands alone too.
    if (match[0].startsWith(';')) {
      const rest = capitalise(source.slice(index + match[0].length));
      if (words(rest).length >= MIN_CLAUSE_WORDS && !insideQuote(rest, rest.length)) out.add(rest);
    }
  }
  return [...out];
}
