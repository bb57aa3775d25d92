/**
 * One account's neighbours in the link graph: (neighbour, edge id) pairs in the order the edges appeared, in one
 * typed array, with an open-addressing index once the list is long enough for a scan to cost more than a lookup.
 * A scale-1 replay holds millions of edges, two ends each: a Map per account cost ≈ 38 bytes per end, this ≈ 17
 * (the index is filled up to 3/4: linear probing stays within a few slots, and it is most of the bytes).
 */
import { tableSize } from '../collections/hash-table.js';

/** Lists up to this long are scanned; longer ones get an index. */
const SCAN_MAX = 16;

const slotOf = (b: number, mask: number): number => Math.imul(b ^ (b >>> 15), 0x2c1b3c6d) & mask;

export class Neighbours {
  /** neighbour, edge, neighbour, edge, … */
  private pairs = new Int32Array(8);
  private count = 0;
  /** Index of `pairs`: slot → position + 1 (0: empty), a power of two with the count at most 3/4 of it. */
  private slots: Int32Array | null = null;

  get size(): number {
    return this.count;
  }

  /** The i-th neighbour, in the order the edges appeared. */
  neighbour(i: number): number {
    return this.pairs[2 * i]!;
  }

  /** The id of the edge to the i-th neighbour. */
  edge(i: number): number {
    return this.pairs[2 * i + 1]!;
  }

  /** The id of the edge to `b`, or −1. */
  get(b: number): number {
    const pairs = this.pairs;
    const slots = this.slots;
    if (slots === null) {
      for (let i = 0; i < this.count; i++) if (pairs[2 * i] === b) return pairs[2 * i + 1]!;
      return -1;
    }
    const mask = slots.length - 1;
    for (let s = slotOf(b, mask); ; s = (s + 1) & mask) {
      const p = slots[s]!;
      if (p === 0) return -1;
      if (pairs[2 * (p - 1)] === b) return pairs[2 * (p - 1) + 1]!;
    }
  }

  /** Adds the edge `e` to `b` (not a neighbour yet). */
  add(b: number, e: number): void {
    if (2 * this.count === this.pairs.length) {
      // Grow by half: lists of thousands of accounts stay within a third of their size.
      const next = new Int32Array(2 * Math.max(4, Math.ceil(this.count * 1.5)));
      next.set(this.pairs);
      this.pairs = next;
    }
    const i = this.count++;
    this.pairs[2 * i] = b;
    this.pairs[2 * i + 1] = e;
    if (this.slots !== null && 4 * this.count <= 3 * this.slots.length) this.index(i, this.slots);
    else if (this.count > SCAN_MAX) this.reindex();
  }

  private reindex(): void {
    const slots = new Int32Array(tableSize(this.count, 64, 0.75));
    for (let i = 0; i < this.count; i++) this.index(i, slots);
    this.slots = slots;
  }

  private index(i: number, slots: Int32Array): void {
    const mask = slots.length - 1;
    let s = slotOf(this.pairs[2 * i]!, mask);
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = i + 1;
  }
}
