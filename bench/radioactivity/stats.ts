/**
 * Order statistics and formatting for the radioactivity bench's per-share summary. p-values are summarised on the
 * log scale, from the verifier's `log10_p_value` where the p-value itself underflows.
 */

export function quantile(values: readonly number[], q: number): number {
  const xs = [...values].sort((a, b) => a - b);
  if (xs.length === 0) return NaN;
  const pos = (xs.length - 1) * q;
  const lo = Math.floor(pos), hi = Math.ceil(pos);
  return xs[lo]! + (xs[hi]! - xs[lo]!) * (pos - lo);
}

/** A p-value given as log10 p, printed as 0.123 or 4.5e-12 (also far below the double range: 1e-400). */
export function formatLog10P(log10p: number): string {
  if (log10p >= -3) return (10 ** log10p).toFixed(3);
  const exp = Math.floor(log10p);
  const mantissa = 10 ** (log10p - exp);
  return mantissa >= 9.95 ? `1.0e${exp + 1}` : `${mantissa.toFixed(1)}e${exp}`;
}
