/**
 * Attack campaigns. A campaign is a cohort of accounts run by one operator; its behaviour is a `CampaignPlan`
 * assembled from defaults and then transformed by the campaign's tactics (src/sim/tactics/*), each of which
 * changes one aspect: where requests come from, what they ask, how accounts were made, when they run.
 * Requests are pulled from one shared work queue in time order, so each item is harvested about once and the load
 * is spread round-robin over the cohort.
 */
import type { Account } from '../dataset/types.js';
import { CLIENTS, identity, pickClient, spoofed, type ClientIdentity, type ClientName } from './clients.js';
import { DAY_MS, HOUR_MS, localDayStart, localWeekday, type Behaviour, type DayCtx, type SessionSink, type SimAccount, type WorldCtx } from './context.js';
import { newEv, type Ev } from './event.js';
import { COUNTRIES, DIURNAL_CUM, freemail, pickCountry, WEEKLY } from './geo.js';
import { OperationGrammar, type Voice } from './grammar/operation-grammar.js';
import type { Address, NetKind } from './network.js';
import { ORGANIC_FOLLOW_UPS, ORGANIC_FOLLOW_UPS_J } from './phrasing.js';
import { WorkQueue } from './queue.js';
import { cumulative, hash32, Rng } from './rng.js';
import type { CampaignSpec } from './scenario.js';
import { MAX_TOKENS_MIX, pickWeighted, shapeOutcome, shapeTokens, TEMPERATURE_MIX, textTokens } from './shape.js';
import type { SubteamSpec } from './subteams.js';
import { TACTIC_ORDER, TACTICS } from './tactics/index.js';
import { randomisedJa4 } from './tls-family.js';
import type { CampaignPlan, NetChoice, TeamPlan } from './plan.js';

export { WorkQueue };
export type { CampaignPlan, NetChoice, TeamPlan } from './plan.js';

/** Manifest-facing facts about a campaign, filled while building. */
export interface CampaignInfo {
  id: string;
  tactics: string[];
  accounts: SimAccount[];
  plan: CampaignPlan;
  queue: WorkQueue;
}

const DEFAULT_MAX_TOKENS: [number, number][] = [[4096, 5], [8192, 3], [-1, 2]];

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
    spoofUa: false, tlsRandomShare: 0, isolated: false, teams: [],
    grammar: null, grammarOptions: { languages: ['en'], fragments: 6 }, benchmarkShare: 0, bulkShare: 0, bulkMax: 5, pacing: null,
    sources: [],
    cotShare: 0, camouflageShare: 0, followUpShare: 0, followUpMax: 1,
    maxTokens: DEFAULT_MAX_TOKENS, tempJ: pickWeighted(rng, TEMPERATURE_MIX), thinkingShare: 0.1, outScale: 1.3, reissueShare: 0.01,
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
  plan.grammar = OperationGrammar.build(spec.id, new Rng(seed ^ hash32(`${spec.id}/grammar`), 13), ctx.frames, plan.grammarOptions);
  plan.teams = spec.subteams.length > 0 ? spec.subteams.map((t) => teamPlan(plan, t)) : [defaultTeam(plan)];
  return plan;
}

function defaultTeam(plan: CampaignPlan): TeamPlan {
  const c = plan.camouflageShare;
  return { name: null, share: 1, clients: plan.clients, spoofUa: plan.spoofUa, net: plan.net, cover: [c, c], tlsRandomShare: plan.tlsRandomShare };
}

