/**
 * GCRA rate limits shared by many gateway nodes, in Redis (standalone or Redis Cluster).
 *
 * The same arithmetic as src/policy/gcra.ts runs as one Lua script per request, so the check of all
 * four limits (account and org × requests and tokens) and their update are atomic. Every key a
 * script touches carries one hash tag — the org id when the account has one, else the account id —
 * so in a cluster they live in one slot (no CROSSSLOT errors) and the script runs on one shard.
 * Keys expire once their TAT has passed (an idle key equals an unseen one), so Redis holds only the
 * accounts active within their burst window.
 *
 * Failure mode (documented in src/policy/POLICY.md): commands fail fast (no offline queue, short
 * timeout); `failure: 'open'` (default) admits the request and counts the error, `'closed'` refuses
 * it with a short retry-after.
 */
import { Cluster, Redis } from 'ioredis';
import type { PolicyConfig } from '../policy/config.js';
import { checksFor, quotaOf, tokenSpecs, type Limiter, type LimitSubject, type LimitVerdict } from '../policy/limits.js';

// KEYS: the limit keys. ARGV[1] = now (ms); then per key: interval ms, tolerance ms, cost.
// Returns {allowed (0/1), retry-after ms, 1-based index of the refusing key or 0, then each key's TAT after the call
// as a string (the client's rate-limit headers are computed from them)}.
const ADMIT_LUA = `
local now = tonumber(ARGV[1])
local n = #KEYS
local tats = {}
local before = {}
local worst, worstIdx = 0, 0
for i = 1, n do
  local interval = tonumber(ARGV[2 + (i - 1) * 3])
  local tolerance = tonumber(ARGV[3 + (i - 1) * 3])
  local cost = tonumber(ARGV[4 + (i - 1) * 3])
  local tat = tonumber(redis.call('GET', KEYS[i]) or now)
  if tat < now then tat = now end
  before[i] = tostring(tat)
  local newTat = tat + cost * interval
  local allowAt = newTat - tolerance
  if allowAt > now and allowAt - now > worst then worst = allowAt - now; worstIdx = i end
  tats[i] = newTat
end
if worstIdx > 0 then
  local out = {0, math.ceil(worst), worstIdx}
  for i = 1, n do out[3 + i] = before[i] end
  return out
end
local out = {1, 0, 0}
for i = 1, n do
  local cost = tonumber(ARGV[4 + (i - 1) * 3])
  if cost > 0 then
    redis.call('SET', KEYS[i], tostring(tats[i]), 'PX', math.max(1, math.ceil(tats[i] - now)))
    out[3 + i] = tostring(tats[i])
  else
    out[3 + i] = before[i]
  end
end
return out
`;

// KEYS: token keys. ARGV[1] = now; then per key: interval ms, cost. Adds debt unconditionally.
const CHARGE_LUA = `
local now = tonumber(ARGV[1])
for i = 1, #KEYS do
  local interval = tonumber(ARGV[2 + (i - 1) * 2])
  local cost = tonumber(ARGV[3 + (i - 1) * 2])
  local tat = tonumber(redis.call('GET', KEYS[i]) or now)
  if tat < now then tat = now end
  local newTat = tat + cost * interval
  redis.call('SET', KEYS[i], tostring(newTat), 'PX', math.max(1, math.ceil(newTat - now)))
end
return 1
`;

export type RedisState =
  | { kind: 'standalone'; url: string }
  | { kind: 'cluster'; nodes: { host: string; port: number }[] };

/** Parses `--state`: `redis://host:port` or `redis-cluster://h1:p1,h2:p2,...`. */
export function parseStateUrl(s: string): RedisState {
  if (s.startsWith('redis://') || s.startsWith('rediss://')) return { kind: 'standalone', url: s };
  if (s.startsWith('redis-cluster://')) {
    const nodes = s.slice('redis-cluster://'.length).split(',').filter(Boolean).map((hp) => {
      const [host, port] = hp.split(':');
      return { host: host || '127.0.0.1', port: Number(port ?? 6379) };
    });
    if (nodes.length === 0 || nodes.some((n) => !Number.isInteger(n.port))) throw new Error(`bad cluster address list in ${s}`);
    return { kind: 'cluster', nodes };
  }
  throw new Error(`state must be redis://host:port or redis-cluster://host:port,... (got ${s})`);
}

