/**
 * Per-account state: counters, histograms and small capped sets, updated once per observation in time order.
 * Everything here is mergeable (sums, unions, max/min), so shards of one account's traffic can be combined; the
 * cross-account step reads derived features from it (features.ts).
 *
 * A scale-1 replay keeps one of these for each of ~10^5 accounts, so the layout is compact: the histograms share one
 * typed array (each typed array costs a few hundred bytes beyond its data) and the sets and maps are allocated on first
 * use. The account's IPs, prefixes, countries and clients are not kept: capped sets of them cost kilobytes per
 * account at scale and nothing read them (the link index holds network artefacts across accounts, campaigns/links.ts);
 * the ASNs stay, for operation profiles (campaigns/graph.ts).
 *
 * An idle account's collections (every field holding an object) can go to disk (`spill`, accounts/spill.ts) and come
 * back the first time they are read: every method that reads or changes them calls `load` or `changed` first, and a
 * test (state.test.ts) checks every getter and method of a spilled state against the state it was. Objects held here
 * are the account's own: they are spilled by value, so a reference to something shared would come back a copy.
 */
import { CAPABILITIES, INTENT_KINDS, type Observation } from '../engine/observation.js';
import { U32Set } from '../collections/u32-set.js';
import { U32Counts, type ReadonlyCounts } from '../collections/u32-counts.js';
import { decodeFields, encodeFields, type AccountStore } from './spill.js';
import type { AccountFeatures, Evidence } from './features.js';
import type { Profile } from './profile.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Caps keep memory flat for the heaviest accounts; counts above the cap are still counted, just not kept. */
const MAX_ITEMS = 4096;
const MAX_SMALL_SET = 64;
const MAX_FRAMES = 128;
/** Distinct sampling settings kept per account (a pipeline sends one or two; people a handful). */
const MAX_SAMPLINGS = 16;
/** Output tokens per input token from which a reasoned opening request counts as a long answer to a short ask. */
export const REASONED_OUTPUT_RATIO = 8;

/**
 * Layout of `AccountState.counts`: hour of day, intent kinds, capabilities, then the habits of how an account asks:
 * requested max_tokens and prompt length, each in SIZE_BUCKETS power-of-two buckets (behaviour profiles, profile.ts).
 */
const HOURS = 24;
const KINDS_AT = HOURS;
const CAPS_AT = KINDS_AT + INTENT_KINDS.length;
/** Buckets of a size habit (tokens): none, < 256, < 512, … doubling, the last open-ended. */
export const SIZE_BUCKETS = 8;
const MAX_TOKENS_AT = CAPS_AT + CAPABILITIES.length;
const INPUT_AT = MAX_TOKENS_AT + SIZE_BUCKETS;
const COUNTS = INPUT_AT + SIZE_BUCKETS;

/** Temperatures are kept in hundredths, plus one (so that 0 has a key), below this in a sampling key. */
export const TEMPERATURE_KEYS = 1001;
/** Largest max_tokens told apart in a sampling key (larger requests share its key). */
const MAX_TOKENS_KEYED = 1_000_000;

/**
 * Key of a request's sampling settings in AccountState.samplings: its temperature (hundredths, plus one, capped at
 * 10.00) and its requested max_tokens (0 for none). `key % TEMPERATURE_KEYS` is the temperature's own key.
 */
export function samplingKey(temperature: number, maxTokens: number | null): number {
  const t = Math.min(TEMPERATURE_KEYS - 2, Math.round(temperature * 100)) + 1;
  return t + TEMPERATURE_KEYS * Math.min(MAX_TOKENS_KEYED, Math.max(0, maxTokens ?? 0));
}

/** Bucket of a size (tokens): 0 for none, then 1 for < 256, 2 for < 512, … up to SIZE_BUCKETS − 1. */
export function sizeBucket(tokens: number | null): number {
  if (tokens === null || tokens <= 0) return 0;
  const b = Math.floor(Math.log2(tokens)) - 7;
  return Math.min(SIZE_BUCKETS - 1, Math.max(1, b + 1));
}

