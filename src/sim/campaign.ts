/**
 * Attack campaigns. A campaign is a cohort of accounts run by one operator; its behaviour is a `CampaignPlan`
 * assembled from defaults and then transformed by the campaign's tactics (src/sim/tactics/*), each of which
 * changes one aspect: where requests come from, what they ask, how accounts were made, when they run.
 * Requests are pulled from one shared work queue in time order, so each item is harvested about once and the load
 * is spread round-robin over the cohort.
 */
import type { Account } from '../dataset/types.js';
import { identity, pickClient, spoofed, type ClientIdentity, type ClientName } from './clients.js';
import { DAY_MS, HOUR_MS, localDayStart, localWeekday, type Behaviour, type DayCtx, type SessionSink, type SimAccount, type WorldCtx } from './context.js';
import { newEv, type Ev, type LateContent } from './event.js';
import { COUNTRIES, DIURNAL_CUM, freemail, pickCountry, WEEKLY } from './geo.js';
import { ItemFactory, type ItemSource } from './items.js';
import type { Address, NetKind } from './network.js';
import { ATTACK_FOLLOW_UPS, ATTACK_FOLLOW_UPS_J, ORGANIC_FOLLOW_UPS, ORGANIC_FOLLOW_UPS_J, wrapCot } from './phrasing.js';
import { cumulative, hash32, Rng } from './rng.js';
import type { CampaignSpec } from './scenario.js';
import { pickWeighted, shapeOutcome, shapeTokens, TEMPERATURE_MIX, textTokens } from './shape.js';
import { TACTIC_ORDER, TACTICS } from './tactics/index.js';

/** How one account reaches the API. */
export interface NetChoice {
  kind: NetKind;
  share: number;
  /** Fixed provider pools (ASNs) the operator rents; empty = any pool of the kind. */
  pools: ReturnType<WorldCtx['pools']['pool']>[];
  /** Countries to draw residential exits from (null = any). */
  countries: string[] | null;
  /** New address for every request (rotating proxy) or a sticky address per account-day. */
  rotate: 'request' | 'day' | 'account';
}

export interface CampaignPlan {
  id: string;
  ctx: WorldCtx;
  spec: CampaignSpec;
  rng: Rng;
  tacticNames: string[];
  // schedule
  diurnal: Float64Array;
  weekly: readonly number[];
  tz: number;
  /** Spread of per-account time zones around `tz` (hours); 0 = all accounts pretend the same zone. */
  tzSpread: number;
  rate: number;
  activeDayShare: number;
  // accounts
  createdAt(i: number, rng: Rng): number;
  /** Delay between sign-up and first use. */
  activationDelay(rng: Rng): number;
  /** Share of accounts created long before and dormant until the campaign (set by aged-accounts). */
  aged: { share: number; minMonths: number; maxMonths: number } | null;
  payment(i: number, rng: Rng): string | null;
  emailDomain(rng: Rng): string;
  tier(rng: Rng): Account['tier'];
  // network and client
  net: NetChoice[];
  clients: [ClientName, number][];
  spoofUa: boolean;
  // content
  sources: [ItemSource, number][];
  cotShare: number;
  camouflageShare: number;
  followUpShare: number;
  followUpMax: number;
  maxTokens: [number, number][];
  /** The operator script's temperature (stealthy operators with ua-spoofing vary it per account). */
  tempJ: string;
  thinkingShare: number;
  outScale: number;
  /** Share of queue items handed out again (retries after errors, re-asks). */
  reissueShare: number;
  pivot: { withinHours: number; share: number } | null;
  convKnownShare: number;
}

/** Manifest-facing facts about a campaign, filled while building. */
export interface CampaignInfo {
  id: string;
  tactics: string[];
  accounts: SimAccount[];
  plan: CampaignPlan;
  queue: WorkQueue;
}

