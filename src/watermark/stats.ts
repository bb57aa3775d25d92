/**
 * Exact tails for the watermark test and a Kolmogorov–Smirnov check of uniformity, in log space so that the
 * tiny p-values of long watermarked texts neither underflow nor lose precision.
 */

const LN10 = Math.log(10);

/** ln(n!) for n up to the largest size seen, grown on demand. */
const logFactorials: number[] = [0];
function logFactorial(n: number): number {
  for (let i = logFactorials.length; i <= n; i++) logFactorials.push(logFactorials[i - 1]! + Math.log(i));
  return logFactorials[n]!;
}

function logSumExp(values: readonly number[]): number {
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  if (max === -Infinity) return -Infinity;
  let sum = 0;
  for (const v of values) sum += Math.exp(v - max);
  return max + Math.log(sum);
}

/** ln P(Bin(n, p) = k) for k = 0..n. */
export function binomialLogPmf(n: number, p: number): Float64Array {
  const out = new Float64Array(n + 1);
  const lp = Math.log(p), lq = Math.log1p(-p);
  const lnF = logFactorial(n);
  for (let k = 0; k <= n; k++) out[k] = lnF - logFactorial(k) - logFactorial(n - k) + k * lp + (n - k) * lq;
  return out;
}

/** Convolution of two log-pmfs. */
function convolveLog(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length + b.length - 1).fill(-Infinity);
  for (let s = 0; s < out.length; s++) {
    const terms: number[] = [];
    for (let i = Math.max(0, s - b.length + 1); i <= Math.min(s, a.length - 1); i++) terms.push(a[i]! + b[s - i]!);
    out[s] = logSumExp(terms);
  }
  return out;
}

/** ln P(X >= k) for k = 0..n+1 given the log-pmf of X on 0..n. */
function logUpperTails(logPmf: Float64Array): Float64Array {
  const n = logPmf.length - 1;
  const out = new Float64Array(n + 2);
  out[n + 1] = -Infinity;
  let acc = -Infinity;
  for (let k = n; k >= 0; k--) {
    const v = logPmf[k]!;
    acc = acc === -Infinity ? v : Math.max(acc, v) + Math.log1p(Math.exp(-Math.abs(acc - v)));
    out[k] = Math.min(0, acc);
  }
  return out;
}

/**
 * ln P(X >= hits) where X is a sum of independent Bernoulli(1/k) variables, `counts.get(k)` of them for each k.
 * Exact: the sum of one binomial per group size, convolved (the table has few sizes, usually one or two).
 */
export function logTailSumOfBinomials(counts: ReadonlyMap<number, number>, hits: number): number {
  const parts = [...counts.entries()].filter(([, n]) => n > 0).sort((x, y) => x[1] - y[1]);
  if (parts.length === 0) return hits <= 0 ? 0 : -Infinity;
  const last = parts.pop()!;
  const tails = logUpperTails(binomialLogPmf(last[1], 1 / last[0]));
  let rest: Float64Array = new Float64Array([0]);
  for (const [k, n] of parts) rest = convolveLog(rest, binomialLogPmf(n, 1 / k));
  const terms: number[] = [];
  for (let a = 0; a < rest.length; a++) {
    const need = hits - a;
    const tail = need <= 0 ? 0 : need >= tails.length ? -Infinity : tails[need]!;
    terms.push(rest[a]! + tail);
  }
  return Math.min(0, logSumExp(terms));
}

/**
 * The randomised p-value P(X > hits) + u·P(X = hits) for u in [0, 1): exactly Uniform(0, 1) under the null,
 * where the exact tail P(X >= hits) is only super-uniform because X is discrete. For checking the null model
 * (uniformity tests), never for evidence: the same data would give different values for different u.
 */
export function randomisedTail(counts: ReadonlyMap<number, number>, hits: number, u: number): number {
  const above = Math.exp(logTailSumOfBinomials(counts, hits + 1));
  const atLeast = Math.exp(logTailSumOfBinomials(counts, hits));
  return above + u * (atLeast - above);
}

export function log10(lnValue: number): number {
  return lnValue / LN10;
}

/** One-sample Kolmogorov–Smirnov test against Uniform(0, 1): statistic D and its asymptotic p-value. */
export function ksUniform(samples: readonly number[]): { d: number; p: number; n: number } {
  const xs = [...samples].sort((a, b) => a - b);
  const n = xs.length;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const x = xs[i]!;
    d = Math.max(d, (i + 1) / n - x, x - i / n);
  }
  // Kolmogorov distribution with the Stephens small-sample correction.
  const t = (Math.sqrt(n) + 0.12 + 0.11 / Math.sqrt(n)) * d;
  let p = 0;
  for (let j = 1; j <= 100; j++) p += 2 * (j % 2 === 1 ? 1 : -1) * Math.exp(-2 * j * j * t * t);
  return { d, p: Math.min(1, Math.max(0, p)), n };
}

/**
 * ln P(S >= observed) where S is a sum of independent terms, term i drawn uniformly from the integer scores
 * `vectors[i]` (one score per member of a site's group; the keyed member is a uniform draw under the null). Exact:
 * the distribution of S is built by convolution in log space, so any integer scoring of the members is valid.
 */
export function logTailUniformScores(vectors: readonly (readonly number[])[], observed: number): number {
  let maxSum = 0;
  for (const v of vectors) {
    if (v.length === 0) throw new Error('logTailUniformScores: empty score vector');
    for (const x of v) if (!Number.isInteger(x) || x < 0) throw new Error(`logTailUniformScores: scores must be non-negative integers, got ${x}`);
    maxSum += Math.max(...v);
  }
  if (observed <= 0) return 0;
  if (observed > maxSum) return -Infinity;
  let dist = new Float64Array(maxSum + 1).fill(-Infinity);
  dist[0] = 0;
  let reach = 0;
  const terms: number[] = [];
  for (const v of vectors) {
    const lnK = Math.log(v.length);
    const top = Math.max(...v);
    const next = new Float64Array(maxSum + 1).fill(-Infinity);
    for (let s = 0; s <= reach + top; s++) {
      terms.length = 0;
      for (const x of v) if (s - x >= 0 && s - x <= reach) terms.push(dist[s - x]!);
      if (terms.length) next[s] = logSumExp(terms) - lnK;
    }
    dist = next;
    reach += top;
  }
  const tail: number[] = [];
  for (let s = observed; s <= reach; s++) tail.push(dist[s]!);
  return Math.min(0, logSumExp(tail));
}
