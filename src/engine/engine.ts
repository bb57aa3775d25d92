/**
 * The detection engine, shared by offline replay (`analyze`) and the live gateway: register accounts, apply
 * observations in time order (cheap, per account), and run the cross-account step on a clock (`tick`). Verdicts carry
 * the time each account was first flagged, so a replay tells the truth about when the engine would have acted.
 */
import { ItemPool } from '../campaigns/work-queue.js';
import { FollowUpScripts } from '../campaigns/follow-up-scripts.js';
import { ThreadCapabilities } from './thread-capability.js';
import { RecentKeyIndex } from '../collections/key-index.js';
import type { Account, Interaction, Verdict } from '../dataset/types.js';
import { AccountState, CounterTable, type AccountSnapshot } from '../accounts/state.js';
import { evidenceOf } from '../accounts/features.js';
import { CampaignDetector, type CampaignState, type DetectorOptions } from '../campaigns/detector.js';
import { LinkIndex, type AccountInfo, type LinkType } from '../campaigns/links.js';
import { LinkGraph } from '../campaigns/graph.js';
import { VariantIndex } from '../campaigns/variants.js';
import { IpIntel } from '../enrich/ip.js';
import type { IntelMatcher } from '../campaigns/intel.js';
import { RegionalSpikeDetector } from '../signals/regional-spikes/detector.js';
import type { Observation } from './observation.js';
import { Observer } from './observe.js';
import { publicTemplateFrames } from './public-templates.js';
import { SignupScreen, type TimedSignupMatch } from './signup-screen.js';
import { IdleSpiller, type SpillOptions, type SpillStats } from '../accounts/spill.js';
import { pivotedTo } from '../accounts/model-pivot.js';
import { RegistrationTable } from '../accounts/registrations.js';
import { StringIndex } from '../collections/packed-strings.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Frames of public templates: shared by strangers, never a template link (public-templates.ts). */
const PUBLIC_FRAMES = publicTemplateFrames();
/** Uses of one frame by one account before it counts as that account's template (one-off coincidences do not). */
const FRAME_USES = 2;
/** Steps between refreshes of the live campaigns' templates (also refreshed whenever the verdict set changes). */
const HOT_FRAME_EVERY = 6;
/** Members of a campaign whose templates are counted when finding its hot frames. */
const HOT_FRAME_SAMPLE = 256;

export interface EngineOptions extends Partial<DetectorOptions> {
  /** Keep 1 in 2^bits items in the global item index used for the shared-items feature (default 3: 1 in 8). */
  itemSampleBits?: number;
  /** Imported campaign indicators of other providers: matches link accounts ('intel') and add `intel:<source>` reasons. */
  indicators?: IntelMatcher;
  /**
   * Idle accounts' collections on disk (accounts/spill.ts): those with no request for `afterMs` of event time (and not
   * read by the cross-account step for as long) are written out and read back when anything needs them. Default off.
   */
  spill?: SpillOptions;
}

/** A change of an account's risk: what the engine emits and what crosses the live seam (src/live, JSON on NATS). */
export interface RiskUpdate {
  account: string;
  risk: number;
  flagged: boolean;
  campaignId: string | null;
  reasons: string[];
  /** Epoch ms of the step that changed it. */
  at: number;
}

interface AccountVerdictState {
  risk: number;
  flagged: boolean;
  campaign: string | null;
  reasons: string[];
  firstFlaggedAt: number | null;
  /** The risk last announced in a RiskUpdate: small changes accumulate against it, so a slow rise is announced too. */
  announcedRisk: number;
  /** Flagged at sign-up only (signup-screen.ts): held until the campaign step flags it or its campaign lapses. */
  signupHold?: boolean;
}

