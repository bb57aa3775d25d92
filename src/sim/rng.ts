/**
 * Seeded pseudo-random numbers for the simulator (sfc32: tiny, fast, good statistical quality). Every random
 * choice in world generation goes through an `Rng` so that a scenario + seed + scale reproduces byte-identical
 * output. Sub-streams (`fork`) give each account or campaign its own sequence, so adding one persona does not
 * reshuffle every other account's traffic.
 */
export { hash32 } from '../collections/fnv.js';

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, stream = 0) {
    this.a = 0x9e3779b9 ^ seed;
    this.b = 0x243f6a88 ^ Math.imul(stream, 0x85ebca6b);
    this.c = 0xb7e15162 ^ Math.imul(seed, 0xc2b2ae35);
    this.d = 1;
    for (let i = 0; i < 15; i++) this.u32();
  }

  /** A new independent generator derived from this one's seed material and a label number. */
  fork(stream: number): Rng {
    return new Rng(this.u32() ^ Math.imul(stream + 1, 0x27d4eb2d), stream);
  }

  u32(): number {
    let a = this.a, b = this.b, c = this.c, d = this.d;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    this.a = a; this.b = b; this.c = c; this.d = d;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.u32() / 4294967296;
  }

  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Integer in [lo, hi] inclusive. */
  range(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  uniform(lo: number, hi: number): number {
    return lo + this.next() * (hi - lo);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(arr: readonly T[]): T {
    return arr[Math.floor(this.next() * arr.length)]!;
  }

  /** Standard normal (Box-Muller, one value per call; simplicity over speed, it is not on the hottest path). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  lognormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /** Pareto with scale xmin and shape alpha (heavy tail for small alpha). */
  pareto(xmin: number, alpha: number): number {
    return xmin / Math.pow(1 - this.next(), 1 / alpha);
  }

  exp(mean: number): number {
    return -Math.log(1 - this.next()) * mean;
  }

  /** Poisson count; normal approximation for large means keeps it O(1). */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    if (mean > 40) return Math.max(0, Math.round(mean + Math.sqrt(mean) * this.normal()));
    const l = Math.exp(-mean);
    let k = 0;
    let p = this.next();
    while (p > l) {
      k++;
      p *= this.next();
    }
    return k;
  }

  /** Geometric count >= 1 with the given mean. */
  geometric(mean: number): number {
    if (mean <= 1) return 1;
    const p = 1 / mean;
    return 1 + Math.floor(Math.log(1 - this.next()) / Math.log(1 - p));
  }

  /** Index drawn from a cumulative weight table (last entry is the total). */
  weighted(cumulative: Float64Array | readonly number[]): number {
    const total = cumulative[cumulative.length - 1]!;
    const x = this.next() * total;
    let lo = 0, hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > x) hi = mid; else lo = mid + 1;
    }
    return lo;
  }

  /** Base-36 id of 12 characters from two draws (cheap: conversation and request ids). */
  id12(): string {
    return (this.u32() % 2176782336).toString(36).padStart(6, '0') + (this.u32() % 2176782336).toString(36).padStart(6, '0');
  }

  /** Lower-case hex/base36 token of n characters (ids, fingerprints). */
  token(n: number, alphabet = '0123456789abcdefghijklmnopqrstuvwxyz'): string {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[this.int(alphabet.length)];
    return s;
  }
}

/** Cumulative table from weights, for `Rng.weighted`. */
export function cumulative(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let s = 0;
  for (let i = 0; i < weights.length; i++) {
    s += Math.max(0, weights[i]!);
    out[i] = s;
  }
  return out;
}

