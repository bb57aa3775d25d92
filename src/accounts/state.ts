/**
 * Per-account state: counters, histograms and small capped sets, updated once per observation in time order.
 * Everything here is mergeable (sums, unions, max/min), so shards of one account's traffic can be combined; the
 * cross-account step reads derived features from it (features.ts).
 */
import { CAPABILITIES, INTENT_KINDS, type Observation } from '../engine/observation.js';
import { U32Set } from '../collections/u32-set.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Caps keep memory flat for the heaviest accounts; counts above the cap are still counted, just not kept. */
const MAX_ITEMS = 4096;
const MAX_SMALL_SET = 64;
const MAX_FRAMES = 128;

export class AccountState {
  readonly id: string;
  /** Index in the engine's account table (dense, for typed-array side tables). */
  readonly index: number;
  n = 0;
  first = Number.POSITIVE_INFINITY;
  last = Number.NEGATIVE_INFINITY;
  readonly hourOfDay = new Uint32Array(24);
  /** Requests per UTC day index. */
  readonly perDay = new Map<number, number>();
  intentSum = 0;
  intentHigh = 0;
  readonly intentKinds = new Uint32Array(INTENT_KINDS.length);
  readonly capabilities = new Uint32Array(CAPABILITIES.length);
  maxTokensSet = 0;
  maxTokensHigh = 0;
  inputTokens = 0;
  outputTokens = 0;
  reasoningTokens = 0;
  followUps = 0;
  withTools = 0;
  errors = 0;
  /** Item hashes asked (low 32 bits, capped): a compact set, since a harvester's items are all distinct. */
  readonly items = new U32Set();
  /** Requests that carried an item (long enough to be one), and how many of those repeated an earlier item. */
  itemRequests = 0;
  repeats = 0;
  /** Items checked against the global first-owner index, and how many of those another account also asked. */
  sampledItems = 0;
  sharedItems = 0;
  readonly ips = new Map<string, number>();
  readonly prefixes = new Set<string>();
  readonly asns = new Set<number>();
  readonly countries = new Set<string>();
  readonly clients = new Set<string>();
  datacenter = 0;
  vpn = 0;
  uaTlsMismatch = 0;
  readonly models = new Map<string, { first: number; count: number }>();
  readonly frames = new Map<number, number>();
  /** Welford running stats of log inter-arrival gaps (regular machine cadence has low variance). */
  private gapN = 0;
  private gapMean = 0;
  private gapM2 = 0;

  constructor(id: string, index: number) {
    this.id = id;
    this.index = index;
  }

  apply(o: Observation): void {
    this.n++;
    if (o.ts < this.first) this.first = o.ts;
    if (this.last > Number.NEGATIVE_INFINITY && o.ts >= this.last) {
      const g = Math.log1p((o.ts - this.last) / 1000);
      this.gapN++;
      const d = g - this.gapMean;
      this.gapMean += d / this.gapN;
      this.gapM2 += d * (g - this.gapMean);
    }
    if (o.ts > this.last) this.last = o.ts;
    this.hourOfDay[Math.floor((o.ts % DAY) / HOUR)]!++;
    const day = Math.floor(o.ts / DAY);
    this.perDay.set(day, (this.perDay.get(day) ?? 0) + 1);
    this.intentSum += o.intent;
    if (o.intent >= 0.5) this.intentHigh++;
    for (let k = 0, bits = o.intentKinds; bits !== 0; k++, bits >>>= 1) if (bits & 1) this.intentKinds[k]!++;
    this.capabilities[o.capability]!++;
    if (o.maxTokens !== null) {
      this.maxTokensSet++;
      if (o.maxTokens >= 4000) this.maxTokensHigh++;
    }
    this.inputTokens += o.inputTokens;
    this.outputTokens += o.outputTokens;
    this.reasoningTokens += o.reasoningTokens;
    if (o.turn !== null && o.turn > 1) this.followUps++;
    if (o.tools) this.withTools++;
    if (o.status >= 400) this.errors++;
    if (o.item !== 0) {
      this.itemRequests++;
      if (this.items.has(o.item)) this.repeats++;
      else if (this.items.size < MAX_ITEMS) this.items.add(o.item);
    }
    if (this.ips.size < MAX_SMALL_SET || this.ips.has(o.ip)) this.ips.set(o.ip, (this.ips.get(o.ip) ?? 0) + 1);
    if (this.prefixes.size < MAX_SMALL_SET) this.prefixes.add(o.prefix);
    if (o.asn !== null && this.asns.size < MAX_SMALL_SET) this.asns.add(o.asn);
    if (o.country !== null && this.countries.size < MAX_SMALL_SET) this.countries.add(o.country);
    if (this.clients.size < MAX_SMALL_SET) this.clients.add(o.client);
    if (o.datacenter) this.datacenter++;
    if (o.vpn) this.vpn++;
    if (o.uaTlsMismatch) this.uaTlsMismatch++;
    const m = this.models.get(o.model);
    if (m) m.count++;
    else this.models.set(o.model, { first: o.ts, count: 1 });
    if (o.frame !== 0) {
      this.countFrame(o.frame);
      this.countFrame(o.frameTail);
    }
  }