export class Engine {
  readonly observer: Observer;
  readonly states: AccountState[] = [];
  /** The counters of every account's state, a row each (accounts/state.ts). */
  private readonly counters = new CounterTable();
  /** Each account's registration: a view of its row in `registrations` (the record is rebuilt on demand: `account`). */
  readonly infos: (AccountInfo | undefined)[] = [];
  private readonly registrations = new RegistrationTable();
  /** Account id → index, compared against the states' ids (no second copy of the ids, no Map entry per account). */
  private readonly byId = new StringIndex((i, id) => this.states[i]!.id === id);
  readonly graph: LinkGraph;
  readonly links: LinkIndex;
  readonly detector: CampaignDetector;
  private readonly verdictState: (AccountVerdictState | undefined)[] = [];
  /**
   * Sampled item hash → first account index + 1, or 0 once a second account asked it. Two generations of 2M items
   * (see RecentKeyIndex): a scale-1 replay samples millions of harvested items, each asked once.
   */
  private readonly itemOwner = new RecentKeyIndex(1 << 21, 1 << 12);
  private readonly itemMask: number;
  /** Item cores of opening requests, for work-queue complementarity (campaigns/work-queue.ts). */
  readonly itemPool = new ItemPool();
  /** Short follow-up lines and their senders (campaigns/follow-up-scripts.ts). */
  readonly followUpScripts = new FollowUpScripts();
  private readonly pivoted = new Set<string>();
  private readonly variants = new VariantIndex();
  /** Follow-up turns counted under their thread's capability (thread-capability.ts). */
  private readonly threads = new ThreadCapabilities();
  /** Accounts with requests since the last pivot check: a pivot can only appear where the traffic changed. */
  private readonly changedSincePivots = new Set<number>();
  /**
   * Templates of live campaigns (frames used repeatedly by a large share of a flagged campaign's members): one use of
   * such a frame links an account at once, so accounts that join a known operation are caught on their first
   * requests instead of after their own repeats.
   */
  private hotFrames = new Set<number>();
  private ticks = 0;
  private readonly newcomerUpdates: RiskUpdate[] = [];
  /** Sign-up-time scoring of registered accounts against the live campaigns. */
  private readonly signups = new SignupScreen();
  private lastResultSize = 0;
  lastTick = Number.NEGATIVE_INFINITY;
  /** When idle network groups were last forgotten (once a simulated day: LinkIndex.forgetIdle). */
  private lastForget = Number.NEGATIVE_INFINITY;
  observed = 0;
  /** Hourly rises per country and ASN (fed in `apply`, closed in `tick`); evidence only, no verdict depends on it. */
  readonly regionalSpikes: RegionalSpikeDetector;

  /** Imported indicators (null: none), and per account the ids it matched and the reason codes they give. */
  private readonly indicators: IntelMatcher | null;
  private readonly intelMatches = new Map<number, { ids: Set<string>; reasons: string[] }>();
  /** Where idle accounts go, after how long idle (accounts/spill.ts). */
  private readonly spiller: IdleSpiller;

  constructor(intel: IpIntel, options: EngineOptions = {}) {
    this.spiller = new IdleSpiller(options.spill ?? { kind: 'off' });
    this.indicators = options.indicators && options.indicators.size > 0 ? options.indicators : null;
    this.observer = new Observer(intel);
    this.detector = new CampaignDetector(options);
    this.detector.itemPool = this.itemPool;
    this.detector.followUpScripts = this.followUpScripts;
    this.graph = new LinkGraph({ minStrong: this.detector.options.minEdgeWeight });
    this.links = new LinkIndex(this.graph.onJoin);
    this.itemMask = (1 << (options.itemSampleBits ?? 3)) - 1;
    this.regionalSpikes = new RegionalSpikeDetector({ regionName: (r, ip) => (r.kind === 'asn' ? (intel.lookup(ip).asOrg ?? undefined) : undefined) });
  }

  private indexOf(accountId: string): number {
    let i = this.byId.get(accountId);
    if (i < 0) {
      i = this.states.length;
      this.byId.add(accountId, i);
      this.states.push(new AccountState(accountId, i, this.counters));
      this.infos.push(undefined);
      this.verdictState.push(undefined);
    }
    return i;
  }

  /**
   * Registers an account's sign-up facts. `now` is a live engine's present (epoch ms): the account is then scored
   * against the live campaigns at once; without it (a replay loading its accounts), when the clock reaches its
   * sign-up time (signup-screen.ts).
   */
  registerAccount(a: Account, now?: number): void {
    this.register(a, now, true);
  }

