/** Sparse vectors (term → weight) and the similarity measures used across stages. */

export type SparseVector = Map<string, number>;

export function norm(vector: SparseVector): number {
  let sum = 0;
  for (const weight of vector.values()) sum += weight * weight;
  return Math.sqrt(sum);
}

export function normalize(vector: SparseVector): SparseVector {
  const length = norm(vector);
  if (length === 0) return new Map(vector);
  const out: SparseVector = new Map();
  for (const [term, weight] of vector) out.set(term, weight / length);
  return out;
}

/** Dot product; equals cosine when both vectors are L2-normalised. */
export function dot(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other !== undefined) sum += weight * other;
  }
  return sum;
}

export function cosine(a: SparseVector, b: SparseVector): number {
  const denominator = norm(a) * norm(b);
  return denominator === 0 ? 0 : dot(a, b) / denominator;
}

export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let intersection = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const item of small) if (large.has(item)) intersection++;
  return intersection / (a.size + b.size - intersection);
}

/** |a ∩ b| / min(|a|, |b|): how much of the smaller set the larger one contains. */
export function containment<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let intersection = 0;
  for (const item of small) if (large.has(item)) intersection++;
  return intersection / small.size;
}
