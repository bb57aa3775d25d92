/**
 * Model pivots: an account that moved most of its traffic to a model it started using after its first day (an
 * operation retargeting its pipeline when a new model ships). One reading for the one engine (engine/engine.ts) and
 * the account shards (cluster/account-shard.ts), so that both link the same accounts.
 * Evade: keep half or more of each account's traffic on the models it used before, or open new accounts for the new
 * model.
 */
import type { AccountState, ModelUse } from './state.js';

const DAY = 24 * 3_600_000;
/** Requests an account needs before a pivot is read (a handful of requests has no "most"). */
const PIVOT_MIN_REQUESTS = 10;
/**
 * Share of the account's requests since the model's first use (estimated from its lifetime at an even pace) that the
 * model must carry.
 */
const PIVOT_SHARE = 0.5;

/** Whether `s` pivoted to `m`, one of its model uses. */
export function pivotedTo(s: AccountState, m: ModelUse): boolean {
  if (s.n < PIVOT_MIN_REQUESTS || s.models.length < 2 || m.first - s.first < DAY) return false;
  return m.count >= PIVOT_SHARE * s.n * ((s.last - m.first) / Math.max(1, s.last - s.first));
}
