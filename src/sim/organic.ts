/**
 * The organic population: ordinary personas (casual, developer, mobile, researcher, vpn-user, power-coder) and the
 * hard negatives that look like attacks to naive rules (enterprise-app, campus-nat, verified-org, classroom; eval-harness is in
 * eval-harness.ts). Each account gets a stable profile (time zone, activity level drawn from a heavy-tailed
 * distribution, client software, network, habits); `planDay` turns it into sessions of multi-turn conversations.
 */
import type { Account } from '../dataset/types.js';
import { behindProxy, curlOnWindows, identity, mobileSdkWrapper, pickClient, type ClientIdentity, type ClientName, type ClientQuirks } from './clients.js';
import type { Classroom, CoordinatedGroups } from './coordinated-groups.js';
import { reasoningHabit, withHabit, type ReasoningHabit } from './grammar/organic-asks.js';
import { DAY_MS, HOUR_MS, localDayStart, localWeekday, type Behaviour, type DayCtx, type SessionSink, type SimAccount, type WorldCtx } from './context.js';
import type { Capability, Prompt } from './corpora.js';
import { newEv, type Ev } from './event.js';
import { companyDomain, countryInfo, DIURNAL_CUM, freemail, pickCountry, WEEKLY, type DiurnalShape } from './geo.js';
import type { Address, NetKind } from './network.js';
import { ORGANIC_FOLLOW_UPS, ORGANIC_FOLLOW_UPS_J, varyOrganic } from './phrasing.js';
import { cumulative, hash32, type Rng } from './rng.js';
import type { OrganicPersona } from './scenario.js';
import { MAX_TOKENS_MIX, pickWeighted, shapeOutcome, shapeTokens, TEMPERATURE_MIX } from './shape.js';
import { ENTERPRISE, type GroupState } from './groups.js';

/** Content kinds a session can be about. */
const KINDS = ['conversation', 'general', 'coding', 'maths', 'homework', 'agentic', 'template', 'codegen'] as const;
type Kind = (typeof KINDS)[number];

interface Profile {
  persona: OrganicPersona;
  diurnal: Float64Array;
  weekly: readonly number[];
  activeDay: number;
  rate: number;
  turnsMean: number;
  client: ClientIdentity;
  messages: boolean;
  convKnown: boolean;
  net: NetKind;
  home: Address;
  /** Share of sessions from a second place (mobile, work, travel VPN). */
  awayShare: number;
  away: Address | null;
  content: Float64Array;
  codeTrace: boolean;
  maxTok: number | null;
  tempJ: string | null;
  thinking: number;
  sysJ: string;
  sysLen: number;
  toolsJ: string;
  model: number;
  adoptAt: number;
  streamShare: number;
  outScale: number;
  /** Probability that a first turn carries extra context (documents, files) beyond the prompt. */
  contextShare: number;
  /** The account's own way of asking for the steps, if it has one. */
  habit: ReasoningHabit | null;
  classroom: Classroom | null;
}

function mix(weights: Partial<Record<Kind, number>>): Float64Array {
  return cumulative(KINDS.map((k) => weights[k] ?? 0));
}

const DEV_CLIENTS: [ClientName, number][] = [['anthropic-python', 22], ['openai-python', 18], ['anthropic-js', 10], ['openai-js', 10], ['langchain', 6], ['httpx', 5], ['requests', 7], ['curl', 6], ['aiohttp', 3], ['go-http', 6], ['okhttp', 2], ['chrome', 5]];
const CASUAL_CLIENTS: [ClientName, number][] = [['chrome', 40], ['firefox', 8], ['safari', 10], ['mobile-dart', 10], ['okhttp', 6], ['openai-python', 8], ['anthropic-python', 6], ['openai-js', 5], ['requests', 4], ['curl', 3]];
const MOBILE_CLIENTS: [ClientName, number][] = [['mobile-dart', 40], ['okhttp', 30], ['safari', 20], ['chrome', 10]];
const CODER_CLIENTS: [ClientName, number][] = [['ide-agent-node', 60], ['ide-agent-rust', 15], ['anthropic-python', 15], ['anthropic-js', 10]];
const STUDENT_CLIENTS: [ClientName, number][] = [['chrome', 60], ['firefox', 12], ['safari', 18], ['mobile-dart', 10]];
const AGENT_TOOLS = ['read_file', 'write_file', 'edit_file', 'list_directory', 'run_terminal_command', 'search_codebase', 'grep', 'git_diff', 'web_fetch', 'apply_patch', 'run_tests'];

