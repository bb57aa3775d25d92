/**
 * Drawing without the key for the radioactivity bench: a seeded shuffle, and the smaller served-prefix probe budgets
 * (`--probe-subsets`) scored from the probes already sampled, so one trained student reports several budgets.
 */
import { Rng } from '../../src/sim/rng.js';

/** A Fisher–Yates shuffle driven by `rng` (the input is left as it is). */
export function shuffled<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A smaller probe budget: this many cuts, this many continuations of each. */
export interface ProbeBudget { cuts: number; repeats: number }

/**
 * A smaller probe budget from the same probes: `cuts` of them drawn by their own stream of the student's seed (never
 * the key), each with its first `repeats` continuations. The continuations of a cut are independent draws from the
 * student, so this is distributed exactly as a run with fewer cuts and repeats. Fewer cuts than asked are all kept.
 */
export function probeSubset<T extends { continuations: readonly string[] }>(probes: readonly T[], seed: number,
  budget: ProbeBudget): T[] {
  return shuffled(probes, new Rng(seed, 17)).slice(0, budget.cuts)
    .map((p) => ({ ...p, continuations: p.continuations.slice(0, budget.repeats) }));
}

/** The number of sampled texts (continuations) behind a set of probes. */
export function probeTextCount(probes: readonly { continuations: readonly string[] }[]): number {
  return probes.reduce((n, p) => n + p.continuations.length, 0);
}