export interface ModelUse {
  readonly model: string;
  first: number;
  count: number;
}

/** Shared empties for collections an account has not used yet (the getters' read-only types keep them empty). */
const NO_NUMBERS: readonly number[] = [];
const NO_MODELS: readonly ModelUse[] = [];
const NO_FRAMES: ReadonlyCounts = new U32Counts();
/** Own fields holding objects that are not the account's collections (never spilled). */
const NOT_SPILLED: ReadonlySet<string> = new Set(['store', 'derived']);

/**
 * What the cross-account step derives from a state (features.ts, profile.ts), kept until the state changes: most
 * accounts do not change from one step to the next, and the step reads thousands of them. Dropped when spilled.
 */
export interface DerivedValues {
  revision: number;
  features?: AccountFeatures;
  evidence?: Evidence;
  profile?: Profile;
}

/**
 * An account's state as plain data (AccountState.snapshot). Infinite first/last (no traffic) travel as null: JSON has
 * no infinity.
 */
export interface AccountSnapshot {
  id: string;
  n: number;
  first: number | null;
  last: number | null;
  counts: number[] | null;
  days: number[] | null;
  intentSum: number;
  intentHigh: number;
  maxTokensSet: number;
  maxTokensHigh: number;
  inputTokens: number;
  outputTokens: number;
  reasoningTokens: number;
  reasoningUses: number;
  reasonedFirstTurns?: number;
  followUps: number;
  reflectiveFollowUps?: number;
  withTools: number;
  errors: number;
  itemRequests: number;
  repeats: number;
  sampledItems: number;
  sharedItems: number;
  asns: number[] | null;
  datacenter: number;
  vpn: number;
  uaTlsMismatch: number;
  models: ModelUse[] | null;
  /** Frame, uses, frame, uses, … */
  frames: number[];
  /** Sampling key, uses, … (see AccountState.samplings); absent in snapshots that predate it. */
  samplings?: number[];
  gapN: number;
  gapMean: number;
  gapM2: number;
}

export class AccountState {
  readonly id: string;
  /** Index in the engine's account table (dense, for typed-array side tables). */
  readonly index: number;
  n = 0;
  first = Number.POSITIVE_INFINITY;
  last = Number.NEGATIVE_INFINITY;
  /** Hour-of-day histogram, intent-kind counts and capability counts (see the layout constants); null before traffic. */
  private counts: Uint32Array | null = null;
  /** Distinct UTC day indices with requests, in first-seen order (only their number is read). */
  private days: number[] | null = null;
  intentSum = 0;
  intentHigh = 0;
  maxTokensSet = 0;
  maxTokensHigh = 0;
  inputTokens = 0;
  outputTokens = 0;
  reasoningTokens = 0;
  /** Requests whose answer carried reasoning tokens (extended thinking asked for). */
  reasoningUses = 0;
  /**
   * Opening requests (no conversation, or its first turn) answered with extended reasoning at REASONED_OUTPUT_RATIO or
   * more output tokens per input token: the shape of a reasoning-trace harvest, whatever the prompt's language. Counted
   * per request, so the context a long thread carries in its later turns does not dilute it.
   */
  reasonedFirstTurns = 0;
  followUps = 0;
  /** Follow-up turns asking the model to explain, verify or critique its own answer (Observation.reflective). */
  reflectiveFollowUps = 0;
  withTools = 0;
  errors = 0;
  /** Item hashes asked (low 32 bits, capped): a compact set, since a harvester's items are all distinct. */
  private itemSet: U32Set | null = null;
  /** Requests that carried an item (long enough to be one), and how many of those repeated an earlier item. */
  itemRequests = 0;
  repeats = 0;
  /** Items checked against the global first-owner index, and how many of those another account also asked. */
  private sampled = 0;
  private shared = 0;
  /**
   * ASNs used (the first MAX_SMALL_SET) and per-model use, as arrays: most accounts use one or two of each, and a Map
   * or Set per account cost ≈ 400 bytes each (≈ 60 MB over a scale-1 world's accounts).
   */
  private asnList: number[] | null = null;
  datacenter = 0;
  vpn = 0;
  private mismatched = 0;
  private modelUses: ModelUse[] | null = null;
  private frameCounts: U32Counts | null = null;
  private samplingCounts: U32Counts | null = null;
  /** Welford running stats of log inter-arrival gaps (regular machine cadence has low variance). */
  private gapN = 0;
  private gapMean = 0;
  private gapM2 = 0;
  /** The store holding this account's record on disk (accounts/spill.ts), its place, and whether it is out of memory. */
  private store: AccountStore | null = null;
  private diskAt = -1;
  private diskLength = 0;
  private out = false;
  /** The store's clock (hours) when the record was last read back: an account read by the step stays in memory. */
  private loadedHour = -1;
  /**
   * Counts every change of the state (a cache of derived values is valid while it stays). The counters are public to
   * read; they are written by this class's methods, and the three the engine writes go through setters that count:
   * to overwrite a state, `restore` a snapshot, or derived values would go stale.
   */
  private changes = 0;
  /** Derived values of the state as of `revision` (see DerivedValues; features.ts). */
  derived: DerivedValues | null = null;

