/**
 * Every account's neighbours in the link graph: (neighbour, edge id) pairs in the order the edges appeared, all in one
 * shared typed array (a block per account, grown on demand), with an open-addressing index for the few lists long
 * enough for a scan to cost more than a lookup. An account with no edge costs nothing but its place in the
 * per-account tables; one with a few edges costs its pairs and 9 bytes. A typed array per account cost ≈ 400 bytes
 * beyond its data (its objects and, past 64 bytes, a separately allocated backing store): most of an idle account's
 * memory.
 *
 * Blocks come in size classes growing by half; a block outgrown is reused by the next list of its class. The pool is
 * in pages that never move (a block never spans two; one longer than a page has an array of its own), so it grows
 * without copying: a contiguous pool grown by a quarter held both copies, 2.25 times the lists, at each growth.
 */
import { tableSize } from '../collections/hash-table.js';

/**
 * Lists up to this long are scanned; longer ones get an index. A lookup happens once per new edge, not per request,
 * and scanning 64 pairs in a typed array costs little, while an index costs a typed array of its own (≈ 700 bytes):
 * at 16, four accounts in ten of a synthetic world of client groups had one.
 */
const SCAN_MAX = 64;
/** Pairs in the smallest block. */
const FIRST_BLOCK = 2;
/** Ints per page of the pool (256 KiB). */
const PAGE_BITS = 16;
const PAGE_INTS = 1 << PAGE_BITS;
const PAGE_MASK = PAGE_INTS - 1;

const slotOf = (b: number, mask: number): number => Math.imul(b ^ (b >>> 15), 0x2c1b3c6d) & mask;

/** Pairs a block of size class `k` holds: 2, 3, 5, 8, 12, 18, … (each half as large again, rounded up). */
const CLASS_PAIRS: number[] = [FIRST_BLOCK];
function pairsOfClass(k: number): number {
  while (CLASS_PAIRS.length <= k) CLASS_PAIRS.push(Math.ceil(CLASS_PAIRS[CLASS_PAIRS.length - 1]! * 1.5));
  return CLASS_PAIRS[k]!;
}

/** One account's neighbours, read through the shared lists (NeighbourLists.of): valid until the next `add` to them. */
export interface Neighbours {
  readonly size: number;
  /** The i-th neighbour, in the order the edges appeared. */
  neighbour(i: number): number;
  /** The id of the edge to the i-th neighbour. */
  edge(i: number): number;
  /** The id of the edge to `b`, or −1. */
  get(b: number): number;
}

export class NeighbourLists {
  /** Pages of blocks of pairs: neighbour, edge, neighbour, edge, … A block's place is page · PAGE_INTS + offset. */
  private readonly pages: Int32Array[] = [];
  /** Ints of the last page handed out so far. */
  private top = PAGE_INTS;
  /** Lists longer than a page: an array each, by account (their `start` is −1). */
  private readonly big = new Map<number, Int32Array>();
  /** Per account: where its block starts (see `pages`), its pairs, and its block's size class + 1 (0: no block). */
  private start = new Int32Array(1024);
  private count = new Int32Array(1024);
  private blockClass = new Uint8Array(1024);
  /** Per size class, blocks outgrown by their list (start positions). */
  private readonly free: number[][] = [];
  /** Index of the long lists: slot → position + 1 (0: empty), a power of two with the count at most 3/4 of it. */
  private readonly slots = new Map<number, Int32Array>();

  /** Pairs of account `a`'s list. */
  size(a: number): number {
    return a < this.count.length ? this.count[a]! : 0;
  }

  /** The array holding `a`'s block (which starts at `offsetOf(a)` in it). */
  private blockOf(a: number): Int32Array {
    const at = this.start[a]!;
    return at >= 0 ? this.pages[at >>> PAGE_BITS]! : this.big.get(a)!;
  }

  private offsetOf(a: number): number {
    const at = this.start[a]!;
    return at >= 0 ? at & PAGE_MASK : 0;
  }

  /** The i-th neighbour of `a`. */
  neighbourAt(a: number, i: number): number {
    return this.blockOf(a)[this.offsetOf(a) + 2 * i]!;
  }

  /** The id of the edge to the i-th neighbour of `a`. */
  edgeAt(a: number, i: number): number {
    return this.blockOf(a)[this.offsetOf(a) + 2 * i + 1]!;
  }