function teamPlan(plan: CampaignPlan, t: SubteamSpec): TeamPlan {
  const base = defaultTeam(plan);
  const pools = plan.ctx.pools;
  const rng = plan.rng;
  const dc = (share: number): NetChoice => {
    const ps = [];
    for (let i = 0; i < t.providers; i++) ps.push(pools.pool('datacenter', null, rng));
    return { kind: 'datacenter', share, pools: ps, countries: null, rotate: t.rotate };
  };
  const open = (kind: NetKind, share: number): NetChoice => ({ kind, share, pools: [], countries: null, rotate: t.rotate });
  const net = t.network === 'datacenter' ? [dc(1)] : t.network === 'residential' ? [open('residential', 1)] : t.network === 'mobile' ? [open('mobile', 1)]
    : t.network === 'mixed' ? [dc(0.5), open('residential', 0.4), open('mobile', 0.1)] : base.net;
  return {
    name: t.name, share: t.share, clients: t.clients ?? base.clients, net, cover: t.cover ?? base.cover,
    spoofUa: t.tls === 'spoofed-ua' || (t.tls === null && base.spoofUa),
    tlsRandomShare: t.tls === 'random' ? 1 : t.tls === null ? base.tlsRandomShare : 0,
  };
}

/** A client whose ClientHello is randomised per account; most such tools also borrow a browser's User-Agent. */
function randomisedClient(realName: ClientName, rng: Rng): ClientIdentity {
  const real = identity(realName, rng);
  const ua = rng.chance(0.7) ? rng.pick(CLIENTS[rng.pick(['chrome', 'chrome', 'firefox', 'safari'] as const)].uas) : JSON.parse(real.uaJ) as string;
  return { ...real, uaJ: JSON.stringify(ua), ja4J: JSON.stringify(randomisedJa4(rng)) };
}

/** Clients a share-nothing operator's accounts choose from when the scenario does not name them. */
const ISOLATED_CLIENTS: [ClientName, number][] = [['anthropic-python', 5], ['openai-python', 5], ['anthropic-js', 3], ['openai-js', 3], ['httpx', 2], ['requests', 2], ['chrome', 4], ['firefox', 1], ['go-http', 1]];

