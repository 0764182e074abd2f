/**
 * Clustering metrics over documents (Bagga & Baldwin 1998; Amigó et al. 2009):
 *
 *   B-cubed: for each document d, precision = |cluster(d) ∩ gold(d)| / |cluster(d)| and
 *            recall = |cluster(d) ∩ gold(d)| / |gold(d)|, averaged over documents.
 *   Pairwise: precision/recall of the document pairs put together, against gold pairs.
 *
 * Both take parallel arrays of labels (predicted[i] and gold[i] belong to document i).
 */
export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** Counts of documents per (predicted, gold) cell, per predicted and per gold label. */
function contingency(predicted: readonly string[], gold: readonly string[]) {
  if (predicted.length !== gold.length) {
    throw new Error(`label arrays differ in length: ${predicted.length} vs ${gold.length}`);
  }
  const cells = new Map<string, number>();
  const byPredicted = new Map<string, number>();
  const byGold = new Map<string, number>();
  for (let i = 0; i < predicted.length; i++) {
    const p = predicted[i]!;
    const g = gold[i]!;
    const cell = JSON.stringify([p, g]);
    cells.set(cell, (cells.get(cell) ?? 0) + 1);
    byPredicted.set(p, (byPredicted.get(p) ?? 0) + 1);
    byGold.set(g, (byGold.get(g) ?? 0) + 1);
  }
  return { cells, byPredicted, byGold };
}

export function bCubed(predicted: readonly string[], gold: readonly string[]): PrecisionRecall {
  if (predicted.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const { cells, byPredicted, byGold } = contingency(predicted, gold);
  let precision = 0;
  let recall = 0;
  // Every document of a cell has the same per-document scores: sum n²/|cluster| per cell.
  for (const [cell, count] of cells) {
    const [p, g] = JSON.parse(cell) as [string, string];
    precision += (count * count) / byPredicted.get(p)!;
    recall += (count * count) / byGold.get(g)!;
  }
  precision /= predicted.length;
  recall /= predicted.length;
  return { precision, recall, f1: f1(precision, recall) };
}

export function pairwise(predicted: readonly string[], gold: readonly string[]): PrecisionRecall {
  const { cells, byPredicted, byGold } = contingency(predicted, gold);
  const pairs = (n: number) => (n * (n - 1)) / 2;
  let together = 0;
  for (const count of cells.values()) together += pairs(count);
  let predictedPairs = 0;
  for (const count of byPredicted.values()) predictedPairs += pairs(count);
  let goldPairs = 0;
  for (const count of byGold.values()) goldPairs += pairs(count);
  // No pairs at all (every document alone) is perfect precision by convention.
  const precision = predictedPairs === 0 ? 1 : together / predictedPairs;
  const recall = goldPairs === 0 ? 1 : together / goldPairs;
  return { precision, recall, f1: f1(precision, recall) };
}