export function defaultPlan(ctx: WorldCtx, spec: CampaignSpec, rng: Rng): CampaignPlan {
  const operatorDomains = [0, 1, 2].map(() => `${rng.token(6, 'abcdefghijklmnopqrstuvwxyz')}${rng.pick(['mail', 'box', 'post', 'inbox'])}.${rng.pick(['com', 'net', 'xyz', 'top', 'site'])}`);
  return {
    id: spec.id, ctx, spec, rng, tacticNames: spec.tactics.map((t) => t.tactic),
    diurnal: DIURNAL_CUM.flat, weekly: WEEKLY.flat, tz: 0, tzSpread: 0,
    rate: spec.requests_per_account_day, activeDayShare: spec.active_day_share,
    createdAt: (_i, r) => ctx.start + spec.start_day * DAY_MS - r.uniform(1, 60) * DAY_MS,
    activationDelay: (r) => r.uniform(0.2, 3) * DAY_MS,
    aged: null,
    payment: (_i, r) => `pf_${r.token(16, '0123456789abcdef')}`,
    emailDomain: (r) => (r.chance(0.8) ? freemail(r) : r.pick(operatorDomains)),
    tier: (r) => pickWeighted(r, [['build', 7], ['free', 3]] as const),
    net: [{ kind: 'datacenter', share: 1, pools: [ctx.pools.pool('datacenter', null, rng), ctx.pools.pool('datacenter', null, rng)], countries: null, rotate: 'account' }],
    clients: [['anthropic-python', 3], ['openai-python', 3], ['httpx', 1], ['aiohttp', 1]],
    spoofUa: false,
    sources: [],
    cotShare: 0, camouflageShare: 0, followUpShare: 0, followUpMax: 1,
    maxTokens: [[4096, 5], [8192, 3], [-1, 2]], tempJ: pickWeighted(rng, TEMPERATURE_MIX), thinkingShare: 0.1, outScale: 1.3, reissueShare: 0.01,
    pivot: null, convKnownShare: 0.3,
  };
}

export function buildPlan(ctx: WorldCtx, spec: CampaignSpec, seed: number): CampaignPlan {
  const rng = new Rng(seed ^ hash32(spec.id), 7);
  const plan = defaultPlan(ctx, spec, rng);
  // work-queue first: rubric-grading and instruction-sweep add to its mix.
  const ordered = [...spec.tactics].sort((a, b) => Number(TACTIC_ORDER.includes(b.tactic)) - Number(TACTIC_ORDER.includes(a.tactic)));
  for (const t of ordered) TACTICS[t.tactic].apply(plan, t.params);
  if (plan.sources.length === 0) throw new Error(`campaign ${spec.id} has no item sources`);
  return plan;
}

/**
 * The shared work queue. Items are numbered per source; `fill` runs when a request is written (time order), so
 * item n goes to whichever account's request comes next — round-robin with the accounts' own jitter.
 */
export class WorkQueue implements LateContent {
  private readonly next = new Map<ItemSource, number>();
  private readonly cum: Float64Array;
  private readonly factory: ItemFactory;
  private readonly rng: Rng;
  private readonly recent: { k: number; src: ItemSource }[] = [];
  /** Items handed out (including re-issues) and distinct items. */
  handed = 0;
  distinct = 0;
  reissued = 0;

  constructor(private readonly plan: CampaignPlan, seed: number) {
    this.cum = cumulative(plan.sources.map(([, w]) => w));
    this.factory = new ItemFactory(plan.ctx.corpora, seed ^ hash32(`${plan.id}/items`));
    this.rng = new Rng(seed ^ hash32(`${plan.id}/queue`), 11);
  }

