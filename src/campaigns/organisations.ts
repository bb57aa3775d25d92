/**
 * Organisations as accountable entities. Colleagues of one organisation share a card, a NAT, a system prompt and a
 * sign-up minute by design: links inside an organisation never make a campaign (detector.ts), verified or not, and
 * the organisation is judged as one entity on the pooled traffic of its accounts. An unverified organisation whose
 * pooled traffic harvests is one campaign (`org:entity`, its accounts flagged together, a policy ceiling at
 * withhold_reasoning); a verified one goes to review.
 *
 * Verified organisations. A verified organisation's keys share a card, an office NAT or a
 * cloud egress, a system prompt and a sign-up minute by design, so links inside it say nothing about an operation and
 * none of its accounts is judged on links, likeness or alone (detector.ts, unlinked.ts). The organisation is judged
 * as one account, on the pooled traffic of all its accounts; when that looks like harvesting, every account of it is
 * flagged for review (`org:review`), with a risk at the flag level and a policy ceiling that never lets an automatic
 * action go past flagging (POLICY.md): a provider talks to a verified customer before it acts.
 *
 * Unverified organisations. An organisation id nobody checked is the account holder's own claim, and an operation can
 * declare one for its accounts as easily as a customer can: it buys no review-only ceiling and no higher bar. Its
 * accounts are judged as one entity twice over: on their pooled traffic (ENTITY_EVIDENCE), and as one link cluster at
 * the campaign bar (`org:unverified-links`; scoreCluster with `wording` org links): what one organisation shares by
 * design (a card, a sign-up sitting, an office or cloud egress, its client stack) is explained by the claim and left
 * out, what it does not (a template, perturbed items, one model pivot, a spoofed client) is counted, and the pooled
 * content decides, as for any group of linked accounts (an agency's translations or a class's homework are not
 * harvests). Either makes the organisation one campaign (`org:entity`), its accounts flagged together.
 * Its accounts are judged on the account-level path as well (unlinked.ts: cohorts of near copies, joins to a live
 * campaign, work queues, individual harvesters), as every account no link tied to a campaign is: pooling alone would
 * let an operation's few harvesting accounts drown in its many quiet ones, and would count colleagues asking one item
 * as the organisation's own repeats. They are read there on what an organisation's product does not do by design
 * (claimedOrganisationFeatures): one template's wording, one task, round-the-clock hours are left out; what each
 * account takes (long generations, reasoned answers, rationales) and how it follows up are read.
 *
 * Evade: get verified (identity and organisation checks, a contract) — and then the organisation answers for it; an
 * unverified claim still meets the likeness, work-queue and account-level paths, so the operation must also make each
 * account's own take ordinary (short, unreasoned answers) and its accounts unalike, as without a claim.
 */
import { accountEvidence, accountFeatures, type AccountFeatures } from '../accounts/features.js';
import { AccountState } from '../accounts/state.js';
import type { AccountInfo } from './links.js';
import { ORDINARY_OUTPUT_TERM, type ClusterScore } from './score.js';

/**
 * Pooled evidence at which an organisation is judged harvesting: an unverified one is a campaign, a verified one is
 * sent to review only when its traffic is overwhelmingly harvesting-like (a verified customer's app often wraps every
 * request in one extraction-like template: pooled evidence 0.94 for an ordinary enterprise app on a tuned world).
 */
const ENTITY_EVIDENCE = 0.9;
const REVIEW_EVIDENCE = 0.97;
/** Requests an organisation needs before it is judged. */
const ORG_MIN_REQUESTS = 50;
/** Risk of a verified organisation's accounts under review: the flag level of the default policy. */
export const ORG_REVIEW_RISK = 0.55;
/** The pooled state is rebuilt when the organisation's traffic has grown by this factor. */
const REBUILD_GROWTH = 1.1;

export interface OrgVerdict {
  risk: number;
  flagged: boolean;
  campaign: string | null;
  reasons: string[];
}

interface OrgJudgement {
  traffic: number;
  flagged: boolean;
  reasons: string[];
  evidence: number;
  /** The organisation's score as one link cluster, when that is what flagged it (its terms go to the case file). */
  cluster?: ClusterScore;
}

/**
 * Active accounts an unverified organisation needs to be judged as an entity: a small one is judged account by
 * account (and an operation cannot escape the account-level path by declaring an organisation per few accounts).
 */
const MIN_ENTITY_ACCOUNTS = 15;

