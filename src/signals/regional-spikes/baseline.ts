/**
 * A seasonal baseline of hourly counts: exponentially weighted mean and variance per hour-of-week slot, per
 * hour-of-day slot and overall. The expected count for an hour shrinks each slot toward the coarser level by its
 * history (a slot with n samples weighs n / (n + SHRINK)), so a week-old region already knows its daily cycle from
 * the hour-of-day slots while its hour-of-week slots are still learning weekends.
 */

const WEEK_HOURS = 168;
const DAY_HOURS = 24;
/** Pseudo-samples of the coarser level each slot is shrunk toward. */
const SHRINK = 2;
/** Smoothing of each estimator once it has history (earlier samples are plain averages). */
const ALPHA_WEEK = 0.35;
const ALPHA_DAY = 0.25;
const ALPHA_LEVEL = 1 / 48;

export interface Expectation {
  mean: number;
  variance: number;
}

export class SeasonalBaseline {
  /** mean, variance pairs: 168 hour-of-week slots, then 24 hour-of-day slots, then the overall level. */
  private readonly stats = new Float32Array(2 * (WEEK_HOURS + DAY_HOURS + 1));
  private readonly samples = new Uint16Array(WEEK_HOURS + DAY_HOURS + 1);

  /** Closed hours seen so far. */
  get history(): number {
    return this.samples[WEEK_HOURS + DAY_HOURS]!;
  }

  /** What the hour starting at epoch hour `hour` (ms / 3.6e6) should hold. */
  expect(hour: number): Expectation {
    const level = this.slot(WEEK_HOURS + DAY_HOURS);
    const day = shrink(this.slot(WEEK_HOURS + dayOf(hour)), this.samples[WEEK_HOURS + dayOf(hour)]!, level);
    return shrink(this.slot(weekOf(hour)), this.samples[weekOf(hour)]!, day);
  }

  /** Adds one closed hour's count (callers clamp spikes first, so an attack does not become the baseline). */
  update(hour: number, count: number): void {
    this.learn(weekOf(hour), count, ALPHA_WEEK);
    this.learn(WEEK_HOURS + dayOf(hour), count, ALPHA_DAY);
    this.learn(WEEK_HOURS + DAY_HOURS, count, ALPHA_LEVEL);
  }

  private slot(i: number): Expectation {
    return { mean: this.stats[2 * i]!, variance: this.stats[2 * i + 1]! };
  }

  private learn(i: number, x: number, alpha: number): void {
    const n = this.samples[i]!;
    if (n < 0xffff) this.samples[i] = n + 1;
    const a = Math.max(alpha, 1 / (n + 1));
    const mean = this.stats[2 * i]!;
    const d = x - mean;
    this.stats[2 * i] = mean + a * d;
    this.stats[2 * i + 1] = n === 0 ? 0 : (1 - a) * (this.stats[2 * i + 1]! + a * d * d);
  }
}

/** Monday 00:00 UTC is slot 0 (1970-01-01 was a Thursday, 72 hours after the week's start). */
const weekOf = (hour: number): number => (((hour + 72) % WEEK_HOURS) + WEEK_HOURS) % WEEK_HOURS;
const dayOf = (hour: number): number => ((hour % DAY_HOURS) + DAY_HOURS) % DAY_HOURS;

function shrink(own: Expectation, n: number, coarser: Expectation): Expectation {
  const w = n / (n + SHRINK);
  return { mean: w * own.mean + (1 - w) * coarser.mean, variance: w * own.variance + (1 - w) * coarser.variance };
}
