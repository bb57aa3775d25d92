/**
 * Account shard: the per-account half of the engine (Engine.apply) for the accounts hashed to it. It keeps each
 * account's state, applies its observations in replay order, and sends each artefact the request touched to the
 * artefact's shard — only when it changes for the account (as LinkIndex.observe skips unchanged network artefacts).
 * After the artefact shards answer (shared items, foreign clients), it sends the campaign coordinator the state of
 * every account that changed in the step. With spilling on, accounts idle for the threshold go to this shard's own
 * scratch file at a step's end, as the one engine spills them (accounts/spill.ts).
 */
import { ThreadCapabilities } from '../engine/thread-capability.js';
import type { Account } from '../dataset/types.js';
import { IdleSpiller, type SpillOptions } from '../accounts/spill.js';
import { AccountState, CounterTable } from '../accounts/state.js';
import { pivotedTo } from '../accounts/model-pivot.js';
import { RegistrationTable } from '../accounts/registrations.js';
import { fingerprint64 as fingerprint } from '../collections/hash-table.js';
import { StringIndex } from '../collections/packed-strings.js';
import type { IntelMatcher } from '../campaigns/intel.js';
import { isLearnedClient, registrationLinks, type AccountInfo, type LinkType } from '../campaigns/links.js';
import type { Observation } from '../engine/observation.js';
import { publicTemplateFrames } from '../engine/public-templates.js';
import { keptCore } from '../campaigns/work-queue.js';
import { PIVOT_SEQ, artefactShard, type Body, type ClusterMessage, type CoreAsk, type Feedback, type IntelReasons, type LineAsk, type RegionTally, type Registration, type Touch } from './messages.js';

const HOUR = 3_600_000;
const PUBLIC_FRAMES = publicTemplateFrames();
/** As in the engine (engine.ts): uses of a frame by one account before it is that account's template. */
const FRAME_USES = 2;

/**
 * Each account's network at its last request (applied side, in replay order), as 64-bit fingerprints of the strings
 * in NET words per account, pages of NET_PAGE accounts: only changes are sent to the artefact shards. An object with
 * its strings per account cost ≈ 200 bytes, most of them for IPs and prefixes seen by that account alone. A fingerprint
 * stands for its string in equality tests only (is this request's artefact the last one?): two different strings
 * match with probability 2^-64, as in the one engine's link index (campaigns/links.ts).
 */
const NET_IP = 0;
const NET_PREFIX = 2;
/** The ASN, then the client's fingerprint: the client tuple (`asn|client`) of the last request. */
const NET_ASN = 4;
const NET_CLIENT = 5;
const NET_SPOOF = 7;
/** Client key of the last request. */
const NET_CLIENT_KEY = 9;
/** The client run judged so far (settled at the step's end, once the artefact shards have answered). */
const NET_RUN_KEY = 11;
/** Bits: which of the above are set, and whether the run is foreign. */
const NET_FLAGS = 13;
const NET = 14;
const NET_PAGE_BITS = 12;
const NET_PAGE_MASK = (1 << NET_PAGE_BITS) - 1;
const HAS_IP = 1;
const HAS_PREFIX = 2;
const HAS_CLIENT = 4;
const HAS_SPOOF = 8;
const HAS_CLIENT_KEY = 16;
const HAS_RUN_KEY = 32;
const RUN_FOREIGN = 64;


/** Whether the string at `slot` of a network row (its page `net`, set under `bit`) is `value`. */
function holds(net: Uint32Array, slot: number, bit: number, value: string): boolean {
  const [hi, lo] = fingerprint(value);
  const flags = slot - (slot % NET) + NET_FLAGS;
  return (net[flags]! & bit) !== 0 && net[slot] === hi && net[slot + 1] === lo;
}

/** Sets the string at `slot` of a network row to `value`. */
function hold(net: Uint32Array, slot: number, bit: number, value: string): void {
  const [hi, lo] = fingerprint(value);
  net[slot] = hi;
  net[slot + 1] = lo;
  net[slot - (slot % NET) + NET_FLAGS]! |= bit;
}

