/**
 * Per-account state: counters, histograms and small capped sets, updated once per observation in time order. Everything
 * here is mergeable (sums, unions, max/min), so shards of one account's traffic can be combined; the cross-account step
 * reads derived features from it (features.ts).
 *
 * A provider keeps one of these for each of tens of millions of accounts, so the layout is compact: the counters are a
 * row of a table shared by all accounts (CounterTable), the collections hang from one field allocated at first use (an
 * idle account's are on disk), the histograms share one typed array (each typed array costs a few hundred bytes beyond
 * its data) and the sets and maps are allocated on first use. The account's IPs, prefixes, countries and clients are
 * not kept: capped sets of them cost kilobytes per account at scale and nothing read them (the link index holds network
 * artefacts across accounts, campaigns/links.ts); the ASNs stay, for operation profiles (campaigns/graph.ts).
 *
 * An idle account's collections (every field of the state holding an object) can go to disk (`spill`,
 * accounts/spill.ts) and come back the first time they are read: every method that reads or changes them calls `load`
 * or `changed` first, and a test (state.test.ts) checks every getter and method of a spilled state against the state it
 * was. Objects held here are the account's own: they are spilled by value, so a reference to something shared would
 * come back a copy.
 */
import { CAPABILITIES, INTENT_KINDS, type Observation } from '../engine/observation.js';
import { U32Set } from '../collections/u32-set.js';
import { U32Counts, type ReadonlyCounts } from '../collections/u32-counts.js';
import { addEra, clientFamily, ERA_CLIENT, ERA_NETWORK, eraKey, mergeEras } from './eras.js';
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
const NOT_SPILLED: ReadonlySet<string> = new Set(['table']);
/** The key of the cold counters in a spilled record (not a field name of the state). */
const COLD_FIELD = '\u0000cold';

/**
 * An account's collections: the hour/intent/capability/size histograms (see the layout constants), the distinct UTC
 * days with requests (in first-seen order; only their number is read), the item set (item hashes asked, low 32 bits,
 * capped: a compact set, since a harvester's items are all distinct), the ASNs (the first MAX_SMALL_SET) and model
 * uses (arrays: most accounts use one or two of each, and a Map or Set per account cost ≈ 400 bytes each), the frame
 * table and the sampling settings. Each is null until used.
 */
interface Collections {
  counts: Uint32Array | null;
  days: number[] | null;
  itemSet: U32Set | null;
  asnList: number[] | null;
  /** Requests from each ASN of asnList, in its order. */
  asnCounts: number[] | null;
  modelUses: ModelUse[] | null;
  frameCounts: U32Counts | null;
  samplingCounts: U32Counts | null;
  /** Client-family and network eras (eras.ts). */
  eraList: number[] | null;
  /** Not a collection: what the cross-account step derived from the state (never written to disk: cleared first). */
  derived: DerivedValues | null;
}

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
  /** Tool-use follow-ups, tool schema switches and the last tool schema (see the getters); absent in older snapshots. */
  toolFollowUps?: number;
  toolSchemaSwitches?: number;
  lastToolSchema?: number;
  errors: number;
  itemRequests: number;
  repeats: number;
  sampledItems: number;
  sharedItems: number;
  asns: number[] | null;
  datacenter: number;
  vpn: number;
  /** Requests from each of `asns`, in its order; absent in snapshots that predate it. */
  asnCounts?: number[];
  uaTlsMismatch: number;
  models: ModelUse[] | null;
  /** Frame, uses, frame, uses, … */
  frames: number[];
  /** Sampling key, uses, … (see AccountState.samplings); absent in snapshots that predate it. */
  samplings?: number[];
  /** Client-family and network eras (eras.ts); absent in snapshots that predate them. */
  eras?: number[];
  /**
   * Item hashes the account kept since its previous snapshot, in the order kept (a delta, attached by the sender:
   * cluster/account-shard.ts): `restore` adds them to the items the copy holds, so the copy's item set is the
   * account's (a pooled state counts items two members both asked as repeats; commonItemShare and the low-yield term
   * read the members' items). Absent: no new items.
   */
  items?: number[];
  gapN: number;
  gapMean: number;
  gapM2: number;
}

/**
 * Counters of many accounts in typed arrays (AccountState reads and writes them): at tens of millions of accounts,
 * mostly idle, the counters are most of what an account keeps in memory, and as fields of an object per account they
 * cost twice their size (a boxed number for every fractional or large value). Two kinds of row:
 *
 * - a **hot** row per account, for what passes over every account read at every step (requests, last request, the
 *   revision, the place of the spilled record): 2 doubles and 5 unsigned 32-bit integers, 36 bytes;
 * - a **cold** row per account with collections in memory, for the other counters (first request, token sums,
 *   running statistics, counts of kinds of request): 7 doubles and 20 integers, 136 bytes. It goes to disk with the
 *   collections when the account is spilled and is handed to the next account that needs one; an idle account has
 *   none.
 *
 * Rows come in pages that never move: the table grows without copying, and with no more slack than one page (cold
 * rows freed by spilled accounts are reused before a page is added). Hot rows are added in the order of the accounts'
 * indexes, so that a state finds its row from its index (no field for it).
 */
