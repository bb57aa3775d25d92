/**
 * Sign-up-time scoring: a newly registered account is checked against the sign-up artefacts of confirmed campaigns
 * (their payment instruments, sign-up networks, e-mail domains and sign-up bursts) before it sends anything, so a
 * known operation's new account can be restricted on its first request instead of after its traffic links it.
 *
 * A payment instrument is personal: one shared with a campaign member is a strong match alone. Networks, e-mail
 * domains and burst hours are shared by strangers (a residential /24, a university, gmail.com at a busy hour): each is
 * a weak match, and a weak match needs a second, different artefact. Big free-mail domains never count as a domain
 * match at all (only their burst hours do). A verified organisation's account is matched for review only.
 *
 * Evade: a fresh card per account, sign-ups from unrelated networks, a domain nobody else in the operation uses, and
 * accounts created at hours the operation's earlier accounts were not (cost: cards, planning, slower account growth).
 */
import type { AccountInfo } from './links.js';

export type SignupReason = 'signup:campaign-payment' | 'signup:campaign-burst' | 'signup:campaign-network' | 'signup:campaign-email-domain';

/** Reason codes strongest first (the order a verdict lists them in). */
const REASON_ORDER: readonly SignupReason[] = ['signup:campaign-payment', 'signup:campaign-burst', 'signup:campaign-network', 'signup:campaign-email-domain'];

/**
 * Free-mail providers big enough that a campaign using them says nothing about anyone else using them. A short list on
 * purpose: a domain missing from it still needs a second artefact to match (see WEAK_NEEDED).
 */
export const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'yahoo.com', 'ymail.com', 'icloud.com', 'me.com',
  'aol.com', 'proton.me', 'protonmail.com', 'gmx.com', 'gmx.de', 'web.de', 'mail.ru', 'yandex.ru', 'qq.com', '163.com', '126.com', 'naver.com',
]);

/**
 * Campaign members that must share a weak artefact before it is the campaign's: one member's /24 or domain may be
 * where it happened to sign up; two or more are where the operation signs up.
 */
const MIN_SHARED = 2;
/** Members signing up with one domain in one hour before that hour is a burst of the campaign's. */
const MIN_BURST = 3;
/** Different weak artefacts a match needs when no payment instrument is shared. */
const WEAK_NEEDED = 2;

/**
 * Risks of a sign-up match, chosen against the default policy ladder (flag 0.5, throttle 0.7, withhold reasoning 0.8,
 * block 0.95; src/policy/POLICY.md): a match restricts, it never blocks. Blocking waits for the account's own traffic
 * to confirm it (the campaign step then gives it a member's risk).
 */
export const SIGNUP_RISK = {
  /** Payment and another artefact: withhold reasoning. */
  paymentAndMore: 0.9,
  /** Payment alone: withhold reasoning. */
  payment: 0.85,
  /** Three weak artefacts: withhold reasoning. */
  threeWeak: 0.8,
  /** Two weak artefacts: throttle only. */
  twoWeak: 0.72,
  /** A verified organisation's account: flagged for review, below every action threshold. */
  reviewOnly: 0.3,
} as const;

const HOUR = 3_600_000;

/** A new account's match with one confirmed campaign. */
export interface SignupMatch {
  campaign: string;
  /** Reason codes, strongest first. */
  reasons: SignupReason[];
  risk: number;
  /** A verified organisation's account: flagged for a reviewer, never restricted automatically. */
  reviewOnly: boolean;
}

/** A campaign as the index reads it (CampaignDetector's CampaignState is one). */
export interface ConfirmedCampaign {
  id: string;
  members: ReadonlySet<number>;
}

/** One campaign's sign-up artefacts, and the member set they were read from (rebuilt only when it changes). */
interface CampaignArtefacts {
  size: number;
  indexSum: number;
  payments: Set<string>;
  networks: Set<string>;
  domains: Set<string>;
  bursts: Set<string>;
}

const burstKey = (domain: string, createdAt: number): string => `${domain}|${Math.floor(createdAt / HOUR)}`;