export interface AccountShardOptions {
  shard: number;
  shards: number;
  /** As EngineOptions.itemSampleBits. */
  itemSampleBits?: number;
  /** As EngineOptions.indicators: matched here, per request, as Engine.apply matches them. */
  indicators?: IntelMatcher;
  /** As EngineOptions.spill: idle accounts' collections in a scratch file of this shard's. */
  spill?: SpillOptions;
}

export class AccountShard {
  /**
   * The accounts of this shard, by local index (in order of arrival), in columns: id → index, state (its counters in
   * `counters`), registration order, registration row (−1: none) and last network (NET words). An object per account
   * with its registration and network as objects cost ≈ 500 bytes beside the state.
   */
  private readonly byId = new StringIndex((i, id) => this.states[i]!.id === id);
  private readonly states: AccountState[] = [];
  private ords = new Float64Array(1024);
  private regRows = new Int32Array(1024);
  private readonly nets: Uint32Array[] = [];
  private readonly registrations = new RegistrationTable();
  /** This step's requests with a client key, by account index, for the foreign-client count (seq, key). */
  private clientRequests = new Map<number, [number, string][]>();
  private hot = new Set<number>();
  private readonly pivoted = new Set<string>();
  private readonly itemMask: number;
  /** Accounts that changed in the current step (observations or feedback). */
  private changed = new Set<string>();
  private registered: Registration[] = [];
  private firsts: { account: string; seq: number; ts: number }[] = [];
  /** This step's requests per account, hour, country and ASN (RegionTally). */
  private regions = new Map<string, RegionTally>();
  /** Follow-up turns counted under their thread's capability, as Engine.apply does (engine/thread-capability.ts). */
  private readonly threads = new ThreadCapabilities();
  private observed = 0;
  /** Per account, the indicator ids it matched (Engine.matchIndicators); and this step's new reason codes. */
  private readonly intelMatched = new Map<string, { ids: Set<string>; reasons: Set<string> }>();
  private intelReasons = new Map<string, string[]>();
  /** This step's item cores the coordinator's work-queue pool keeps (Engine.apply feeds its own pool in one process). */
  private cores: CoreAsk[] = [];
  /** This step's follow-up lines, for the coordinator's follow-up scripts (Engine.apply feeds its own in one process). */
  private lines: LineAsk[] = [];
  /**
   * This step's items each account kept (by local index, in the order kept): they travel with the account's snapshot
   * (AccountSnapshot.items), so the coordinator's copy holds the account's item set as the one engine's state does.
   */
  private newItems = new Map<number, number[]>();
  private readonly spiller: IdleSpiller;
  /** The counters of every account's state, a row each (accounts/state.ts). */
  private readonly counters = new CounterTable();

  constructor(private readonly options: AccountShardOptions) {
    this.itemMask = (1 << (options.itemSampleBits ?? 3)) - 1;
    this.spiller = new IdleSpiller(options.spill ?? { kind: 'off' });
  }

  /** The local index of an account, added (with its registration order, or after every registered one) if new. */
  private local(account: string, ord?: number): number {
    let i = this.byId.get(account);
    if (i < 0) {
      i = this.states.length;
      // An account with traffic and no registration: ordered after every registered one, in arrival order.
      const o = ord ?? Number.MAX_SAFE_INTEGER / 2 + i;
      if (i === this.ords.length) {
        const size = Math.ceil(i * 1.5);
        const ords = new Float64Array(size);
        ords.set(this.ords);
        this.ords = ords;
        const rows = new Int32Array(size);
        rows.set(this.regRows);
        this.regRows = rows;
      }
      this.ords[i] = o;
      this.regRows[i] = -1;
      this.states.push(new AccountState(account, i, this.counters));
      this.byId.add(account, i);
      if ((i & NET_PAGE_MASK) === 0) this.nets.push(new Uint32Array((NET_PAGE_MASK + 1) * NET));
    }
    return i;
  }