export class CounterTable {
  readonly f64Pages: Float64Array[] = [];
  readonly u32Pages: Uint32Array[] = [];
  readonly coldF64Pages: Float64Array[] = [];
  readonly coldU32Pages: Uint32Array[] = [];
  /** log2 of the rows per page, and the mask of a row's place in its page. */
  readonly shift: number;
  readonly mask: number;
  private rows = 0;
  /** The index of the account of row 0 (rows follow indexes). */
  base = 0;
  /** Cold rows made so far (in use or free). */
  coldRows = 0;
  /** Cold rows given back by spilled accounts (cleared when handed out again). */
  private readonly freeCold: number[] = [];
  /** The store holding the spilled records of this table's accounts (accounts/spill.ts), set at the first spill. */
  store: AccountStore | null = null;

  /** `pageRows`: rows per page, a power of two (the engine's table: thousands; a state made alone: one). */
  constructor(pageRows = 4096) {
    this.shift = Math.round(Math.log2(pageRows));
    if (1 << this.shift !== pageRows) throw new RangeError(`counter table: rows per page must be a power of two, got ${pageRows}`);
    this.mask = pageRows - 1;
  }

  /** A new hot row for account `index` (the next index after the last row's), cleared: no traffic, nothing on disk. */
  addRow(index: number): number {
    if (this.rows === 0) this.base = index;
    else if (index !== this.base + this.rows) throw new RangeError(`counter table: rows follow account indexes (${this.base + this.rows} next, got ${index})`);
    const row = this.rows++;
    const at = row & this.mask;
    if (at === 0) {
      this.f64Pages.push(new Float64Array((this.mask + 1) * HOT_F64));
      this.u32Pages.push(new Uint32Array((this.mask + 1) * HOT_U32));
    }
    const f64 = this.f64Pages[row >>> this.shift]!;
    f64[at * HOT_F64 + LAST] = Number.NEGATIVE_INFINITY;
    f64[at * HOT_F64 + DISK_AT] = -1;
    return row;
  }

  /** A cold row, cleared: zero, but for the first request (none: +∞). */
  addColdRow(): number {
    let row = this.freeCold.pop();
    if (row === undefined) {
      row = this.coldRows++;
      if ((row & this.mask) === 0) {
        this.coldF64Pages.push(new Float64Array((this.mask + 1) * COLD_F64));
        this.coldU32Pages.push(new Uint32Array((this.mask + 1) * COLD_U32));
      }
    }
    this.coldF64Pages[row >>> this.shift]![(row & this.mask) * COLD_F64 + FIRST - COLD] = Number.POSITIVE_INFINITY;
    return row;
  }

  /** Cold rows held by accounts now. */
  get coldRowsInUse(): number {
    return this.coldRows - this.freeCold.length;
  }

  /** Gives a cold row back (cleared here, so that the next holder starts from zero). */
  freeColdRow(row: number): void {
    const at = row & this.mask;
    this.coldF64Pages[row >>> this.shift]!.fill(0, at * COLD_F64, (at + 1) * COLD_F64);
    this.coldU32Pages[row >>> this.shift]!.fill(0, at * COLD_U32, (at + 1) * COLD_U32);
    this.freeCold.push(row);
  }
}

/** Fields of a hot row's doubles (CounterTable.f64Pages). */
const LAST = 0;
/** Where the spilled record starts in the store's file (−1: none current). */
const DISK_AT = 1;
const HOT_F64 = 2;
/** Fields of a hot row's integers (CounterTable.u32Pages). */
const N = 0;
const CHANGES = 1;
const DISK_LENGTH = 2;
/** The store's clock (hours) when the record was last read back, plus one (0: never). */
const LOADED_HOUR = 3;
/** The account's cold row, plus one (0: none; OUT: the collections and cold counters are on disk). */
const COLD_ROW = 4;
const HOT_U32 = 5;
const OUT = 0xffff_ffff;
/** Field numbers from COLD on are a cold row's: COLD + their place in it. */
const COLD = 32;
/** Fields of a cold row's doubles (CounterTable.coldF64Pages). */
const INTENT_SUM = COLD + 0;
const INPUT_TOKENS = COLD + 1;
const OUTPUT_TOKENS = COLD + 2;
const REASONING_TOKENS = COLD + 3;
const GAP_MEAN = COLD + 4;
const GAP_M2 = COLD + 5;
const FIRST = COLD + 6;
const COLD_F64 = 7;
/** Fields of a cold row's integers (CounterTable.coldU32Pages). */
const INTENT_HIGH = COLD + 0;
const MAX_TOKENS_SET = COLD + 1;
const MAX_TOKENS_HIGH = COLD + 2;
const REASONING_USES = COLD + 3;
const REASONED_FIRST_TURNS = COLD + 4;
const FOLLOW_UPS = COLD + 5;
const REFLECTIVE_FOLLOW_UPS = COLD + 6;
const WITH_TOOLS = COLD + 7;
const ERRORS = COLD + 8;
const ITEM_REQUESTS = COLD + 9;
const REPEATS = COLD + 10;
const SAMPLED = COLD + 11;
const SHARED = COLD + 12;
const DATACENTER = COLD + 13;
const VPN = COLD + 14;
const MISMATCHED = COLD + 15;
const GAP_N = COLD + 16;
const TOOL_FOLLOW_UPS = COLD + 17;
const TOOL_SCHEMA_SWITCHES = COLD + 18;
/** The tool schema (Observation.toolSchema) of the account's last request that declared tools. */
const LAST_TOOL_SCHEMA = COLD + 19;
const COLD_U32 = 20;
const COLD_BYTES = COLD_F64 * 8 + COLD_U32 * 4;