  /**
   * Registers an account whose traffic and links are kept by shards (the campaign coordinator of a sharded engine,
   * cluster/coordinator.ts): its sign-up links go to the artefact shards, not to this engine's link index.
   */
  registerRemote(a: Account): void {
    this.register(a, undefined, false);
  }

  private register(a: Account, now: number | undefined, linked: boolean): void {
    const i = this.indexOf(a.account_id);
    const info = this.registrations.add(i, a, a.signup_ip ? this.observer.intel.lookup(a.signup_ip).prefix : null);
    this.infos[i] = info;
    if (linked) this.links.registerAccount(info);
    this.flagAtSignup(this.signups.register(info, now));
  }

  /** An account's record as registered (rebuilt from its registration facts), or undefined for one never registered. */
  account(a: number): Account | undefined {
    const info = this.infos[a];
    return info ? this.registrations.account(info, this.states[a]!.id) : undefined;
  }

  /**
   * A registered account that matched a live campaign at sign-up: flagged with that campaign before its first request
   * (dated when the engine would have known), and announced like a newcomer so the gateway restricts it at once.
   */
  private flagAtSignup(m: TimedSignupMatch | null): void {
    if (!m) return;
    const a = m.info.index;
    if (this.verdictState[a]?.flagged) return;
    const { campaign, risk } = m.match;
    const reasons = m.match.reviewOnly ? [...m.match.reasons, 'legit:verified-org'] : [...m.match.reasons];
    this.verdictState[a] = { risk, flagged: true, campaign, reasons, firstFlaggedAt: m.at, signupHold: true, announcedRisk: risk };
    this.newcomerUpdates.push({ account: this.states[a]!.id, risk, flagged: true, campaignId: campaign, reasons, at: m.at });
  }

  observe(i: Interaction, tsMs?: number): Observation {
    return this.observer.observe(i, tsMs);
  }

  /** Applies one observation to its account's state and the link index. Call in time order. */
  apply(o: Observation): void {
    this.threads.resolve(o);
    if (o.ts >= this.signups.nextDue) for (const m of this.signups.due(o.ts)) this.flagAtSignup(m);
    const a = this.indexOf(o.account);
    const s = this.states[a]!;
    this.regionalSpikes.observe(o, s.n === 0);
    // Shared items are counted among extraction-style requests only: students sharing homework and eval harnesses
    // share those; a work queue never does. Camouflage requests (public prompts) must not dilute the signal.
    if (o.item !== 0 && o.intent >= 0.5 && (o.item & this.itemMask) === 0) {
      s.sampledItems++;
      const owner = this.itemOwner.get(o.item) - 1;
      if (owner === -2) this.itemOwner.set(o.item, a + 1);
      else if (owner === -1) s.sharedItems++;
      else if (owner !== a) {
        s.sharedItems++;
        this.states[owner]!.sharedItems++;
        this.itemOwner.set(o.item, 0);
      }
    }
    if (s.n === 0) {
      const info = this.infos[a];
      this.flagAtSignup(this.signups.firstRequest(info, o.ts));
      this.links.activate(a);
      if (info) this.registrations.countFirstRequest(info);
    }
    if (o.core !== 0) this.itemPool.see(a, o.core, o.capability, o.item !== 0);
    if (o.line) this.followUpScripts.see(a, o.line);
    const degree = this.graph.neighbours(a).size;
    s.apply(o);
    this.changedSincePivots.add(a);
    // A declared client over a stack learned to be foreign to it counts as a UA/TLS mismatch of the account's own, as
    // a browser user agent over a library's stack does (counted by s.apply). Evade: see LinkIndex.learnClient.
    if (this.links.observe(o, a) && !o.uaTlsMismatch) s.uaTlsMismatch++;
    if (this.indicators) this.matchIndicators(o, a);
    if (o.variant !== 0) {
      const first = this.variants.see(o.variant, o.exactItem, a);
      if (first >= 0) this.links.addVariant(o.variant, first, a);
    }
    // A frame becomes a template link once this account has used it with FRAME_USES different requests.
    if (o.frame !== 0) {
      this.linkFrame(s, o.frame);
      this.linkFrame(s, o.frameTail);
    }
    this.observed++;
    const held = this.verdictState[a];
    if (this.graph.neighbours(a).size > degree && (!held?.flagged || held.signupHold)) this.judgeNewcomer(a, o.ts);
  }