/** Opens or continues the campaign of an organisation found harvesting (the detector's identity matching). */
export type OpenOrgCampaign = (ids: Set<number>, reasons: string[], evidence: number, cluster?: ClusterScore) => string;

/**
 * An unverified organisation's active accounts scored as one link cluster (links colleagues share by design left out), and
 * the score at which such a cluster is flagged (the detector's scoreCluster and flag threshold).
 */
export interface UnverifiedOrgScorer {
  score: (accounts: number[]) => ClusterScore;
  threshold: number;
}

export class Organisations {
  private readonly judged = new Map<string, OrgJudgement>();
  /** Organisations judged as entities at the last `entities` call: verified ones, and others with enough active accounts. */
  private members = new Map<string, number[]>();

  /** The organisations judged as entities now (their accounts are judged with them, not alone or by likeness). */
  entities(states: AccountState[], infos: (AccountInfo | undefined)[]): Set<string> {
    this.members = new Map();
    for (let a = 0; a < infos.length; a++) {
      const info = infos[a];
      if (info?.orgId) (this.members.get(info.orgId) ?? this.members.set(info.orgId, []).get(info.orgId)!).push(a);
    }
    const out = new Set<string>();
    for (const [org, accounts] of this.members) {
      let active = 0;
      for (const a of accounts) if ((states[a]?.n ?? 0) > 0) active++;
      if (orgVerified(accounts, infos) || active >= MIN_ENTITY_ACCOUNTS) out.add(org);
    }
    return out;
  }

  /**
   * The organisations among `entities` (from `entities()` at this step) split by standing: verified ones, whose
   * accounts are judged with their organisation only, and unverified ones (claimed), whose accounts are also judged on
   * the account-level path (claimedOrganisationFeatures).
   */
  standing(entities: ReadonlySet<string>, infos: (AccountInfo | undefined)[]): { verified: Set<string>; claimed: Set<string> } {
    const verified = new Set<string>();
    const claimed = new Set<string>();
    for (const org of entities) (orgVerified(this.members.get(org) ?? [], infos) ? verified : claimed).add(org);
    return { verified, claimed };
  }

  /**
   * Verdicts for the accounts of organisations (`entities`, from `entities()` at this step) whose pooled traffic looks
   * like harvesting: verified ones to review (replacing any other verdict), unverified ones as one campaign (where no
   * link campaign has flagged them already: `linkFlagged`, the accounts the link path flagged at this step). An
   * unverified organisation's accounts the account-level path flagged (a cohort, a join by likeness to another
   * campaign) are this one campaign's too: the claim ties them to one another more closely than likeness to another
   * group does.
   */
  run(states: AccountState[], infos: (AccountInfo | undefined)[], verdicts: Map<number, OrgVerdict>, open: OpenOrgCampaign, entities: ReadonlySet<string>, unverified?: UnverifiedOrgScorer, linkFlagged?: ReadonlySet<number>): void {
    for (const org of entities) {
      const accounts = this.members.get(org)!;
      const verified = orgVerified(accounts, infos);
      let traffic = 0;
      for (const a of accounts) traffic += states[a]?.n ?? 0;
      let j = this.judged.get(org);
      if (!j || traffic > j.traffic * REBUILD_GROWTH) {
        j = judge(accounts, states, traffic, verified);
        if (!verified && !j.flagged && unverified && traffic >= ORG_MIN_REQUESTS) j = judgeAsCluster(j, accounts, states, unverified);
        this.judged.set(org, j);
      }
      if (verified) {
        for (const a of accounts) {
          verdicts.delete(a);
          if (j.flagged) verdicts.set(a, { risk: ORG_REVIEW_RISK, flagged: true, campaign: null, reasons: ['org:review', 'legit:verified-org', ...j.reasons] });
        }
        continue;
      }
      if (!j.flagged) continue;
      const members = accounts.filter((a) => (states[a]?.n ?? 0) > 0 && (linkFlagged ? !linkFlagged.has(a) : !verdicts.get(a)?.flagged));
      if (members.length === 0) continue;
      const campaign = open(new Set(members), j.reasons, j.evidence, j.cluster);
      for (const a of members) verdicts.set(a, { risk: Math.min(0.95, 0.6 + 0.35 * j.evidence), flagged: true, campaign, reasons: ['campaign:member', 'org:entity', ...j.reasons] });
    }
  }
}

