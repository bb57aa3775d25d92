import { tableSize } from './hash-table.js';

/**
 * A set of 32-bit unsigned keys in one typed array (open addressing, linear probing, filled up to 3/4): 5–11 bytes
 * per key against ~40 for a `Set<number>` of hashes, which matters when every account of a 25,000-account campaign
 * keeps a thousand item hashes (at half-full tables these were ≈ 0.4 GB of a scale-1 replay). Most lookups are
 * misses (harvested items are new); at 3/4 a miss probes ≈ 4 slots on average over a table's life, one cache line.
 * Key 0 is reserved as the empty slot; callers map it away (`key || 1`).
 */
export class U32Set {
  private slots: Uint32Array;
  private count = 0;

  /** A small initial capacity keeps the table inside the V8 heap (typed arrays up to 64 bytes need no backing store). */
  constructor(initialCapacity = 16) {
    this.slots = new Uint32Array(tableSize(initialCapacity, 8));
  }

  get size(): number {
    return this.count;
  }

  has(key: number): boolean {
    const k = key >>> 0 || 1;
    const mask = this.slots.length - 1;
    for (let i = mix(k) & mask; ; i = (i + 1) & mask) {
      const s = this.slots[i]!;
      if (s === k) return true;
      if (s === 0) return false;
    }
  }

  /** Adds the key; returns false when it was already there. */
  add(key: number): boolean {
    const k = key >>> 0 || 1;
    if ((this.count + 1) * 4 > this.slots.length * 3) this.grow();
    const mask = this.slots.length - 1;
    for (let i = mix(k) & mask; ; i = (i + 1) & mask) {
      const s = this.slots[i]!;
      if (s === k) return false;
      if (s === 0) {
        this.slots[i] = k;
        this.count++;
        return true;
      }
    }
  }

  /** Calls `f` with each key (as stored: 0 as 1), in table order; no iterator objects, for the hot loops. */
  forEach(f: (key: number) => void): void {
    const slots = this.slots;
    for (let i = 0; i < slots.length; i++) if (slots[i] !== 0) f(slots[i]!);
  }

  *[Symbol.iterator](): IterableIterator<number> {
    for (const s of this.slots) if (s !== 0) yield s;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Uint32Array(old.length * 2);
    this.count = 0;
    for (const s of old) if (s !== 0) this.add(s);
  }
}

/** Spreads the bits of a key (hash inputs are often already hashes, but some are small integers). */
function mix(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b);
  return (x ^ (x >>> 16)) >>> 0;
}
