/**
 * Where does an article say what a brief cites it for? A citation chip carries the cited text
 * (a summary sentence, a quote, a fact) and an article id; this finds the sentence(s) of that
 * article carrying the text, so the web app can highlight them and the summary eval can check
 * that every cited source really contains what it is cited for.
 *
 *   containment(s) = |terms(cited) ∩ terms(s)| / |terms(cited)|     (stemmed content terms,
 *                                                                   multiset intersection)
 *
 * A verbatim occurrence scores 1. When no single sentence reaches the threshold, two adjacent
 * sentences are tried together (quotes and wire copy are sometimes split differently).
 */
import {
  citationContainment,
  DEFAULT_CITATION_CONTAINMENT,
  isVerbatim,
} from '../../analyse/facts/citation-support.js';
import type { Sentence } from '../../types.js';

export interface CitationMatch {
  /** Sentence indices carrying the cited text (one, or two adjacent), best first. */
  sentences: number[];
  /** Containment of the cited text's terms in those sentences, in [0, 1]. */
  containment: number;
  /** true when the cited text occurs verbatim (whitespace and case folded). */
  verbatim: boolean;
}

/** Share of the cited terms a sentence must carry to count as citing it. Default 0.6. */
export const DEFAULT_MIN_CONTAINMENT = DEFAULT_CITATION_CONTAINMENT;
/**
 * Floor for highlighting only: aligned sentences of other outlets are often paraphrases
 * ("Streeting said Musk's views were 'misjudged…'" for "Musk's attacks … are 'misjudged…',
 * Streeting said") that share under 60% of the words; the reader still wants to land there.
 */
export const HIGHLIGHT_MIN_CONTAINMENT = 0.3;

/**
 * @example
 * locateCitation(article.sentences, 'Streeting said the attacks were "misjudged"')
 * // → { sentences: [4], containment: 1, verbatim: false }
 */
export function locateCitation(
  sentences: readonly Sentence[],
  citedText: string,
  minContainment = DEFAULT_MIN_CONTAINMENT,
): CitationMatch | null {
  let best: CitationMatch | null = null;
  const consider = (indices: number[], text: string): void => {
    const verbatim = isVerbatim(citedText, text);
    const score = verbatim ? 1 : citationContainment(citedText, text);
    if (score >= minContainment && (!best || score > best.containment))
      best = { sentences: indices, containment: score, verbatim };
  };
  for (const sentence of sentences) consider([sentence.index], sentence.text);
  if (!best) {
    for (let index = 0; index + 1 < sentences.length; index++) {
      const [a, b] = [sentences[index]!, sentences[index + 1]!];
      consider([a.index, b.index], `${a.text} ${b.text}`);
    }
  }
  return best;
}