export class AccountState {
  readonly id: string;
  /** Index in the engine's account table (dense, for typed-array side tables). */
  readonly index: number;
  /** The table holding this account's counters (its hot row there follows from its index: see CounterTable). */
  private readonly table: CounterTable;
  /**
   * The collections (see Collections) and the values derived from the state, allocated at first use: one field, so
   * that an idle account's state, whose collections are on disk, holds one empty reference.
   */
  private c: Collections | null = null;

  /**
   * A state with its counters in `table` (a table of its own when none is given: for states made one at a time, such
   * as an organisation's pooled state).
   */
  constructor(id: string, index: number, table?: CounterTable) {
    this.id = id;
    this.index = index;
    this.table = table ?? new CounterTable(1);
    this.table.addRow(index);
  }

  /** This account's hot row in its table. */
  private get row(): number {
    return this.index - this.table.base;
  }

  /** Derived values of the state as of `revision` (see DerivedValues; features.ts); null when spilled. */
  get derived(): DerivedValues | null {
    return this.c?.derived ?? null;
  }

  set derived(v: DerivedValues | null) {
    if (v === null) {
      if (this.c) this.c.derived = null;
      return;
    }
    this.load();
    this.held().derived = v;
  }

  private f(field: number): number {
    const t = this.table;
    if (field < COLD) return t.f64Pages[this.row >>> t.shift]![(this.row & t.mask) * HOT_F64 + field]!;
    const r = this.coldRow();
    if (r < 0) return field === FIRST ? Number.POSITIVE_INFINITY : 0;
    return t.coldF64Pages[r >>> t.shift]![(r & t.mask) * COLD_F64 + field - COLD]!;
  }

  private setF(field: number, v: number): void {
    const t = this.table;
    if (field < COLD) t.f64Pages[this.row >>> t.shift]![(this.row & t.mask) * HOT_F64 + field] = v;
    else {
      const r = this.coldForWrite();
      t.coldF64Pages[r >>> t.shift]![(r & t.mask) * COLD_F64 + field - COLD] = v;
    }
  }

  private u(field: number): number {
    const t = this.table;
    if (field < COLD) return t.u32Pages[this.row >>> t.shift]![(this.row & t.mask) * HOT_U32 + field]!;
    const r = this.coldRow();
    return r < 0 ? 0 : t.coldU32Pages[r >>> t.shift]![(r & t.mask) * COLD_U32 + field - COLD]!;
  }

  private setU(field: number, v: number): void {
    const t = this.table;
    if (field < COLD) t.u32Pages[this.row >>> t.shift]![(this.row & t.mask) * HOT_U32 + field] = v;
    else {
      const r = this.coldForWrite();
      t.coldU32Pages[r >>> t.shift]![(r & t.mask) * COLD_U32 + field - COLD] = v;
    }
  }

  /** The cold row, read back from disk first if the account is spilled (−1: none, every cold counter is 0). */
  private coldRow(): number {
    this.load();
    return this.u(COLD_ROW) - 1;
  }

  /** The cold row about to change: read back first, the disk copy stale from now on, made if there is none. */
  private coldForWrite(): number {
    this.stale();
    let r = this.u(COLD_ROW) - 1;
    if (r < 0) {
      r = this.table.addColdRow();
      this.setU(COLD_ROW, r + 1);
    }
    return r;
  }

  /**
   * Counters (the engine and the tests may set them: a setter does not count as a change, see revision; overwrite a
   * state with `restore`). Requests:
   */
  get n(): number {
    return this.u(N);
  }

  set n(v: number) {
    this.setU(N, v);
  }

  /** First and last request (epoch ms; ±Infinity before any). */
  get first(): number {
    return this.f(FIRST);
  }

  set first(v: number) {
    this.setF(FIRST, v);
  }

  get last(): number {
    return this.f(LAST);
  }

  set last(v: number) {
    this.setF(LAST, v);
  }

  get intentSum(): number {
    return this.f(INTENT_SUM);
  }

  set intentSum(v: number) {
    this.setF(INTENT_SUM, v);
  }

  get intentHigh(): number {
    return this.u(INTENT_HIGH);
  }

  set intentHigh(v: number) {
    this.setU(INTENT_HIGH, v);
  }

  get maxTokensSet(): number {
    return this.u(MAX_TOKENS_SET);
  }

