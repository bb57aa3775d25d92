/**
 * Shared state of organic groups: enterprise apps (one org, one NAT, one system prompt, templated prompts),
 * campuses (students behind one university NAT doing the same weekly homework) and small company orgs.
 * Groups are what make organic traffic look coordinated across accounts, the classic false positive.
 */
import { identity, type ClientIdentity } from './clients.js';
import type { WorldCtx } from './context.js';
import { companyDomain } from './geo.js';
import type { Address } from './network.js';
import { PEOPLE } from './phrasing.js';
import type { Rng } from './rng.js';

export interface Enterprise {
  orgId: string;
  domain: string;
  nat: Address;
  tz: number;
  client: ClientIdentity;
  systemJ: string;
  payment: string;
  members: number;
}

export interface Campus {
  country: string;
  tz: number;
  nat: Address;
  domain: string;
  members: number;
}

const ENTERPRISE_SIZE = 400;
const CAMPUS_SIZE = 160;

const PRODUCTS = ['the mobile app', 'the billing portal', 'order #', 'the Pro plan', 'the shipment tracker', 'the API dashboard', 'the desktop client', 'the loyalty card', 'the warehouse scanner', 'the invoice export'];
const ISSUES = [
  'keeps logging me out every few minutes', 'charged me twice this month', 'shows the wrong delivery date', 'crashes when I upload a PDF', 'will not accept my discount code',
  'has been stuck in "processing" for five days', 'sent the parcel to my old address', 'is missing two items from the package', 'displays prices in the wrong currency',
  'rejects my password even after a reset', 'stopped syncing with my calendar', 'exports an empty CSV file', 'times out during checkout',
];
const MOODS = ['This is really frustrating.', 'Please help as soon as possible.', 'I have a deadline tomorrow.', 'Otherwise I love the product.', 'I am considering cancelling.', 'Thanks in advance.', 'Third time I am writing about this.', ''];
const TASKS = [
  'Summarise this support ticket in 3 bullet points:', 'Summarise this support ticket:', 'Classify the following ticket as billing, technical, shipping or account, and give a priority (P1-P4):',
  'Draft a polite reply to this customer ticket following our tone guide:', 'Extract the product, the problem and the customer sentiment from this ticket as JSON:',
  'Suggest the next troubleshooting step for this ticket:',
];

export const ENTERPRISE = {
  /** A templated enterprise prompt filled with varied ticket content. */
  ticketPrompt(rng: Rng): string {
    const product = rng.pick(PRODUCTS);
    const pr = product.endsWith('#') ? `${product}${rng.range(100000, 999999)}` : product;
    const body = `Hi, ${pr} ${rng.pick(ISSUES)}. ${rng.pick(MOODS)}`.trim();
    return `${rng.pick(TASKS)}\n\nTicket #${rng.range(10000, 999999)}\nCustomer: ${rng.pick(PEOPLE)} ${String.fromCharCode(65 + rng.int(26))}.\nChannel: ${rng.pick(['email', 'chat', 'web form', 'phone transcript'])}\n\n${body}`;
  },
};

export class GroupState {
  private enterprises: Enterprise[] = [];
  private campuses: Campus[] = [];
  private orgs = new Map<string, string>();
  private homeworkWeeks = new Map<number, string[]>();

  constructor(private readonly ctx: WorldCtx, private readonly rng: Rng) {}

  enterprise(ctx: WorldCtx, _rng: Rng): Enterprise {
    let e = this.enterprises[this.enterprises.length - 1];
    if (!e || e.members >= ENTERPRISE_SIZE) {
      const r = this.rng;
      const domain = companyDomain(r);
      const company = domain.split('.')[0]!;
      e = {
        orgId: `org_${r.token(12)}`, domain, nat: ctx.pools.address('business', 'US', r), tz: r.pick([-4, -5, -7]),
        client: identity('anthropic-python', r), payment: `pf_${r.token(16, '0123456789abcdef')}`, members: 0,
        systemJ: JSON.stringify(`You are the internal support assistant of ${company[0]!.toUpperCase()}${company.slice(1)}. Follow the support tone guide: be warm, concise and factual. Never promise refunds or delivery dates. If a ticket mentions legal action or a data breach, classify it P1 and recommend escalation to a human agent. Answer in the language of the ticket.`),
      };
      this.enterprises.push(e);
    }
    e.members++;
    return e;
  }

  campus(ctx: WorldCtx, _rng: Rng): Campus {
    let c = this.campuses[this.campuses.length - 1];
    if (!c || c.members >= CAMPUS_SIZE) {
      const r = this.rng;
      const country = r.pick(['US', 'US', 'GB', 'DE']);
      const tz = country === 'US' ? r.pick([-4, -7]) : country === 'GB' ? 1 : 2;
      c = { country, tz, nat: ctx.pools.address('university', country, r), domain: `${r.pick(['state', 'tech', 'city', 'north', 'west'])}${r.pick(['u', 'uni', 'college'])}.${country === 'US' ? 'edu' : country === 'GB' ? 'ac.uk' : 'de'}`, members: 0 };
      this.campuses.push(c);
    }
    c.members++;
    return c;
  }

  /** A small company org shared by a few developer accounts with the same e-mail domain. */
  smallOrg(domain: string, rng: Rng): string {
    let id = this.orgs.get(domain);
    if (!id) {
      id = `org_${rng.token(12)}`;
      this.orgs.set(domain, id);
    }
    return id;
  }

  /** One of this week's homework questions (the same set for every student that week). */
  homework(dayIndex: number, rng: Rng): string {
    const week = Math.floor(dayIndex / 7);
    let set = this.homeworkWeeks.get(week);
    if (!set) {
      const r = this.rng.fork(1000 + week);
      set = [];
      for (let i = 0; i < 12; i++) set.push(r.pick(this.ctx.corpora.gsm8kTrain).question);
      this.homeworkWeeks.set(week, set);
    }
    return rng.pick(set);
  }
}
