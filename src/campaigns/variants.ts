/**
 * Perturbed variants across accounts: the first account and exact item seen for each variant hash (a prompt with
 * its digits folded, signals/sketch.ts). When a second account asks a *different* variant of the same question,
 * both join that variant's link group: a synthetic work queue at work. When a second account asks the *same* exact
 * question, the variant is marked shared content (homework passed around a class, a public benchmark an eval harness
 * reruns) and never links anyone.
 *
 * Memory is bounded: typed arrays up to `capacity` entries; when full, only variants whose hash falls in a sample
 * (1 in 2, then 1 in 4, …) are kept and new ones outside it are ignored, so a long replay keeps a uniform sample.
 * Evade: paraphrase each variant (an LLM rewrite per item, a cost per request), or draw only unperturbed items from
 * a pool large enough for the whole campaign.
 */
import { tableSize } from '../collections/hash-table.js';
const EMPTY = -1;
const SHARED = -2;

export class VariantIndex {
  private hi: Uint32Array;
  private lo: Uint32Array;
  private account: Int32Array;
  private item: Uint32Array;
  private count = 0;
  /** Variants kept are those with (lo & sampleMask) === 0. */
  private sampleMask = 0;

  constructor(private readonly capacity = 1 << 22, initial = 1 << 12) {
    const c = tableSize(initial);
    this.hi = new Uint32Array(c);
    this.lo = new Uint32Array(c);
    this.account = new Int32Array(c).fill(EMPTY);
    this.item = new Uint32Array(c);
  }

  get size(): number {
    return this.count;
  }

  /**
   * Records that `account` asked the exact item `item` (any hash) of variant `variant` (53-bit hash). Returns the
   * account to link with when this is a different item of a variant another account asked first, else −1.
   */
  see(variant: number, item: number, account: number): number {
    const lo = variant >>> 0;
    if ((lo & this.sampleMask) !== 0) return -1;
    const hi = Math.floor(variant / 4294967296) >>> 0;
    const slot = this.find(hi, lo);
    const first = this.account[slot]!;
    const exact = item >>> 0;
    if (first === EMPTY) {
      if (this.count + 1 > this.capacity) {
        this.thin();
        return (lo & this.sampleMask) === 0 ? this.see(variant, item, account) : -1;
      }
      if ((this.count + 1) * 2 > this.account.length) {
        this.grow();
        return this.see(variant, item, account);
      }
      this.hi[slot] = hi;
      this.lo[slot] = lo;
      this.account[slot] = account;
      this.item[slot] = exact;
      this.count++;
      return -1;
    }
    if (first === SHARED || first === account) return -1;
    if (this.item[slot] === exact) {
      this.account[slot] = SHARED;
      return -1;
    }
    return first;
  }

  private find(hi: number, lo: number): number {
    const mask = this.account.length - 1;
    let i = Math.imul(lo ^ (lo >>> 16), 0x45d9f3b) & mask;
    for (;; i = (i + 1) & mask) {
      if (this.account[i] === EMPTY || (this.hi[i] === hi && this.lo[i] === lo)) return i;
    }
  }

  private rebuild(size: number, keep: (lo: number) => boolean): void {
    const { hi, lo, account, item } = this;
    this.hi = new Uint32Array(size);
    this.lo = new Uint32Array(size);
    this.account = new Int32Array(size).fill(EMPTY);
    this.item = new Uint32Array(size);
    this.count = 0;
    for (let i = 0; i < account.length; i++) {
      if (account[i] === EMPTY || !keep(lo[i]!)) continue;
      const slot = this.find(hi[i]!, lo[i]!);
      this.hi[slot] = hi[i]!;
      this.lo[slot] = lo[i]!;
      this.account[slot] = account[i]!;
      this.item[slot] = item[i]!;
      this.count++;
    }
  }

  private grow(): void {
    this.rebuild(this.account.length * 2, () => true);
  }

  /** Halves the sample: drops the variants outside it. */
  private thin(): void {
    this.sampleMask = this.sampleMask * 2 + 1;
    const mask = this.sampleMask;
    this.rebuild(this.account.length, (lo) => (lo & mask) === 0);
  }
}