const DEV_SYSTEM_PROMPTS = [
  'You are a helpful assistant.', 'You are a helpful assistant. Answer concisely.', 'You are an expert software engineer. Reply with code only unless asked otherwise.',
  'You are a customer support bot for an online shop. Be friendly and brief.', 'You are a writing assistant. Keep the user\'s voice.',
  'Respond in JSON.', 'You are a tutor for high-school students. Never give the final answer directly; guide them.',
  'You translate user messages into English.', 'You are a data analyst. Use markdown tables when useful.',
];

/** Activity level per persona: (requests per active day, share of days active), heavy-tailed across accounts. */
function activity(persona: OrganicPersona, rng: Rng): { rate: number; activeDay: number } {
  switch (persona) {
    // Pareto bodies with capped tails: most accounts send a handful of requests on the days they show up, a few
    // send hundreds. Attack cohorts (~20-30/day) must sit inside this body, below its top.
    case 'casual': return { rate: Math.min(80, rng.pareto(1.2, 1.5)), activeDay: rng.uniform(0.05, 0.4) };
    case 'mobile': return { rate: Math.min(60, rng.pareto(1.2, 1.6)), activeDay: rng.uniform(0.05, 0.45) };
    case 'vpn-user': return { rate: Math.min(120, rng.pareto(1.5, 1.4)), activeDay: rng.uniform(0.08, 0.5) };
    case 'developer': return { rate: Math.min(200, rng.pareto(1.6, 1.2)), activeDay: rng.uniform(0.15, 0.75) };
    case 'researcher': return { rate: Math.min(250, rng.pareto(2, 1.25)), activeDay: rng.uniform(0.15, 0.6) };
    case 'power-coder': return { rate: Math.min(700, rng.lognormal(45, 0.55)), activeDay: rng.uniform(0.6, 0.95) };
    case 'enterprise-app': return { rate: rng.lognormal(26, 0.45), activeDay: rng.uniform(0.8, 1) };
    case 'campus-nat': return { rate: Math.min(60, rng.pareto(2.5, 1.6)), activeDay: rng.uniform(0.25, 0.65) };
    case 'eval-harness': return { rate: 0, activeDay: 0 };
    case 'verified-org': return { rate: Math.min(150, rng.pareto(3, 1.5)), activeDay: rng.uniform(0.4, 0.9) };
    case 'classroom': return { rate: Math.min(40, rng.pareto(2, 1.7)), activeDay: rng.uniform(0.15, 0.45) };
  }
}

/** Creates one organic account of the persona (record, profile and behaviour). */
const FREEMAIL_LIKE = /^(gmail|outlook|hotmail|yahoo|icloud|proton)\./;

/** Shared state and settings organic accounts are created with. */
export interface OrganicEnv {
  groups: GroupState;
  coordinated: CoordinatedGroups;
  quirks: ClientQuirks;
  /** Members per verified organisation or classroom. */
  groupSize: number;
}

/** How likely each persona is to ask for step-by-step reasoning in its own words. */
const HABIT_LIKELIHOOD: Partial<Record<OrganicPersona, number>> = { researcher: 0.5, 'campus-nat': 0.35, classroom: 0.2, casual: 0.1, developer: 0.06, 'verified-org': 0.15, 'vpn-user': 0.08 };