  fill(ev: Ev): void {
    const rng = this.rng;
    let src: ItemSource;
    let k: number;
    if (this.recent.length > 0 && rng.chance(this.plan.reissueShare)) {
      const r = this.recent[rng.int(this.recent.length)]!;
      src = r.src;
      k = r.k;
      this.reissued++;
    } else {
      src = this.plan.sources[rng.weighted(this.cum)]![0];
      k = this.next.get(src) ?? 0;
      this.next.set(src, k + 1);
      this.distinct++;
      if (this.recent.length < 64) this.recent.push({ k, src });
      else this.recent[rng.int(64)] = { k, src };
    }
    this.handed++;
    const item = this.factory.make(src, k);
    const text = rng.chance(this.plan.cotShare) && item.cap !== 'creative' && src !== 'instruction-sweep' && src !== 'rubric-grading' ? wrapCot(item.text, rng) : item.text;
    ev.promptJ = JSON.stringify(text);
    ev.cap = item.cap;
    ev.item = k;
    if (item.tools) ev.toolsJ = JSON.stringify(item.tools);
    shapeTokens(ev, rng, item.code ? this.plan.ctx.traces.code : this.plan.ctx.traces.conv, text.length, 0, 0, this.plan.outScale, 0.05);
    if (ev.status !== 200) ev.outTok = 0;
    else if (ev.outTok < 60 && this.plan.cotShare > 0) ev.outTok += rng.int(400);
    ev.latency = ev.status !== 200 ? ev.latency : Math.round(ev.latency + (ev.outTok + Math.max(0, ev.reasonTok)) * 18);
  }

  /** Follow-up turns take their capability and context from the first turn. */
  readonly followUp: LateContent = {
    fill: (ev: Ev): void => {
      const parent = ev.parent!;
      ev.cap = parent.cap;
      ev.toolsJ = parent.toolsJ;
      const k = this.rng.int(ATTACK_FOLLOW_UPS.length);
      const text = ATTACK_FOLLOW_UPS[k]!;
      ev.promptJ = ATTACK_FOLLOW_UPS_J[k]!;
      ev.inTok = parent.inTok + parent.outTok + textTokens(text.length) + 8;
      ev.outTok = ev.status === 200 ? Math.max(20, Math.round(parent.outTok * this.rng.uniform(0.4, 1.2))) : 0;
      if (ev.maxTok > 0 && ev.outTok > ev.maxTok) ev.outTok = ev.maxTok;
    },
  };
}

interface AttackProfile {
  client: ClientIdentity;
  messages: boolean;
  net: NetChoice;
  sticky: Address;
  stickyDay: number;
  mult: number;
  maxTok: number;
  tempJ: string;
  pivotAt: number;
  convKnown: boolean;
  baseModel: number;
}