  /** Links the account to a frame it has now used FRAME_USES times (once, for a live campaign's template). */
  private linkFrame(s: AccountState, f: number): void {
    const uses = s.frames.get(f);
    if ((uses === FRAME_USES || (uses === 1 && this.hotFrames.has(f))) && !PUBLIC_FRAMES.has(f)) this.links.addFrame(f, s.index);
  }

  /**
   * An account's first request, on a shard (cluster/coordinator.ts): what `apply` does at a first request besides
   * the account's own state, which arrives as a snapshot (restoreState).
   */
  remoteFirstRequest(account: string, ts: number): void {
    if (ts >= this.signups.nextDue) for (const m of this.signups.due(ts)) this.flagAtSignup(m);
    const a = this.indexOf(account);
    const info = this.infos[a];
    this.flagAtSignup(this.signups.firstRequest(info, ts));
    if (info) this.registrations.countFirstRequest(info);
  }

  /** A request's item core seen on an account shard (sharded engine: the coordinator's work-queue pool). */
  remoteCore(account: string, core: number, capability = -1, asItem = false): void {
    this.itemPool.see(this.indexOf(account), core, capability, asItem);
  }

  /** A follow-up line a shard saw (cluster/coordinator.ts): the lines `apply` records in one process. */
  remoteLine(account: string, line: number): void {
    this.followUpScripts.see(this.indexOf(account), line);
  }

  /** Overwrites an account's state with its shard's snapshot. */
  restoreState(snapshot: AccountSnapshot): void {
    this.states[this.indexOf(snapshot.id)]!.restore(snapshot);
  }

  /**
   * The edges one request's joins made on the artefact shards (`by` its account, null for joins found at a step's
   * end), applied as `apply` applies them; a newly linked account is judged as `apply` judges it.
   */
  remoteJoins(by: string | null, ts: number, joins: readonly { type: LinkType; key: string; account: string; partners: readonly string[]; before: number }[]): void {
    if (by !== null && ts >= this.signups.nextDue) for (const m of this.signups.due(ts)) this.flagAtSignup(m);
    const a = by === null ? -1 : this.indexOf(by);
    const degree = a >= 0 ? this.graph.neighbours(a).size : 0;
    for (const j of joins) this.graph.link(j.type, j.key, this.indexOf(j.account), j.partners.map((p) => this.indexOf(p)), j.before);
    if (a < 0) return;
    const held = this.verdictState[a];
    if (this.graph.neighbours(a).size > degree && (!held?.flagged || held.signupHold)) this.judgeNewcomer(a, ts);
  }

  /** Templates of the live campaigns (one use links an account to them; see hotFrames). */
  get templateFrames(): ReadonlySet<number> {
    return this.hotFrames;
  }

  /** A newly linked account judged against the campaigns it links to, between steps (CampaignDetector.judgeNewcomer). */
  private judgeNewcomer(a: number, at: number): void {
    const joined = this.detector.judgeNewcomer(a, this.states, this.infos, this.graph);
    const campaign = joined ? this.verdictState[joined.via]?.campaign : null;
    if (!joined || !campaign) return;
    const { risk, reasons } = joined.verdict;
    this.verdictState[a] = { risk, flagged: true, campaign, reasons, firstFlaggedAt: this.verdictState[a]?.firstFlaggedAt ?? at, announcedRisk: risk };
    this.newcomerUpdates.push({ account: this.states[a]!.id, risk, flagged: true, campaignId: campaign, reasons, at });
  }

  /** Verdicts decided between steps (newcomers of confirmed campaigns) since the last call; `tick` returns them too. */
  takeUpdates(): RiskUpdate[] {
    return this.newcomerUpdates.splice(0);
  }

  ingest(i: Interaction): void {
    this.apply(this.observe(i));
  }