  constructor(id: string, index: number) {
    this.id = id;
    this.index = index;
  }

  /** Changes so far: equal revisions mean an unchanged state. */
  get revision(): number {
    return this.changes;
  }

  /** Items checked against the global first-owner index (written by the engine, which owns that index). */
  get sampledItems(): number {
    return this.sampled;
  }

  set sampledItems(v: number) {
    this.sampled = v;
    this.changes++;
  }

  /** Sampled items another account also asked. */
  get sharedItems(): number {
    return this.shared;
  }

  set sharedItems(v: number) {
    this.shared = v;
    this.changes++;
  }

  /** Requests whose UA claims another client than the TLS stack (own, or a stack learned to be foreign: the engine). */
  get uaTlsMismatch(): number {
    return this.mismatched;
  }

  set uaTlsMismatch(v: number) {
    this.mismatched = v;
    this.changes++;
  }

  /** Requests per hour of day (UTC). A fresh view: read it once per loop, not once per element. */
  get hourOfDay(): Uint32Array {
    return this.countsView(0, HOURS);
  }

  /** Requests per intent kind (INTENT_KINDS order). */
  get intentKinds(): Uint32Array {
    return this.countsView(KINDS_AT, CAPS_AT);
  }

  /** Requests per capability (CAPABILITIES order). */
  get capabilities(): Uint32Array {
    return this.countsView(CAPS_AT, MAX_TOKENS_AT);
  }

  /** Requests per requested-max_tokens bucket (sizeBucket). */
  get maxTokenSizes(): Uint32Array {
    return this.countsView(MAX_TOKENS_AT, INPUT_AT);
  }

  /** Requests per prompt-length bucket (input tokens, sizeBucket). */
  get promptSizes(): Uint32Array {
    return this.countsView(INPUT_AT, COUNTS);
  }

  /** Distinct UTC days with requests. */
  get activeDays(): number {
    this.load();
    return this.days?.length ?? 0;
  }

  /** ASNs used, in first-use order (distinct). */
  get asns(): readonly number[] {
    this.load();
    return this.asnList ?? NO_NUMBERS;
  }

  /** Per model, in first-use order: first use (epoch ms) and requests. */
  get models(): readonly ModelUse[] {
    this.load();
    return this.modelUses ?? NO_MODELS;
  }

  /** Uses per frame (the first MAX_FRAMES frames). */
  get frames(): ReadonlyCounts {
    this.load();
    return this.frameCounts ?? NO_FRAMES;
  }

  /**
   * Requests per explicit sampling setting (temperature with max_tokens), keyed by samplingKey (the first
   * MAX_SAMPLINGS settings); requests that leave the temperature to the default are not counted.
   */
  get samplings(): ReadonlyCounts {
    this.load();
    return this.samplingCounts ?? NO_FRAMES;
  }

  /** Distinct item hashes kept (at most MAX_ITEMS). */
  get items(): Iterable<number> {
    this.load();
    return this.itemSet ?? [];
  }

