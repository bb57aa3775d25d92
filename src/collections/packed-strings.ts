/**
 * Strings kept as bytes in pages that never move, a handle each: a string field per account (sign-up IP, payment
 * instrument) costs its characters and a 4-byte handle instead of a heap string (≈ 32 bytes for a short one) and the
 * reference to it. Text of code units up to 0xFF is kept one byte a unit (Latin-1), other text two (UTF-16), so every
 * string comes back exactly, lone surrogates included. `StringIndex` maps such strings to dense integers, comparing
 * the strings themselves (not only their hashes).
 */
import { HASH2_SEED, hash2Chars, hash2Finish } from './hash-table.js';

/** Bytes per page; a longer string gets a page of its own. */
const PAGE_BYTES = 1 << 20;
const MAX_PAGES = 2 ** 32 / PAGE_BYTES - 1;
/** Handle of no string (a null field). */
export const NO_STRING = 0xffffffff;

export class PackedStrings {
  private readonly pages: Buffer[] = [];
  /** Bytes used in the last page. */
  private used = PAGE_BYTES;

  /**
   * Keeps `s`; returns its handle. A record is a header (the length in code units, doubled, plus one for two-byte text,
   * as a base-128 varint; 1, a two-byte empty string, stands for null), then the text.
   */
  add(s: string): number {
    return this.addAll([s]);
  }

  /** Keeps strings (or nulls) one after the other; returns the handle of the run (read them with `at`). */
  addAll(values: readonly (string | null)[]): number {
    let size = 0;
    for (const s of values) size += s === null ? 1 : recordBytes(s);
    if (this.used + size > PAGE_BYTES) {
      // The last page's handles would reach NO_STRING.
      if (this.pages.length === MAX_PAGES) throw new RangeError('PackedStrings: more than 4 GiB of text');
      this.pages.push(Buffer.allocUnsafeSlow(Math.max(PAGE_BYTES, size)));
      this.used = 0;
    }
    const page = this.pages[this.pages.length - 1]!;
    const at = this.used;
    let p = at;
    for (const s of values) {
      if (s === null) {
        page[p++] = 1;
        continue;
      }
      const wide = isWide(s) ? 1 : 0;
      let header = s.length * 2 + wide;
      while (header >= 0x80) {
        page[p++] = (header & 0x7f) | 0x80;
        header = Math.floor(header / 128);
      }
      page[p++] = header;
      p += wide ? page.write(s, p, 'utf16le') : page.write(s, p, 'latin1');
    }
    // A page of its own (a long run) is full.
    this.used = size > PAGE_BYTES ? PAGE_BYTES : p;
    return (this.pages.length - 1) * PAGE_BYTES + at;
  }

  /** The string of a handle. */
  get(handle: number): string {
    return this.at(handle, 0)!;
  }

  /** The n-th string (or null) of the run at `handle`. */
  at(handle: number, n: number): string | null {
    const page = this.pages[Math.floor(handle / PAGE_BYTES)]!;
    const p = this.seek(page, handle % PAGE_BYTES, n);
    const header = this.header;
    if (header === 1) return null;
    const units = Math.floor(header / 2);
    return header & 1 ? page.toString('utf16le', p, p + 2 * units) : page.toString('latin1', p, p + units);
  }

  /** Whether the string of `handle` is `s` (compared in place, without making the string). */
  equals(handle: number, s: string): boolean {
    return this.equalsAt(handle, 0, s);
  }

  /** Whether the n-th string of the run at `handle` is `s` (not null). */
  equalsAt(handle: number, n: number, s: string): boolean {
    const page = this.pages[Math.floor(handle / PAGE_BYTES)]!;
    let p = this.seek(page, handle % PAGE_BYTES, n);
    const header = this.header;
    if (header === 1 || Math.floor(header / 2) !== s.length) return false;
    if (header & 1) {
      for (let i = 0; i < s.length; i++, p += 2) if ((page[p]! | (page[p + 1]! << 8)) !== s.charCodeAt(i)) return false;
    } else {
      for (let i = 0; i < s.length; i++) if (page[p + i] !== s.charCodeAt(i)) return false;
    }
    return true;
  }

