/**
 * Distribution tails the work-queue tests read: how likely so few in-group shares (Poisson) or so many draws of
 * outsiders' favourites (binomial) are under independent drawing. Summed term by term from the first, which is taken
 * in logs so that large counts neither overflow nor underflow it.
 */

/** P(X ≥ k) for X binomial with `n` trials of chance `p`. */
export function binomialAtLeast(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  // Terms summed from k up, each from the last (k ≤ n here), in logs for the first.
  let logTerm = logChoose(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p);
  let sum = 0;
  for (let i = k; i <= n; i++) {
    sum += Math.exp(logTerm);
    logTerm += Math.log((n - i) / (i + 1)) + Math.log(p) - Math.log1p(-p);
  }
  return Math.min(1, sum);
}

function logChoose(n: number, k: number): number {
  let v = 0;
  for (let i = 1; i <= k; i++) v += Math.log((n - k + i) / i);
  return v;
}

/** P(X ≤ k) for X Poisson with mean `mean`. */
export function poissonAtMost(k: number, mean: number): number {
  let term = Math.exp(-mean);
  let sum = term;
  for (let i = 1; i <= k; i++) {
    term *= mean / i;
    sum += term;
  }
  return Math.min(1, sum);
}
