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
import type { IntelMatcher } from '../campaigns/intel.js';
import { isLearnedClient, registrationLinks, type AccountInfo, type LinkType } from '../campaigns/links.js';
import type { Observation } from '../engine/observation.js';
import { publicTemplateFrames } from '../engine/public-templates.js';
import { keptCore } from '../campaigns/work-queue.js';
import { PIVOT_SEQ, artefactShard, type Body, type ClusterMessage, type CoreAsk, type Feedback, type IntelReasons, type RegionTally, type Registration, type Touch } from './messages.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const PUBLIC_FRAMES = publicTemplateFrames();
/** As in the engine (engine.ts): uses of a frame by one account before it is that account's template. */
const FRAME_USES = 2;

interface Network {
  ip: string | undefined;
  prefix: string | undefined;
  asn: number | undefined;
  client: string | undefined;
  spoof: string | undefined;
  /** Client key at the last request (applied side, in replay order). */
  clientKey: string | undefined;
  /** The client run judged so far (settled at the step's end, once the artefact shards have answered). */
  runKey: string | undefined;
  runForeign: boolean;
}

interface Local {
  ord: number;
  info: AccountInfo | null;
  state: AccountState;
  net: Network;
  /** Requests of this step with a client key, for the foreign-client count (seq, key). */
  clientRequests: [number, string][];
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
  private readonly accounts = new Map<string, Local>();
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
  private readonly spiller: IdleSpiller;
  /** The counters of every account's state, a row each (accounts/state.ts). */
  private readonly counters = new CounterTable();

  constructor(private readonly options: AccountShardOptions) {
    this.itemMask = (1 << (options.itemSampleBits ?? 3)) - 1;
    this.spiller = new IdleSpiller(options.spill ?? { kind: 'off' });
  }

  private local(account: string, ord?: number): Local {
    let l = this.accounts.get(account);
    if (!l) {
      // An account with traffic and no registration: ordered after every registered one, in arrival order.
      const o = ord ?? Number.MAX_SAFE_INTEGER / 2 + this.accounts.size;
      l = { ord: o, info: null, state: new AccountState(account, this.accounts.size, this.counters), net: { ip: undefined, prefix: undefined, asn: undefined, client: undefined, spoof: undefined, clientKey: undefined, runKey: undefined, runForeign: false }, clientRequests: [] };
      this.accounts.set(account, l);
    }
    return l;
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
    const l = this.local(a.account_id, r.ord);
    const info: AccountInfo = {
      index: r.ord,
      createdAt: Date.parse(a.created_at),
      orgId: a.org_id,
      emailDomain: a.email_domain.toLowerCase(),
      payment: a.payment_fingerprint,
      signupPrefix: r.signupPrefix,
      verified: a.verified,
      tier: a.tier,
    };
    l.info = info;
    this.registered.push(r);
    for (const [type, key] of registrationLinks(info)) if (type === 'signup-burst' || type === 'signup-net') send({ t: 'reg', type, key });
    send({ t: 'dom', domain: info.emailDomain, hour: Math.floor(info.createdAt / HOUR) });
  }

