/**
 * The baselines a provider has today, computed from the interactions alone. Each produces verdicts in
 * the spec's shape (with first_flagged_at), which then go through the same scoring as the analyzer's.
 *
 * 1. volume: T = the p-th percentile (nearest rank) of requests per (account, UTC day) over all account-days
 *    with at least one request; an account is flagged at the first request that takes one of its days
 *    above T (the floor(T)+1-th request of that day).
 * 2. shared IP: an IP qualifies when at least N distinct accounts used it; every account on it is flagged at
 *    max(time the N-th distinct account first appeared on the IP, time this account first used the IP),
 *    earliest over its qualifying IPs. Accounts linked through qualifying IPs form one detected campaign.
 * 3. rate limit: per account at most `perMinute` served requests in any sliding 60 s window and `perDay`
 *    per UTC calendar day; a request over either limit is rejected (rejected requests do not use quota).
 *    The account is "caught" (flagged) at its first rejected request; it is never stopped, so its leak is
 *    every request served.
 *
 * Times per account must be sorted ascending (scanInteractions sorts them); unsorted input is sorted here.
 */
import type { IpUsage } from './scan.js';
import type { EvalVerdict } from './types.js';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

function sorted(ts: Float64Array): Float64Array {
  for (let i = 1; i < ts.length; i++) if ((ts[i] as number) < (ts[i - 1] as number)) return Float64Array.from(ts).sort();
  return ts;
}

function verdict(account_id: string, flagAt: number | null, reason: string, campaign: string | null = null): EvalVerdict {
  const flagged = flagAt !== null;
  return {
    account_id,
    risk: flagged ? 1 : 0,
    flagged,
    campaign_id: flagged ? campaign : null,
    first_flagged_at: flagged ? new Date(flagAt).toISOString() : null,
    reasons: flagged ? [reason] : [],
  };
}

/** Nearest-rank percentile of values (p in (0, 100]); null for no values. */
export function percentileNearestRank(values: ArrayLike<number>, p: number): number | null {
  if (values.length === 0) return null;
  const s = Float64Array.from(values).sort();
  const rank = Math.min(s.length, Math.max(1, Math.ceil((p / 100) * s.length)));
  return s[rank - 1] as number;
}

export interface VolumeResult {
  verdicts: Map<string, EvalVerdict>;
  threshold: number | null;
  accountDays: number;
}

export function volumeBaseline(accountIds: readonly string[], times: readonly Float64Array[], percentile: number): VolumeResult {
  const all = times.map(sorted);
  const counts: number[] = [];
  for (const ts of all) {
    let i = 0;
    while (i < ts.length) {
      const day = Math.floor((ts[i] as number) / DAY_MS);
      let j = i + 1;
      while (j < ts.length && Math.floor((ts[j] as number) / DAY_MS) === day) j++;
      counts.push(j - i);
      i = j;
    }
  }
  const threshold = percentileNearestRank(counts, percentile);
  const verdicts = new Map<string, EvalVerdict>();
  accountIds.forEach((id, a) => {
    const ts = all[a] as Float64Array;
    let flagAt: number | null = null;
    if (threshold !== null) {
      const allowed = Math.floor(threshold); // the request with 0-based index `allowed` in a day is the one above T
      let i = 0;
      while (i < ts.length && flagAt === null) {
        const day = Math.floor((ts[i] as number) / DAY_MS);
        let j = i + 1;
        while (j < ts.length && Math.floor((ts[j] as number) / DAY_MS) === day) j++;
        if (j - i > threshold) flagAt = ts[i + allowed] as number;
        i = j;
      }
    }
    verdicts.set(id, verdict(id, flagAt, `volume_over_p${percentile}`));
  });
  return { verdicts, threshold, accountDays: counts.length };
}

export interface SharedIpResult {
  verdicts: Map<string, EvalVerdict>;
  qualifyingIps: number;
}