  /** Model pivots: an account that moved most of its traffic to a model it started using after its first day. */
  private updatePivots(): void {
    // In account order, as a scan of every account would find them (the order accounts join a pivot group matters).
    const changed = [...this.changedSincePivots].sort((x, y) => x - y);
    this.changedSincePivots.clear();
    for (const a of changed) {
      const s = this.states[a]!;
      for (const m of s.models) {
        const model = m.model;
        if (!pivotedTo(s, m)) continue;
        const key = [s.index, model].join('|');
        if (this.pivoted.has(key)) continue;
        this.pivoted.add(key);
        this.links.addPivot(model, Math.floor(m.first / (6 * HOUR)), s.index);
      }
    }
  }

  /** Runs the cross-account step as of `now` (epoch ms); returns the accounts whose verdict changed. */
  tick(now: number): RiskUpdate[] {
    this.lastTick = now;
    this.spiller.clock(now);
    this.regionalSpikes.tick(now);
    // Sign-ups reached since the last step are scored first, against the campaigns that step confirmed.
    for (const m of this.signups.due(now)) this.flagAtSignup(m);
    this.updatePivots();
    if (now - this.lastForget >= DAY) {
      this.links.forgetIdle(now);
      this.lastForget = now;
    }
    const result = this.detector.run(now, this.states, this.infos, this.graph);
    this.signups.index.refresh(this.liveCampaigns(), this.infos);
    if (++this.ticks % HOT_FRAME_EVERY === 0 || result.size !== this.lastResultSize) this.updateHotFrames();
    this.lastResultSize = result.size;
    const updates: RiskUpdate[] = this.takeUpdates();
    for (let a = 0; a < this.states.length; a++) {
      const v = result.get(a);
      const prev = this.verdictState[a];
      const flagged = v?.flagged ?? false;
      const risk = v?.risk ?? 0;
      const campaign = v?.campaign ?? null;
      if (!prev && !v) continue;
      // A sign-up verdict holds until the campaign step flags the account (its own traffic confirms) or the campaign
      // it matched is no longer live.
      if (prev?.signupHold) {
        if (!v?.flagged && this.signups.index.isLive(prev.campaign!)) continue;
        prev.signupHold = false;
      }
      // A verdict whose strongest reason changed (a sign-up match confirmed by the account's own traffic) is news to
      // the gateway even at the same risk: policy ceilings are read from the reasons.
      if (prev && prev.flagged === flagged && prev.campaign === campaign && Math.abs(prev.announcedRisk - risk) < 0.05 && prev.reasons[0] === (v?.reasons[0] ?? prev.reasons[0])) {
        prev.risk = risk;
        if (v) prev.reasons = v.reasons;
        continue;
      }
      const next: AccountVerdictState = {
        risk,
        flagged,
        campaign,
        reasons: v?.reasons ?? [],
        firstFlaggedAt: prev?.firstFlaggedAt ?? (flagged ? now : null),
        announcedRisk: risk,
      };
      if (flagged && next.firstFlaggedAt === null) next.firstFlaggedAt = now;
      this.verdictState[a] = next;
      updates.push({ account: this.states[a]!.id, risk, flagged, campaignId: campaign, reasons: next.reasons, at: now });
    }
    this.spiller.pass(now, () => this.states);
    return updates;
  }

  /**
   * Reads an account's state without keeping it in memory when it was spilled: for passes over every account (verdicts,
   * the forensic tables), which would otherwise bring every idle account back at once.
   */
  readState<T>(a: number, read: (s: AccountState) => T): T {
    const s = this.states[a]!;
    const out = s.spilled;
    const value = read(s);
    if (out && this.spiller.store) s.spill(this.spiller.store);
    return value;
  }

  /** Closes the spill file (spilled accounts cannot be read after this). */
  close(): void {
    this.spiller.store?.close();
  }

  /** Spilling figures (null when spilling is off). */
  spillStats(): SpillStats | null {
    return this.spiller.store?.stats() ?? null;
  }

