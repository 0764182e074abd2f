/**
 * Does an aligned sentence of another outlet really carry a summary sentence? Alignment groups
 * paraphrases (cosine ≥ 0.5, shared quotations), but a paraphrase that shares too few of the
 * summary sentence's words is not a source for *that* wording: citing it would send the reader
 * to text that does not say it. A member is a supporting source when its own sentence, or that
 * sentence with a neighbour (outlets split quotes differently), contains the summary sentence:
 *
 *   containment = |terms(summary sentence) ∩ terms(member)| / |terms(summary sentence)|
 *                 (stemmed content terms, multiset intersection; verbatim occurrence = 1)
 *
 * serve/http/locate-citation.ts (the web app's highlight and the summary eval's citation
 * check) uses this same measure, so what the summary cites is what the check finds; facts
 * (facts-from-groups.ts) cite by it too. It lives here, in analysis, because both the facts and
 * the brief's summary need it and the brief already depends on analysis, not the reverse.
 */
import type { CleanArticle } from '../../types.js';
import { contentTerms, termCounts } from '../../util/tokens.js';

/** Share of the cited sentence's terms a source must carry. Default 0.6 (locate-citation's). */
export const DEFAULT_CITATION_CONTAINMENT = 0.6;

const fold = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[“”„‟"]/g, '"')
    .replace(/[‘’‚‛']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/** true when `cited` occurs in `text` word for word (case, quote marks and spaces folded). */
export function isVerbatim(cited: string, text: string): boolean {
  const needle = fold(cited).replace(/^["']|["'.,;:]+$/g, '');
  return needle.length > 0 && fold(text).includes(needle);
}

/** Containment of `cited` in `text` (1 when `cited` occurs verbatim). */
export function citationContainment(cited: string, text: string): number {
  if (isVerbatim(cited, text)) return 1;
  const terms = termCounts(contentTerms(cited));
  let total = 0;
  for (const count of terms.values()) total += count;
  if (total === 0) return 0;
  const have = termCounts(contentTerms(text));
  let shared = 0;
  for (const [term, count] of terms) shared += Math.min(count, have.get(term) ?? 0);
  return shared / total;
}

/**
 * true when sentence `index` of `article` (alone, or joined with the sentence before or after
 * it) carries `cited` at `minContainment`.
 *
 * @example
 * supports(guardian, 4, 'Musk’s attacks are “misjudged”, Streeting said.') // true / false
 */
export function supports(
  article: CleanArticle,
  index: number,
  cited: string,
  minContainment = DEFAULT_CITATION_CONTAINMENT,
): boolean {
  const at = (i: number): string | null => article.sentences[i]?.text ?? null;
  const own = at(index);
  if (own === null) return false;
  if (citationContainment(cited, own) >= minContainment) return true;
  const before = at(index - 1);
  const after = at(index + 1);
  return (
    (before !== null && citationContainment(cited, `${before} ${own}`) >= minContainment) ||
    (after !== null && citationContainment(cited, `${own} ${after}`) >= minContainment)
  );
}