/** Creates the cohort's accounts and their behaviour. */
export function createCampaignAccounts(plan: CampaignPlan, seed: number, ids: () => [string, string], firstIdx: number, count: number, accountRng: (i: number) => Rng): CampaignInfo {
  const ctx = plan.ctx;
  const queue = new WorkQueue(plan, seed);
  const info: CampaignInfo = { id: plan.id, tactics: plan.tacticNames, accounts: [], plan, queue };
  const netCum = cumulative(plan.net.map((n) => n.share));
  const behaviour = new AttackBehaviour(plan, queue);
  const campaignStart = ctx.start + plan.spec.start_day * DAY_MS;
  for (let i = 0; i < count; i++) {
    const rng = accountRng(firstIdx + i);
    const [id, keyId] = ids();
    const net = plan.net[rng.weighted(netCum)]!;
    const realName = pickClient(rng, plan.clients);
    const client = plan.spoofUa ? spoofed(identity(realName, rng).stack, rng, realName) : identity(realName, rng);
    const country = net.kind === 'residential' || net.kind === 'mobile' ? (net.countries ? rng.pick(net.countries) : pickCountry(rng).cc) : rng.chance(0.7) ? pickCountry(rng).cc : rng.pick(COUNTRIES).cc;
    const addr = addressFor(ctx, net, country, rng);
    let created = plan.createdAt(i, rng);
    let activeFrom = created + plan.activationDelay(rng);
    if (plan.aged && rng.chance(plan.aged.share)) {
      created = campaignStart - rng.uniform(plan.aged.minMonths, plan.aged.maxMonths) * 30 * DAY_MS;
      activeFrom = campaignStart + rng.uniform(0, 4) * DAY_MS;
    }
    activeFrom = Math.max(activeFrom, campaignStart);
    const record: Account = {
      account_id: id, created_at: new Date(created).toISOString(), org_id: null, email_domain: plan.emailDomain(rng), payment_fingerprint: plan.payment(i, rng),
      signup_ip: addr.ip, country, tier: plan.tier(rng), verified: rng.chance(0.04),
    };
    const tz = plan.tz + (plan.tzSpread > 0 ? Math.round(rng.uniform(-plan.tzSpread, plan.tzSpread)) : 0);
    const profile: AttackProfile = {
      client, messages: rng.chance(client.messagesShare), net, sticky: addr, stickyDay: -1, mult: rng.uniform(0.8, 1.2),
      maxTok: pickWeighted(rng, plan.maxTokens), tempJ: plan.spoofUa ? pickWeighted(rng, TEMPERATURE_MIX) : plan.tempJ,
      pivotAt: plan.pivot && ctx.releaseModel >= 0 && rng.chance(plan.pivot.share) ? ctx.releaseAt + rng.uniform(0.3, plan.pivot.withinHours) * HOUR_MS : Infinity,
      convKnown: rng.chance(plan.convKnownShare), baseModel: rng.chance(0.8) ? 0 : rng.weighted(ctx.baseModelWeights),
    };
    info.accounts.push({
      idx: firstIdx + i, id, headJ: `"account_id":${JSON.stringify(id)},"api_key_id":${JSON.stringify(keyId)}`, record,
      label: { account_id: id, label: 'attack', campaign: plan.id, persona: plan.spec.persona ?? plan.tacticNames.join('+'), tactics: plan.tacticNames },
      rng, country, tz, activeFrom, behaviour, state: profile,
    });
  }
  return info;
}

function addressFor(ctx: WorldCtx, net: NetChoice, country: string, rng: Rng): Address {
  if (net.pools.length > 0) return ctx.pools.addressIn(rng.pick(net.pools), rng);
  const cc = net.countries ? rng.pick(net.countries) : net.kind === 'residential' || net.kind === 'mobile' ? country : null;
  return ctx.pools.address(net.kind, cc, rng);
}

class AttackBehaviour implements Behaviour {
  constructor(private readonly plan: CampaignPlan, private readonly queue: WorkQueue) {}

  planDay(acct: SimAccount, day: DayCtx, sessions: SessionSink): void {
    const plan = this.plan;
    const spec = plan.spec;
    if (day.index < spec.start_day || (spec.end_day !== null && day.index >= spec.end_day)) return;
    const p = acct.state as AttackProfile;
    const rng = acct.rng;
    const ls = localDayStart(day.start, acct.tz);
    if (ls + DAY_MS < acct.activeFrom) return;
    const wf = plan.weekly[localWeekday(ls, acct.tz)]!;
    if (!rng.chance(Math.min(1, plan.activeDayShare * (0.5 + 0.5 * wf)))) return;
    // Follow-up turns count towards the day's volume, so fewer items are started when follow-ups are on.
    const perItem = 1 + plan.followUpShare * (plan.followUpMax + 1) / 2;
    const n = rng.poisson((plan.rate * p.mult * wf) / perItem);
    const end = plan.ctx.end;
    for (let i = 0; i < n; i++) {
      const t = ls + rng.weighted(plan.diurnal) * HOUR_MS + rng.int(HOUR_MS);
      if (t < acct.activeFrom || t >= end) continue;
      sessions.add(t, acct, 0);
    }
  }

