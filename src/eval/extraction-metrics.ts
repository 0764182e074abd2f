/**
 * The two extraction metrics, reproduced exactly as their benchmarks define them, so that our
 * figure and a peer's published output are scored by the same code.
 */

/**
 * Python's `\w` on str patterns: any character for which `str.isalnum()` holds, plus `_`.
 * JavaScript's `\w` is ASCII-only, which would split "Müller" and under-count non-English pages.
 */
const PY_WORD_RE = /[\p{L}\p{N}_]+/gu;

/** One page's shingle counts, normalised to sum to 1 (Zyte `evaluate.py` does this). */
export interface TpFpFn {
  tp: number;
  fp: number;
  fn: number;
}

export interface PrecisionRecallF1 {
  precision: number;
  recall: number;
  f1: number;
}

/** Default shingle length of the Zyte benchmark. */
export const DEFAULT_NGRAM_N = 4;

function pyTokens(text: string): string[] {
  return text.match(PY_WORD_RE) ?? [];
}

/** Multiset of n-gram shingles; texts shorter than n give one shorter shingle (as upstream). */
function shingles(text: string, ngramN: number): Map<string, number> {
  const tokens = pyTokens(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - ngramN + 1);
  for (let i = 0; i < last; i++) {
    const gram = tokens.slice(i, i + ngramN);
    if (gram.length === 0) continue;
    // U+0001 cannot occur inside a \w token, so joined keys are unambiguous.
    const key = gram.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * Zyte article-extraction-benchmark `string_shingle_matching`: tp/fp/fn over 4-token shingle
 * multisets, normalised per page so that long pages do not weigh more.
 */
export function shingleMatching(
  truth: string,
  prediction: string,
  ngramN = DEFAULT_NGRAM_N,
): TpFpFn {
  const trueShingles = shingles(truth, ngramN);
  const predShingles = shingles(prediction, ngramN);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, trueCount] of trueShingles) {
    const predCount = predShingles.get(key) ?? 0;
    tp += Math.min(trueCount, predCount);
    fn += Math.max(0, trueCount - predCount);
  }
  for (const [key, predCount] of predShingles) {
    const trueCount = trueShingles.get(key) ?? 0;
    fp += Math.max(0, predCount - trueCount);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

function precisionScore({ tp, fp, fn }: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recallScore({ tp, fp, fn }: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

/**
 * Zyte `metrics_from_tp_fp_fns`: precision and recall are means over pages (pages where
 * they are undefined are left out), F1 is computed from the two means.
 */
export function zyteMetrics(pages: TpFpFn[]): PrecisionRecallF1 {
  const precision = mean(pages.filter((p) => p.tp + p.fp > 0).map(precisionScore));
  const recall = mean(pages.filter((p) => p.tp + p.fn > 0).map(recallScore));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function bag(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of pyTokens(text.toLowerCase())) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

/**
 * WCXB word-level F1 of one page: lower-cased `\w+` tokens as a bag (multiset).
 * An empty prediction scores 0; an empty truth is the caller's to skip.
 */
export function bagOfWordsF1(truth: string, prediction: string): PrecisionRecallF1 {
  const trueBag = bag(truth);
  const predBag = bag(prediction);
  let overlap = 0;
  let trueTotal = 0;
  let predTotal = 0;
  for (const count of trueBag.values()) trueTotal += count;
  for (const [token, count] of predBag) {
    predTotal += count;
    overlap += Math.min(count, trueBag.get(token) ?? 0);
  }
  const precision = predTotal > 0 ? overlap / predTotal : 0;
  const recall = trueTotal > 0 ? overlap / trueTotal : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