/**
 * An unverified organisation judged as the link cluster its accounts make (UnverifiedOrgScorer): flagged when that
 * cluster's score reaches the flag threshold and its accounts take what a harvest takes, long generations (the
 * high-max-tokens term above the ordinary budget: a fifth or more of requests asking 4000 tokens or more); its reasons
 * are the cluster's. A product built for its own users (a tutoring app explaining maths step by step, a support
 * desk) asks the same kind of thing on every request through one template by design, and that reads as extraction
 * intent; what it takes back is sized for a person to read.
 * Evade: cap outputs under 4000 tokens on four requests in five (a fraction of a long-generation harvest per request,
 * so more requests and accounts); the pooled-evidence bar and the other paths still judge the accounts.
 */
function judgeAsCluster(j: OrgJudgement, accounts: number[], states: AccountState[], scorer: UnverifiedOrgScorer): OrgJudgement {
  const active = accounts.filter((a) => (states[a]?.n ?? 0) > 0);
  const cluster = scorer.score(active);
  if (cluster.score < scorer.threshold || (cluster.terms['content:high-max-tokens'] ?? 0) <= ORDINARY_OUTPUT_TERM) return j;
  return { traffic: j.traffic, flagged: true, reasons: ['org:unverified-links', ...cluster.reasons], evidence: cluster.score, cluster };
}

/**
 * An account of an unverified organisation judged as an entity (one that claims fifteen or more active accounts), as
 * the account-level path reads it: without what one organisation's product does by design on every account — its one
 * template's wording (extraction intent is read as neutral at most), its one task (capability focus) and its users'
 * hours round the clock — so that colleagues who are near copies by design (a tutoring app's keys, an agency's seats)
 * form no cohort on the organisation's wording alone. What each account takes back (long generations, reasoned
 * answers to short prompts, reflective follow-ups) and whether it converses are read as for any account: a product
 * sizes its answers for a person to read.
 * Evade: take short, unreasoned answers on every account (a fraction of a harvest per request, so more requests and
 * accounts), or declare no organisation and meet the account-level path whole; the pooled judgement still reads the
 * organisation's wording.
 */
export function claimedOrganisationFeatures(f: AccountFeatures): AccountFeatures {
  return { ...f, intent: Math.min(f.intent, NEUTRAL_INTENT), capabilityFocus: 0, hourEntropy: 0 };
}

/** Extraction intent at which its evidence term is nil (accounts/features.ts accountEvidence). */
const NEUTRAL_INTENT = 0.25;

/**
 * Verification is of the organisation: one verified account (its owner's identity and the organisation checked) makes
 * the organisation accountable, whichever of its keys were created before or after the check.
 */
function orgVerified(accounts: number[], infos: (AccountInfo | undefined)[]): boolean {
  return accounts.some((a) => infos[a]?.verified === true);
}

/**
 * An organisation's pooled evidence. A verified one is judged on what it asks, not on the shape of its app's requests:
 * an application built on a reasoning model opens every request with a short prompt and a long reasoned answer by
 * design (the reasoned-openings term, features.ts, is left out; its content terms stay). Nor on what an application is
 * by design: it does one task (capability focus) for its users whenever they come (round the clock; pooled over many
 * users in several time zones, any product's hours are flat). An essay-grading or support app shows both on every
 * request, and its one template's wording on every request too: so a verified organisation goes to review only when
 * its wording asks for extraction and it takes what a harvest takes (long outputs, reasoned answers, rationales).
 * Evade: get verified and ask for short outputs in one app; the organisation still answers for its traffic under its
 * contract, and its wording, max_tokens and follow-ups are still read.
 */
function judge(accounts: number[], states: AccountState[], traffic: number, verified: boolean): OrgJudgement {
  if (traffic < ORG_MIN_REQUESTS) return { traffic, flagged: false, reasons: [], evidence: 0 };
  const pooled = new AccountState('org', -1);
  for (const a of accounts) {
    const s = states[a];
    if (s && s.n > 0) pooled.merge(s);
  }
  const features = accountFeatures(pooled);
  if (verified) {
    features.reasonedOpenings = 0;
    features.capabilityFocus = 0;
    features.hourEntropy = 0;
  }
  const ev = accountEvidence(features);
  return { traffic, flagged: ev.score >= (verified ? REVIEW_EVIDENCE : ENTITY_EVIDENCE), reasons: ev.reasons, evidence: ev.score };
}
