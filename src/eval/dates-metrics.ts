/**
 * TempEval-3 temporal-expression scores. Extents: strict (same start and end) and relaxed
 * (overlapping) precision/recall/F1 over all documents. Attributes (value, type): a system
 * expression counts when it matches a gold one (relaxed) and the attribute is equal; precision
 * divides by system expressions, recall by gold ones (UzZaman et al., 2013).
 */
import type { Span } from '../types.js';

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export interface TimexLike {
  span: Span;
  type: string;
  value: string | null;
}

export interface TimexCounts {
  system: number;
  gold: number;
  strict: number;
  relaxed: number;
  value: number;
  type: number;
}

export function emptyCounts(): TimexCounts {
  return { system: 0, gold: 0, strict: 0, relaxed: 0, value: 0, type: 0 };
}

const overlaps = (a: Span, b: Span): boolean => a[0] < b[1] && b[0] < a[1];

/**
 * Adds one document's matches to `counts`. Matching is one-to-one: each gold expression pairs
 * with the overlapping system expression that shares the most characters.
 */
export function countDocument(
  counts: TimexCounts,
  system: readonly TimexLike[],
  gold: readonly TimexLike[],
): void {
  counts.system += system.length;
  counts.gold += gold.length;
  const used = new Set<number>();
  for (const g of gold) {
    let best = -1;
    let bestOverlap = 0;
    system.forEach((s, index) => {
      if (used.has(index) || !overlaps(s.span, g.span)) return;
      const overlap = Math.min(s.span[1], g.span[1]) - Math.max(s.span[0], g.span[0]);
      if (overlap > bestOverlap) [best, bestOverlap] = [index, overlap];
    });
    if (best < 0) continue;
    used.add(best);
    const s = system[best]!;
    counts.relaxed++;
    if (s.span[0] === g.span[0] && s.span[1] === g.span[1]) counts.strict++;
    if (s.value !== null && s.value === g.value) counts.value++;
    if (s.type === g.type) counts.type++;
  }
}

export function prf(matched: number, system: number, gold: number): Prf {
  const precision = system === 0 ? 0 : matched / system;
  const recall = gold === 0 ? 0 : matched / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const round = (x: number): number => Number(x.toFixed(4));
  return { precision: round(precision), recall: round(recall), f1: round(f1) };
}
