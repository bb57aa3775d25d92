/**
 * Sorted, non-overlapping address ranges in typed arrays with binary search: the storage behind every IP
 * table in `IpIntel`. IPv4 ranges are one uint32 per bound; IPv6 ranges are four big-endian uint32 words per
 * bound compared lexicographically, which keeps lookups free of BigInt and allocation.
 */

/** Index of the last entry whose start <= v in a sorted Uint32Array, or -1. */
function lastStartLE4(starts: Uint32Array, n: number, v: number): number {
  let lo = 0;
  let hi = n - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! <= v) { ans = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return ans;
}

/** Lexicographic compare of words a[ai..ai+3] with b[bi..bi+3]. */
export function cmp128(a: Uint32Array, ai: number, b: Uint32Array, bi: number): number {
  for (let k = 0; k < 4; k++) {
    const x = a[ai + k]!;
    const y = b[bi + k]!;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

function lastStartLE6(starts: Uint32Array, n: number, v: Uint32Array): number {
  let lo = 0;
  let hi = n - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (cmp128(starts, mid * 4, v, 0) <= 0) { ans = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return ans;
}

/** IPv4 ranges with an optional uint32 payload per range. Input must be sorted by start. */
export class Ranges4 {
  constructor(readonly starts: Uint32Array, readonly ends: Uint32Array, readonly size: number) {}
  /** Index of the range containing v, or -1. */
  find(v: number): number {
    const i = lastStartLE4(this.starts, this.size, v);
    return i >= 0 && this.ends[i]! >= v ? i : -1;
  }
}

/** IPv6 ranges (four words per bound). Input must be sorted by start. */
export class Ranges6 {
  constructor(readonly starts: Uint32Array, readonly ends: Uint32Array, readonly size: number) {}
  find(v: Uint32Array): number {
    const i = lastStartLE6(this.starts, this.size, v);
    return i >= 0 && cmp128(this.ends, i * 4, v, 0) >= 0 ? i : -1;
  }
}

/** Builds a merged Ranges4 from unsorted, possibly overlapping [start, end] pairs (membership only). */
export function mergeRanges4(starts: number[], ends: number[]): Ranges4 {
  const order = starts.map((_, i) => i).sort((a, b) => starts[a]! - starts[b]! || ends[b]! - ends[a]!);
  const s = new Uint32Array(order.length);
  const e = new Uint32Array(order.length);
  let n = 0;
  for (const i of order) {
    const a = starts[i]!;
    const b = ends[i]!;
    // Merge overlapping or adjacent ranges so the "last start <= v" probe is exact.
    if (n > 0 && a <= e[n - 1]! + 1) {
      if (b > e[n - 1]!) e[n - 1] = b;
    } else {
      s[n] = a;
      e[n] = b;
      n++;
    }
  }
  return new Ranges4(s, e, n);
}

/** Adds one to a 128-bit value in place (used to test adjacency when merging). */
function inc128(w: Uint32Array, off: number): void {
  for (let k = 3; k >= 0; k--) {
    const v = (w[off + k]! + 1) >>> 0;
    w[off + k] = v;
    if (v !== 0) return;
  }
}

/** Builds merged IPv6 ranges from flat word arrays (4 words per bound), unsorted and overlapping allowed. */
export function mergeRanges6(starts: Uint32Array, ends: Uint32Array, count: number): Ranges6 {
  const order = Array.from({ length: count }, (_, i) => i).sort((a, b) => cmp128(starts, a * 4, starts, b * 4));
  const s = new Uint32Array(count * 4);
  const e = new Uint32Array(count * 4);
  const probe = new Uint32Array(4);
  let n = 0;
  for (const i of order) {
    if (n > 0) {
      probe.set(e.subarray((n - 1) * 4, n * 4));
      inc128(probe, 0);
      // A wrapped probe means the previous range already reaches the top of the address space.
      const wrapped = probe[0] === 0 && probe[1] === 0 && probe[2] === 0 && probe[3] === 0;
      const overlaps = wrapped || cmp128(starts, i * 4, probe, 0) <= 0;
      if (overlaps) {
        if (cmp128(ends, i * 4, e, (n - 1) * 4) > 0) e.set(ends.subarray(i * 4, i * 4 + 4), (n - 1) * 4);
        continue;
      }
    }
    s.set(starts.subarray(i * 4, i * 4 + 4), n * 4);
    e.set(ends.subarray(i * 4, i * 4 + 4), n * 4);
    n++;
  }
  return new Ranges6(s, e, n);
}