  private observe(seq: number, o: Observation, send: (t: Touch) => void): void {
    // Here, not in the router: whatever feeds the shard, and after a restart (the shard rebuilds from its subject).
    this.threads.resolve(o);
    const l = this.local(o.account);
    const s = l.state;
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
      if (l.info) for (const [type, key] of registrationLinks(l.info)) if (type !== 'org') link(type, key);
    }
    if (keptCore(o.core)) this.cores.push({ seq, account, core: o.core, capability: o.capability });
    s.apply(o);
    this.observed++;
    this.changed.add(account);
    const net = l.net;
    if (net.ip !== o.ip) {
      link('ip', o.ip);
      net.ip = o.ip;
    }
    if (net.prefix !== o.prefix) {
      link('prefix', o.prefix);
      net.prefix = o.prefix;
    }
    if (o.asn !== null && (net.asn !== o.asn || net.client !== o.client)) {
      link('client', `${o.asn}|${o.client}`);
      net.asn = o.asn;
      net.client = o.client;
    }
    if (o.uaTlsMismatch) {
      const stack = o.client.slice(o.client.indexOf('|') + 1);
      if (net.spoof !== stack) {
        link('spoof', stack);
        net.spoof = stack;
      }
    } else {
      if (net.clientKey !== o.client) {
        net.clientKey = o.client;
        if (isLearnedClient(o.client)) send({ t: 'client', seq, sub: sub++, ts: o.ts, account, client: o.client });
      }
      l.clientRequests.push([seq, o.client]);
    }
    if (this.options.indicators) this.matchIndicators(o, l, link);
    if (o.variant !== 0) send({ t: 'variant', seq, sub: sub++, ts: o.ts, account, variant: o.variant, exact: o.exactItem });
    if (o.frame !== 0) {
      for (const f of [o.frame, o.frameTail]) {
        const uses = s.frames.get(f);
        if ((uses === FRAME_USES || (uses === 1 && this.hot.has(f))) && !PUBLIC_FRAMES.has(f)) link('frame', String(f));
      }
    }
  }

  /** Links the account to every imported indicator its request (or, on its first, its sign-up) matches. */
  private matchIndicators(o: Observation, l: Local, link: (type: LinkType, key: string) => void): void {
    let seen = this.intelMatched.get(o.account);
    const first = !seen;
    if (!seen) this.intelMatched.set(o.account, (seen = { ids: new Set(), reasons: new Set() }));
    const bar = o.client.indexOf('|');
    const hits = this.options.indicators!.match({
      ip: o.ip, asn: o.asn, tlsStack: bar >= 0 ? o.client.slice(bar + 1) : null, frame: o.frame,
      ...(first ? { payment: l.info?.payment ?? null, emailDomain: l.info?.emailDomain ?? null } : {}),
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
    const changed = [...this.changed].map((id) => this.accounts.get(id)!).sort((x, y) => x.ord - y.ord);
    for (const l of changed) {
      const s = l.state;
      if (s.models.length < 2 || s.n < 10) continue;
      for (const m of s.models) {
        if (m.first - s.first < DAY || m.count < 0.5 * s.n * ((s.last - m.first) / Math.max(1, s.last - s.first))) continue;
        const key = [s.id, m.model].join('|');
        if (this.pivoted.has(key)) continue;
        this.pivoted.add(key);
        send({ t: 'link', seq: PIVOT_SEQ, sub: l.ord, ts: s.last, account: s.id, type: 'pivot', key: `${m.model}|${Math.floor(m.first / (6 * HOUR))}` });
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
        this.local(f.account).state.sharedItems += f.n;
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
      const l = this.accounts.get(id)!;
      const answers = verdicts.get(id);
      const turned = (flips.get(id) ?? []).sort((a, b) => a.seq - b.seq);
      let t = 0;
      const net = l.net;
      for (const [seq, key] of l.clientRequests) {
        for (; t < turned.length && turned[t]!.seq < seq; t++) if (net.runKey === turned[t]!.key) net.runForeign = true;
        if (net.runKey !== key) {
          net.runKey = key;
          net.runForeign = answers?.get(seq) ?? false;
        }
        if (net.runForeign) l.state.uaTlsMismatch++;
      }
      for (; t < turned.length; t++) if (net.runKey === turned[t]!.key) net.runForeign = true;
      l.clientRequests = [];
    }
    const out = {
      accounts: this.registered,
      firsts: this.firsts,
      states: [...this.changed].map((id) => this.accounts.get(id)!.state.snapshot()),
      regions: [...this.regions.values()],
      intel: [...this.intelReasons].map(([account, reasons]): IntelReasons => ({ account, reasons })),
      cores: this.cores,
      observed: this.observed,
    };
    this.cores = [];
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
    this.spiller.pass(now, () => [...this.accounts.values()].map((l) => l.state));
  }

  /** Closes the spill file. */
  close(): void {
    this.spiller.store?.close();
  }

  get size(): number {
    return this.accounts.size;
  }
}