  /** An account's registration (null: none). */
  private info(i: number): AccountInfo | null {
    const row = this.regRows[i]!;
    return row < 0 ? null : this.registrations.view(row, this.ords[i]!);
  }

  /** Phase 1 of a step: registrations and observations (in seq order); returns the touches per artefact shard. */
  apply(input: Extract<ClusterMessage, { kind: 'input' }>[]): Touch[][] {
    const touches: Touch[][] = Array.from({ length: this.options.shards }, () => []);
    const send = (t: Touch): void => void touches[artefactShard(t, this.options.shards)]!.push(t);
    const registrations = input.flatMap((m) => m.accounts).sort((a, b) => a.ord - b.ord);
    for (const r of registrations) this.register(r, send);
    const obs = input.flatMap((m) => m.obs).sort((a, b) => a.seq - b.seq);
    for (const { seq, o } of obs) this.observe(seq, o, send);
    this.pivots(send);
    return touches;
  }

  private register(r: Registration, send: (t: Touch) => void): void {
    const a: Account = r.account;
    const i = this.local(a.account_id, r.ord);
    this.regRows[i] = this.registrations.size;
    const info = this.registrations.add(r.ord, a, r.signupPrefix);
    this.registered.push(r);
    for (const [type, key] of registrationLinks(info)) if (type === 'signup-burst' || type === 'signup-net') send({ t: 'reg', type, key });
    send({ t: 'dom', domain: info.emailDomain, hour: Math.floor(info.createdAt / HOUR) });
  }

  private observe(seq: number, o: Observation, send: (t: Touch) => void): void {
    // Here, not in the router: whatever feeds the shard, and after a restart (the shard rebuilds from its subject).
    this.threads.resolve(o);
    const i = this.local(o.account);
    const s = this.states[i]!;
    const account = o.account;
    let sub = 0;
    const link = (type: LinkType, key: string): void => send({ t: 'link', seq, sub: sub++, ts: o.ts, account, type, key });
    if (o.item !== 0 && o.intent >= 0.5 && (o.item & this.itemMask) === 0) {
      s.sampledItems++;
      send({ t: 'item', seq, sub: sub++, ts: o.ts, account, item: o.item });
    }
    const hour = Math.floor(o.ts / HOUR);
    const regionKey = `${account}\u0000${hour}\u0000${o.country}\u0000${o.asn}`;
    const tally = this.regions.get(regionKey);
    if (tally) {
      tally.n++;
      tally.ip = o.ip;
      tally.ts = o.ts;
      tally.seq = seq;
    } else this.regions.set(regionKey, { account, hour, country: o.country, asn: o.asn, n: 1, first: s.n === 0, ip: o.ip, ts: o.ts, seq });
    if (s.n === 0) {
      this.firsts.push({ account, seq, ts: o.ts });
      // Registration links join at the first request (LinkIndex.activate); 'org' links weigh nothing.
      const info = this.info(i);
      if (info) for (const [type, key] of registrationLinks(info)) if (type !== 'org') link(type, key);
    }
    if (keptCore(o.core)) this.cores.push({ seq, account, core: o.core, capability: o.capability, ...(o.item !== 0 ? { asItem: true } : {}) });
    if (o.line) this.lines.push({ seq, account, line: o.line });
    const kept = o.item !== 0 ? s.itemCount : 0;
    s.apply(o);
    if (o.item !== 0 && s.itemCount > kept) {
      const fresh = this.newItems.get(i);
      if (fresh) fresh.push(o.item);
      else this.newItems.set(i, [o.item]);
    }
    this.observed++;
    this.changed.add(account);
    const net = this.nets[i >>> NET_PAGE_BITS]!;
    const at = (i & NET_PAGE_MASK) * NET;
    if (!holds(net, at + NET_IP, HAS_IP, o.ip)) {
      link('ip', o.ip);
      hold(net, at + NET_IP, HAS_IP, o.ip);
    }
    if (!holds(net, at + NET_PREFIX, HAS_PREFIX, o.prefix)) {
      link('prefix', o.prefix);
      hold(net, at + NET_PREFIX, HAS_PREFIX, o.prefix);
    }
    if (o.asn !== null && (net[at + NET_ASN] !== o.asn >>> 0 || !holds(net, at + NET_CLIENT, HAS_CLIENT, o.client))) {
      link('client', `${o.asn}|${o.client}`);
      net[at + NET_ASN] = o.asn >>> 0;
      hold(net, at + NET_CLIENT, HAS_CLIENT, o.client);
    }
    if (o.uaTlsMismatch) {
      const stack = o.client.slice(o.client.indexOf('|') + 1);
      if (!holds(net, at + NET_SPOOF, HAS_SPOOF, stack)) {
        link('spoof', stack);
        hold(net, at + NET_SPOOF, HAS_SPOOF, stack);
      }
    } else {
      if (!holds(net, at + NET_CLIENT_KEY, HAS_CLIENT_KEY, o.client)) {
        hold(net, at + NET_CLIENT_KEY, HAS_CLIENT_KEY, o.client);
        if (isLearnedClient(o.client)) send({ t: 'client', seq, sub: sub++, ts: o.ts, account, client: o.client });
      }
      const requests = this.clientRequests.get(i);
      if (requests) requests.push([seq, o.client]);
      else this.clientRequests.set(i, [[seq, o.client]]);
    }
    if (this.options.indicators) this.matchIndicators(o, i, link);
    if (o.variant !== 0) send({ t: 'variant', seq, sub: sub++, ts: o.ts, account, variant: o.variant, exact: o.exactItem });
    if (o.frame !== 0) {
      for (const f of [o.frame, o.frameTail]) {
        const uses = s.frames.get(f);
        if ((uses === FRAME_USES || (uses === 1 && this.hot.has(f))) && !PUBLIC_FRAMES.has(f)) link('frame', String(f));
      }
    }
  }

