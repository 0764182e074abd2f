/**
 * Sparse term vectors over interned term ids (document-frequencies.ts): parallel typed
 * arrays sorted by id, so sums and dot products are merge joins over contiguous memory
 * instead of string-keyed Map lookups. Story centroids are sums of member vectors that
 * members can be added to and taken out of again (re-weighting, moves).
 *
 *   ids     [ 3,   17,   18,   240 ]     ascending, no repeats
 *   weights [ 0.2, 0.05, 0.61, 0.1 ]
 */
export interface TermVector {
  ids: Int32Array;
  weights: Float64Array;
}

/** Below this a centroid weight is rounding residue of a subtraction: the term is dropped. */
const RESIDUE = 1e-9;

export const EMPTY_VECTOR: TermVector = { ids: new Int32Array(0), weights: new Float64Array(0) };

/** A vector from (id, weight) pairs in any order; ids must be distinct. */
export function fromEntries(entries: readonly (readonly [number, number])[]): TermVector {
  return fromParallel(
    Int32Array.from(entries, ([id]) => id),
    Float64Array.from(entries, ([, weight]) => weight),
  );
}

/** Entries up to which `fromParallel` sorts packed keys (id × 2^12 + position, exact in a double). */
const PACKED_ENTRIES = 4096;

/**
 * A vector from parallel ids and weights in any order (ids distinct, non-negative); takes
 * ownership of both arrays. Once per article (the interned terms): sorting packed numeric
 * keys natively, instead of [id, weight] tuples with a comparator, allocates no tuples.
 */
export function fromParallel(ids: Int32Array, weights: Float64Array): TermVector {
  const size = ids.length;
  let sorted = true;
  for (let i = 1; i < size && sorted; i++) sorted = ids[i - 1]! < ids[i]!;
  if (sorted) return { ids, weights };
  let order: ArrayLike<number>;
  if (size <= PACKED_ENTRIES) {
    const keys = new Float64Array(size);
    for (let i = 0; i < size; i++) keys[i] = ids[i]! * PACKED_ENTRIES + i;
    keys.sort();
    for (let i = 0; i < size; i++) keys[i] = keys[i]! % PACKED_ENTRIES;
    order = keys;
  } else {
    order = Array.from(ids, (_, i) => i).sort((a, b) => ids[a]! - ids[b]!);
  }
  const outIds = new Int32Array(size);
  const outWeights = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    outIds[i] = ids[order[i]!]!;
    outWeights[i] = weights[order[i]!]!;
  }
  return { ids: outIds, weights: outWeights };
}

export function norm(vector: TermVector): number {
  let sum = 0;
  for (const weight of vector.weights) sum += weight * weight;
  return Math.sqrt(sum);
}

/** Unit length (a zero vector stays zero). */
export function unit(vector: TermVector): TermVector {
  const length = norm(vector);
  if (length === 0) return vector;
  const weights = new Float64Array(vector.weights.length);
  for (let i = 0; i < weights.length; i++) weights[i] = vector.weights[i]! / length;
  return { ids: vector.ids, weights };
}

/** target + sign × vector, as a new vector. Subtracting a term the target lacks (pruned) leaves nothing behind. */
export function addScaled(target: TermVector, vector: TermVector, sign: 1 | -1 = 1): TermVector {
  const a = target.ids;
  const b = vector.ids;
  const ids = new Int32Array(a.length + (sign > 0 ? b.length : 0));
  const weights = new Float64Array(ids.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length || j < b.length) {
    const idA = i < a.length ? a[i]! : 0x7fffffff;
    const idB = j < b.length ? b[j]! : 0x7fffffff;
    let id: number;
    let weight: number;
    if (idA === idB) {
      id = idA;
      weight = target.weights[i++]! + sign * vector.weights[j++]!;
    } else if (idA < idB) {
      id = idA;
      weight = target.weights[i++]!;
    } else {
      j++;
      if (sign < 0) continue;
      id = idB;
      weight = vector.weights[j - 1]!;
    }
    if (weight > RESIDUE) {
      ids[n] = id;
      weights[n++] = weight;
    }
  }
  // Views, not copies: a centroid is replaced on its next change anyway, so the unused tail
  // lives only as long as this version of it.
  return { ids: ids.subarray(0, n), weights: weights.subarray(0, n) };
}

/** Dot product (a merge join); equals cosine when both have unit length. */
export function dotProduct(a: TermVector, b: TermVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  const idsA = a.ids;
  const idsB = b.ids;
  while (i < idsA.length && j < idsB.length) {
    const idA = idsA[i]!;
    const idB = idsB[j]!;
    if (idA === idB) sum += a.weights[i++]! * b.weights[j++]!;
    else if (idA < idB) i++;
    else j++;
  }
  return sum;
}

/**
 * One vector spread over a dense scratch array, for dot products with many others (the
 * candidate stories of one article): each product is then one pass over the other's ids.
 * Always `clear` after use: the scratch is shared and must be zero between queries.
 */
