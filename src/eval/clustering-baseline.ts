/**
 * The peer our clusterer must beat: plain TF-IDF (shared tokenizer, sublinear tf, smoothed
 * IDF over the whole set, L2-normalised) and average-linkage agglomerative clustering, cut at
 * a cosine threshold. Batch and quadratic: it sees every document at once, which an online
 * clusterer never does, so tuning its threshold on gold gives it an upper-bound advantage.
 *
 * Average linkage is "reducible", so the nearest-neighbour chain algorithm (Murtagh 1983)
 * builds the exact dendrogram in O(n²) time on an n × n similarity matrix, and cutting the
 * dendrogram at τ = keeping the merges made at similarity ≥ τ.
 */
import { contentTerms, termCounts } from '../util/tokens.js';

export interface Merge {
  a: number;
  b: number;
  similarity: number;
}

/** TF-IDF cosine similarity matrix (row-major n × n, Float32). */
export function tfidfSimilarities(texts: readonly string[]): Float32Array {
  const n = texts.length;
  const counts = texts.map((text) => termCounts(contentTerms(text)));
  const df = new Map<string, number>();
  for (const doc of counts) for (const term of doc.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const postings = new Map<string, { doc: number; weight: number }[]>();
  counts.forEach((doc, index) => {
    const weights: [string, number][] = [...doc].map(([term, count]) => [
      term,
      (1 + Math.log(count)) * (Math.log((1 + n) / (1 + df.get(term)!)) + 1),
    ]);
    const length = Math.sqrt(weights.reduce((sum, [, weight]) => sum + weight * weight, 0)) || 1;
    for (const [term, weight] of weights) {
      let list = postings.get(term);
      if (list === undefined) postings.set(term, (list = []));
      list.push({ doc: index, weight: weight / length });
    }
  });
  const matrix = new Float32Array(n * n);
  for (const list of postings.values()) {
    for (let i = 0; i < list.length; i++) {
      const { doc: a, weight: wa } = list[i]!;
      for (let j = i + 1; j < list.length; j++) {
        const { doc: b, weight: wb } = list[j]!;
        matrix[a * n + b]! += wa * wb;
      }
    }
  }
  for (let a = 0; a < n; a++)
    for (let b = a + 1; b < n; b++) matrix[b * n + a] = matrix[a * n + b]!;
  return matrix;
}

/** The full average-linkage dendrogram (n − 1 merges) by the nearest-neighbour chain. Mutates `matrix`. */
export function averageLinkage(matrix: Float32Array, n: number): Merge[] {
  const size = new Float64Array(n).fill(1);
  const active = new Uint8Array(n).fill(1);
  const merges: Merge[] = [];
  const chain: number[] = [];
  let remaining = n;
  let next = 0;
  while (remaining > 1) {
    if (chain.length === 0) {
      while (!active[next]) next++;
      chain.push(next);
    }
    const a = chain[chain.length - 1]!;
    const previous = chain.length >= 2 ? chain[chain.length - 2]! : -1;
    // Ties go to the previous chain element, which guarantees the chain terminates.
    let best = previous;
    let bestSimilarity = previous >= 0 ? matrix[a * n + previous]! : -Infinity;
    for (let c = 0; c < n; c++) {
      if (!active[c] || c === a) continue;
      const similarity = matrix[a * n + c]!;
      if (similarity > bestSimilarity) {
        bestSimilarity = similarity;
        best = c;
      }
    }
    if (best !== previous) {
      chain.push(best);
      continue;
    }
    chain.pop();
    chain.pop();
    merges.push({ a, b: best, similarity: bestSimilarity });
    // Lance–Williams update for average linkage; the merged cluster keeps slot `a`.
    const sizeA = size[a]!;
    const sizeB = size[best]!;
    for (let c = 0; c < n; c++) {
      if (!active[c] || c === a || c === best) continue;
      const value = (sizeA * matrix[a * n + c]! + sizeB * matrix[best * n + c]!) / (sizeA + sizeB);
      matrix[a * n + c] = value;
      matrix[c * n + a] = value;
    }
    size[a] = sizeA + sizeB;
    active[best] = 0;
    remaining--;
  }
  return merges;
}

/** Flat cluster labels from the merges made at similarity ≥ `threshold`. */
export function cutDendrogram(merges: readonly Merge[], n: number, threshold: number): string[] {
  const parent = Int32Array.from({ length: n }, (_, index) => index);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  for (const merge of merges)
    if (merge.similarity >= threshold) parent[find(merge.b)] = find(merge.a);
  return Array.from({ length: n }, (_, index) => String(find(index)));
}
