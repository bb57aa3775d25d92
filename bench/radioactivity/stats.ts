/**
 * Statistics the radioactivity bench reports: a one-sample Kolmogorov–Smirnov test of p-values against U(0,1)
 * (the p-values of students that never saw watermarked text must be uniform for the verifier's p to mean
 * anything), and order statistics for the per-share summary.
 */

export interface KsResult {
  n: number;
  /** sup |F_n(x) - x| */
  d: number;
  /** Asymptotic p-value with Stephens' small-sample correction (Numerical Recipes `ksone`). */
  p: number;
}

/** Kolmogorov's survival function Q(λ) = 2 Σ (-1)^(j-1) exp(-2 j² λ²). */
export function kolmogorovQ(lambda: number): number {
  if (lambda < 0.2) return 1;
  let sum = 0;
  for (let j = 1; j <= 100; j++) {
    const term = Math.exp(-2 * j * j * lambda * lambda);
    sum += (j % 2 === 1 ? 1 : -1) * term;
    if (term < 1e-16) break;
  }
  return Math.min(1, Math.max(0, 2 * sum));
}

export function ksUniform(values: readonly number[]): KsResult {
  const xs = [...values].sort((a, b) => a - b);
  const n = xs.length;
  if (n === 0) throw new Error('ksUniform needs at least one value');
  let d = 0;
  for (let i = 0; i < n; i++) {
    const x = Math.min(1, Math.max(0, xs[i]!));
    d = Math.max(d, (i + 1) / n - x, x - i / n);
  }
  const sq = Math.sqrt(n);
  return { n, d, p: kolmogorovQ((sq + 0.12 + 0.11 / sq) * d) };
}

export function quantile(values: readonly number[], q: number): number {
  const xs = [...values].sort((a, b) => a - b);
  if (xs.length === 0) return NaN;
  const pos = (xs.length - 1) * q;
  const lo = Math.floor(pos), hi = Math.ceil(pos);
  return xs[lo]! + (xs[hi]! - xs[lo]!) * (pos - lo);
}

/** Median of p-values taken on the log scale (the middle of 1e-3 and 1e-9 is 1e-6), robust to underflow to 0. */
export function medianLog10(values: readonly number[]): number {
  return quantile(values.map((p) => Math.log10(Math.max(p, Number.MIN_VALUE))), 0.5);
}

export function formatP(p: number): string {
  if (p === 0) return '< 1e-300';
  if (p >= 0.001) return p.toFixed(3);
  const exp = Math.floor(Math.log10(p));
  return `${(p / 10 ** exp).toFixed(1)}e${exp}`;
}