export class DenseVector {
  private values = new Float64Array(1024);
  /**
   * One bit per id, set for the loaded ids. The values span the whole vocabulary (millions of
   * ids, megabytes): reading one per term of the other vector missed the cache on nearly every
   * term; the bits are 64 times smaller, and only a set bit reads its value. Skipping the zero
   * products leaves the sum bit for bit the same.
   */
  private marks = new Int32Array(32);

  load(vector: TermVector): void {
    const ids = vector.ids;
    const last = ids.length > 0 ? ids[ids.length - 1]! : 0;
    if (last >= this.values.length) {
      let size = this.values.length;
      while (size <= last) size *= 2;
      this.values = new Float64Array(size);
      this.marks = new Int32Array(size >>> 5);
    }
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      this.values[id] = vector.weights[i]!;
      this.marks[id >>> 5]! |= 1 << (id & 31);
    }
  }

  dot(other: TermVector): number {
    const values = this.values;
    const marks = this.marks;
    const ids = other.ids;
    const weights = other.weights;
    const limit = values.length;
    let sum = 0;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (id < limit && (marks[id >>> 5]! & (1 << (id & 31))) !== 0)
        sum += values[id]! * weights[i]!;
    }
    return sum;
  }

  clear(vector: TermVector): void {
    for (const id of vector.ids) {
      if (id >= this.values.length) continue;
      this.values[id] = 0;
      this.marks[id >>> 5] = 0;
    }
  }
}

/**
 * Positions (into `vector.ids`) of the `count` highest weights, ties broken by term text
 * (`termOf`) so the result depends neither on id assignment nor on insertion order. Best
 * first when `ordered`; otherwise in id order (pruning needs the set, not the ranking).
 */
export function topPositions(
  vector: TermVector,
  count: number,
  termOf: (id: number) => string,
  ordered = true,
): number[] {
  const weights = vector.weights;
  const size = weights.length;
  const positions: number[] = [];
  if (size <= count) {
    for (let i = 0; i < size; i++) positions.push(i);
  } else {
    // The count-th largest weight, everything above it, and as many of the entries equal to
    // it as fit, by term text.
    const cutoff = countthLargest(weights, count);
    const ties: number[] = [];
    for (let i = 0; i < size; i++) {
      if (weights[i]! > cutoff) positions.push(i);
      else if (weights[i] === cutoff) ties.push(i);
    }
    if (ties.length > count - positions.length) ties.sort(byTerm(vector, termOf));
    // Positions above the cutoff come in id order: only appended ties can break it.
    const tied = positions.length < count;
    for (let i = 0; positions.length < count; i++) positions.push(ties[i]!);
    if (!ordered && tied) positions.sort((a, b) => a - b);
  }
  if (ordered) {
    const tie = byTerm(vector, termOf);
    positions.sort((a, b) => weights[b]! - weights[a]! || tie(a, b));
  }
  return positions;
}

/** Scratch of `countthLargest`, grown as needed (one thread: no sharing). */
let selectScratch = new Float64Array(1024);

/**
 * The `count`-th largest of `values` (1 ≤ count ≤ length): Hoare's quickselect on a scratch
 * copy, linear on average, where sorting a copy of every centroid was a third of the cost of
 * choosing its top terms. Middle-element pivots: deterministic, and weights come unordered.
 */
function countthLargest(values: Float64Array, count: number): number {
  const size = values.length;
  if (selectScratch.length < size)
    selectScratch = new Float64Array(Math.max(size, 2 * selectScratch.length));
  const a = selectScratch;
  a.set(values);
  // Position of the answer in ascending order.
  const k = size - count;
  let low = 0;
  let high = size - 1;
  while (low < high) {
    const pivot = a[(low + high) >>> 1]!;
    let i = low;
    let j = high;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const swap = a[i]!;
        a[i++] = a[j]!;
        a[j--] = swap;
      }
    }
    if (k <= j) high = j;
    else if (k >= i) low = i;
    else return a[k]!;
  }
  return a[k]!;
}

function byTerm(vector: TermVector, termOf: (id: number) => string) {
  return (a: number, b: number): number => {
    const termA = termOf(vector.ids[a]!);
    const termB = termOf(vector.ids[b]!);
    return termA < termB ? -1 : termA > termB ? 1 : 0;
  };
}

/**
 * The vector restricted to `positions` (in the order given: id order keeps a vector sorted).
 * Plain loops: `TypedArray.from` with a mapping function is several times slower.
 */
export function pick(vector: TermVector, positions: readonly number[]): TermVector {
  const ids = new Int32Array(positions.length);
  const weights = new Float64Array(positions.length);
  for (let i = 0; i < positions.length; i++) {
    ids[i] = vector.ids[positions[i]!]!;
    weights[i] = vector.weights[positions[i]!]!;
  }
  return { ids, weights };
}