  set maxTokensSet(v: number) {
    this.setU(MAX_TOKENS_SET, v);
  }

  get maxTokensHigh(): number {
    return this.u(MAX_TOKENS_HIGH);
  }

  set maxTokensHigh(v: number) {
    this.setU(MAX_TOKENS_HIGH, v);
  }

  get inputTokens(): number {
    return this.f(INPUT_TOKENS);
  }

  set inputTokens(v: number) {
    this.setF(INPUT_TOKENS, v);
  }

  get outputTokens(): number {
    return this.f(OUTPUT_TOKENS);
  }

  set outputTokens(v: number) {
    this.setF(OUTPUT_TOKENS, v);
  }

  get reasoningTokens(): number {
    return this.f(REASONING_TOKENS);
  }

  set reasoningTokens(v: number) {
    this.setF(REASONING_TOKENS, v);
  }

  /** Requests whose answer carried reasoning tokens (extended thinking asked for). */
  get reasoningUses(): number {
    return this.u(REASONING_USES);
  }

  set reasoningUses(v: number) {
    this.setU(REASONING_USES, v);
  }

  /**
   * Opening requests (no conversation, or its first turn) answered with extended reasoning at REASONED_OUTPUT_RATIO or
   * more output tokens per input token: the shape of a reasoning-trace harvest, whatever the prompt's language. Counted
   * per request, so the context a long thread carries in its later turns does not dilute it.
   */
  get reasonedFirstTurns(): number {
    return this.u(REASONED_FIRST_TURNS);
  }

  set reasonedFirstTurns(v: number) {
    this.setU(REASONED_FIRST_TURNS, v);
  }

  get followUps(): number {
    return this.u(FOLLOW_UPS);
  }

  set followUps(v: number) {
    this.setU(FOLLOW_UPS, v);
  }

  /** Follow-up turns asking the model to explain, verify or critique its own answer (Observation.reflective). */
  get reflectiveFollowUps(): number {
    return this.u(REFLECTIVE_FOLLOW_UPS);
  }

  set reflectiveFollowUps(v: number) {
    this.setU(REFLECTIVE_FOLLOW_UPS, v);
  }

  get withTools(): number {
    return this.u(WITH_TOOLS);
  }

  set withTools(v: number) {
    this.setU(WITH_TOOLS, v);
  }

  /** Follow-up turns (turn above 1) that declare tools: a tool-use thread carried on (tool results sent back). */
  get toolFollowUps(): number {
    return this.u(TOOL_FOLLOW_UPS);
  }

  set toolFollowUps(v: number) {
    this.setU(TOOL_FOLLOW_UPS, v);
  }

  /**
   * Requests declaring tools other than the account's previous request with tools declared (Observation.toolSchema):
   * an application or coding agent declares its own tool set on every request, a harvest of a tool-use dataset each
   * item's own.
   */
  get toolSchemaSwitches(): number {
    return this.u(TOOL_SCHEMA_SWITCHES);
  }

  set toolSchemaSwitches(v: number) {
    this.setU(TOOL_SCHEMA_SWITCHES, v);
  }

  get errors(): number {
    return this.u(ERRORS);
  }

  set errors(v: number) {
    this.setU(ERRORS, v);
  }

  /** Requests that carried an item (long enough to be one), and how many of those repeated an earlier item. */
  get itemRequests(): number {
    return this.u(ITEM_REQUESTS);
  }

  set itemRequests(v: number) {
    this.setU(ITEM_REQUESTS, v);
  }

  get repeats(): number {
    return this.u(REPEATS);
  }

  set repeats(v: number) {
    this.setU(REPEATS, v);
  }

  get datacenter(): number {
    return this.u(DATACENTER);
  }

  set datacenter(v: number) {
    this.setU(DATACENTER, v);
  }

  /** Requests from the account's most used network (ASN): a person's home line carries most of theirs. */
  get homeRequests(): number {
    let most = 0;
    for (const n of this.asnCounts ?? NO_NUMBERS) if (n > most) most = n;
    return most;
  }

  get vpn(): number {
    return this.u(VPN);
  }

  set vpn(v: number) {
    this.setU(VPN, v);
  }

  /** Counts one more change of the state (see revision). */
  private bump(): void {
    const t = this.table;
    t.u32Pages[this.row >>> t.shift]![(this.row & t.mask) * HOT_U32 + CHANGES]!++;
  }

  /** The collections' holder, made at first use (its fields are read and written through the accessors below). */
  private held(): Collections {
    return (this.c ??= {
      counts: null, days: null, itemSet: null, asnList: null, asnCounts: null, modelUses: null, frameCounts: null, samplingCounts: null,
      eraList: null, derived: null,
    });
  }

  private get counts(): Uint32Array | null {
    this.load();
    return this.c?.counts ?? null;
  }

  private set counts(v: Uint32Array | null) {
    this.held().counts = v;
  }

  private get days(): number[] | null {
    this.load();
    return this.c?.days ?? null;
  }

  private set days(v: number[] | null) {
    this.held().days = v;
  }

  private get itemSet(): U32Set | null {
    this.load();
    return this.c?.itemSet ?? null;
  }