  apply(o: Observation): void {
    this.changed();
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
    const counts = (this.counts ??= new Uint32Array(COUNTS));
    counts[Math.floor((o.ts % DAY) / HOUR)]!++;
    this.addDay(Math.floor(o.ts / DAY));
    this.intentSum += o.intent;
    if (o.intent >= 0.5) this.intentHigh++;
    for (let k = KINDS_AT, bits = o.intentKinds; bits !== 0; k++, bits >>>= 1) if (bits & 1) counts[k]!++;
    counts[CAPS_AT + o.capability]!++;
    if (o.maxTokens !== null) {
      this.maxTokensSet++;
      if (o.maxTokens >= 4000) this.maxTokensHigh++;
    }
    this.inputTokens += o.inputTokens;
    this.outputTokens += o.outputTokens;
    this.reasoningTokens += o.reasoningTokens;
    if (o.reasoningTokens > 0) {
      this.reasoningUses++;
      // Logs differ on whether output tokens include the reasoning: below the reasoning count they cannot.
      const generated = o.outputTokens >= o.reasoningTokens ? o.outputTokens : o.outputTokens + o.reasoningTokens;
      if ((o.turn === null || o.turn <= 1) && generated >= REASONED_OUTPUT_RATIO * Math.max(1, o.inputTokens)) this.reasonedFirstTurns++;
    }
    counts[MAX_TOKENS_AT + sizeBucket(o.maxTokens)]!++;
    counts[INPUT_AT + sizeBucket(o.inputTokens)]!++;
    if (o.turn !== null && o.turn > 1) this.followUps++;
    if (o.reflective) this.reflectiveFollowUps++;
    if (o.tools) this.withTools++;
    if (o.status >= 400) this.errors++;
    if (o.item !== 0) {
      this.itemRequests++;
      this.addItem(o.item);
    }
    if (o.asn !== null) this.addAsn(o.asn);
    if (o.datacenter) this.datacenter++;
    if (o.vpn) this.vpn++;
    if (o.uaTlsMismatch) this.uaTlsMismatch++;
    this.useModel(o.model, o.ts, 1);
    if (o.frame !== 0) {
      this.countFrame(o.frame);
      this.countFrame(o.frameTail);
    }
    if (o.temperature !== undefined && o.temperature !== null && Number.isFinite(o.temperature) && o.temperature >= 0) {
      (this.samplingCounts ??= new U32Counts()).add(samplingKey(o.temperature, o.maxTokens), 1, MAX_SAMPLINGS);
    }
  }

  /** Counts one use of a frame; returns the new count (0 when the account's frame table is full). */
  countFrame(frame: number): number {
    this.changed();
    return (this.frameCounts ??= new U32Counts()).add(frame, 1, MAX_FRAMES);
  }

  /** Standard deviation of log inter-arrival gaps. */
  gapSpread(): number {
    return this.gapN > 1 ? Math.sqrt(this.gapM2 / (this.gapN - 1)) : Number.NaN;
  }

  /** Merges another shard's state of the same account into this one. */
  merge(other: AccountState): void {
    this.changed();
    other.load();
    this.n += other.n;
    this.first = Math.min(this.first, other.first);
    this.last = Math.max(this.last, other.last);
    if (other.counts) {
      const counts = (this.counts ??= new Uint32Array(COUNTS));
      for (let k = 0; k < COUNTS; k++) counts[k]! += other.counts[k]!;
    }
    for (const d of other.days ?? []) this.addDay(d);
    this.intentSum += other.intentSum;
    this.intentHigh += other.intentHigh;
    this.maxTokensSet += other.maxTokensSet;
    this.maxTokensHigh += other.maxTokensHigh;
    this.inputTokens += other.inputTokens;
    this.outputTokens += other.outputTokens;
    this.reasoningTokens += other.reasoningTokens;
    this.reasoningUses += other.reasoningUses;
    this.reasonedFirstTurns += other.reasonedFirstTurns;
    this.followUps += other.followUps;
    this.reflectiveFollowUps += other.reflectiveFollowUps;
    this.withTools += other.withTools;
    this.errors += other.errors;
    for (const i of other.items) this.addItem(i);
    this.repeats += other.repeats;
    this.itemRequests += other.itemRequests;
    this.sampledItems += other.sampledItems;
    this.sharedItems += other.sharedItems;
    for (const a of other.asns) this.addAsn(a);
    this.datacenter += other.datacenter;
    this.vpn += other.vpn;
    this.uaTlsMismatch += other.uaTlsMismatch;
    for (const m of other.models) this.useModel(m.model, m.first, m.count);
    other.frames.forEach((c, f) => (this.frameCounts ??= new U32Counts()).add(f, c, MAX_FRAMES));
    other.samplings.forEach((c, t) => (this.samplingCounts ??= new U32Counts()).add(t, c, MAX_SAMPLINGS));
    // Gap statistics merge (Chan et al. parallel variance).
    if (other.gapN > 0) {
      const n = this.gapN + other.gapN;
      const d = other.gapMean - this.gapMean;
      this.gapM2 += other.gapM2 + (d * d * this.gapN * other.gapN) / n;
      this.gapMean += (d * other.gapN) / n;
      this.gapN = n;
    }
  }