  /** The header of the last record `seek` reached. */
  private header = 0;

  /** Where the text of the n-th record from `p` starts (its header in `this.header`). */
  private seek(page: Buffer, p: number, n: number): number {
    for (let k = 0; ; k++) {
      let header = 0;
      for (let shift = 1; ; shift *= 128) {
        const b = page[p++]!;
        header += (b & 0x7f) * shift;
        if (b < 0x80) break;
      }
      if (k === n) {
        this.header = header;
        return p;
      }
      if (header !== 1) p += header & 1 ? 2 * Math.floor(header / 2) : Math.floor(header / 2);
    }
  }

  /** Bytes held (whole pages). */
  get bytes(): number {
    let n = 0;
    for (const p of this.pages) n += p.length;
    return n;
  }
}

function isWide(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0xff) return true;
  return false;
}

/** Bytes of a string's record: header and text. */
function recordBytes(s: string): number {
  const header = s.length * 2 + 1;
  const headerBytes = header < 0x80 ? 1 : header < 0x4000 ? 2 : header < 0x200000 ? 3 : header < 0x10000000 ? 4 : 5;
  return headerBytes + (isWide(s) ? 2 * s.length : s.length);
}

const pair: [number, number] = [0, 0];

/** A 32-bit hash of a string (one of the pair hash-table.ts computes). */
export function stringHash(s: string): number {
  pair[0] = HASH2_SEED[0];
  pair[1] = HASH2_SEED[1];
  hash2Chars(pair, s);
  return hash2Finish(pair)[1];
}

/**
 * A map from strings to dense integers (0, 1, 2, … in any order) that keeps no strings of its own: an open-addressing
 * table (linear probing, at most three quarters full) of values with their keys' 32-bit hashes, and a comparison the
 * owner supplies (`matches(value, key)`: does the string kept for `value` equal `key`), so keys are compared exactly.
 * About 11–16 bytes per key against ≈ 70 for a `Map` of strings with its keys. No deletion: accounts and payment
 * instruments are never forgotten.
 */
export class StringIndex {
  /** value + 1 (0: empty slot). */
  private slots: Int32Array;
  private hashes: Uint32Array;
  private count = 0;

  constructor(private readonly matches: (value: number, key: string) => boolean, initialCapacity = 1024) {
    const c = Math.max(16, Math.ceil(initialCapacity / MAX_LOAD));
    this.slots = new Int32Array(c);
    this.hashes = new Uint32Array(c);
  }

  get size(): number {
    return this.count;
  }

  /** The value of `key`, or −1. */
  get(key: string): number {
    const h = stringHash(key);
    const c = this.slots.length;
    for (let i = h % c; ; i = i + 1 === c ? 0 : i + 1) {
      const v = this.slots[i]!;
      if (v === 0) return -1;
      if (this.hashes[i] === h && this.matches(v - 1, key)) return v - 1;
    }
  }

  /** Adds `key` (not in the index: check with `get`) with `value`. */
  add(key: string, value: number): void {
    if (this.count + 1 > MAX_LOAD * this.slots.length) this.grow();
    this.insert(stringHash(key), value + 1);
    this.count++;
  }

  private insert(h: number, slot: number): void {
    const c = this.slots.length;
    let i = h % c;
    while (this.slots[i] !== 0) i = i + 1 === c ? 0 : i + 1;
    this.slots[i] = slot;
    this.hashes[i] = h;
  }

  /** Grows by half (any size: the home slot is the hash modulo the size). */
  private grow(): void {
    const { slots, hashes } = this;
    const c = Math.ceil(slots.length * 1.5);
    this.slots = new Int32Array(c);
    this.hashes = new Uint32Array(c);
    for (let i = 0; i < slots.length; i++) if (slots[i] !== 0) this.insert(hashes[i]!, slots[i]!);
  }
}

/** Largest share of a StringIndex's slots in use. */
const MAX_LOAD = 0.75;
