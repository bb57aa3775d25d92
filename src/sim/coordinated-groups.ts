/**
 * Legitimate customers that look coordinated. A verified organisation provisions many keys (accounts) within
 * minutes, pays with one card, calls from one office NAT or one cloud egress and sends one app system prompt. A
 * classroom shares the teacher's prompt wrapper and the week's homework items, sits behind one campus NAT and
 * bursts the night before the deadline. Built once per group; members join until the group is full.
 */
import { identity, type ClientIdentity, type ClientName } from './clients.js';
import type { WorldCtx } from './context.js';
import { companyDomain } from './geo.js';
import type { Address } from './network.js';
import type { Rng } from './rng.js';

export interface VerifiedOrg {
  orgId: string;
  domain: string;
  egress: Address;
  tz: number;
  client: ClientIdentity;
  systemJ: string;
  payment: string;
  /** When the admin's provisioning script created the first key. */
  provisionedAt: number;
  members: number;
  size: number;
}

export interface Classroom {
  country: string;
  tz: number;
  nat: Address;
  domain: string;
  /** The teacher's wrapper, `{q}` marks the homework question. */
  wrapper: string;
  /** Local weekday (0 = Sunday) homework is due; students burst the evening before. */
  deadlineWeekday: number;
  members: number;
  size: number;
  id: number;
}

const APPS = [
  (co: string) => `You are ${co} Copilot, the internal assistant for ${co} employees. Answer questions about engineering, data and writing. Be concise; cite internal wiki pages when you know them; never reveal customer data.`,
  (co: string) => `You are the research assistant inside ${co}'s analytics workspace. Reason carefully, show your working for any calculation, and state assumptions explicitly.`,
  (co: string) => `${co} Assist: help staff draft documents, review code and analyse spreadsheets. Follow the ${co} style guide and answer in the user's language.`,
];
const ORG_CLIENTS: ClientName[] = ['anthropic-python', 'openai-python', 'anthropic-js', 'openai-js', 'langchain'];
const COURSES = ['Algebra I', 'Intro to Statistics', 'Discrete Maths', 'Physics 101', 'Calculus II', 'Programming Fundamentals', 'Quantitative Reasoning'];
const WRAPPERS = [
  (c: string) => `You are a patient tutor for ${c}. Explain step by step how to solve the problem below, then check the answer.\n\nProblem: {q}`,
  (c: string) => `Act as my ${c} teaching assistant. Do not just give the answer: walk me through the method one step at a time.\n{q}`,
  (c: string) => `[${c} homework helper]\nShow every step of your working and explain why each step is valid.\n\nQuestion: {q}\n\nFinish with the final answer on its own line.`,
  (c: string) => `I am a student in ${c}. Please reason through this exercise carefully and show all the intermediate steps:\n\n{q}`,
];

export class CoordinatedGroups {
  private orgs: VerifiedOrg[] = [];
  private classes: Classroom[] = [];
  private homework = new Map<string, string[]>();

  constructor(private readonly ctx: WorldCtx, private readonly rng: Rng) {}

  verifiedOrg(size: number): VerifiedOrg {
    let o = this.orgs[this.orgs.length - 1];
    if (!o || o.members >= o.size) {
      const r = this.rng;
      const domain = companyDomain(r);
      const name = domain.split('.')[0]!;
      const co = name[0]!.toUpperCase() + name.slice(1);
      // Half run the app from an office NAT, half from their cloud deployment's egress address.
      const egress = this.ctx.pools.address(r.chance(0.5) ? 'business' : 'datacenter', 'US', r);
      o = {
        orgId: `org_${r.token(12)}`, domain, egress, tz: r.pick([-4, -5, -7, 1, 2]), client: identity(r.pick(ORG_CLIENTS), r), systemJ: JSON.stringify(r.pick(APPS)(co)),
        payment: `pf_${r.token(16, '0123456789abcdef')}`, provisionedAt: this.ctx.start - r.uniform(20, 400) * 86_400_000, members: 0, size: Math.max(2, Math.round(size * r.uniform(0.7, 1.3))),
      };
      this.orgs.push(o);
    }
    o.members++;
    return o;
  }

  classroom(size: number): Classroom {
    let c = this.classes[this.classes.length - 1];
    if (!c || c.members >= c.size) {
      const r = this.rng;
      const country = r.pick(['US', 'US', 'GB', 'DE', 'IN']);
      const tz = country === 'US' ? r.pick([-4, -5, -7]) : country === 'GB' ? 1 : country === 'IN' ? 5.5 : 2;
      c = {
        country, tz, nat: this.ctx.pools.address('university', country, r), id: this.classes.length,
        domain: `${r.pick(['state', 'tech', 'city', 'north', 'west', 'lake', 'valley'])}${r.pick(['u', 'uni', 'college', 'school'])}.${country === 'US' ? 'edu' : country === 'GB' ? 'ac.uk' : country === 'IN' ? 'ac.in' : 'de'}`,
        wrapper: r.pick(WRAPPERS)(r.pick(COURSES)), deadlineWeekday: 1 + r.int(5), members: 0, size: Math.max(2, Math.round(size * r.uniform(0.7, 1.3))),
      };
      this.classes.push(c);
    }
    c.members++;
    return c;
  }

  /** One of this week's homework questions of the class (the same set for every student of it). */
  homeworkOf(c: Classroom, dayIndex: number, rng: Rng): string {
    const key = `${c.id}/${Math.floor(dayIndex / 7)}`;
    let set = this.homework.get(key);
    if (!set) {
      const r = this.rng.fork(5000 + c.id * 100 + Math.floor(dayIndex / 7));
      set = [];
      for (let i = 0; i < 8; i++) set.push(r.pick(this.ctx.corpora.gsm8kTrain).question);
      this.homework.set(key, set);
    }
    return rng.pick(set);
  }
}