  private set itemSet(v: U32Set | null) {
    this.held().itemSet = v;
  }

  private get asnList(): number[] | null {
    this.load();
    return this.c?.asnList ?? null;
  }

  private set asnList(v: number[] | null) {
    this.held().asnList = v;
  }

  private get asnCounts(): number[] | null {
    this.load();
    return this.c?.asnCounts ?? null;
  }

  private set asnCounts(v: number[] | null) {
    this.held().asnCounts = v;
  }

  private get eraList(): number[] | null {
    this.load();
    return this.c?.eraList ?? null;
  }

  private set eraList(v: number[] | null) {
    this.held().eraList = v;
  }

  private get modelUses(): ModelUse[] | null {
    this.load();
    return this.c?.modelUses ?? null;
  }

  private set modelUses(v: ModelUse[] | null) {
    this.held().modelUses = v;
  }

  private get frameCounts(): U32Counts | null {
    this.load();
    return this.c?.frameCounts ?? null;
  }

  private set frameCounts(v: U32Counts | null) {
    this.held().frameCounts = v;
  }

  private get samplingCounts(): U32Counts | null {
    this.load();
    return this.c?.samplingCounts ?? null;
  }

  private set samplingCounts(v: U32Counts | null) {
    this.held().samplingCounts = v;
  }

  /** Changes so far: equal revisions mean an unchanged state. */
  get revision(): number {
    return this.u(CHANGES);
  }

  /** Items checked against the global first-owner index (written by the engine, which owns that index). */
  get sampledItems(): number {
    return this.u(SAMPLED);
  }

  set sampledItems(v: number) {
    this.setU(SAMPLED, v);
    this.bump();
  }

  /** Sampled items another account also asked. */
  get sharedItems(): number {
    return this.u(SHARED);
  }

  set sharedItems(v: number) {
    this.setU(SHARED, v);
    this.bump();
  }

  /** Requests whose UA claims another client than the TLS stack (own, or a stack learned to be foreign: the engine). */
  get uaTlsMismatch(): number {
    return this.u(MISMATCHED);
  }