  /** Counts one use of a frame; returns the new count (0 when the account's frame table is full). */
  countFrame(frame: number): number {
    const c = this.frames.get(frame);
    if (c !== undefined) {
      this.frames.set(frame, c + 1);
      return c + 1;
    }
    if (this.frames.size >= MAX_FRAMES) return 0;
    this.frames.set(frame, 1);
    return 1;
  }

  /** Standard deviation of log inter-arrival gaps. */
  gapSpread(): number {
    return this.gapN > 1 ? Math.sqrt(this.gapM2 / (this.gapN - 1)) : Number.NaN;
  }

  /** Merges another shard's state of the same account into this one. */
  merge(other: AccountState): void {
    this.n += other.n;
    this.first = Math.min(this.first, other.first);
    this.last = Math.max(this.last, other.last);
    for (let h = 0; h < 24; h++) this.hourOfDay[h]! += other.hourOfDay[h]!;
    for (const [d, c] of other.perDay) this.perDay.set(d, (this.perDay.get(d) ?? 0) + c);
    this.intentSum += other.intentSum;
    this.intentHigh += other.intentHigh;
    for (let k = 0; k < this.intentKinds.length; k++) this.intentKinds[k]! += other.intentKinds[k]!;
    for (let k = 0; k < this.capabilities.length; k++) this.capabilities[k]! += other.capabilities[k]!;
    this.maxTokensSet += other.maxTokensSet;
    this.maxTokensHigh += other.maxTokensHigh;
    this.inputTokens += other.inputTokens;
    this.outputTokens += other.outputTokens;
    this.reasoningTokens += other.reasoningTokens;
    this.followUps += other.followUps;
    this.withTools += other.withTools;
    this.errors += other.errors;
    for (const i of other.items) {
      if (this.items.has(i)) this.repeats++;
      else if (this.items.size < MAX_ITEMS) this.items.add(i);
    }
    this.repeats += other.repeats;
    this.itemRequests += other.itemRequests;
    this.sampledItems += other.sampledItems;
    this.sharedItems += other.sharedItems;
    for (const [ip, c] of other.ips) if (this.ips.size < MAX_SMALL_SET || this.ips.has(ip)) this.ips.set(ip, (this.ips.get(ip) ?? 0) + c);
    for (const p of other.prefixes) if (this.prefixes.size < MAX_SMALL_SET) this.prefixes.add(p);
    for (const a of other.asns) if (this.asns.size < MAX_SMALL_SET) this.asns.add(a);
    for (const c of other.countries) if (this.countries.size < MAX_SMALL_SET) this.countries.add(c);
    for (const c of other.clients) if (this.clients.size < MAX_SMALL_SET) this.clients.add(c);
    this.datacenter += other.datacenter;
    this.vpn += other.vpn;
    this.uaTlsMismatch += other.uaTlsMismatch;
    for (const [model, s] of other.models) {
      const m = this.models.get(model);
      if (m) {
        m.count += s.count;
        m.first = Math.min(m.first, s.first);
      } else this.models.set(model, { ...s });
    }
    for (const [f, c] of other.frames) if (this.frames.size < MAX_FRAMES || this.frames.has(f)) this.frames.set(f, (this.frames.get(f) ?? 0) + c);
    // Gap statistics merge (Chan et al. parallel variance).
    if (other.gapN > 0) {
      const n = this.gapN + other.gapN;
      const d = other.gapMean - this.gapMean;
      this.gapM2 += other.gapM2 + (d * d * this.gapN * other.gapN) / n;
      this.gapMean += (d * other.gapN) / n;
      this.gapN = n;
    }
  }
}
