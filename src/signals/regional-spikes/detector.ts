/**
 * Regional spikes: an hour in which one country or one network (ASN) sends far more requests than its own
 * baseline expects for that hour of the week. A distillation operation that switches on a proxy pool, or moves its
 * fleet to a new exit country, shows as such a rise even when every account in it looks ordinary.
 *
 * Streaming, fed observations in time order: per region and hour it counts requests, distinct active accounts and
 * new accounts' first requests; when the hour closes it compares the count with the region's SeasonalBaseline
 * (hour-of-week, falling back to hour-of-day and the overall level while slots have little history). An hour spikes
 * when, after `minHistoryHours` of the region's own history, the count is at least `minRatio` × and `minRise`
 * requests above the expected count, with a z-score (variance floored at the Poisson variance) of at least `minZ`,
 * and the region's distinct active accounts (a second baseline) rose too, by `minAccountRatio` × and
 * `minAccountRise` accounts: a fleet switching on is many accounts, while a few heavy users' bursts (a power user, an
 * eval harness) are the per-account detectors' business. The baselines learn a spiking hour clamped at expected +
 * 3 sd, so a long attack is not learned as normal within hours.
 *
 * Memory is bounded: at most `maxRegions` countries and `maxRegions` ASNs (the least recently active one makes
 * room), regions idle for `idleHours` are forgotten, and at most `maxSpikes` spikes are kept for queries.
 *
 * Evasion: spread the traffic thinly across many countries and networks so that no region rises `minRatio` × (the
 * residential-proxy way, at its cost), ramp up slowly so the baseline learns the rise (a week-long ramp is learned),
 * concentrate the rise in a few accounts (each then stands out on its own volume),
 * or start in a region never seen before (it needs `minHistoryHours` before it can alert; the link index still sees
 * the network). Regions with large organic traffic (the provider's home country) hide a campaign smaller than
 * `minRatio` × their own volume.
 */
import type { Observation } from '../../engine/observation.js';
import { SeasonalBaseline } from './baseline.js';

export const REGIONAL_SPIKE_REASON = 'infra:regional-spike';

const HOUR = 3_600_000;

export type RegionKind = 'country' | 'asn';

export interface Region {
  kind: RegionKind;
  key: string;
  name?: string;
}

export interface RegionalSpike {
  region: Region;
  /** Epoch ms of the hour's start. */
  hourStart: number;
  count: number;
  expected: number;
  z: number;
  /** Distinct accounts with requests from the region in the hour. */
  accounts: number;
  /** Accounts whose very first request came from the region in the hour. */
  newAccounts: number;
  /** The region's hourly counts and expected counts for the hours up to and including this one, oldest first. */
  window: { start: number; counts: number[]; expected: number[] };
}

export interface RegionalSpikeOptions {
  maxRegions: number;
  idleHours: number;
  minHistoryHours: number;
  minRatio: number;
  minRise: number;
  minZ: number;
  minAccountRatio: number;
  minAccountRise: number;
  windowHours: number;
  maxSpikes: number;
  /** An account's requests in spiking hours before it carries the reason code, and their least share of its requests. */
  accountMinRequests: number;
  accountMinShare: number;
  /** Names a region in the spikes it reports (e.g. an ASN's organisation from the IP tables). */
  regionName?: (region: Region, sampleIp: string) => string | undefined;
}

export const DEFAULT_REGIONAL_SPIKE_OPTIONS: Readonly<RegionalSpikeOptions> = {
  maxRegions: 2048,
  idleHours: 14 * 24,
  minHistoryHours: 72,
  minRatio: 3,
  minRise: 30,
  minZ: 5,
  minAccountRatio: 2,
  minAccountRise: 8,
  windowHours: 48,
  maxSpikes: 5000,
  accountMinRequests: 5,
  accountMinShare: 0.2,
};

class RegionState {
  readonly baseline = new SeasonalBaseline();
  readonly accountBaseline = new SeasonalBaseline();
  /** The current hour: requests per account, requests, first requests. */
  accounts = new Map<string, number>();
  count = 0;
  newAccounts = 0;
  lastActiveHour: number;
  sampleIp = '';
  /** count, expected pairs of the last windowHours closed hours (a ring). */
  readonly ring: Float32Array;

