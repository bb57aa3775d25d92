import { mix32, tableSize } from './hash-table.js';

/** What readers of a count table need (a `ReadonlyMap<number, number>` is one too). */
export interface ReadonlyCounts {
  readonly size: number;
  get(key: number): number | undefined;
  /** Calls `f` for each key (no iterator or pair allocated: the hot loops read thousands of accounts' tables). */
  forEach(f: (count: number, key: number) => void): void;
  [Symbol.iterator](): IterableIterator<[number, number]>;
}

/**
 * Counts per non-zero 32-bit key in two typed arrays (open addressing, linear probing, filled up to 3/4): ≈ 11 bytes
 * per key where a `Map<number, number>` of 32-bit hashes takes ≈ 40 (hashes above 2^30 are boxed numbers). Every
 * account keeps up to 128 prompt frames with their uses; at scale 1 that is 135,000 tables. Key 0 is reserved as the
 * empty slot: callers only count non-zero hashes.
 */
export class U32Counts implements ReadonlyCounts {
  private keys: Uint32Array;
  private counts: Uint32Array;
  private count = 0;

  /** A small initial capacity keeps both arrays inside the V8 heap (typed arrays up to 64 bytes need no backing store). */
  constructor(initialCapacity = 4) {
    const slots = tableSize(initialCapacity, 8);
    this.keys = new Uint32Array(slots);
    this.counts = new Uint32Array(slots);
  }

  get size(): number {
    return this.count;
  }

  get(key: number): number | undefined {
    const i = this.slot(key >>> 0);
    return this.keys[i] === 0 ? undefined : this.counts[i]!;
  }

  /**
   * Adds `n` to the key's count; a new key is refused (returns 0) once the table holds `limit` keys. Returns the new
   * count.
   */
  add(key: number, n = 1, limit = Number.POSITIVE_INFINITY): number {
    const k = key >>> 0;
    if (k === 0) throw new RangeError('U32Counts: key 0 is reserved');
    let i = this.slot(k);
    if (this.keys[i] === 0) {
      if (this.count >= limit) return 0;
      if ((this.count + 1) * 4 > this.keys.length * 3) {
        this.grow();
        i = this.slot(k);
      }
      this.keys[i] = k;
      this.count++;
    }
    return (this.counts[i]! += n);
  }

  forEach(f: (count: number, key: number) => void): void {
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== 0) f(this.counts[i]!, this.keys[i]!);
  }

  *[Symbol.iterator](): IterableIterator<[number, number]> {
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== 0) yield [this.keys[i]!, this.counts[i]!];
  }

  /** The key's slot, or the empty slot where it would go. */
  private slot(k: number): number {
    const mask = this.keys.length - 1;
    let i = mix32(k) & mask;
    while (this.keys[i] !== 0 && this.keys[i] !== k) i = (i + 1) & mask;
    return i;
  }

  private grow(): void {
    const { keys, counts } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.counts = new Uint32Array(keys.length * 2);
    for (let j = 0; j < keys.length; j++) {
      if (keys[j] === 0) continue;
      const i = this.slot(keys[j]!);
      this.keys[i] = keys[j]!;
      this.counts[i] = counts[j]!;
    }
  }
}
