/**
 * Banded LSH over a first-in first-out window of the most recent items, in flat typed arrays,
 * so that its cost per item stays flat however long the stream runs (issue #4).
 *
 * Items are numbered by arrival (`order`) and live in slot `order % maxItems` of a ring. Each
 * band has an open-addressing table from band key to the newest item with that key; every
 * item links to the previous (older) item of its bucket in the same band, as a distance back:
 *
 *   band b table:  key k ──► newest item 907 ──(−95)──► 812 ──(−402)──► 410 ──► … (older)
 *
 * A bucket is walked newest to oldest and the walk stops at the first item that has left the
 * window: orders only decrease along a chain, and the window drops its oldest item first.
 * Eviction therefore costs one table deletion per band at most (when the leaving item is the
 * last of its bucket) and never rewrites a chain. No per-item objects: the garbage collector has
 * nothing to trace, unlike a `Map` of arrays that grows with the window.
 *
 * Same candidates as `MinHashLsh` holding the same window (checked in lsh-window.test.ts).
 */
import { StorylineError } from '../errors.js';
import { bandKeysOf, checkBanding, DEFAULT_BANDS, DEFAULT_ROWS } from './lsh.js';

export interface LshWindowOptions {
  /** Number of bands. Default: DEFAULT_BANDS (25). */
  bands?: number;
  /** Signature slots per band. Default: DEFAULT_ROWS (4). */
  rows?: number;
  /** Seed of the band-key hash. Default: 0. */
  seed?: number;
  /** Items kept; the oldest leaves first. Default: DEFAULT_MAX_ITEMS (500,000). */
  maxItems?: number;
}

export const DEFAULT_MAX_ITEMS = 500_000;
/** Arrays start this small and double up to `maxItems`: a short run allocates little. */
const INITIAL_CAPACITY = 1024;
/** Cells per band table at first (a power of two, doubled to keep the load ≤ 1/2). */
const INITIAL_TABLE = 2048;
/** Empty table cell and end of a chain. */
const NONE = -1;

export class LshWindow {
  readonly bands: number;
  readonly rows: number;
  readonly maxItems: number;
  private readonly seed: number;
  /** Items added so far: the next item's order. */
  private added = 0;
  /** Ring capacity (grows by doubling up to maxItems). */
  private capacity = 0;
  /** Per slot and band (slot × bands + band): the item's band key. */
  private keys = new Uint32Array(0);
  /** Per slot and band: distance back to the previous item of the bucket, 0 for none. */
  private back = new Int32Array(0);
  /** Per band: open-addressing table of band keys (linear probing) and the newest slot. */
  private tableKeys: Uint32Array[];
  private tableSlots: Int32Array[];
  /** Per band: live keys in the table. */
  private tableCounts: Int32Array;
  /** Query stamps per slot: an item reached through two bands is reported once. */
  private stamps = new Int32Array(0);
  private stamp = 0;

  constructor(options: LshWindowOptions = {}) {
    this.bands = options.bands ?? DEFAULT_BANDS;
    this.rows = options.rows ?? DEFAULT_ROWS;
    this.seed = options.seed ?? 0;
    this.maxItems = options.maxItems ?? DEFAULT_MAX_ITEMS;
    if (!Number.isInteger(this.maxItems) || this.maxItems < 1) {
      throw new StorylineError(
        'BAD_OPTION',
        `maxItems must be a positive integer, got ${this.maxItems}`,
        2,
      );
    }
    checkBanding(this.bands, this.rows);
    this.tableKeys = Array.from({ length: this.bands }, () => new Uint32Array(INITIAL_TABLE));
    this.tableSlots = Array.from({ length: this.bands }, () =>
      new Int32Array(INITIAL_TABLE).fill(NONE),
    );
    this.tableCounts = new Int32Array(this.bands);
  }

  /** Items currently in the window. */
  get size(): number {
    return Math.min(this.added, this.maxItems);
  }

  /** Order of the oldest item still in the window. */
  get oldest(): number {
    return this.added - this.size;
  }

  /** Ring slot of an item in the window (where callers keep their own per-item data). */
  slotOf(order: number): number {
    return order % this.maxItems;
  }

  /** Band keys of a signature (see `bandKeysOf`). */
  bandKeys(signature: Uint32Array): Uint32Array {
    return bandKeysOf(signature, this.bands, this.rows, this.seed);
  }

  /**
   * Orders of the distinct items in the window sharing at least one band with `keys`, each
   * band's bucket newest first.
   */
  query(keys: Uint32Array): number[] {
    const found: number[] = [];
    if (this.added === 0) return found;
    const stamp = this.nextStamp();
    const oldest = this.oldest;
    for (let band = 0; band < this.bands; band++) {
      let slot = this.find(band, keys[band]!);
      if (slot === NONE) continue;
      let order = this.orderAt(slot);
      for (;;) {
        if (this.stamps[slot] !== stamp) {
          this.stamps[slot] = stamp;
          found.push(order);
        }
        const distance = this.back[slot * this.bands + band]!;
        if (distance === 0 || order - distance < oldest) break;
        order -= distance;
        slot = order % this.maxItems;
      }
    }
    return found;
  }