  constructor(readonly region: Region, hour: number, windowHours: number) {
    this.lastActiveHour = hour;
    this.ring = new Float32Array(2 * windowHours);
  }
}

/** One kind of region (countries or ASNs) with its own cap. */
class RegionTable<K> {
  private readonly states = new Map<K, RegionState>();
  constructor(private readonly kind: RegionKind, private readonly max: number, private readonly windowHours: number) {}

  get size(): number {
    return this.states.size;
  }

  values(): IterableIterator<RegionState> {
    return this.states.values();
  }

  get(key: K): RegionState | undefined {
    return this.states.get(key);
  }

  /** The region's state, made (evicting the least recently active region when full) on its first request. */
  touch(key: K, hour: number): RegionState {
    let s = this.states.get(key);
    if (s) {
      // Reinsert on the first request of an hour only, so map order is recency without a reinsert per request.
      if (s.count === 0) {
        this.states.delete(key);
        this.states.set(key, s);
      }
      s.lastActiveHour = hour;
      return s;
    }
    if (this.states.size >= this.max) {
      const oldest = this.states.keys().next().value as K;
      this.states.delete(oldest);
    }
    s = new RegionState({ kind: this.kind, key: String(key) }, hour, this.windowHours);
    this.states.set(key, s);
    return s;
  }

  forgetIdle(hour: number, idleHours: number): void {
    for (const [k, s] of this.states) if (hour - s.lastActiveHour > idleHours) this.states.delete(k);
  }

  clear(): void {
    this.states.clear();
  }
}

export class RegionalSpikeDetector {
  readonly options: RegionalSpikeOptions;
  private readonly countries: RegionTable<string>;
  private readonly asns: RegionTable<number>;
  /** The open hour (epoch ms / HOUR); NaN before the first observation. */
  private hour = Number.NaN;
  private readonly kept: RegionalSpike[] = [];
  private readonly byRegionHour = new Map<string, RegionalSpike>();
  private readonly pending: RegionalSpike[] = [];
  private readonly spikedRequests = new Map<string, number>();
  /** Spikes found since the start, including those no longer kept. */
  total = 0;

  constructor(options: Partial<RegionalSpikeOptions> = {}) {
    this.options = { ...DEFAULT_REGIONAL_SPIKE_OPTIONS, ...options };
    this.countries = new RegionTable('country', this.options.maxRegions, this.options.windowHours);
    this.asns = new RegionTable('asn', this.options.maxRegions, this.options.windowHours);
  }

  /** Counts one request. `firstRequest`: it is its account's first. Late requests count in the open hour. */
  observe(o: Observation, firstRequest = false): void {
    const hour = Math.floor(o.ts / HOUR);
    if (Number.isNaN(this.hour)) this.hour = hour;
    else if (hour > this.hour) this.closeBefore(hour);
    if (o.country !== null) this.count(this.countries.touch(o.country, this.hour), o, firstRequest);
    if (o.asn !== null) this.count(this.asns.touch(o.asn, this.hour), o, firstRequest);
  }

  /** Closes every hour that ends at or before `now` (epoch ms); returns the spikes found since the last call. */
  tick(now: number): RegionalSpike[] {
    if (!Number.isNaN(this.hour)) this.closeBefore(Math.floor(now / HOUR));
    return this.pending.splice(0);
  }

  /** The spike of `region` in the closed hour holding `ts`, if it spiked (and is still kept). */
  activeSpike(region: Pick<Region, 'kind' | 'key'>, ts: number): RegionalSpike | undefined {
    return this.byRegionHour.get(regionHourKey(region, Math.floor(ts / HOUR) * HOUR));
  }

  /** Kept spikes, oldest first. */
  spikes(): readonly RegionalSpike[] {
    return this.kept;
  }

  /** Requests of the account that fell in a spiking region-hour. */
  spikedRequestsOf(account: string): number {
    return this.spikedRequests.get(account) ?? 0;
  }

  /** `infra:regional-spike` when enough of the account's requests (`requests` in all) fell in spikes. */
  reasonFor(account: string, requests: number): string | null {
    const n = this.spikedRequestsOf(account);
    return n >= this.options.accountMinRequests && n >= this.options.accountMinShare * requests ? REGIONAL_SPIKE_REASON : null;
  }

