/**
 * ROUGE-1, ROUGE-2 and ROUGE-L (Lin, 2004), computed as Google's `rouge-score` package does:
 *
 *   tokens   lower-case; every run of characters outside [a-z0-9] is a separator; tokens
 *            longer than 3 characters are Porter-stemmed (`use_stemmer=True`)
 *   ROUGE-N  clipped n-gram overlap: P = overlap / |n-grams(candidate)|,
 *            R = overlap / |n-grams(reference)|, F = 2PR / (P + R)
 *   ROUGE-L  longest common subsequence of the two token sequences (summary level, no
 *            sentence splitting: `rougeL`, not `rougeLsum`), P = LCS/|cand|, R = LCS/|ref|
 *
 *          r e f
 *        ┌─────────
 *      c │ LCS[i][j] = LCS[i-1][j-1] + 1           when cand[i] = ref[j]
 *      a │           = max(LCS[i-1][j], LCS[i][j-1]) otherwise
 *      n │
 *
 * Known difference: `stemmer` implements Porter's original algorithm, NLTK (used by
 * rouge-score) adds a few extensions; scores can differ in the second decimal.
 */
import { stemmer } from 'stemmer';

export interface RougeScore {
  precision: number;
  recall: number;
  f1: number;
}

export interface RougeScores {
  rouge1: RougeScore;
  rouge2: RougeScore;
  rougeL: RougeScore;
}

/** Tokens shorter than this are not stemmed (rouge-score's rule). */
const MIN_STEM_LENGTH = 4;

export function rougeTokens(text: string, stem = true): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((token) => token !== '')
    .map((token) => (stem && token.length >= MIN_STEM_LENGTH ? stemmer(token) : token));
}

function score(overlap: number, candidateTotal: number, referenceTotal: number): RougeScore {
  const precision = overlap / Math.max(candidateTotal, 1);
  const recall = overlap / Math.max(referenceTotal, 1);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let index = 0; index + n <= tokens.length; index++) {
    const gram = tokens.slice(index, index + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

export function rougeN(
  candidate: readonly string[],
  reference: readonly string[],
  n: number,
): RougeScore {
  const have = ngramCounts(candidate, n);
  const want = ngramCounts(reference, n);
  let overlap = 0;
  for (const [gram, count] of have) overlap += Math.min(count, want.get(gram) ?? 0);
  const total = (counts: Map<string, number>): number =>
    [...counts.values()].reduce((a, b) => a + b, 0);
  return score(overlap, total(have), total(want));
}

export function lcsLength(a: readonly string[], b: readonly string[]): number {
  // Two rolling rows: O(|a|·|b|) time, O(|b|) memory.
  let previous = new Array<number>(b.length + 1).fill(0);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] =
        a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

export function rougeL(candidate: readonly string[], reference: readonly string[]): RougeScore {
  return score(lcsLength(candidate, reference), candidate.length, reference.length);
}

/**
 * @example
 * rouge('the cats are running', 'a cat runs').rouge1.recall // 0.5
 */
export function rouge(candidate: string, reference: string, stem = true): RougeScores {
  const cand = rougeTokens(candidate, stem);
  const ref = rougeTokens(reference, stem);
  return { rouge1: rougeN(cand, ref, 1), rouge2: rougeN(cand, ref, 2), rougeL: rougeL(cand, ref) };
}
