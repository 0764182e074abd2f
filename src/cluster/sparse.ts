/**
 * Sparse-vector arithmetic for story centroids: sums of member vectors that members can be
 * added to and taken out of again (re-weighting, moves), with deterministic top-term order.
 */
export type Sparse = Map<string, number>;

/** Below this a centroid weight is rounding residue of a subtraction: the term is dropped. */
const RESIDUE = 1e-9;

// Unit length and dot product are the shared ones (util/vector.ts); centroids add the rest.
export { normalize as unit, dot as dotProduct } from '../util/vector.js';

/** target += sign × vector. Subtracting a term the centroid pruned leaves nothing behind. */
export function addInto(target: Sparse, vector: Sparse, sign: 1 | -1 = 1): void {
  for (const [term, weight] of vector) {
    const current = target.get(term);
    if (sign < 0 && current === undefined) continue;
    const next = (current ?? 0) + sign * weight;
    if (next > RESIDUE) target.set(term, next);
    else target.delete(term);
  }
}

/** Highest-weight entries, ties broken by term so results do not depend on Map order. */
export function topEntries(vector: Sparse, count: number): [string, number][] {
  return [...vector].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, count);
}