  /** Links the account to every imported indicator its request (or, on its first, its sign-up) matches. */
  private matchIndicators(o: Observation, i: number, link: (type: LinkType, key: string) => void): void {
    let seen = this.intelMatched.get(o.account);
    const first = !seen;
    if (!seen) this.intelMatched.set(o.account, (seen = { ids: new Set(), reasons: new Set() }));
    const bar = o.client.indexOf('|');
    const info = first ? this.info(i) : null;
    const hits = this.options.indicators!.match({
      ip: o.ip, asn: o.asn, tlsStack: bar >= 0 ? o.client.slice(bar + 1) : null, frame: o.frame,
      ...(first ? { payment: info?.payment ?? null, emailDomain: info?.emailDomain ?? null } : {}),
    }, o.ts);
    for (const h of hits) {
      if (seen.ids.has(h.id)) continue;
      seen.ids.add(h.id);
      link('intel', h.id);
      const code = `intel:${h.source}`;
      if (seen.reasons.has(code)) continue;
      seen.reasons.add(code);
      const fresh = this.intelReasons.get(o.account);
      if (fresh) fresh.push(code);
      else this.intelReasons.set(o.account, [code]);
    }
  }

  /** Model pivots of the accounts that changed (Engine.updatePivots), as links joined after the step's requests. */
  private pivots(send: (t: Touch) => void): void {
    const changed = [...this.changed].map((id) => this.byId.get(id)).sort((x, y) => this.ords[x]! - this.ords[y]!);
    for (const i of changed) {
      const s = this.states[i]!;
      for (const m of s.models) {
        if (!pivotedTo(s, m)) continue;
        const key = [s.id, m.model].join('|');
        if (this.pivoted.has(key)) continue;
        this.pivoted.add(key);
        send({ t: 'link', seq: PIVOT_SEQ, sub: this.ords[i]!, ts: s.last, account: s.id, type: 'pivot', key: `${m.model}|${Math.floor(m.first / (6 * HOUR))}` });
      }
    }
  }

