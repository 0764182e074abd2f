/**
 * Locality-sensitive hashing over MinHash signatures by banding (Leskovec et al., "Mining of
 * Massive Datasets", ch. 3.4). The signature is cut into `bands` bands of `rows` slots; two
 * items become candidates when any band agrees exactly. The chance that a pair of Jaccard s
 * is found is the S-curve
 *
 *   P(s) = 1 − (1 − s^rows)^bands        (25 × 4: P(0.5)=0.80, P(0.7)=0.999, P(0.8)=1−4e-10)
 *
 * Candidates are only candidates: callers verify them on the full signature.
 */
import { StorylineError } from '../errors.js';
import { hashUint32s } from './hash.js';

export interface LshOptions {
  /** Number of bands. Default: DEFAULT_BANDS (25). */
  bands?: number;
  /** Signature slots per band. Default: DEFAULT_ROWS (4). */
  rows?: number;
  /** Seed of the band-key hash. Default: 0. */
  seed?: number;
}

/** 25 × 4 puts the S-curve's midpoint at (1/25)^(1/4) ≈ 0.45, well below the 0.7 threshold. */
export const DEFAULT_BANDS = 25;
export const DEFAULT_ROWS = 4;

/** The S-curve: probability that a pair of Jaccard `similarity` shares at least one band. */
export function candidateProbability(similarity: number, bands: number, rows: number): number {
  return 1 - Math.pow(1 - Math.pow(similarity, rows), bands);
}

/** Throws unless bands and rows are positive integers. */
export function checkBanding(bands: number, rows: number): void {
  if (!Number.isInteger(bands) || !Number.isInteger(rows) || bands < 1 || rows < 1) {
    throw new StorylineError(
      'BAD_OPTION',
      `bands and rows must be positive integers, got ${bands} × ${rows}`,
      2,
    );
  }
}

/** Band keys of a signature; throws when the signature is too short for bands × rows. */
export function bandKeysOf(
  signature: Uint32Array,
  bands: number,
  rows: number,
  seed: number,
): Uint32Array {
  if (signature.length < bands * rows) {
    throw new StorylineError(
      'BAD_OPTION',
      `bands × rows (${bands} × ${rows}) exceeds numPerm ${signature.length}; raise numPerm or lower bands/rows`,
      2,
    );
  }
  const keys = new Uint32Array(bands);
  for (let band = 0; band < bands; band++) {
    const start = band * rows;
    keys[band] = hashUint32s(signature, start, start + rows, seed + band);
  }
  return keys;
}

/** Banded LSH index from item keys (non-negative integers) to candidate keys. */
export class MinHashLsh {
  readonly bands: number;
  readonly rows: number;
  private readonly seed: number;
  // One bucket table per band: band hash → item keys (a bare number for the common singleton).
  private readonly tables: Map<number, number | number[]>[];

  constructor(options: LshOptions = {}) {
    this.bands = options.bands ?? DEFAULT_BANDS;
    this.rows = options.rows ?? DEFAULT_ROWS;
    this.seed = options.seed ?? 0;
    checkBanding(this.bands, this.rows);
    this.tables = Array.from({ length: this.bands }, () => new Map());
  }

  /** Band keys of a signature (see `bandKeysOf`). */
  bandKeys(signature: Uint32Array): Uint32Array {
    return bandKeysOf(signature, this.bands, this.rows, this.seed);
  }

  insert(item: number, keys: Uint32Array): void {
    for (let band = 0; band < this.bands; band++) {
      const table = this.tables[band]!;
      const key = keys[band]!;
      const bucket = table.get(key);
      if (bucket === undefined) table.set(key, item);
      else if (typeof bucket === 'number') table.set(key, [bucket, item]);
      else bucket.push(item);
    }
  }

  remove(item: number, keys: Uint32Array): void {
    for (let band = 0; band < this.bands; band++) {
      const table = this.tables[band]!;
      const key = keys[band]!;
      const bucket = table.get(key);
      if (bucket === item) table.delete(key);
      else if (Array.isArray(bucket)) {
        const kept = bucket.filter((other) => other !== item);
        if (kept.length === 1) table.set(key, kept[0]!);
        else table.set(key, kept);
      }
    }
  }

  /** Distinct items sharing at least one band with `keys`. */
  query(keys: Uint32Array): Set<number> {
    const found = new Set<number>();
    for (let band = 0; band < this.bands; band++) {
      const bucket = this.tables[band]!.get(keys[band]!);
      if (bucket === undefined) continue;
      if (typeof bucket === 'number') found.add(bucket);
      else for (const item of bucket) found.add(item);
    }
    return found;
  }
}