export function sharedIpBaseline(accountIds: readonly string[], usage: IpUsage, minAccounts: number): SharedIpResult {
  // Counting sort of the pairs by IP (pairs are unique per (IP, account)).
  let nIps = 0;
  for (let i = 0; i < usage.length; i++) nIps = Math.max(nIps, (usage.ip[i] as number) + 1);
  const start = new Uint32Array(nIps + 1);
  for (let i = 0; i < usage.length; i++) {
    const k = (usage.ip[i] as number) + 1;
    start[k] = (start[k] as number) + 1;
  }
  for (let k = 0; k < nIps; k++) start[k + 1] = (start[k + 1] as number) + (start[k] as number);
  const fill = start.slice(0, nIps);
  const order = new Uint32Array(usage.length);
  for (let i = 0; i < usage.length; i++) {
    const ip = usage.ip[i] as number;
    order[fill[ip] as number] = i;
    fill[ip] = (fill[ip] as number) + 1;
  }

  const flagAt = new Float64Array(accountIds.length).fill(Infinity);
  // Union-find over accounts sharing a qualifying IP: the baseline's "campaigns".
  const parent = Int32Array.from({ length: accountIds.length }, (_, i) => i);
  const root = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x] as number] as number;
      x = parent[x] as number;
    }
    return x;
  };
  let qualifying = 0;
  const threshold = Math.max(1, minAccounts);
  for (let ip = 0; ip < nIps; ip++) {
    const s = start[ip] as number;
    const e = start[ip + 1] as number;
    if (e - s < threshold) continue;
    qualifying++;
    const firsts = Float64Array.from({ length: e - s }, (_, k) => usage.first[order[s + k] as number] as number).sort();
    const qualifiesAt = firsts[threshold - 1] as number;
    const r0 = root(usage.account[order[s] as number] as number);
    for (let k = s; k < e; k++) {
      const p = order[k] as number;
      const a = usage.account[p] as number;
      const t = Math.max(qualifiesAt, usage.first[p] as number);
      if (t < (flagAt[a] as number)) flagAt[a] = t;
      const r = root(a);
      if (r !== r0) parent[r] = r0;
    }
  }
  // Name components by their lowest account index, so ids are stable for a given file.
  const names = new Map<number, string>();
  const verdicts = new Map<string, EvalVerdict>();
  accountIds.forEach((id, a) => {
    const t = flagAt[a] as number;
    if (!Number.isFinite(t)) {
      verdicts.set(id, verdict(id, null, ''));
      return;
    }
    const r = root(a);
    let name = names.get(r);
    if (name === undefined) names.set(r, (name = `shared-ip-${names.size + 1}`));
    verdicts.set(id, verdict(id, t, `shared_ip_${minAccounts}_accounts`, name));
  });
  return { verdicts, qualifyingIps: qualifying };
}

export interface RateLimitResult {
  verdicts: Map<string, EvalVerdict>;
  rejected: number;
}

export function rateLimitBaseline(accountIds: readonly string[], times: readonly Float64Array[], limits: { perMinute: number; perDay: number }): RateLimitResult {
  const perMinute = Math.max(0, Math.floor(limits.perMinute));
  const ring = new Float64Array(Math.max(1, perMinute));
  let rejectedTotal = 0;
  const verdicts = new Map<string, EvalVerdict>();
  accountIds.forEach((id, a) => {
    const ts = sorted(times[a] as Float64Array);
    let pos = 0, inRing = 0, day = Number.NaN, today = 0, served = 0;
    let caught: number | null = null;
    for (let i = 0; i < ts.length; i++) {
      const t = ts[i] as number;
      const d = Math.floor(t / DAY_MS);
      if (d !== day) {
        day = d;
        today = 0;
      }
      // Full ring: its oldest entry is the perMinute-th most recent served request.
      const overMinute = perMinute === 0 || (inRing === perMinute && (ring[pos] as number) > t - MINUTE_MS);
      const overDay = today >= limits.perDay;
      if (overMinute || overDay) {
        rejectedTotal++;
        caught ??= t;
        continue;
      }
      if (perMinute > 0) {
        ring[pos] = t;
        pos = (pos + 1) % perMinute;
        if (inRing < perMinute) inRing++;
      }
      today++;
      served++;
    }
    const v = verdict(id, caught, `rate_limit_${perMinute}_per_min_${limits.perDay}_per_day`);
    v.leaked_interactions = served;
    verdicts.set(id, v);
  });
  return { verdicts, rejected: rejectedTotal };
}