  /**
   * Phase 2: the artefact shards' answers. Shared items are added; each request with a learned client counts as
   * spoofed when its client run is foreign (judged at the run's first request, or turned foreign by another account's
   * request before it), exactly as LinkIndex.observe answers request by request in one process.
   */
  settle(feedback: Feedback[]): Body<'summary'> {
    const verdicts = new Map<string, Map<number, boolean>>();
    const flips = new Map<string, { key: string; seq: number }[]>();
    for (const f of feedback) {
      if (f.t === 'shared') {
        this.states[this.local(f.account)]!.sharedItems += f.n;
        this.changed.add(f.account);
      } else if (f.t === 'client') {
        let m = verdicts.get(f.account);
        if (!m) verdicts.set(f.account, (m = new Map()));
        m.set(f.seq, f.foreign);
      } else {
        let list = flips.get(f.account);
        if (!list) flips.set(f.account, (list = []));
        list.push({ key: f.key, seq: f.seq });
        this.changed.add(f.account);
      }
    }
    for (const id of this.changed) {
      const i = this.byId.get(id);
      const answers = verdicts.get(id);
      const turned = (flips.get(id) ?? []).sort((a, b) => a.seq - b.seq);
      let t = 0;
      const net = this.nets[i >>> NET_PAGE_BITS]!;
      const at = (i & NET_PAGE_MASK) * NET;
      const flags = at + NET_FLAGS;
      for (const [seq, key] of this.clientRequests.get(i) ?? []) {
        for (; t < turned.length && turned[t]!.seq < seq; t++) if (holds(net, at + NET_RUN_KEY, HAS_RUN_KEY, turned[t]!.key)) net[flags]! |= RUN_FOREIGN;
        if (!holds(net, at + NET_RUN_KEY, HAS_RUN_KEY, key)) {
          hold(net, at + NET_RUN_KEY, HAS_RUN_KEY, key);
          if (answers?.get(seq) ?? false) net[flags]! |= RUN_FOREIGN;
          else net[flags]! &= ~RUN_FOREIGN;
        }
        if (net[flags]! & RUN_FOREIGN) this.states[i]!.uaTlsMismatch++;
      }
      for (; t < turned.length; t++) if (holds(net, at + NET_RUN_KEY, HAS_RUN_KEY, turned[t]!.key)) net[flags]! |= RUN_FOREIGN;
    }
    this.clientRequests = new Map();
    const out = {
      accounts: this.registered,
      firsts: this.firsts,
      states: [...this.changed].map((id) => {
        const i = this.byId.get(id);
        const snapshot = this.states[i]!.snapshot();
        const items = this.newItems.get(i);
        if (items) snapshot.items = items;
        return snapshot;
      }),
      regions: [...this.regions.values()],
      intel: [...this.intelReasons].map(([account, reasons]): IntelReasons => ({ account, reasons })),
      cores: this.cores,
      lines: this.lines,
      observed: this.observed,
    };
    this.cores = [];
    this.lines = [];
    this.newItems = new Map();
    this.regions = new Map();
    this.intelReasons = new Map();
    this.registered = [];
    this.firsts = [];
    this.observed = 0;
    this.changed = new Set();
    return out;
  }

  /**
   * Phase 3: the coordinator's step ending at `now` is done; its live campaigns' templates link at one use from the
   * next step on. Accounts idle for the spill threshold (no request, not read back) go to disk.
   */
  stepDone(hot: number[], now: number): void {
    this.hot = new Set(hot);
    this.spiller.clock(now);
    this.spiller.pass(now, () => this.states);
  }

  /** Closes the spill file. */
  close(): void {
    this.spiller.store?.close();
  }

  get size(): number {
    return this.states.length;
  }
}