  /**
   * Adds the next item (its order is the returned number) and, when the window is full,
   * first drops the oldest item; returns `[order, evicted order or -1]`.
   */
  insert(keys: Uint32Array): [number, number] {
    const order = this.added;
    let evicted = NONE;
    if (order >= this.maxItems) {
      evicted = order - this.maxItems;
      this.remove(evicted);
    } else if (order >= this.capacity) this.grow();
    const slot = order % this.maxItems;
    const base = slot * this.bands;
    for (let band = 0; band < this.bands; band++) {
      const key = keys[band]!;
      this.keys[base + band] = key;
      const cell = this.cell(band, key);
      const table = this.tableSlots[band]!;
      const newest = table[cell]!;
      if (newest === NONE) {
        this.tableKeys[band]![cell] = key;
        this.tableCounts[band]!++;
        this.back[base + band] = 0;
      } else {
        // Distance, not slot: a slot is reused by a later item, a distance stays true.
        this.back[base + band] = order - this.orderAt(newest);
      }
      table[cell] = slot;
    }
    this.added++;
    for (let band = 0; band < this.bands; band++) {
      if (this.tableCounts[band]! * 2 > this.tableSlots[band]!.length) this.rehash(band);
    }
    return [order, evicted];
  }

  /** Drops the oldest item: its buckets forget it, and a bucket left empty leaves its table. */
  private remove(order: number): void {
    const slot = order % this.maxItems;
    const base = slot * this.bands;
    for (let band = 0; band < this.bands; band++) {
      const key = this.keys[base + band]!;
      const cell = this.cell(band, key);
      // Not the newest of its bucket: newer items still use the bucket, and their walks stop
      // before this item once it is out of the window.
      if (this.tableSlots[band]![cell] === slot) this.deleteCell(band, cell);
    }
  }

  /** Order of the item in `slot` (slots hold the most recent `maxItems` orders). */
  private orderAt(slot: number): number {
    const newestSlot = (this.added - 1) % this.maxItems;
    const newest = this.added - 1;
    return slot <= newestSlot
      ? newest - (newestSlot - slot)
      : newest - newestSlot - (this.maxItems - slot);
  }

  /** Table cell of `key` in `band` (its slot is NONE when the key is absent). */
  private find(band: number, key: number): number {
    return this.tableSlots[band]![this.cell(band, key)]!;
  }

  /** Cell holding `key`, or the empty cell where it would go (linear probing). */
  private cell(band: number, key: number): number {
    const tableKeys = this.tableKeys[band]!;
    const slots = this.tableSlots[band]!;
    const mask = slots.length - 1;
    // Band keys are already fmix32-mixed: their low bits index the table directly.
    let cell = key & mask;
    while (slots[cell] !== NONE && tableKeys[cell] !== key) cell = (cell + 1) & mask;
    return cell;
  }

  /** Backward-shift deletion: keeps every probe sequence unbroken without tombstones. */
  private deleteCell(band: number, cell: number): void {
    const tableKeys = this.tableKeys[band]!;
    const slots = this.tableSlots[band]!;
    const mask = slots.length - 1;
    let hole = cell;
    let next = (hole + 1) & mask;
    while (slots[next] !== NONE) {
      const home = tableKeys[next]! & mask;
      // Move `next` into the hole when its home is not cyclically within (hole, next].
      if (
        (next - home + slots.length) % slots.length >=
        (next - hole + slots.length) % slots.length
      ) {
        tableKeys[hole] = tableKeys[next]!;
        slots[hole] = slots[next]!;
        hole = next;
      }
      next = (next + 1) & mask;
    }
    slots[hole] = NONE;
    this.tableCounts[band]!--;
  }

  /** Doubles a band table (load ≤ 1/2 keeps linear probes short). */
  private rehash(band: number): void {
    const oldKeys = this.tableKeys[band]!;
    const oldSlots = this.tableSlots[band]!;
    const length = oldSlots.length * 2;
    this.tableKeys[band] = new Uint32Array(length);
    this.tableSlots[band] = new Int32Array(length).fill(NONE);
    for (let cell = 0; cell < oldSlots.length; cell++) {
      if (oldSlots[cell] === NONE) continue;
      const key = oldKeys[cell]!;
      const at = this.cell(band, key);
      this.tableKeys[band]![at] = key;
      this.tableSlots[band]![at] = oldSlots[cell]!;
    }
  }

  /** Doubles the ring (only before it first fills: slots then equal orders). */
  private grow(): void {
    this.capacity = Math.min(this.maxItems, Math.max(INITIAL_CAPACITY, this.capacity * 2));
    this.keys = copyInto(new Uint32Array(this.capacity * this.bands), this.keys);
    this.back = copyInto(new Int32Array(this.capacity * this.bands), this.back);
    this.stamps = copyInto(new Int32Array(this.capacity), this.stamps);
  }

  private nextStamp(): number {
    if (this.stamp === 0x7fffffff) {
      this.stamps.fill(0);
      this.stamp = 0;
    }
    return ++this.stamp;
  }
}

function copyInto<T extends Uint32Array | Int32Array>(target: T, source: T): T {
  target.set(source);
  return target;
}