  set uaTlsMismatch(v: number) {
    this.setU(MISMATCHED, v);
    this.bump();
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

  /** Client-family and network eras, flat (eras.ts). */
  get eras(): readonly number[] {
    this.load();
    return this.eraList ?? NO_NUMBERS;
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

  /** How many distinct item hashes are kept. */
  get itemCount(): number {
    this.load();
    return this.itemSet?.size ?? 0;
  }

  /** Calls `f` with each kept item hash (the order of `items`). */
  forEachItem(f: (item: number) => void): void {
    this.load();
    this.itemSet?.forEach(f);
  }

  apply(o: Observation): void {
    this.changed();
    const t = this.table;
    const hotF64 = t.f64Pages[this.row >>> t.shift]!;
    const fh = (this.row & t.mask) * HOT_F64;
    t.u32Pages[this.row >>> t.shift]![(this.row & t.mask) * HOT_U32 + N]!++;
    // The cold row's fields are numbered from COLD: `f64[fr + FIELD]` with fr = its place − COLD.
    const cold = this.coldForWrite();
    const f64 = t.coldF64Pages[cold >>> t.shift]!;
    const u32 = t.coldU32Pages[cold >>> t.shift]!;
    const fr = (cold & t.mask) * COLD_F64 - COLD;
    const ur = (cold & t.mask) * COLD_U32 - COLD;
    if (o.ts < f64[fr + FIRST]!) f64[fr + FIRST] = o.ts;
    const last = hotF64[fh + LAST]!;
    if (last > Number.NEGATIVE_INFINITY && o.ts >= last) {
      const g = Math.log1p((o.ts - last) / 1000);
      const gapN = ++u32[ur + GAP_N]!;
      const d = g - f64[fr + GAP_MEAN]!;
      f64[fr + GAP_MEAN]! += d / gapN;
      f64[fr + GAP_M2]! += d * (g - f64[fr + GAP_MEAN]!);
    }
    if (o.ts > last) hotF64[fh + LAST] = o.ts;
    const counts = (this.counts ??= new Uint32Array(COUNTS));
    counts[Math.floor((o.ts % DAY) / HOUR)]!++;
    this.addDay(Math.floor(o.ts / DAY));
    f64[fr + INTENT_SUM]! += o.intent;
    if (o.intent >= 0.5) u32[ur + INTENT_HIGH]!++;
    for (let k = KINDS_AT, bits = o.intentKinds; bits !== 0; k++, bits >>>= 1) if (bits & 1) counts[k]!++;
    counts[CAPS_AT + o.capability]!++;
    if (o.maxTokens !== null) {
      u32[ur + MAX_TOKENS_SET]!++;
      if (o.maxTokens >= 4000) u32[ur + MAX_TOKENS_HIGH]!++;
    }
    f64[fr + INPUT_TOKENS]! += o.inputTokens;
    f64[fr + OUTPUT_TOKENS]! += o.outputTokens;
    f64[fr + REASONING_TOKENS]! += o.reasoningTokens;
    if (o.reasoningTokens > 0) {
      u32[ur + REASONING_USES]!++;
      // Logs differ on whether output tokens include the reasoning: below the reasoning count they cannot.
      const generated = o.outputTokens >= o.reasoningTokens ? o.outputTokens : o.outputTokens + o.reasoningTokens;
      if ((o.turn === null || o.turn <= 1) && generated >= REASONED_OUTPUT_RATIO * Math.max(1, o.inputTokens)) u32[ur + REASONED_FIRST_TURNS]!++;
    }
    counts[MAX_TOKENS_AT + sizeBucket(o.maxTokens)]!++;
    counts[INPUT_AT + sizeBucket(o.inputTokens)]!++;
    if (o.turn !== null && o.turn > 1) u32[ur + FOLLOW_UPS]!++;
    if (o.reflective) u32[ur + REFLECTIVE_FOLLOW_UPS]!++;
    if (o.tools) {
      u32[ur + WITH_TOOLS]!++;
      if (o.turn !== null && o.turn > 1) u32[ur + TOOL_FOLLOW_UPS]!++;
      const schema = o.toolSchema ?? 0;
      if (schema !== 0) {
        const last = u32[ur + LAST_TOOL_SCHEMA]!;
        if (last !== 0 && last !== schema) u32[ur + TOOL_SCHEMA_SWITCHES]!++;
        u32[ur + LAST_TOOL_SCHEMA] = schema;
      }
    }
    if (o.status >= 400) u32[ur + ERRORS]!++;
    if (o.item !== 0) {
      u32[ur + ITEM_REQUESTS]!++;
      this.addItem(o.item);
    }
    if (o.asn !== null) this.addAsn(o.asn);
    const eras = (this.eraList ??= []);
    if (o.client) addEra(eras, ERA_CLIENT, eraKey(clientFamily(o.client)), o.ts, o.ts);
    if (o.prefix) addEra(eras, ERA_NETWORK, eraKey(o.prefix), o.ts, o.ts);
    if (o.datacenter) u32[ur + DATACENTER]!++;
    if (o.vpn) u32[ur + VPN]!++;
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
    const gapN = this.u(GAP_N);
    return gapN > 1 ? Math.sqrt(this.f(GAP_M2) / (gapN - 1)) : Number.NaN;
  }

  /** Merges another shard's state of the same account into this one. */
  merge(other: AccountState): void {
    this.changed();
    other.load();
    const add = (field: number): void => this.setU(field, this.u(field) + other.u(field));
    const addF = (field: number): void => this.setF(field, this.f(field) + other.f(field));
    add(N);
    this.setF(FIRST, Math.min(this.first, other.first));
    this.setF(LAST, Math.max(this.last, other.last));
    if (other.counts) {
      const counts = (this.counts ??= new Uint32Array(COUNTS));
      for (let k = 0; k < COUNTS; k++) counts[k]! += other.counts[k]!;
    }
    for (const d of other.days ?? []) this.addDay(d);
    addF(INTENT_SUM);
    add(INTENT_HIGH);
    add(MAX_TOKENS_SET);
    add(MAX_TOKENS_HIGH);
    addF(INPUT_TOKENS);
    addF(OUTPUT_TOKENS);
    addF(REASONING_TOKENS);
    add(REASONING_USES);
    add(REASONED_FIRST_TURNS);
    add(FOLLOW_UPS);
    add(REFLECTIVE_FOLLOW_UPS);
    add(WITH_TOOLS);
    add(TOOL_FOLLOW_UPS);
    add(TOOL_SCHEMA_SWITCHES);
    // Shards of one account in time order: the later shard's last schema is the account's.
    if (other.u(LAST_TOOL_SCHEMA) !== 0) this.setU(LAST_TOOL_SCHEMA, other.u(LAST_TOOL_SCHEMA));
    add(ERRORS);
    for (const i of other.items) this.addItem(i);
    add(REPEATS);
    add(ITEM_REQUESTS);
    this.sampledItems += other.sampledItems;
    this.sharedItems += other.sharedItems;
    const counts = other.asnCounts;
    other.asns.forEach((a, i) => this.addAsn(a, counts?.[i] ?? 0));
    add(DATACENTER);
    add(VPN);
    this.uaTlsMismatch += other.uaTlsMismatch;
    for (const m of other.models) this.useModel(m.model, m.first, m.count);
    mergeEras((this.eraList ??= []), other.eras);
    other.frames.forEach((c, f) => (this.frameCounts ??= new U32Counts()).add(f, c, MAX_FRAMES));
    other.samplings.forEach((c, t) => (this.samplingCounts ??= new U32Counts()).add(t, c, MAX_SAMPLINGS));
    // Gap statistics merge (Chan et al. parallel variance).
    const otherN = other.u(GAP_N);
    if (otherN > 0) {
      const thisN = this.u(GAP_N);
      const n = thisN + otherN;
      const d = other.f(GAP_MEAN) - this.f(GAP_MEAN);
      this.setF(GAP_M2, this.f(GAP_M2) + other.f(GAP_M2) + (d * d * thisN * otherN) / n);
      this.setF(GAP_MEAN, this.f(GAP_MEAN) + (d * otherN) / n);
      this.setU(GAP_N, n);
    }
  }

  /**
   * Everything the cross-account step reads, as plain data (cluster/messages.ts): an account shard sends it to the
   * campaign coordinator, which restores it into its copy. The item set is not in it: the sender attaches the items kept
   * since its previous snapshot (AccountSnapshot.items), which `restore` adds to the copy's set.
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
      followUps: this.followUps, withTools: this.withTools, toolFollowUps: this.toolFollowUps, toolSchemaSwitches: this.toolSchemaSwitches, lastToolSchema: this.u(LAST_TOOL_SCHEMA), errors: this.errors, itemRequests: this.itemRequests, repeats: this.repeats,
      sampledItems: this.sampledItems, sharedItems: this.sharedItems, asns: this.asnList ? [...this.asnList] : null, datacenter: this.datacenter,
      asnCounts: this.asnCounts ? [...this.asnCounts] : undefined, vpn: this.vpn, uaTlsMismatch: this.uaTlsMismatch, models: this.modelUses ? this.modelUses.map((m) => ({ ...m })) : null, frames, samplings, eras: [...this.eras],
      gapN: this.u(GAP_N), gapMean: this.f(GAP_MEAN), gapM2: this.f(GAP_M2),
    };
  }

  /**
   * Overwrites this state with a snapshot of the same account (see snapshot). The item set is kept, and the snapshot's
   * new items (`items`, a delta) are added to it in the order the account kept them, as `apply` adds them.
   */
  restore(s: AccountSnapshot): void {
    this.changed();
    if (s.items && s.items.length > 0) {
      const items = (this.itemSet ??= new U32Set(4));
      for (const i of s.items) if (items.size < MAX_ITEMS) items.add(i);
    }
    this.setU(N, s.n);
    this.setF(FIRST, s.first ?? Number.POSITIVE_INFINITY);
    this.setF(LAST, s.last ?? Number.NEGATIVE_INFINITY);
    this.counts = s.counts ? Uint32Array.from(s.counts) : null;
    this.days = s.days ? [...s.days] : null;
    this.setF(INTENT_SUM, s.intentSum);
    this.setU(INTENT_HIGH, s.intentHigh);
    this.setU(MAX_TOKENS_SET, s.maxTokensSet);
    this.setU(MAX_TOKENS_HIGH, s.maxTokensHigh);
    this.setF(INPUT_TOKENS, s.inputTokens);
    this.setF(OUTPUT_TOKENS, s.outputTokens);
    this.setF(REASONING_TOKENS, s.reasoningTokens);
    this.setU(REASONING_USES, s.reasoningUses);
    this.setU(REASONED_FIRST_TURNS, s.reasonedFirstTurns ?? 0);
    this.setU(FOLLOW_UPS, s.followUps);
    this.setU(REFLECTIVE_FOLLOW_UPS, s.reflectiveFollowUps ?? 0);
    this.setU(WITH_TOOLS, s.withTools);
    this.setU(TOOL_FOLLOW_UPS, s.toolFollowUps ?? 0);
    this.setU(TOOL_SCHEMA_SWITCHES, s.toolSchemaSwitches ?? 0);
    this.setU(LAST_TOOL_SCHEMA, s.lastToolSchema ?? 0);
    this.setU(ERRORS, s.errors);
    this.setU(ITEM_REQUESTS, s.itemRequests);
    this.setU(REPEATS, s.repeats);
    this.sampledItems = s.sampledItems;
    this.sharedItems = s.sharedItems;
    this.asnList = s.asns ? [...s.asns] : null;
    this.setU(DATACENTER, s.datacenter);
    this.setU(VPN, s.vpn);
    this.asnCounts = s.asnCounts ? [...s.asnCounts] : null;
    this.uaTlsMismatch = s.uaTlsMismatch;
    this.modelUses = s.models ? s.models.map((m) => ({ ...m })) : null;
    this.frameCounts = null;
    for (let k = 0; k + 1 < s.frames.length; k += 2) (this.frameCounts ??= new U32Counts()).add(s.frames[k]!, s.frames[k + 1]!, MAX_FRAMES);
    this.eraList = s.eras && s.eras.length > 0 ? [...s.eras] : null;
    this.samplingCounts = null;
    const samplings = s.samplings ?? [];
    for (let k = 0; k + 1 < samplings.length; k += 2) (this.samplingCounts ??= new U32Counts()).add(samplings[k]!, samplings[k + 1]!, MAX_SAMPLINGS);
    this.setU(GAP_N, s.gapN);
    this.setF(GAP_MEAN, s.gapMean);
    this.setF(GAP_M2, s.gapM2);
  }

  private countsView(from: number, to: number): Uint32Array {
    this.load();
    return this.counts ? this.counts.subarray(from, to) : new Uint32Array(to - from);
  }

  /** Whether the collections are on disk. */
  get spilled(): boolean {
    return this.u(COLD_ROW) === OUT;
  }

  /** The store's clock (hours) when the collections were last read back from disk (-1: never). */
  get lastLoadedHour(): number {
    return this.u(LOADED_HOUR) - 1;
  }

  /**
   * Moves the collections and the cold counters to disk: written unless the disk copy is current (read back and not
   * changed since), then dropped from memory (the cold row goes back to the table). An account without traffic has
   * none to move.
   */
  spill(store: AccountStore): void {
    if (this.spilled) return;
    this.derived = null;
    const self = this as unknown as Record<string, unknown>;
    const fields: Record<string, unknown> = {};
    const objects: string[] = [];
    for (const k of Object.keys(self)) {
      const v = self[k];
      if (v === null || typeof v !== 'object' || NOT_SPILLED.has(k)) continue;
      fields[k] = v;
      objects.push(k);
    }
    const cold = this.u(COLD_ROW) - 1;
    if (objects.length === 0 && cold < 0) return;
    if (this.f(DISK_AT) < 0) {
      if (cold >= 0) fields[COLD_FIELD] = this.coldBytes(cold);
      const record = encodeFields(fields, `account ${this.id}`);
      this.setF(DISK_AT, store.append(record));
      this.setU(DISK_LENGTH, record.length);
    }
    this.table.store = store;
    for (const k of objects) self[k] = null;
    if (cold >= 0) this.table.freeColdRow(cold);
    this.setU(COLD_ROW, OUT);
    store.spilled++;
  }

  /** A cold row's counters as bytes (the doubles, then the integers): how they travel in a spilled record. */
  private coldBytes(r: number): Uint8Array {
    const t = this.table;
    const at = r & t.mask;
    const f64 = t.coldF64Pages[r >>> t.shift]!;
    const u32 = t.coldU32Pages[r >>> t.shift]!;
    const out = new Uint8Array(COLD_BYTES);
    out.set(new Uint8Array(f64.buffer, f64.byteOffset + at * COLD_F64 * 8, COLD_F64 * 8));
    out.set(new Uint8Array(u32.buffer, u32.byteOffset + at * COLD_U32 * 4, COLD_U32 * 4), COLD_F64 * 8);
    return out;
  }

  /** Fills cold row `r` from `coldBytes`. */
  private setColdBytes(r: number, bytes: Uint8Array): void {
    const t = this.table;
    const at = r & t.mask;
    const f64 = t.coldF64Pages[r >>> t.shift]!;
    const u32 = t.coldU32Pages[r >>> t.shift]!;
    new Uint8Array(f64.buffer, f64.byteOffset + at * COLD_F64 * 8, COLD_F64 * 8).set(bytes.subarray(0, COLD_F64 * 8));
    new Uint8Array(u32.buffer, u32.byteOffset + at * COLD_U32 * 4, COLD_U32 * 4).set(bytes.subarray(COLD_F64 * 8));
  }

  /** Gives the record a new place (AccountStore.compact). */
  relocate(move: (at: number, length: number) => number): void {
    const at = this.f(DISK_AT);
    if (at >= 0) this.setF(DISK_AT, move(at, this.u(DISK_LENGTH)));
  }

  /** Brings the collections and cold counters back from disk, if there: every reader of them calls this first. */
  private load(): void {
    if (!this.spilled) return;
    const t = this.table;
    const store = t.store!;
    const fields = decodeFields(store.read(this.f(DISK_AT), this.u(DISK_LENGTH)));
    const cold = fields[COLD_FIELD] as Uint8Array | undefined;
    delete fields[COLD_FIELD];
    Object.assign(this, fields);
    this.setU(COLD_ROW, 0);
    if (cold) {
      const r = t.addColdRow();
      this.setColdBytes(r, cold);
      this.setU(COLD_ROW, r + 1);
    }
    store.spilled--;
    store.reloads++;
    this.setU(LOADED_HOUR, store.hour + 1);
  }

  /** The collections are about to change: loaded first, and the disk copy is stale from now on. */
  private changed(): void {
    this.bump();
    this.stale();
  }

  /** Loads a spilled account, and marks its disk copy stale (something held there is about to change). */
  private stale(): void {
    if (this.f(DISK_AT) < 0) return;
    this.load();
    this.table.store!.release(this.u(DISK_LENGTH));
    this.setF(DISK_AT, -1);
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
    if (items.has(item)) this.setU(REPEATS, this.u(REPEATS) + 1);
    else if (items.size < MAX_ITEMS) items.add(item);
  }

  /** Counts `count` requests from `asn` (the first MAX_SMALL_SET ASNs are kept, with their requests). */
  private addAsn(asn: number, count = 1): void {
    const asns = (this.asnList ??= []);
    let i = asns[asns.length - 1] === asn ? asns.length - 1 : asns.indexOf(asn);
    if (i < 0) {
      if (asns.length >= MAX_SMALL_SET) return;
      i = asns.push(asn) - 1;
    }
    // A state restored from a snapshot that predates the counts has none for its ASNs: they count from here.
    const counts = (this.asnCounts ??= []);
    while (counts.length < asns.length) counts.push(0);
    counts[i] = counts[i]! + count;
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