export function createOrganicAccount(ctx: WorldCtx, persona: OrganicPersona, idx: number, id: string, keyId: string, rng: Rng, env: OrganicEnv): SimAccount {
  const groups = env.groups;
  let classroom: Classroom | null = null;
  let created: number | null = null;
  const { rate, activeDay } = activity(persona, rng);
  let country = pickCountry(rng);
  let diurnal: DiurnalShape = 'consumer';
  let weekly: readonly number[] = WEEKLY.consumer;
  let clientMix = CASUAL_CLIENTS;
  let net: NetKind = 'residential';
  let awayShare = rng.chance(0.4) ? rng.uniform(0.05, 0.3) : 0;
  let awayKind: NetKind = 'mobile';
  let content = mix({ conversation: 40, general: 42, coding: 8, maths: 6, codegen: 1 });
  let codeTrace = false;
  let turnsMean = 2.4;
  let thinking = 0.05;
  let sys = 'null';
  let toolsJ = 'null';
  let orgId: string | null = null;
  let email = freemail(rng);
  let tier: Account['tier'] = rng.chance(0.55) ? 'free' : 'build';
  let verified = rng.chance(0.25);
  let payment: string | null = tier === 'free' && rng.chance(0.7) ? null : `pf_${rng.token(16, '0123456789abcdef')}`;
  let outScale = 1;
  let contextShare = 0.2;
  let home: Address | null = null;
  let fixedClient: ClientIdentity | null = null;
  let tz = rng.pick(countryInfo(country.cc).tz);
  switch (persona) {
    case 'developer':
      diurnal = 'developer'; weekly = WEEKLY.developer; clientMix = DEV_CLIENTS; turnsMean = 1.8; thinking = 0.12; contextShare = 0.5;
      content = mix({ conversation: 8, general: 34, coding: 30, maths: 8, codegen: 14, agentic: 6 });
      if (rng.chance(0.35)) sys = JSON.stringify(rng.pick(DEV_SYSTEM_PROMPTS));
      if (rng.chance(0.3)) { email = companyDomain(rng); orgId = groups.smallOrg(email, rng); }
      if (rng.chance(0.15)) net = 'datacenter'; // an app deployed in the cloud calls the API
      else if (rng.chance(0.12)) net = 'business';
      tier = pickWeighted(rng, [['build', 6], ['scale', 2], ['free', 2]] as const);
      payment = `pf_${rng.token(16, '0123456789abcdef')}`;
      awayKind = 'residential';
      break;
    case 'mobile':
      clientMix = MOBILE_CLIENTS; net = 'mobile'; awayShare = rng.uniform(0.1, 0.5); awayKind = 'residential'; turnsMean = 2.8;
      break;
    case 'researcher':
      diurnal = 'developer'; weekly = WEEKLY.developer; clientMix = [['anthropic-python', 40], ['openai-python', 30], ['httpx', 10], ['chrome', 20]]; thinking = 0.45; contextShare = 0.45;
      content = mix({ conversation: 15, general: 45, coding: 15, maths: 20, codegen: 5 }); turnsMean = 2.2; outScale = 1.6;
      if (rng.chance(0.4)) net = 'university';
      tier = 'build'; payment = `pf_${rng.token(16, '0123456789abcdef')}`;
      break;
    case 'vpn-user':
      net = rng.chance(0.8) ? 'vpn' : 'datacenter'; clientMix = rng.chance(0.5) ? CASUAL_CLIENTS : DEV_CLIENTS;
      awayShare = rng.uniform(0, 0.25); awayKind = 'residential';
      content = mix({ conversation: 25, general: 40, coding: 18, maths: 8, codegen: 6 });
      break;
    case 'power-coder':
      diurnal = 'developer'; weekly = WEEKLY.developer; clientMix = CODER_CLIENTS; codeTrace = true; turnsMean = 14; thinking = 0.35; contextShare = 0.9;
      content = mix({ coding: 45, agentic: 45, general: 6, codegen: 4 }); outScale = 4;
      toolsJ = JSON.stringify(AGENT_TOOLS.slice(0, 5 + rng.int(AGENT_TOOLS.length - 4)));
      sys = JSON.stringify('You are an AI coding agent working inside the user\'s repository. Use the tools to read and edit files, run commands and tests. Keep changes minimal and explain them briefly.');
      tier = pickWeighted(rng, [['scale', 5], ['build', 4], ['enterprise', 1]] as const); payment = `pf_${rng.token(16, '0123456789abcdef')}`;
      verified = rng.chance(0.6); awayKind = 'residential';
      if (rng.chance(0.3)) { email = companyDomain(rng); net = rng.chance(0.5) ? 'business' : 'residential'; }
      break;
    case 'enterprise-app': {
      const e = groups.enterprise(ctx, rng);
      country = countryInfo('US'); tz = e.tz; diurnal = 'office'; weekly = WEEKLY.office; fixedClient = e.client; home = e.nat; net = 'business'; awayShare = 0;
      content = mix({ template: 1 }); turnsMean = 1.15; contextShare = 0; sys = e.systemJ; orgId = e.orgId; email = e.domain; tier = 'enterprise'; verified = true; payment = e.payment;
      break;
    }
    case 'campus-nat': {
      const c = groups.campus(ctx, rng);
      country = countryInfo(c.country); tz = c.tz; diurnal = 'student'; weekly = WEEKLY.student; clientMix = STUDENT_CLIENTS; home = c.nat; net = 'university';
      awayShare = rng.uniform(0.05, 0.3); awayKind = rng.chance(0.5) ? 'mobile' : 'residential';
      content = mix({ homework: 45, maths: 10, conversation: 15, general: 25, coding: 5 }); turnsMean = 2.2; contextShare = 0.08; email = c.domain;
      tier = 'free'; payment = rng.chance(0.8) ? null : `pf_${rng.token(16, '0123456789abcdef')}`;
      break;
    }
    case 'verified-org': {
      const o = env.coordinated.verifiedOrg(env.groupSize);
      country = countryInfo('US'); tz = o.tz; diurnal = 'office'; weekly = WEEKLY.office; fixedClient = o.client; home = o.egress; net = o.egress.kind; awayShare = 0;
      content = mix({ general: 40, coding: 25, maths: 10, conversation: 15, codegen: 10 }); turnsMean = 2; contextShare = 0.4; sys = o.systemJ; orgId = o.orgId; email = o.domain;
      tier = rng.chance(0.5) ? 'enterprise' : 'scale'; verified = true; payment = o.payment;
      // The admin's script creates every key of the organisation within minutes.
      created = o.provisionedAt + o.members * rng.uniform(5, 40) * 1000;
      break;
    }
    case 'classroom': {
      const c = env.coordinated.classroom(env.groupSize);
      classroom = c;
      country = countryInfo(c.country); tz = c.tz; diurnal = 'student'; weekly = WEEKLY.student; clientMix = STUDENT_CLIENTS; home = c.nat; net = 'university';
      awayShare = rng.uniform(0.1, 0.4); awayKind = rng.chance(0.5) ? 'mobile' : 'residential';
      content = mix({ homework: 60, conversation: 10, general: 25, maths: 5 }); turnsMean = 2; contextShare = 0.05; email = c.domain;
      tier = 'free'; payment = rng.chance(0.85) ? null : `pf_${rng.token(16, '0123456789abcdef')}`;
      break;
    }
    case 'casual':
    case 'eval-harness':
      break;
  }
  const clientName = fixedClient ? fixedClient.name : pickClient(rng, clientMix);
  let client = fixedClient ?? identity(clientName, rng);
  // Innocent UA/TLS mismatches: intercepting proxies at companies, curl.exe on Windows, apps wrapping a JS SDK.
  if (!fixedClient && email !== null && !FREEMAIL_LIKE.test(email) && net !== 'university' && persona !== 'classroom' && persona !== 'campus-nat' && rng.chance(env.quirks.corporateProxy)) client = behindProxy(client, hash32(email));
  else if (client.name === 'curl' && rng.chance(env.quirks.curlWindows)) client = curlOnWindows(client, rng);
  else if ((client.name === 'mobile-dart' || client.name === 'okhttp') && rng.chance(env.quirks.mobileSdkWrapper)) client = mobileSdkWrapper(client, rng);
  home ??= ctx.pools.address(net, country.cc, rng);
  if (persona === 'researcher' && net === 'university') email = UNIVERSITY_DOMAINS[home.asn] ?? 'university.edu';
  const away = awayShare > 0 ? ctx.pools.address(awayKind, country.cc, rng) : null;
  const model = ctx.baseModelWeights.length > 0 ? rng.weighted(ctx.baseModelWeights) : 0;
  const adoptAt = ctx.releaseModel >= 0 && rng.chance(ctx.releaseMaxShare * 1.25) ? ctx.releaseAt + rng.exp((ctx.adoptionDays * DAY_MS) / 2) : Infinity;
  const maxTok = fixedClient ? 1024 : rng.chance(0.7) ? pickWeighted(rng, MAX_TOKENS_MIX) : null;
  const profile: Profile = {
    persona, diurnal: DIURNAL_CUM[diurnal], weekly, activeDay, rate, turnsMean, client, messages: rng.chance(client.messagesShare),
    // One enterprise app means one code path: the same conversation tracking and temperature on every seat.
    convKnown: fixedClient ? true : convIdKnown(client.name, rng), net, home, awayShare, away, content, codeTrace,
    maxTok: maxTok === null ? null : maxTok, tempJ: fixedClient ? '0.2' : rng.chance(0.75) ? pickWeighted(rng, TEMPERATURE_MIX) : null, thinking: fixedClient ? 0 : thinking, sysJ: sys,
    sysLen: sys === 'null' ? 0 : sys.length, toolsJ, model, adoptAt, streamShare: client.streamShare, outScale, contextShare,
    habit: reasoningHabit(rng, HABIT_LIKELIHOOD[persona] ?? 0, persona === 'researcher' ? 0.6 : 0.35), classroom,
  };
  created ??= accountCreatedAt(ctx, rng, persona);
  const record: Account = {
    account_id: id, created_at: new Date(created).toISOString(), org_id: orgId, email_domain: email, payment_fingerprint: payment,
    signup_ip: home.ip, country: country.cc, tier, verified,
  };
  return {
    idx, id, headJ: `"account_id":${JSON.stringify(id)},"api_key_id":${JSON.stringify(keyId)}`, record,
    label: { account_id: id, label: 'organic', campaign: null, persona }, rng, country: country.cc, tz, activeFrom: created,
    behaviour: new OrganicBehaviour(ctx, profile, groups, env.coordinated), state: null,
  };
}

