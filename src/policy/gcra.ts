/**
 * GCRA (generic cell rate algorithm) rate limiting, in memory.
 *
 * One number per limited key: the theoretical arrival time (TAT). A limit of `rate` units per
 * second with `burst` units of tolerance admits a cost `n` at time `now` when
 * `max(TAT, now) + n·T - now <= burst·T` (T = 1000 / rate ms, the emission interval); admitting it
 * moves TAT to `max(TAT, now) + n·T`. This is exact (no window edges, unlike fixed windows), needs
 * no timer, and a key whose TAT lies in the past is indistinguishable from a fresh one, so idle
 * keys can be dropped at any time. The same arithmetic runs as a Lua script in Redis (phase 2).
 */

export interface GcraLimit {
  /** Sustained units per second (> 0). */
  ratePerSec: number;
  /** Units that may be spent at once from a rested state (>= 1). */
  burst: number;
}

export interface GcraResult {
  allowed: boolean;
  /** Milliseconds until the same cost would be admitted; 0 when allowed. */
  retryAfterMs: number;
  /** Units still available right now after this call (floor, >= 0). */
  remaining: number;
}

/**
 * Pure GCRA step: the new TAT and the outcome for a cost at `nowMs` given the stored `tat`
 * (undefined = never seen). Exported for unit tests and for mirroring in the Redis script.
 */
export function gcraStep(tat: number | undefined, limit: GcraLimit, cost: number, nowMs: number): { tat: number; result: GcraResult } {
  const interval = 1000 / limit.ratePerSec;
  const tolerance = limit.burst * interval;
  const base = tat === undefined || tat < nowMs ? nowMs : tat;
  const newTat = base + cost * interval;
  const allowAt = newTat - tolerance;
  if (allowAt > nowMs) {
    // Denied: TAT unchanged. retry-after is when enough of the backlog has drained for this cost.
    const remaining = Math.max(0, Math.floor((tolerance - (base - nowMs)) / interval));
    return { tat: tat ?? nowMs, result: { allowed: false, retryAfterMs: Math.ceil(allowAt - nowMs), remaining } };
  }
  const remaining = Math.max(0, Math.floor((tolerance - (newTat - nowMs)) / interval));
  return { tat: newTat, result: { allowed: true, retryAfterMs: 0, remaining } };
}

/**
 * Charges a cost unconditionally (e.g. tokens known only after the response), letting TAT run
 * ahead of the tolerance: the debt then blocks later `peek`/`take` calls until it has drained.
 */
export function gcraCharge(tat: number | undefined, limit: GcraLimit, cost: number, nowMs: number): number {
  const base = tat === undefined || tat < nowMs ? nowMs : tat;
  return base + cost * (1000 / limit.ratePerSec);
}

/** In-memory GCRA store keyed by string (e.g. `acct:req:a_123`). */
export class GcraMemory {
  private readonly tats = new Map<string, number>();

  /** Admits `cost` units if the limit allows, consuming them. */
  take(key: string, limit: GcraLimit, cost: number, nowMs: number): GcraResult {
    const { tat, result } = gcraStep(this.tats.get(key), limit, cost, nowMs);
    if (result.allowed) this.tats.set(key, tat);
    return result;
  }

  /** Would a zero-cost request pass? Used before a request whose token cost is not yet known. */
  peek(key: string, limit: GcraLimit, nowMs: number): GcraResult {
    return gcraStep(this.tats.get(key), limit, 0, nowMs).result;
  }

  /** Adds `cost` units of debt regardless of the limit. */
  charge(key: string, limit: GcraLimit, cost: number, nowMs: number): void {
    this.tats.set(key, gcraCharge(this.tats.get(key), limit, cost, nowMs));
  }

  /** Drops keys whose TAT is in the past (they behave exactly like unseen keys). */
  sweep(nowMs: number): number {
    let dropped = 0;
    for (const [k, tat] of this.tats) {
      if (tat <= nowMs) {
        this.tats.delete(k);
        dropped++;
      }
    }
    return dropped;
  }

  get size(): number {
    return this.tats.size;
  }
}