  /** One harvest request (or a camouflage request), with follow-up turns when the plan asks for them. */
  expand(acct: SimAccount, t: number, _arg: number, out: Ev[]): void {
    const plan = this.plan;
    const p = acct.state as AttackProfile;
    const rng = acct.rng;
    const addr = this.address(acct, p, t, rng);
    if (rng.chance(plan.camouflageShare)) {
      this.camouflage(acct, p, addr, t, rng, out);
      return;
    }
    const ev = this.base(acct, p, addr, t, rng);
    ev.late = this.queue;
    out.push(ev);
    if (plan.followUpShare > 0 && rng.chance(plan.followUpShare)) {
      const turns = 1 + rng.int(plan.followUpMax);
      const convJ = '"conv_' + rng.id12() + '"';
      ev.convJ = convJ;
      ev.turn = 1;
      let tt = t + 4000 + rng.int(20000);
      for (let k = 2; k <= turns + 1; k++) {
        tt += 2000 + rng.lognormal(15000, 0.7);
        const f = this.base(acct, p, addr, tt, rng);
        f.convJ = convJ;
        f.turn = k;
        f.parent = ev;
        f.late = this.queue.followUp;
        out.push(f);
      }
    } else if (p.convKnown) {
      ev.convJ = '"conv_' + rng.id12() + '"';
      ev.turn = 1;
    }
  }

  private address(acct: SimAccount, p: AttackProfile, t: number, rng: Rng): Address {
    if (p.net.rotate === 'account') return p.sticky;
    if (p.net.rotate === 'day') {
      const day = Math.floor(t / DAY_MS);
      if (p.stickyDay !== day) {
        p.sticky = addressFor(this.plan.ctx, p.net, acct.country, rng);
        p.stickyDay = day;
      }
      return p.sticky;
    }
    return addressFor(this.plan.ctx, p.net, acct.country, rng);
  }

  private base(acct: SimAccount, p: AttackProfile, addr: Address, t: number, rng: Rng): Ev {
    const ctx = this.plan.ctx;
    const ev = newEv(t, acct, addr, p.client);
    ev.messages = p.messages;
    ev.model = t >= p.pivotAt ? ctx.releaseModel : rng.chance(0.9) ? p.baseModel : rng.weighted(ctx.baseModelWeights);
    ev.maxTok = p.maxTok;
    ev.tempJ = p.tempJ;
    ev.streamJ = rng.chance(p.client.streamShare * 0.5) ? 'true' : 'false';
    if (rng.chance(this.plan.thinkingShare)) ev.reasonTok = Math.min(p.maxTok > 0 ? p.maxTok : 32000, Math.round(rng.lognormal(1400, 0.8)));
    shapeOutcome(ev, rng, 0.012);
    return ev;
  }

  /** An organic-looking request (camouflage): a real user prompt, sometimes with a follow-up. */
  private camouflage(acct: SimAccount, p: AttackProfile, addr: Address, t: number, rng: Rng, out: Ev[]): void {
    const ctx = this.plan.ctx;
    const pr = rng.pick(ctx.corpora.organic);
    const ev = this.base(acct, p, addr, t, rng);
    ev.promptJ = pr.j;
    ev.cap = pr.cap;
    shapeTokens(ev, rng, ctx.traces.conv, pr.text.length, 0, 0, 1, 0.2);
    if (ev.status !== 200) ev.outTok = 0;
    if (p.convKnown) {
      ev.convJ = '"conv_' + rng.id12() + '"';
      ev.turn = 1;
    }
    out.push(ev);
    if (p.convKnown && rng.chance(0.3)) {
      const f = this.base(acct, p, addr, t + 20000 + rng.lognormal(40000, 0.8), rng);
      const k = rng.int(ORGANIC_FOLLOW_UPS.length);
      const text = ORGANIC_FOLLOW_UPS[k]!;
      f.promptJ = ORGANIC_FOLLOW_UPS_J[k]!;
      f.cap = pr.cap;
      f.convJ = ev.convJ;
      f.turn = 2;
      f.inTok = ev.inTok + ev.outTok + textTokens(text.length);
      f.outTok = f.status === 200 ? Math.max(10, Math.round(ev.outTok * rng.uniform(0.3, 1))) : 0;
      out.push(f);
    }
  }
}