function convIdKnown(name: ClientName, rng: Rng): boolean {
  if (name === 'chrome' || name === 'firefox' || name === 'safari' || name === 'mobile-dart' || name === 'okhttp' || name.startsWith('ide-agent')) return true;
  return rng.chance(0.45);
}

/** Most organic accounts predate the window (up to ~2 years); some sign up during it. */
function accountCreatedAt(ctx: WorldCtx, rng: Rng, persona: OrganicPersona): number {
  if (persona !== 'enterprise-app' && rng.chance(0.14)) return ctx.start + rng.next() * (ctx.end - ctx.start) * 0.9;
  return ctx.start - rng.exp(220 * DAY_MS) - rng.int(DAY_MS);
}

class OrganicBehaviour implements Behaviour {
  constructor(private readonly ctx: WorldCtx, private readonly p: Profile, private readonly groups: GroupState, private readonly coordinated: CoordinatedGroups) {}

  planDay(acct: SimAccount, day: DayCtx, sessions: SessionSink): void {
    const p = this.p;
    const rng = acct.rng;
    const ls = localDayStart(day.start, acct.tz);
    if (ls + DAY_MS < acct.activeFrom) return;
    const wd = localWeekday(ls, acct.tz);
    const wf = p.weekly[wd]!;
    // Students work the evening before their class's deadline.
    const eve = p.classroom !== null && (wd + 1) % 7 === p.classroom.deadlineWeekday;
    if (!rng.chance(Math.min(1, p.activeDay * wf * (eve ? 3 : 1)))) return;
    // Home broadband addresses change now and then (DHCP lease, router restart); shared NATs do not.
    if ((p.net === 'residential' || p.net === 'vpn') && rng.chance(0.03)) p.home = this.ctx.pools.address(p.net, acct.country, rng);
    let n = rng.poisson(p.rate * (0.6 + 0.4 * wf) * rng.uniform(0.7, 1.3) * (eve ? 2.5 : 1));
    if (n === 0) n = 1;
    while (n > 0) {
      const turns = Math.min(n, rng.geometric(p.turnsMean));
      n -= turns;
      const hour = eve && rng.chance(0.7) ? 19 + rng.int(5) : rng.weighted(p.diurnal);
      const t0 = ls + hour * HOUR_MS + rng.int(HOUR_MS);
      if (t0 < acct.activeFrom) continue;
      sessions.add(t0, acct, turns);
    }
  }