/** The artefacts of a campaign's members (their AccountInfo); weak ones only where enough members share them. */
function readArtefacts(members: ReadonlySet<number>, infos: readonly (AccountInfo | undefined)[], indexSum: number): CampaignArtefacts {
  const payments = new Set<string>();
  const networks = new Map<string, number>();
  const domains = new Map<string, number>();
  const bursts = new Map<string, number>();
  const count = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);
  for (const a of members) {
    const info = infos[a];
    if (!info) continue;
    if (info.payment) payments.add(info.payment);
    if (info.signupPrefix) count(networks, info.signupPrefix);
    if (info.emailDomain && !FREE_MAIL_DOMAINS.has(info.emailDomain)) count(domains, info.emailDomain);
    if (info.emailDomain) count(bursts, burstKey(info.emailDomain, info.createdAt));
  }
  const atLeast = (m: Map<string, number>, n: number): Set<string> => new Set([...m].filter(([, c]) => c >= n).map(([k]) => k));
  return { size: members.size, indexSum, payments, networks: atLeast(networks, MIN_SHARED), domains: atLeast(domains, MIN_SHARED), bursts: atLeast(bursts, MIN_BURST) };
}

/** The sign-up artefacts of the live campaigns, refreshed at each cross-account step. */
export class SignupIndex {
  private campaigns = new Map<string, CampaignArtefacts>();

  /**
   * Re-reads the artefacts of `live` (the campaigns confirmed at the step just run); campaigns no longer live are
   * dropped. A campaign whose members are unchanged (same count and index sum) keeps what was read before: a step
   * costs a pass over the members' indices, not a re-read of their registrations.
   */
  refresh(live: Iterable<ConfirmedCampaign>, infos: readonly (AccountInfo | undefined)[]): void {
    const next = new Map<string, CampaignArtefacts>();
    for (const c of live) {
      let indexSum = 0;
      for (const a of c.members) indexSum += a;
      const known = this.campaigns.get(c.id);
      next.set(c.id, known && known.size === c.members.size && known.indexSum === indexSum ? known : readArtefacts(c.members, infos, indexSum));
    }
    this.campaigns = next;
  }

  /** Whether `id` was a live campaign at the last refresh. */
  isLive(id: string): boolean {
    return this.campaigns.has(id);
  }

  get size(): number {
    return this.campaigns.size;
  }

  /** The strongest match of a newly registered account with a live campaign, or null. */
  score(info: AccountInfo): SignupMatch | null {
    let best: SignupMatch | null = null;
    for (const [id, c] of this.campaigns) {
      const match = matchCampaign(id, c, info);
      if (match && (!best || match.risk > best.risk)) best = match;
    }
    return best;
  }
}

function matchCampaign(id: string, c: CampaignArtefacts, info: AccountInfo): SignupMatch | null {
  const found = new Set<SignupReason>();
  if (info.payment && c.payments.has(info.payment)) found.add('signup:campaign-payment');
  if (info.signupPrefix && c.networks.has(info.signupPrefix)) found.add('signup:campaign-network');
  if (info.emailDomain && c.domains.has(info.emailDomain)) found.add('signup:campaign-email-domain');
  if (info.emailDomain && c.bursts.has(burstKey(info.emailDomain, info.createdAt))) found.add('signup:campaign-burst');
  const payment = found.has('signup:campaign-payment');
  const weak = found.size - (payment ? 1 : 0);
  if (!payment && weak < WEAK_NEEDED) return null;
  const reviewOnly = info.verified && info.orgId !== null;
  const risk = reviewOnly ? SIGNUP_RISK.reviewOnly
    : payment ? (weak > 0 ? SIGNUP_RISK.paymentAndMore : SIGNUP_RISK.payment)
    : weak >= 3 ? SIGNUP_RISK.threeWeak : SIGNUP_RISK.twoWeak;
  return { campaign: id, reasons: REASON_ORDER.filter((r) => found.has(r)), risk, reviewOnly };
}