  /** The id of the edge between `a` and `b`, or −1. */
  get(a: number, b: number): number {
    const n = this.size(a);
    if (n === 0) return -1;
    const pool = this.blockOf(a);
    const at = this.offsetOf(a);
    const slots = n > SCAN_MAX ? this.slots.get(a) : undefined;
    if (slots === undefined) {
      for (let i = 0; i < n; i++) if (pool[at + 2 * i] === b) return pool[at + 2 * i + 1]!;
      return -1;
    }
    const mask = slots.length - 1;
    for (let s = slotOf(b, mask); ; s = (s + 1) & mask) {
      const p = slots[s]!;
      if (p === 0) return -1;
      if (pool[at + 2 * (p - 1)] === b) return pool[at + 2 * (p - 1) + 1]!;
    }
  }

  /**
   * A view of `a`'s list as it is now: a fresh object holding the block's array, the list's place and length (the
   * campaign step reads lists in its hot loops), valid until the next `add`.
   */
  of(a: number): Neighbours {
    const n = this.size(a);
    if (n === 0) return new ListView(this, a, NO_PAIRS, 0, 0);
    return new ListView(this, a, this.blockOf(a), this.offsetOf(a), n);
  }

  /** Adds the edge `e` from `a` to `b` (not a neighbour of `a` yet). */
  add(a: number, b: number, e: number): void {
    if (a >= this.count.length) this.growAccounts(a + 1);
    const n = this.count[a]!;
    const k = this.blockClass[a]!;
    if (k === 0 || n === pairsOfClass(k - 1)) this.move(a, k);
    const pool = this.blockOf(a);
    const at = this.offsetOf(a) + 2 * n;
    pool[at] = b;
    pool[at + 1] = e;
    this.count[a] = n + 1;
    const slots = this.slots.get(a);
    if (slots !== undefined && 4 * (n + 1) <= 3 * slots.length) this.index(a, n, slots);
    else if (n + 1 > SCAN_MAX) this.reindex(a);
  }

  /** Moves `a`'s list to a block of the next size class (from class k − 1; k = 0: no block yet). */
  private move(a: number, k: number): void {
    const pairs = pairsOfClass(k);
    const n = this.count[a]!;
    const from = k > 0 ? this.blockOf(a) : NO_PAIRS;
    const fromAt = k > 0 ? this.offsetOf(a) : 0;
    const wasPaged = k > 0 && this.start[a]! >= 0;
    const oldStart = this.start[a]!;
    if (2 * pairs > PAGE_INTS) {
      const block = new Int32Array(2 * pairs);
      block.set(from.subarray(fromAt, fromAt + 2 * n));
      this.big.set(a, block);
      this.start[a] = -1;
    } else {
      let at = this.free[k]?.pop();
      if (at === undefined) {
        if (this.top + 2 * pairs > PAGE_INTS) {
          this.pages.push(new Int32Array(PAGE_INTS));
          this.top = 0;
        }
        at = (this.pages.length - 1) * PAGE_INTS + this.top;
        this.top += 2 * pairs;
      }
      if (n > 0) this.pages[at >>> PAGE_BITS]!.set(from.subarray(fromAt, fromAt + 2 * n), at & PAGE_MASK);
      this.start[a] = at;
    }
    if (wasPaged) (this.free[k - 1] ??= []).push(oldStart);
    this.blockClass[a] = k + 1;
  }

  private growAccounts(n: number): void {
    const size = Math.max(n, Math.ceil(this.count.length * 1.5));
    const grow = <T extends Int32Array | Uint8Array>(x: T, make: (n: number) => T): T => {
      const next = make(size);
      next.set(x);
      return next;
    };
    this.start = grow(this.start, (s) => new Int32Array(s));
    this.count = grow(this.count, (s) => new Int32Array(s));
    this.blockClass = grow(this.blockClass, (s) => new Uint8Array(s));
  }

  private reindex(a: number): void {
    const n = this.count[a]!;
    const slots = new Int32Array(tableSize(n, 64, 0.75));
    for (let i = 0; i < n; i++) this.index(a, i, slots);
    this.slots.set(a, slots);
  }

  private index(a: number, i: number, slots: Int32Array): void {
    const mask = slots.length - 1;
    let s = slotOf(this.blockOf(a)[this.offsetOf(a) + 2 * i]!, mask);
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = i + 1;
  }
}

const NO_PAIRS = new Int32Array(0);

class ListView implements Neighbours {
  constructor(private readonly lists: NeighbourLists, private readonly a: number, private readonly pool: Int32Array, private readonly at: number, readonly size: number) {}

  neighbour(i: number): number {
    return this.pool[this.at + 2 * i]!;
  }

  edge(i: number): number {
    return this.pool[this.at + 2 * i + 1]!;
  }

  get(b: number): number {
    return this.lists.get(this.a, b);
  }
}