type ScriptClient = (Redis | Cluster) & {
  dgAdmit(numKeys: number, ...args: (string | number)[]): Promise<[number, number, number, ...string[]]>;
  dgCharge(numKeys: number, ...args: (string | number)[]): Promise<number>;
};

export interface RedisLimiterOptions {
  state: RedisState;
  policy: () => PolicyConfig;
  /** What to do when Redis cannot answer: admit (default) or refuse. */
  failure?: 'open' | 'closed';
  /** Per-command timeout. Default 100 ms. */
  timeoutMs?: number;
  /** Key prefix, e.g. per environment. Default `dg`. */
  prefix?: string;
  onError?: (e: unknown) => void;
}

export class RedisLimiter implements Limiter {
  readonly client: ScriptClient;
  private readonly failure: 'open' | 'closed';
  private readonly prefix: string;
  /** Redis errors seen (each resolved per `failure`). */
  errors = 0;

  constructor(private readonly o: RedisLimiterOptions) {
    this.failure = o.failure ?? 'open';
    this.prefix = o.prefix ?? 'dg';
    const common = { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: o.timeoutMs ?? 100, lazyConnect: false };
    const client = o.state.kind === 'standalone'
      ? new Redis(o.state.url, common)
      : new Cluster(o.state.nodes, { redisOptions: common, enableOfflineQueue: false, slotsRefreshTimeout: 2000 });
    client.on('error', (e: unknown) => o.onError?.(e));
    client.defineCommand('dgAdmit', { lua: ADMIT_LUA });
    client.defineCommand('dgCharge', { lua: CHARGE_LUA });
    this.client = client as ScriptClient;
  }

  /** Resolves once the client is connected (tests, start-up checks). */
  async ready(): Promise<void> {
    if (this.client.status === 'ready') return;
    await new Promise<void>((resolve, reject) => {
      this.client.once('ready', () => resolve());
      this.client.once('end', () => reject(new Error('redis connection ended')));
    });
  }

  private tag(s: LimitSubject): string {
    return `${this.prefix}:{${s.orgId !== null ? 'o:' + s.orgId : 'a:' + s.accountId}}:`;
  }

  async admit(s: LimitSubject, nowMs: number): Promise<LimitVerdict> {
    const checks = checksFor(this.o.policy(), s);
    const tag = this.tag(s);
    const args: (string | number)[] = checks.map((c) => tag + c.key);
    args.push(nowMs);
    for (const c of checks) {
      const interval = 1000 / c.limit.ratePerSec;
      args.push(interval, c.limit.burst * interval, c.cost);
    }
    try {
      const [allowed, retry, idx, ...tats] = await this.client.dgAdmit(checks.length, ...args);
      const quota = quotaOf(checks, tats.map(Number), nowMs);
      if (allowed === 1) return { allowed: true, retryAfterMs: 0, reason: null, quota };
      return { allowed: false, retryAfterMs: retry, reason: checks[idx - 1]?.reason ?? 'rate_limit', quota };
    } catch (e) {
      this.errors++;
      this.o.onError?.(e);
      return this.failure === 'open' ? { allowed: true, retryAfterMs: 0, reason: null } : { allowed: false, retryAfterMs: 1000, reason: 'rate_limit.state_unavailable' };
    }
  }

  chargeTokens(s: LimitSubject, tokens: number, nowMs: number): void {
    if (tokens <= 0) return;
    const specs = tokenSpecs(this.o.policy(), s);
    const tag = this.tag(s);
    const args: (string | number)[] = specs.map((x) => tag + x.key);
    args.push(nowMs);
    for (const x of specs) args.push(1000 / x.limit.ratePerSec, tokens);
    this.client.dgCharge(specs.length, ...args).catch((e: unknown) => {
      this.errors++;
      this.o.onError?.(e);
    });
  }

  async close(): Promise<void> {
    this.client.disconnect();
  }
}