  /** One session: a conversation of `turns` requests starting at t0. */
  expand(acct: SimAccount, t0: number, turns: number, out: Ev[]): void {
    const p = this.p;
    const rng = acct.rng;
    const c = this.ctx.corpora;
    const kind = KINDS[rng.weighted(p.content)]!;
    const addr = p.away && rng.chance(p.awayShare) ? p.away : p.net === 'mobile' ? this.ctx.pools.mobile(acct.country, rng) : p.home;
    const convJ = p.convKnown ? (p.client.name.startsWith('ide') ? '"sess_' : '"conv_') + rng.id12() + '"' : 'null';
    const trace = p.codeTrace || kind === 'coding' || kind === 'codegen' || kind === 'agentic' ? this.ctx.traces.code : this.ctx.traces.conv;
    let script: Prompt[] | null = null;
    let first: { j: string; len: number; cap: Capability };
    switch (kind) {
      case 'conversation': {
        const conv = rng.pick(c.conversations);
        script = conv.turns;
        first = promptOf(conv.turns[0]!, rng);
        break;
      }
      case 'coding': first = promptOf(rng.pick(c.organicCoding), rng, p.habit); break;
      case 'maths': first = promptOf(rng.pick(c.organicMaths), rng, p.habit); break;
      case 'codegen': {
        const it = rng.pick(c.codegen);
        const text = it.input ? `${it.instruction}\n${it.input}` : it.instruction;
        first = { j: JSON.stringify(text), len: text.length, cap: 'coding' };
        break;
      }
      case 'agentic': {
        const pc = rng.pick(c.organicCoding);
        const task = AGENT_TASKS[rng.int(AGENT_TASKS.length)]!;
        const text = rng.chance(0.5) ? `${task}` : `${task}\n\nContext from the user:\n${pc.text}`;
        first = { j: JSON.stringify(text), len: text.length + rng.int(6000), cap: 'agentic' };
        break;
      }
      case 'homework': {
        const day = Math.floor((t0 - this.ctx.start) / DAY_MS);
        const cls = p.classroom;
        const q = cls ? this.coordinated.homeworkOf(cls, day, rng) : this.groups.homework(day, rng);
        // Most of a class pastes the teacher's wrapper around the question; the rest ask in their own words.
        const text = cls && rng.chance(0.75) ? cls.wrapper.replace('{q}', q) : withHabit(rng.chance(0.6) ? q : `${rng.pick(HOMEWORK_PREFIX)}${q}`, p.habit, rng);
        first = { j: JSON.stringify(text), len: text.length, cap: 'maths' };
        break;
      }
      case 'template': {
        const text = ENTERPRISE.ticketPrompt(rng);
        first = { j: JSON.stringify(text), len: text.length, cap: 'other' };
        break;
      }
      default: first = promptOf(rng.pick(c.organicGeneral), rng, p.habit);
    }
    let t = t0;
    let ctxTok = 0;
    for (let turn = 1; turn <= turns; turn++) {
      const ev = newEv(t, acct, addr, p.client);
      ev.messages = p.messages;
      ev.convJ = convJ;
      ev.turn = convJ === 'null' ? 0 : turn;
      ev.sysJ = p.sysJ;
      ev.toolsJ = kind === 'agentic' || (p.persona === 'power-coder' && kind === 'coding') ? p.toolsJ : 'null';
      let pr = first;
      if (turn > 1) {
        const next = script?.[turn - 1];
        if (next) pr = promptOf(next, rng);
        else if (p.persona === 'power-coder') {
          const k = rng.int(CODER_FOLLOW_UPS.length);
          pr = { j: CODER_FOLLOW_UPS_J[k]!, len: CODER_FOLLOW_UPS[k]!.length + rng.int(3000), cap: first.cap };
        } else {
          const k = rng.int(ORGANIC_FOLLOW_UPS.length);
          pr = { j: ORGANIC_FOLLOW_UPS_J[k]!, len: ORGANIC_FOLLOW_UPS[k]!.length, cap: first.cap };
        }
      }
      ev.promptJ = pr.j;
      ev.cap = pr.cap;
      ev.model = this.model(t, rng);
      ev.maxTok = p.maxTok ?? -1;
      ev.tempJ = p.tempJ ?? pickWeighted(rng, TEMPERATURE_MIX);
      ev.streamJ = p.client.name === 'curl' || p.client.name === 'requests' ? (rng.chance(0.1) ? 'true' : 'null') : rng.chance(p.streamShare) ? 'true' : 'false';
      if (rng.chance(p.thinking)) ev.reasonTok = Math.min(ev.maxTok > 0 ? ev.maxTok : 32000, Math.round(rng.lognormal(700, 0.9)));
      shapeTokens(ev, rng, trace, pr.len, p.sysLen, ctxTok, p.outScale, p.contextShare);
      shapeOutcome(ev, rng);
      out.push(ev);
      ctxTok = ev.inTok + ev.outTok;
      // Reading and typing time between turns; agents fire tool calls quickly.
      t += ev.latency + (p.persona === 'power-coder' ? 800 + rng.lognormal(9000, 1.1) : 3000 + rng.lognormal(40000, 0.9));
      if (t >= this.ctx.end) break;
    }
  }

