/**
 * Choosing summary sentences under a word budget is a knapsack: greedy-by-score stops filling
 * as soon as the next best sentence overflows, leaving words unused that a shorter, slightly
 * weaker pair would have used. Among the `maxCandidates` best candidates this searches every
 * compatible set exhaustively (branch and bound on the budget) for the largest
 *
 *   Σ score(s) · length(s)      (score ≈ the share of a sentence's words that carry the gist,
 *                                so score · length ≈ the gist words it brings)
 *
 * subject to Σ length ≤ budget. When no candidate fits, the best one is taken alone (a summary
 * is never empty), the rule the eval baselines follow too.
 */

export interface BudgetItem {
  score: number;
  /** Length in words. */
  length: number;
}

/** Candidates searched exhaustively. Default 12 (2^12 subsets at most, pruned by the budget). */
export const DEFAULT_MAX_BUDGET_CANDIDATES = 12;

/**
 * @example
 * selectWithinBudget(candidates, 65, (a, b) => cosine(a.vector, b.vector) <= 0.5);
 */
export function selectWithinBudget<T extends BudgetItem>(
  pool: readonly T[],
  budget: number,
  compatible: (a: T, b: T) => boolean,
  maxCandidates = DEFAULT_MAX_BUDGET_CANDIDATES,
): T[] {
  const top = [...pool]
    .filter((item) => item.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, maxCandidates);
  let best: T[] = [];
  let bestValue = 0;
  const chosen: T[] = [];
  const search = (from: number, used: number, value: number): void => {
    if (value > bestValue) {
      bestValue = value;
      best = [...chosen];
    }
    for (let index = from; index < top.length; index++) {
      const item = top[index]!;
      if (used + item.length > budget) continue;
      if (!chosen.every((other) => compatible(other, item))) continue;
      chosen.push(item);
      search(index + 1, used + item.length, value + item.score * item.length);
      chosen.pop();
    }
  };
  search(0, 0, 0);
  if (best.length === 0) {
    const first = [...pool].sort((a, b) => b.score - a.score)[0];
    return first ? [first] : [];
  }
  // Best first: the caller's ordering breaks its ties by this order.
  return best.sort((a, b) => b.score - a.score);
}
