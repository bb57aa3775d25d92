import { hash2Chars, hash2Finish, HASH2_SEED, mix32 } from './hash-table.js';

/**
 * A map from keys to non-negative integers that stores no keys. A string key is kept as a 64-bit hash (two independent
 * 32-bit FNV-style hashes) in typed arrays, about 12 bytes per entry against ~400 for a Map entry holding a link
 * group; a false match needs both hashes to collide, about 2^-64 per pair of keys. An integer key up to 2^53 (an item
 * hash) is kept exactly. Meant for the long tail of keys seen once: millions of residential-proxy IPs, millions of
 * harvested items.
 */
export class KeyIndex {
  private hi: Uint32Array;
  private lo: Uint32Array;
  private values: Int32Array;
  private count = 0;

  constructor(initialCapacity = 1024) {
    // Any size (the home slot is the hash modulo the size): the table grows by half at three quarters full, not by
    // double at half full, so it holds its keys in 1.3–2 times their 12 bytes instead of 2–4 times.
    const c = Math.max(16, Math.ceil(initialCapacity / MAX_LOAD));
    this.hi = new Uint32Array(c);
    this.lo = new Uint32Array(c);
    this.values = new Int32Array(c).fill(-1);
  }

  get size(): number {
    return this.count;
  }

  /** The value stored for `key`, or −1. */
  get(key: string | number): number {
    const [h, l] = typeof key === 'string' ? hash2(key) : split53(key);
    return this.getHashed(h, l);
  }

  /** Stores `value` (≥ 0) for `key`, replacing any earlier value. */
  set(key: string | number, value: number): void {
    const [h, l] = typeof key === 'string' ? hash2(key) : split53(key);
    this.setHashed(h, l, value);
  }

  /** Removes `key`; returns whether it was there. */
  delete(key: string | number): boolean {
    const [h, l] = typeof key === 'string' ? hash2(key) : split53(key);
    return this.deleteHashed(h, l);
  }

  /**
   * The same three for a key given as its hash pair (hash2Chars … hash2Finish from HASH2_SEED, as a string key is
   * hashed): a key made of several strings is hashed piece by piece instead of being joined into one first.
   */
  getHashed(h: number, l: number): number {
    const c = this.values.length;
    for (let i = l % c; ; i = i + 1 === c ? 0 : i + 1) {
      const v = this.values[i]!;
      if (v === -1) return -1;
      if (this.hi[i] === h && this.lo[i] === l) return v;
    }
  }

  setHashed(h: number, l: number, value: number): void {
    if (value < 0) throw new RangeError('KeyIndex values must be >= 0');
    if (this.count + 1 > MAX_LOAD * this.values.length) this.grow();
    this.insert(h, l, value);
  }

  deleteHashed(h: number, l: number): boolean {
    const c = this.values.length;
    let i = l % c;
    for (; ; i = i + 1 === c ? 0 : i + 1) {
      if (this.values[i] === -1) return false;
      if (this.hi[i] === h && this.lo[i] === l) break;
    }
    // Backward-shift deletion: entries after the hole that may not be probed past it move into it.
    for (let j = i + 1 === c ? 0 : i + 1; this.values[j] !== -1; j = j + 1 === c ? 0 : j + 1) {
      const home = this.lo[j]! % c;
      const stays = i <= j ? home > i && home <= j : home > i || home <= j;
      if (stays) continue;
      this.hi[i] = this.hi[j]!;
      this.lo[i] = this.lo[j]!;
      this.values[i] = this.values[j]!;
      i = j;
    }
    this.values[i] = -1;
    this.count--;
    return true;
  }

  private insert(h: number, l: number, value: number): void {
    const c = this.values.length;
    for (let i = l % c; ; i = i + 1 === c ? 0 : i + 1) {
      const v = this.values[i]!;
      if (v === -1) {
        this.hi[i] = h;
        this.lo[i] = l;
        this.values[i] = value;
        this.count++;
        return;
      }
      if (this.hi[i] === h && this.lo[i] === l) {
        this.values[i] = value;
        return;
      }
    }
  }

  private grow(): void {
    const { hi, lo, values } = this;
    const c = Math.ceil(values.length * 1.5);
    this.hi = new Uint32Array(c);
    this.lo = new Uint32Array(c);
    this.values = new Int32Array(c).fill(-1);
    this.count = 0;
    for (let i = 0; i < values.length; i++) if (values[i]! !== -1) this.insert(hi[i]!, lo[i]!, values[i]!);
  }
}

/** Largest share of a KeyIndex's slots in use (linear probing stays short up to about this). */
const MAX_LOAD = 0.75;

const pair: [number, number] = [0, 0];

/** Two independent 32-bit hashes of a string (see hash2Chars). */
function hash2(s: string): [number, number] {
  pair[0] = HASH2_SEED[0];
  pair[1] = HASH2_SEED[1];
  hash2Chars(pair, s);
  return hash2Finish(pair);
}

/**
 * An integer key as a hash pair, one to one: its high bits, and its low bits mixed with them (a bijection for given
 * high bits) so that the probe position spreads.
 */
function split53(x: number): [number, number] {
  const hi = Math.floor(x / 4294967296) >>> 0;
  pair[0] = hi;
  pair[1] = mix32((x >>> 0) ^ mix32(hi));
  return pair;
}

/**
 * A KeyIndex that forgets the long past: keys go to a recent generation of at most `limit` keys; when it is full it
 * becomes the older one and the previous older one is dropped. Lookups see both. For artefacts seen by one account
 * only, which mostly stay that way (residential-proxy IPs): a key is forgotten only after 1–2 `limit`s of newer keys,
 * so memory stays bounded however long the traffic runs.
 */
export class RecentKeyIndex {
  private recent: KeyIndex;
  private older: KeyIndex | null = null;

  constructor(private readonly limit: number, private readonly initialCapacity = 1024) {
    this.recent = new KeyIndex(initialCapacity);
  }

  get size(): number {
    return this.recent.size + (this.older?.size ?? 0);
  }

  /** The value stored for `key` in either generation, or −1. */
  get(key: string | number): number {
    const v = this.recent.get(key);
    return v !== -1 || this.older === null ? v : this.older.get(key);
  }

  /** Removes `key` from both generations. */
  delete(key: string | number): void {
    this.recent.delete(key);
    this.older?.delete(key);
  }

  /** Stores `value` (≥ 0) for `key` in the recent generation. */
  set(key: string | number, value: number): void {
    if (this.recent.size >= this.limit) {
      this.older = this.recent;
      this.recent = new KeyIndex(this.initialCapacity);
    }
    this.recent.set(key, value);
  }
}