  private model(t: number, rng: Rng): number {
    if (t >= this.p.adoptAt && rng.chance(0.85)) return this.ctx.releaseModel;
    return rng.chance(0.9) ? this.p.model : rng.weighted(this.ctx.baseModelWeights);
  }
}

function promptOf(pr: Prompt, rng: Rng, habit: ReasoningHabit | null = null): { j: string; len: number; cap: Capability } {
  const varied = varyOrganic(pr.text, rng);
  const asked = habit ? withHabit(varied ?? pr.text, habit, rng) : varied ?? pr.text;
  const v = asked === pr.text ? null : asked;
  return v === null ? { j: pr.j, len: pr.text.length, cap: pr.cap } : { j: JSON.stringify(v), len: v.length, cap: pr.cap };
}

const HOMEWORK_PREFIX = ['help me solve this: ', 'How do I solve this? ', 'can u explain this question ', 'Homework question: ', 'I got a different answer than my friend, what is the right one? ', 'explain step by step pls: '];
const AGENT_TASKS = [
  'Fix the failing test in tests/test_parser.py', 'Add input validation to the signup form handler', 'Refactor the database module to use connection pooling',
  'Implement pagination for the /orders endpoint', 'Find why the build fails on CI and fix it', 'Add TypeScript types to utils/date.js',
  'Write a migration that adds an index on users.email', 'Update the README with the new configuration options', 'Investigate the memory leak in the worker process',
  'Add retries with exponential backoff to the HTTP client', 'Rename the config flag and update all call sites', 'Port this bash script to Python',
];
const CODER_FOLLOW_UPS = [
  'Tool result: 3 tests failed. See output above.', 'ok now run the tests again', 'That broke the import in main.ts, fix it', 'Looks good. Now do the same for the other handlers.',
  'Tool result: file written successfully.', 'Tool result: exit code 1\nerror[E0382]: borrow of moved value', 'commit this', 'Can you also update the docs?',
  'revert the last change, it was wrong', 'Tool result: 142 passed, 0 failed', 'Now add a test for the edge case', 'lint errors: no-unused-vars at line 42',
];
const CODER_FOLLOW_UPS_J = CODER_FOLLOW_UPS.map((t) => JSON.stringify(t));
/** E-mail domains of the universities whose networks are in the address extract, by ASN. */
const UNIVERSITY_DOMAINS: Record<number, string> = { 3: 'mit.edu', 32: 'stanford.edu', 25: 'berkeley.edu', 786: 'ox.ac.uk', 680: 'tum.de', 4538: 'tsinghua.edu.cn' };