  private updateHotFrames(): void {
    const hot = new Set<number>();
    for (const c of this.liveCampaigns()) {
      // A share is estimated as well from a few hundred members as from tens of thousands: take an even sample.
      const step = Math.max(1, Math.floor(c.members.size / HOT_FRAME_SAMPLE));
      const counts = new Map<number, number>();
      let sampled = 0;
      let k = 0;
      for (const a of c.members) {
        if (k++ % step !== 0) continue;
        sampled++;
        this.states[a]!.frames.forEach((uses, f) => {
          if (uses >= FRAME_USES) counts.set(f, (counts.get(f) ?? 0) + 1);
        });
      }
      const min = Math.max(3, 0.3 * sampled);
      for (const [f, n] of counts) if (n >= min) hot.add(f);
    }
    this.hotFrames = hot;
  }

  /** Live campaigns (those confirmed at the last step). */
  liveCampaigns(): CampaignState[] {
    return [...this.detector.campaigns.values()].filter((c) => c.updatedAt === this.lastTick);
  }

  accountIndex(id: string): number | undefined {
    const i = this.byId.get(id);
    return i < 0 ? undefined : i;
  }

  /** Links the account to every imported indicator its request (or, on its first, its sign-up) matches. */
  private matchIndicators(o: Observation, a: number): void {
    let seen = this.intelMatches.get(a);
    const first = !seen;
    if (!seen) this.intelMatches.set(a, (seen = { ids: new Set(), reasons: [] }));
    const bar = o.client.indexOf('|');
    const hits = this.indicators!.match({
      ip: o.ip, asn: o.asn, tlsStack: bar >= 0 ? o.client.slice(bar + 1) : null, frame: o.frame,
      ...(first ? { payment: this.infos[a]?.payment ?? null, emailDomain: this.infos[a]?.emailDomain ?? null } : {}),
    }, o.ts);
    for (const h of hits) {
      if (seen.ids.has(h.id)) continue;
      seen.ids.add(h.id);
      this.links.add('intel', h.id, a);
      const code = `intel:${h.source}`;
      if (!seen.reasons.includes(code)) seen.reasons.push(code);
    }
  }

  /** Reason codes an account's requests matched on its shard (cluster/account-shard.ts), as matchIndicators keeps them. */
  remoteIntel(account: string, reasons: readonly string[]): void {
    const a = this.indexOf(account);
    let seen = this.intelMatches.get(a);
    if (!seen) this.intelMatches.set(a, (seen = { ids: new Set(), reasons: [] }));
    for (const code of reasons) if (!seen.reasons.includes(code)) seen.reasons.push(code);
  }

  /** One verdict per account seen in traffic or registered. */
  verdicts(): Verdict[] {
    return [...this.eachVerdict()];
  }

  /**
   * The verdicts one at a time, in account order (as `verdicts` lists them): a writer holds one at a time instead of
   * one object per account (at ten million accounts, gigabytes at the end of a replay).
   */
  *eachVerdict(): Generator<Verdict, void, undefined> {
    for (let a = 0; a < this.states.length; a++) {
      const s = this.states[a]!;
      const v = this.verdictState[a];
      const flagged = v?.flagged ?? false;
      let reasons = v?.reasons ?? [];
      let risk = v?.risk ?? 0;
      if (!flagged && s.n > 0) {
        const ev = this.readState(a, evidenceOf);
        // Unlinked accounts keep a low risk that reflects their own content, never enough to act on.
        risk = Math.max(risk, 0.3 * ev.score);
        if (reasons.length === 0) reasons = [...ev.reasons];
      }
      const spiked = this.regionalSpikes.reasonFor(s.id, s.n);
      if (spiked) reasons = [...reasons, spiked];
      const intel = this.intelMatches.get(a)?.reasons;
      if (intel?.length) reasons = [...reasons, ...intel.filter((c) => !reasons.includes(c))];
      yield {
        account_id: s.id,
        risk: Math.round(risk * 1000) / 1000,
        flagged,
        campaign_id: flagged ? v!.campaign : null,
        first_flagged_at: flagged && v!.firstFlaggedAt !== null ? new Date(v!.firstFlaggedAt).toISOString() : null,
        reasons,
      };
    }
  }
}
