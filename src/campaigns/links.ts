/**
 * Cross-account link index: for each shared artefact (payment instrument, sign-up burst, IP, network prefix, client
 * tuple, prompt frame, new-model pivot hour) the set of accounts that share it. Maintained incrementally per observation
 * and per registered account; the cross-account step turns groups into weighted edges (graph.ts).
 */
import type { Observation } from '../engine/observation.js';

export type LinkType = 'payment' | 'signup-burst' | 'signup-net' | 'ip' | 'prefix' | 'client' | 'frame' | 'pivot' | 'org';

/**
 * Base weight of one shared artefact between two accounts. Payment instruments are the hardest to fake at scale;
 * IPs and prefixes are cheap to share by accident (NAT, VPN) and cheap for an attacker to avoid (residential proxies).
 */
export const LINK_WEIGHTS: Record<LinkType, number> = {
  payment: 3,
  'signup-burst': 1.5,
  'signup-net': 1,
  ip: 1,
  prefix: 0.4,
  client: 0.3,
  frame: 1.2,
  pivot: 0.5,
  org: 0,
};

/**
 * Links that speak of coordination by themselves (find campaign cores). Network links (IP, prefix, client tuple) are
 * shared by accident behind NATs, carrier-grade NAT and VPNs, and by attackers' residential proxies with real users:
 * they only attach accounts to a core when those accounts' own traffic also looks like harvesting.
 */
export const STRONG_LINKS: ReadonlySet<LinkType> = new Set<LinkType>(['payment', 'signup-burst', 'signup-net', 'frame', 'pivot']);

/** Groups larger than this carry no information about coordination (a popular UA, a mobile carrier NAT). */
export const MAX_GROUP = 5000;

export interface LinkGroup {
  type: LinkType;
  key: string;
  members: Set<number>;
  /** Set when the group outgrew MAX_GROUP: it is ignored from then on. */
  saturated: boolean;
}

export interface AccountInfo {
  index: number;
  createdAt: number;
  orgId: string | null;
  emailDomain: string;
  payment: string | null;
  signupPrefix: string | null;
  verified: boolean;
  tier: string;
}

const HOUR = 3_600_000;

/** A sign-up group needs this many accounts to count as a burst. */
export const MIN_SIGNUP_BURST = 5;

export class LinkIndex {
  readonly groups = new Map<string, LinkGroup>();
  /** Sign-ups per e-mail domain and the number of distinct hours they came in: the domain's ordinary hourly rate. */
  private readonly domainSignups = new Map<string, { accounts: number; hours: Set<number> }>();
  add(type: LinkType, key: string, account: number): void {
    const k = `${type}\u0000${key}`;
    let g = this.groups.get(k);
    if (!g) {
      g = { type, key, members: new Set(), saturated: false };
      this.groups.set(k, g);
    }
    if (g.saturated) return;
    g.members.add(account);
    if (g.members.size > MAX_GROUP) {
      g.saturated = true;
      g.members.clear();
    }
  }

  /** Links known at sign-up: payment instrument, sign-up bursts (same e-mail domain and hour, same network and day). */
  registerAccount(a: AccountInfo): void {
    if (a.payment) this.add('payment', a.payment, a.index);
    if (a.orgId) this.add('org', a.orgId, a.index);
    const hour = Math.floor(a.createdAt / HOUR);
    this.add('signup-burst', `${a.emailDomain}|${hour}`, a.index);
    let d = this.domainSignups.get(a.emailDomain);
    if (!d) this.domainSignups.set(a.emailDomain, (d = { accounts: 0, hours: new Set() }));
    d.accounts++;
    d.hours.add(hour);
    if (a.signupPrefix) this.add('signup-net', `${a.signupPrefix}|${Math.floor(a.createdAt / (24 * HOUR))}`, a.index);
  }

  observe(o: Observation, account: number): void {
    this.add('ip', o.ip, account);
    this.add('prefix', o.prefix, account);
    if (o.asn !== null) this.add('client', `${o.asn}|${o.client}`, account);
  }

  /** A frame (wrapper) this account has now used often enough to count as its template. */
  addFrame(frame: number, account: number): void {
    this.add('frame', String(frame), account);
  }

  /** A pivot: the hour in which an account moved most of its traffic to a model it had not used before. */
  addPivot(model: string, hour: number, account: number): void {
    this.add('pivot', `${model}|${hour}`, account);
  }

  /**
   * Groups that say something: not saturated, weighted, and for sign-ups an actual burst — at least
   * MIN_SIGNUP_BURST accounts, and for an e-mail domain four times its ordinary hourly rate (a busy free-mail
   * provider signs up several people an hour; an attacker's script signs up dozens).
   */
  *informativeGroups(): Generator<LinkGroup> {
    for (const g of this.groups.values()) {
      if (g.saturated || g.members.size < 2 || LINK_WEIGHTS[g.type] === 0) continue;
      if (g.type === 'signup-burst' || g.type === 'signup-net') {
        if (g.members.size < MIN_SIGNUP_BURST) continue;
        if (g.type === 'signup-burst') {
          const d = this.domainSignups.get(g.key.slice(0, g.key.lastIndexOf('|')));
          if (d && g.members.size < 4 * (d.accounts / d.hours.size)) continue;
        }
      }
      yield g;
    }
  }
}