interface AttackProfile {
  voice: Voice;
  /** Share of this account's requests that are cover traffic. */
  cover: number;
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
  const teamCum = cumulative(plan.teams.map((t) => t.share));
  const netCums = plan.teams.map((t) => cumulative(t.net.map((n) => n.share)));
  const behaviour = new AttackBehaviour(plan, queue);
  const campaignStart = ctx.start + plan.spec.start_day * DAY_MS;
  for (let i = 0; i < count; i++) {
    const rng = accountRng(firstIdx + i);
    const [id, keyId] = ids();
    const ti = rng.weighted(teamCum);
    const team = plan.teams[ti]!;
    const net = team.net[rng.weighted(netCums[ti]!)]!;
    const realName = pickClient(rng, plan.isolated && team.clients === plan.clients && !team.spoofUa ? ISOLATED_CLIENTS : team.clients);
    const client = rng.chance(team.tlsRandomShare) ? randomisedClient(realName, rng) : team.spoofUa ? spoofed(identity(realName, rng).stack, rng, realName) : identity(realName, rng);
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
      account_id: id, created_at: new Date(created).toISOString(), org_id: null, email_domain: plan.isolated ? freemail(rng) : plan.emailDomain(rng),
      payment_fingerprint: plan.isolated ? `pf_${rng.token(16, '0123456789abcdef')}` : plan.payment(i, rng),
      signup_ip: addr.ip, country, tier: plan.tier(rng), verified: rng.chance(plan.isolated ? 0.25 : 0.04),
    };
    const tz = plan.tz + (plan.tzSpread > 0 ? Math.round(rng.uniform(-plan.tzSpread, plan.tzSpread)) : 0);
    const profile: AttackProfile = {
      voice: plan.grammar!.voice(rng), cover: rng.uniform(team.cover[0], team.cover[1]), client, messages: rng.chance(client.messagesShare), net, sticky: addr, stickyDay: -1, mult: rng.uniform(0.8, 1.2),
      maxTok: plan.isolated && plan.maxTokens === DEFAULT_MAX_TOKENS ? pickWeighted(rng, MAX_TOKENS_MIX) : pickWeighted(rng, plan.maxTokens),
      tempJ: plan.spoofUa || plan.isolated ? pickWeighted(rng, TEMPERATURE_MIX) : plan.tempJ,
      pivotAt: plan.pivot && ctx.releaseModel >= 0 && rng.chance(plan.pivot.share) ? ctx.releaseAt + rng.uniform(0.3, plan.pivot.withinHours) * HOUR_MS : Infinity,
      convKnown: rng.chance(plan.isolated ? rng.next() : plan.convKnownShare), baseModel: rng.chance(0.8) ? 0 : rng.weighted(ctx.baseModelWeights),
    };
    info.accounts.push({
      idx: firstIdx + i, id, headJ: `"account_id":${JSON.stringify(id)},"api_key_id":${JSON.stringify(keyId)}`, record,
      label: { account_id: id, label: 'attack', campaign: plan.id, persona: plan.spec.persona ?? plan.tacticNames.join('+'), ...(team.name ? { subteam: team.name } : {}), tactics: plan.tacticNames },
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
    let n = rng.poisson((plan.rate * p.mult * wf) / perItem);
    const end = plan.ctx.end;
    // Human-paced operators sit down a few times a day and ask several items in a row; scripts spread single requests.
    while (n > 0) {
      const k = plan.pacing ? Math.min(n, rng.geometric(plan.pacing.sessionItems)) : 1;
      n -= k;
      const t = ls + rng.weighted(plan.diurnal) * HOUR_MS + rng.int(HOUR_MS);
      if (t < acct.activeFrom || t >= end) continue;
      sessions.add(t, acct, k);
    }
  }

  /** A sitting of `items` requests (harvest or cover), each with follow-up turns when the plan asks for them. */
  expand(acct: SimAccount, t0: number, items: number, out: Ev[]): void {
    const pacing = this.plan.pacing;
    let t = t0;
    for (let i = 0; i < Math.max(1, items); i++) {
      t = this.one(acct, t, out);
      if (!pacing) break;
      // Reading the answer, then typing the next question.
      t += pacing.thinkMs * 0.3 + acct.rng.lognormal(pacing.thinkMs, 0.8);
      if (t >= this.plan.ctx.end) break;
    }
  }

  /** One request and its follow-ups; returns the time the last one was sent. */
  private one(acct: SimAccount, t: number, out: Ev[]): number {
    const plan = this.plan;
    const p = acct.state as AttackProfile;
    const rng = acct.rng;
    const addr = this.address(acct, p, t, rng);
    if (rng.chance(p.cover)) return this.camouflage(acct, p, addr, t, rng, out);
    const ev = this.base(acct, p, addr, t, rng);
    ev.late = this.queue;
    out.push(ev);
    let last = t;
    if (plan.followUpShare > 0 && rng.chance(plan.followUpShare)) {
      const turns = 1 + rng.int(plan.followUpMax);
      const convJ = '"conv_' + rng.id12() + '"';
      ev.convJ = convJ;
      ev.turn = 1;
      const think = plan.pacing ? plan.pacing.thinkMs * 0.6 : 15000;
      let tt = t + 4000 + rng.int(20000);
      for (let k = 2; k <= turns + 1; k++) {
        tt += 2000 + rng.lognormal(think, 0.7);
        const f = this.base(acct, p, addr, tt, rng);
        f.convJ = convJ;
        f.turn = k;
        f.parent = ev;
        f.late = this.queue.followUp;
        out.push(f);
      }
      last = tt;
    } else if (p.convKnown) {
      ev.convJ = '"conv_' + rng.id12() + '"';
      ev.turn = 1;
    }
    return last;
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

  /** An organic-looking request (cover traffic): a real user prompt, sometimes with a follow-up. */
  private camouflage(acct: SimAccount, p: AttackProfile, addr: Address, t: number, rng: Rng, out: Ev[]): number {
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
      return f.t;
    }
    return t;
  }
}