  /**
   * Everything the cross-account step reads, as plain data (cluster/messages.ts): an account shard sends it to the
   * campaign coordinator, which restores it into its copy. The item set stays with the account (only its counts go).
   */
  snapshot(): AccountSnapshot {
    this.load();
    const frames: number[] = [];
    this.frames.forEach((c, f) => frames.push(f, c));
    const samplings: number[] = [];
    this.samplings.forEach((c, t) => samplings.push(t, c));
    return {
      id: this.id, n: this.n, first: this.first, last: this.last, counts: this.counts ? [...this.counts] : null, days: this.days ? [...this.days] : null,
      intentSum: this.intentSum, intentHigh: this.intentHigh, maxTokensSet: this.maxTokensSet, maxTokensHigh: this.maxTokensHigh,
      inputTokens: this.inputTokens, outputTokens: this.outputTokens, reasoningTokens: this.reasoningTokens, reasoningUses: this.reasoningUses,
      reasonedFirstTurns: this.reasonedFirstTurns, reflectiveFollowUps: this.reflectiveFollowUps,
      followUps: this.followUps, withTools: this.withTools, errors: this.errors, itemRequests: this.itemRequests, repeats: this.repeats,
      sampledItems: this.sampledItems, sharedItems: this.sharedItems, asns: this.asnList ? [...this.asnList] : null, datacenter: this.datacenter,
      vpn: this.vpn, uaTlsMismatch: this.uaTlsMismatch, models: this.modelUses ? this.modelUses.map((m) => ({ ...m })) : null, frames, samplings,
      gapN: this.gapN, gapMean: this.gapMean, gapM2: this.gapM2,
    };
  }

  /** Overwrites this state with a snapshot of the same account (see snapshot). */
  restore(s: AccountSnapshot): void {
    this.changed();
    this.n = s.n;
    this.first = s.first ?? Number.POSITIVE_INFINITY;
    this.last = s.last ?? Number.NEGATIVE_INFINITY;
    this.counts = s.counts ? Uint32Array.from(s.counts) : null;
    this.days = s.days ? [...s.days] : null;
    this.intentSum = s.intentSum;
    this.intentHigh = s.intentHigh;
    this.maxTokensSet = s.maxTokensSet;
    this.maxTokensHigh = s.maxTokensHigh;
    this.inputTokens = s.inputTokens;
    this.outputTokens = s.outputTokens;
    this.reasoningTokens = s.reasoningTokens;
    this.reasoningUses = s.reasoningUses;
    this.reasonedFirstTurns = s.reasonedFirstTurns ?? 0;
    this.followUps = s.followUps;
    this.reflectiveFollowUps = s.reflectiveFollowUps ?? 0;
    this.withTools = s.withTools;
    this.errors = s.errors;
    this.itemRequests = s.itemRequests;
    this.repeats = s.repeats;
    this.sampledItems = s.sampledItems;
    this.sharedItems = s.sharedItems;
    this.asnList = s.asns ? [...s.asns] : null;
    this.datacenter = s.datacenter;
    this.vpn = s.vpn;
    this.uaTlsMismatch = s.uaTlsMismatch;
    this.modelUses = s.models ? s.models.map((m) => ({ ...m })) : null;
    this.frameCounts = null;
    for (let k = 0; k + 1 < s.frames.length; k += 2) (this.frameCounts ??= new U32Counts()).add(s.frames[k]!, s.frames[k + 1]!, MAX_FRAMES);
    this.samplingCounts = null;
    const samplings = s.samplings ?? [];
    for (let k = 0; k + 1 < samplings.length; k += 2) (this.samplingCounts ??= new U32Counts()).add(samplings[k]!, samplings[k + 1]!, MAX_SAMPLINGS);
    this.gapN = s.gapN;
    this.gapMean = s.gapMean;
    this.gapM2 = s.gapM2;
  }

