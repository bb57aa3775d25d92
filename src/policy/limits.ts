/**
 * Tier rate limits per account and per organisation, on requests and on tokens, with GCRA.
 * A request must pass all four checks to be admitted, and nothing is consumed unless all pass
 * (a request refused by the org limit does not eat into the account's allowance). Tokens are only
 * known after the response, so they are charged afterwards and the pre-check only asks whether
 * the account/org is still within its token burst.
 *
 * `Limiter` may answer synchronously (memory) or asynchronously (Redis, multi-node); the gateway
 * handles both without awaiting in the synchronous case.
 */
import type { Tier } from '../dataset/types.js';
import { toGcra, type PolicyConfig, type RateSpec } from './config.js';
import { gcraCharge, gcraStep, type GcraLimit } from './gcra.js';

export interface LimitSubject {
  accountId: string;
  orgId: string | null;
  tier: Tier;
  /** Account limits scaled by policy.throttle.factor. */
  throttled: boolean;
}

export interface LimitVerdict {
  allowed: boolean;
  retryAfterMs: number;
  /** Which limit refused, e.g. `rate_limit.account.requests`; null when allowed. */
  reason: string | null;
  /** What the client is told in rate-limit headers; absent when the limiter could not tell (state unreachable). */
  quota?: Quota;
}

/** One limit as a client sees it: GCRA's burst is the limit, its refill time the reset. */
export interface QuotaState {
  /** Units available from a rested state (the GCRA burst). */
  limit: number;
  /** Units available right now, after this request. */
  remaining: number;
  /** Milliseconds until the limit is back at `limit` (fully rested). */
  resetMs: number;
}

/** The tightest of the account and organisation limits, on requests and on tokens. */
export interface Quota {
  requests: QuotaState;
  tokens: QuotaState;
}

export interface Limiter {
  admit(s: LimitSubject, nowMs: number): LimitVerdict | Promise<LimitVerdict>;
  chargeTokens(s: LimitSubject, tokens: number, nowMs: number): void;
  close(): Promise<void>;
}

interface Check {
  key: string;
  limit: GcraLimit;
  cost: number;
  reason: string;
}

/** The four checks for a subject, in the order they are reported. */
export function checksFor(policy: PolicyConfig, s: LimitSubject): Check[] {
  const tier = policy.tiers[s.tier];
  const f = s.throttled ? policy.throttle.factor : 1;
  const out: Check[] = [
    { key: `a:${s.accountId}:r`, limit: toGcra(tier.account.requests, f), cost: 1, reason: 'rate_limit.account.requests' },
    { key: `a:${s.accountId}:t`, limit: toGcra(tier.account.tokens, f), cost: 0, reason: 'rate_limit.account.tokens' },
  ];
  if (s.orgId !== null) {
    out.push({ key: `o:${s.orgId}:r`, limit: toGcra(tier.org.requests), cost: 1, reason: 'rate_limit.org.requests' });
    out.push({ key: `o:${s.orgId}:t`, limit: toGcra(tier.org.tokens), cost: 0, reason: 'rate_limit.org.tokens' });
  }
  return out;
}

export function tokenSpecs(policy: PolicyConfig, s: LimitSubject): { key: string; limit: GcraLimit }[] {
  const tier = policy.tiers[s.tier];
  const f = s.throttled ? policy.throttle.factor : 1;
  const spec = (r: RateSpec, factor: number) => toGcra(r, factor);
  const out = [{ key: `a:${s.accountId}:t`, limit: spec(tier.account.tokens, f) }];
  if (s.orgId !== null) out.push({ key: `o:${s.orgId}:t`, limit: spec(tier.org.tokens, 1) });
  return out;
}

/** The state of one limit at `nowMs` given its TAT (undefined = never seen or rested). */
export function quotaState(limit: GcraLimit, tat: number | undefined, nowMs: number): QuotaState {
  const interval = 1000 / limit.ratePerSec;
  const debt = tat === undefined ? 0 : Math.max(0, tat - nowMs);
  const burst = Math.floor(limit.burst);
  return { limit: burst, remaining: Math.min(burst, Math.max(0, Math.floor((limit.burst * interval - debt) / interval + 1e-9))), resetMs: Math.ceil(debt) };
}

/**
 * What the checks' TATs (same order as `checksFor`) mean to a client: per kind, the limit with the fewest units left
 * (ties: the one that takes longer to rest).
 */
export function quotaOf(checks: { limit: GcraLimit; reason: string }[], tats: (number | undefined)[], nowMs: number): Quota {
  let requests: QuotaState | null = null;
  let tokens: QuotaState | null = null;
  const tighter = (a: QuotaState | null, b: QuotaState) => a === null || b.remaining < a.remaining || (b.remaining === a.remaining && b.resetMs > a.resetMs) ? b : a;
  checks.forEach((c, i) => {
    const q = quotaState(c.limit, tats[i], nowMs);
    if (c.reason.endsWith('.tokens')) tokens = tighter(tokens, q);
    else requests = tighter(requests, q);
  });
  const none: QuotaState = { limit: 0, remaining: 0, resetMs: 0 };
  return { requests: requests ?? none, tokens: tokens ?? none };
}

/** Single-node limiter: all state in one Map, swept of rested keys once a minute. */
export class MemoryLimiter implements Limiter {
  private readonly tats = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly policy: () => PolicyConfig, private readonly clock: () => number = Date.now) {
    this.timer = setInterval(() => this.sweep(this.clock()), 60_000);
    this.timer.unref();
  }

  admit(s: LimitSubject, nowMs: number): LimitVerdict {
    const checks = checksFor(this.policy(), s);
    const next: number[] = [];
    let worst: LimitVerdict | null = null;
    for (const c of checks) {
      const { tat, result } = gcraStep(this.tats.get(c.key), c.limit, c.cost, nowMs);
      next.push(tat);
      if (!result.allowed && (worst === null || result.retryAfterMs > worst.retryAfterMs)) {
        worst = { allowed: false, retryAfterMs: result.retryAfterMs, reason: c.reason };
      }
    }
    if (worst) return { ...worst, quota: quotaOf(checks, checks.map((c) => this.tats.get(c.key)), nowMs) };
    checks.forEach((c, i) => {
      if (c.cost > 0) this.tats.set(c.key, next[i]!);
    });
    return { allowed: true, retryAfterMs: 0, reason: null, quota: quotaOf(checks, checks.map((c) => this.tats.get(c.key)), nowMs) };
  }

  chargeTokens(s: LimitSubject, tokens: number, nowMs: number): void {
    if (tokens <= 0) return;
    for (const { key, limit } of tokenSpecs(this.policy(), s)) this.tats.set(key, gcraCharge(this.tats.get(key), limit, tokens, nowMs));
  }

  sweep(nowMs: number): void {
    for (const [k, tat] of this.tats) if (tat <= nowMs) this.tats.delete(k);
  }

  get size(): number {
    return this.tats.size;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
  }
}
