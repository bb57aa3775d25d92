/**
 * The eval-harness hard negative: a few accounts of one organisation run whole benchmarks (gsm8k test, HumanEval,
 * MT-Bench) with "think step by step" instructions from CI runners on datacenter addresses. Each run sends the
 * SAME items again, in a burst; runs repeat weekly and right after a new model is released.
 */
import type { Account } from '../dataset/types.js';
import { identity, type ClientIdentity } from './clients.js';
import { DAY_MS, HOUR_MS, type Behaviour, type DayCtx, type SessionSink, type SimAccount, type WorldCtx } from './context.js';
import type { Capability } from './corpora.js';
import { newEv, type Ev } from './event.js';
import type { Address } from './network.js';
import type { Rng } from './rng.js';
import { shapeOutcome, shapeTokens } from './shape.js';

interface Item { j: string; len: number; cap: Capability; turns: string[] }

export interface EvalOrg {
  orgId: string;
  domain: string;
  payment: string;
  client: ClientIdentity;
  runners: Address[];
  /** Benchmarks, each a fixed list of items. */
  suites: Item[][];
  members: number;
}

const GSM_ITEMS = 300;

export function createEvalOrg(ctx: WorldCtx, rng: Rng): EvalOrg {
  const c = ctx.corpora;
  const gsm: Item[] = c.gsm8kTest.slice(0, GSM_ITEMS).map((q) => {
    const text = `Solve the following grade-school math problem. Think step by step, showing your reasoning, then write the final answer after "####".\n\nQuestion: ${q.question}\nAnswer:`;
    return { j: JSON.stringify(text), len: text.length, cap: 'maths', turns: [] };
  });
  const he: Item[] = c.humaneval.map((h) => {
    const text = `Complete the following Python function. Think step by step about the algorithm first, then return only the completed code in a python code block.\n\n${h.prompt}`;
    return { j: JSON.stringify(text), len: text.length, cap: 'coding', turns: [] };
  });
  const mt: Item[] = c.mtBench.map((q) => ({ j: JSON.stringify(q.turns[0] ?? ''), len: (q.turns[0] ?? '').length, cap: q.category === 'math' ? 'maths' : q.category === 'coding' ? 'coding' : q.category === 'reasoning' ? 'reasoning' : q.category === 'writing' || q.category === 'roleplay' ? 'creative' : 'other', turns: q.turns.slice(1).map((t) => JSON.stringify(t)) }));
  return {
    orgId: `org_${rng.token(12)}`, domain: `${rng.pick(['benchmarkly', 'evalhouse', 'modelcheck', 'scorecard'])}.ai`,
    payment: `pf_${rng.token(16, '0123456789abcdef')}`, client: identity('openai-python', rng),
    runners: [ctx.pools.address('datacenter', 'US', rng), ctx.pools.address('datacenter', 'US', rng), ctx.pools.address('business', 'US', rng)],
    suites: [gsm, he, mt], members: 0,
  };
}

export function createEvalAccount(ctx: WorldCtx, org: EvalOrg, idx: number, id: string, keyId: string, rng: Rng): SimAccount {
  const suite = org.members % org.suites.length;
  org.members++;
  const created = ctx.start - (30 + rng.int(200)) * DAY_MS - rng.int(DAY_MS);
  const record: Account = {
    account_id: id, created_at: new Date(created).toISOString(), org_id: org.orgId, email_domain: org.domain, payment_fingerprint: org.payment,
    signup_ip: org.runners[2]!.ip, country: 'US', tier: 'scale', verified: true,
  };
  return {
    idx, id, headJ: `"account_id":${JSON.stringify(id)},"api_key_id":${JSON.stringify(keyId)}`, record,
    label: { account_id: id, label: 'organic', campaign: null, persona: 'eval-harness' }, rng, country: 'US', tz: -4, activeFrom: created,
    behaviour: new EvalBehaviour(ctx, org, suite, rng.int(7)), state: null,
  };
}

class EvalBehaviour implements Behaviour {
  constructor(private readonly ctx: WorldCtx, private readonly org: EvalOrg, private readonly suite: number, private readonly weekday: number) {}

  private runsOn(day: DayCtx): boolean {
    if (day.index % 7 === this.weekday) return true;
    const rel = this.ctx.releaseAt;
    return this.ctx.releaseModel >= 0 && day.start <= rel + DAY_MS && rel + DAY_MS < day.end;
  }

  planDay(acct: SimAccount, day: DayCtx, sessions: SessionSink): void {
    if (!this.runsOn(day)) return;
    // Runs start from CI schedules during US working hours.
    sessions.add(day.start + (13 + acct.rng.int(8)) * HOUR_MS + acct.rng.int(HOUR_MS), acct, 0);
  }

  /** One benchmark run: every item of the account's suite, back to back. */
  expand(acct: SimAccount, start: number, _arg: number, out: Ev[]): void {
    const rng = acct.rng;
    const items = this.org.suites[this.suite]!;
    let t = start;
    const releaseOut = this.ctx.releaseModel >= 0 && t >= this.ctx.releaseAt;
    const model = releaseOut && rng.chance(0.7) ? this.ctx.releaseModel : rng.weighted(this.ctx.baseModelWeights);
    const runner = rng.pick(this.org.runners.slice(0, 2));
    for (const it of items) {
      let prev = 0;
      const turns = [it.j, ...it.turns];
      const convJ = it.turns.length ? '"run_' + rng.id12() + '"' : 'null';
      for (let k = 0; k < turns.length; k++) {
        const ev = newEv(t, acct, runner, this.org.client);
        ev.messages = false;
        ev.model = model;
        ev.convJ = convJ;
        ev.turn = convJ === 'null' ? 0 : k + 1;
        ev.promptJ = turns[k]!;
        ev.cap = it.cap;
        ev.maxTok = it.cap === 'coding' ? 2048 : 1024;
        ev.tempJ = '0';
        ev.streamJ = 'false';
        shapeTokens(ev, rng, it.cap === 'coding' ? this.ctx.traces.code : this.ctx.traces.conv, k === 0 ? it.len : turns[k]!.length, 0, prev, 1.8, 0);
        shapeOutcome(ev, rng, 0.01);
        out.push(ev);
        prev = ev.inTok + ev.outTok;
        t += Math.round(ev.latency * 0.35) + 150 + rng.int(2500);
      }
    }
  }
}