  private countsView(from: number, to: number): Uint32Array {
    this.load();
    return this.counts ? this.counts.subarray(from, to) : new Uint32Array(to - from);
  }

  /** Whether the collections are on disk. */
  get spilled(): boolean {
    return this.out;
  }

  /** The store's clock (hours) when the collections were last read back from disk (-1: never). */
  get lastLoadedHour(): number {
    return this.loadedHour;
  }

  /**
   * Moves the collections to disk: written unless the disk copy is current (read back and not changed since), then
   * dropped from memory. An account without traffic has none to move.
   */
  spill(store: AccountStore): void {
    if (this.out) return;
    this.derived = null;
    const self = this as unknown as Record<string, unknown>;
    const fields: Record<string, unknown> = {};
    let any = false;
    for (const k of Object.keys(self)) {
      const v = self[k];
      if (v === null || typeof v !== 'object' || NOT_SPILLED.has(k)) continue;
      fields[k] = v;
      any = true;
    }
    if (!any) return;
    if (this.diskAt < 0) {
      const record = encodeFields(fields, `account ${this.id}`);
      this.diskAt = store.append(record);
      this.diskLength = record.length;
      this.store = store;
    }
    for (const k of Object.keys(fields)) self[k] = null;
    this.out = true;
    store.spilled++;
  }

  /** Gives the record a new place (AccountStore.compact). */
  relocate(move: (at: number, length: number) => number): void {
    if (this.diskAt >= 0) this.diskAt = move(this.diskAt, this.diskLength);
  }

  /** Brings the collections back from disk, if they are there: every reader of them calls this first. */
  private load(): void {
    if (!this.out) return;
    const store = this.store!;
    Object.assign(this, decodeFields(store.read(this.diskAt, this.diskLength)));
    this.out = false;
    store.spilled--;
    store.reloads++;
    this.loadedHour = store.hour;
  }

  /** The collections are about to change: loaded first, and the disk copy is stale from now on. */
  private changed(): void {
    this.changes++;
    if (this.diskAt < 0) return;
    this.load();
    this.store!.release(this.diskLength);
    this.diskAt = -1;
  }

  private addDay(day: number): void {
    const days = (this.days ??= []);
    // Time order: almost every request falls on the last day seen.
    if (days[days.length - 1] !== day && !days.includes(day)) days.push(day);
  }

  /** Keeps a new item (below the cap) or counts a repeat. */
  private addItem(item: number): void {
    // Most accounts ask few items: start with an 8-slot table (see U32Set).
    const items = (this.itemSet ??= new U32Set(4));
    if (items.has(item)) this.repeats++;
    else if (items.size < MAX_ITEMS) items.add(item);
  }

  private addAsn(asn: number): void {
    const asns = (this.asnList ??= []);
    if (asns[asns.length - 1] !== asn && asns.length < MAX_SMALL_SET && !asns.includes(asn)) asns.push(asn);
  }

  private useModel(model: string, first: number, count: number): void {
    const models = (this.modelUses ??= []);
    for (const m of models) {
      if (m.model !== model) continue;
      m.count += count;
      if (first < m.first) m.first = first;
      return;
    }
    models.push({ model, first, count });
  }
}