  get regionsTracked(): number {
    return this.countries.size + this.asns.size;
  }

  private count(s: RegionState, o: Observation, firstRequest: boolean): void {
    s.count++;
    s.accounts.set(o.account, (s.accounts.get(o.account) ?? 0) + 1);
    if (firstRequest) s.newAccounts++;
    s.sampleIp = o.ip;
  }

  /** Closes the open hour and every empty hour after it up to (not including) `hour`. */
  private closeBefore(hour: number): void {
    if (hour - this.hour > this.options.idleHours + 1) {
      // Every region would be forgotten as idle before `hour`: close the open hour and start afresh.
      this.closeHour(this.hour);
      this.countries.clear();
      this.asns.clear();
      this.hour = hour;
      return;
    }
    while (this.hour < hour) this.closeHour(this.hour++);
  }

  private closeHour(hour: number): void {
    for (const table of [this.countries, this.asns] as const) {
      for (const s of table.values()) this.closeRegionHour(s, hour);
      table.forgetIdle(hour, this.options.idleHours);
    }
  }

  private closeRegionHour(s: RegionState, hour: number): void {
    const o = this.options;
    const { mean: expected, variance } = s.baseline.expect(hour);
    const sd = Math.sqrt(Math.max(variance, expected, 1));
    const count = s.count;
    const z = (count - expected) / sd;
    const accounts = s.accounts.size;
    const acc = s.accountBaseline.expect(hour);
    const accountsSd = Math.sqrt(Math.max(acc.variance, acc.mean, 1));
    const mature = s.baseline.history >= o.minHistoryHours;
    const requestsRose = count - expected >= o.minRise && count >= o.minRatio * expected && z >= o.minZ;
    const accountsRose = accounts - acc.mean >= o.minAccountRise && accounts >= o.minAccountRatio * acc.mean;
    if (mature && requestsRose && accountsRose) this.emit(s, hour, expected, z);
    s.baseline.update(hour, mature ? Math.min(count, expected + 3 * sd) : count);
    s.accountBaseline.update(hour, mature ? Math.min(accounts, acc.mean + 3 * accountsSd) : accounts);
    const slot = 2 * (hour % o.windowHours);
    s.ring[slot] = count;
    s.ring[slot + 1] = expected;
    if (count > 0) s.accounts = new Map();
    s.count = 0;
    s.newAccounts = 0;
  }

  private emit(s: RegionState, hour: number, expected: number, z: number): void {
    const o = this.options;
    const name = o.regionName?.(s.region, s.sampleIp);
    const spike: RegionalSpike = {
      region: name === undefined ? { ...s.region } : { ...s.region, name },
      hourStart: hour * HOUR,
      count: s.count,
      expected: round(expected),
      z: round(z),
      accounts: s.accounts.size,
      newAccounts: s.newAccounts,
      window: this.window(s, hour, expected),
    };
    for (const [account, n] of s.accounts) this.spikedRequests.set(account, (this.spikedRequests.get(account) ?? 0) + n);
    this.total++;
    this.kept.push(spike);
    this.pending.push(spike);
    this.byRegionHour.set(regionHourKey(spike.region, spike.hourStart), spike);
    if (this.kept.length > o.maxSpikes) {
      const old = this.kept.shift()!;
      this.byRegionHour.delete(regionHourKey(old.region, old.hourStart));
    }
  }

  /** The ring's hours before `hour` (those the region has history for) and `hour` itself. */
  private window(s: RegionState, hour: number, expected: number): RegionalSpike['window'] {
    const n = Math.min(this.options.windowHours - 1, s.baseline.history);
    const counts: number[] = [];
    const expectedCounts: number[] = [];
    for (let h = hour - n; h < hour; h++) {
      const slot = 2 * (h % this.options.windowHours);
      counts.push(s.ring[slot]!);
      expectedCounts.push(round(s.ring[slot + 1]!));
    }
    counts.push(s.count);
    expectedCounts.push(round(expected));
    return { start: (hour - n) * HOUR, counts, expected: expectedCounts };
  }
}

const regionHourKey = (r: Pick<Region, 'kind' | 'key'>, hourStart: number): string => `${r.kind}:${r.key}:${hourStart}`;
const round = (x: number): number => Math.round(x * 100) / 100;
