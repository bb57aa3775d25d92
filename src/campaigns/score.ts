/**
 * Campaign scoring: pooled evidence of a cluster of linked accounts. Pooling over members lets a campaign of many
 * quiet accounts (26 requests a day each) show what no single member shows, and makes the score robust to a few
 * camouflage requests. Every term is a named reason so the case file can say why.
 */
import { CAPABILITIES, INTENT_KINDS } from '../engine/observation.js';
import { normalisedEntropy, type AccountFeatures, type Evidence } from '../accounts/features.js';
import type { AccountState } from '../accounts/state.js';
import { AccountMarks } from '../collections/account-marks.js';
import { U32Counts } from '../collections/u32-counts.js';
import { U32Set } from '../collections/u32-set.js';
import { LINK_TYPE_ORDER, type LinkGraph } from './graph.js';
import type { AccountInfo, LinkType, PaymentGroup } from './links.js';
import { FREE_MAIL_DOMAINS } from './signup-score.js';
import { atHome, onPeoplesNetworks, serverCounts, settled } from './homes.js';

export interface ClusterMember {
  state: AccountState;
  info: AccountInfo | undefined;
  features: AccountFeatures;
  evidence: Evidence;
}

export interface ClusterScore {
  score: number;
  reasons: string[];
  /** Share of members having at least one edge of each link type inside the cluster. */
  linkShares: Partial<Record<LinkType, number>>;
  terms: Record<string, number>;
  capabilities: Record<string, number>;
}

/** Share of members sharing one spoofed client at which that link is not penalised as a single kind of coordination. */
const SPOOF_ALONE = 0.8;

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** The members of the cluster being scored (scoring is synchronous: one cluster at a time). */
const inCluster = new AccountMarks();

/** Members' counters summed, with each member's hour profile counted once. */
export interface PooledCounts {
  n: number;
  intent: number;
  high: number;
  repeats: number;
  itemRequests: number;
  follow: number;
  /** Of the follow-ups, those declaring tools: an agent loop's steps (tool results fed back). */
  toolFollow: number;
  sampled: number;
  shared: number;
  hours: Float64Array;
  caps: Float64Array;
}

export function poolCounts(members: ClusterMember[]): PooledCounts {
  const p: PooledCounts = { n: 0, intent: 0, high: 0, repeats: 0, itemRequests: 0, follow: 0, toolFollow: 0, sampled: 0, shared: 0, hours: new Float64Array(24), caps: new Float64Array(CAPABILITIES.length) };
  for (const m of members) {
    const s = m.state;
    p.n += s.n;
    p.intent += s.intentSum;
    p.high += s.maxTokensHigh;
    p.repeats += s.repeats;
    p.itemRequests += s.itemRequests;
    p.follow += s.followUps;
    p.toolFollow += s.toolFollowUps;
    p.sampled += s.sampledItems;
    p.shared += s.sharedItems;
    // Each account contributes its own hour profile once, so a few heavy members cannot mask the others.
    const hourOfDay = s.hourOfDay;
    const capabilities = s.capabilities;
    for (let h = 0; h < 24; h++) p.hours[h]! += hourOfDay[h]! / Math.max(1, s.n);
    for (let c = 0; c < p.caps.length; c++) p.caps[c]! += capabilities[c]!;
  }
  return p;
}

/**
 * How links between colleagues of one organisation are read: `excused` (the organisation is the accountable entity,
 * judged apart: organisations.ts) or `wording` (an unverified organisation judged as one cluster: what one
 * organisation shares by design, a card, a sign-up sitting, an office or cloud egress and its client stack, is
 * explained by the claim and left out; what it does not, a shared template, perturbed items, one model pivot, a
 * spoofed client, shared intelligence, is counted as between any accounts).
 */
export type OrgLinks = 'excused' | 'wording';

/** Link types colleagues of one organisation share by design (left out under `wording`). */
const BY_DESIGN_BITS = (['payment', 'signup-burst', 'signup-net', 'ip', 'prefix', 'client', 'org'] as LinkType[]).reduce((bits, t) => bits | (1 << LINK_TYPE_ORDER.indexOf(t)), 0);

export function scoreCluster(members: ClusterMember[], graph: LinkGraph, askers?: ItemAskers, orgLinks: OrgLinks = 'excused', cores?: CoreReading): ClusterScore {
  const { n, intent, high, repeats, itemRequests, follow, toolFollow, sampled, shared, caps } = poolCounts(members);
  const orgs = new Map<string, number>();
  let onFarmCards = 0;
  for (const m of members) {
    if (m.info?.orgId && m.info.verified) orgs.set(m.info.orgId, (orgs.get(m.info.orgId) ?? 0) + 1);
    if (isCardFarm(m.info?.paymentGroup) && !(orgLinks === 'wording' && m.info?.orgId)) onFarmCards++;
  }
  const size = members.length;
  const linkCounts = new Map<LinkType, number>();
  inCluster.reset();
  const orgOf = new Map<number, string>();
  for (const m of members) {
    inCluster.add(m.state.index);
    if (m.info?.orgId) orgOf.set(m.state.index, m.info.orgId);
  }
  for (const m of members) {
    let types = 0;
    const nb = graph.neighbours(m.state.index);
    const org = m.info?.orgId ?? null;
    for (let k = 0; k < nb.size; k++) {
      const b = nb.neighbour(k);
      // Links between colleagues of one organisation are its own business (organisations.ts), not coordination.
      if (!inCluster.has(b)) continue;
      if (!org || orgOf.get(b) !== org) types |= graph.types(nb.edge(k));
      else if (orgLinks === 'wording') types |= graph.types(nb.edge(k)) & ~BY_DESIGN_BITS;
    }
    LINK_TYPE_ORDER.forEach((t, i) => {
      if (types & (1 << i)) linkCounts.set(t, (linkCounts.get(t) ?? 0) + 1);
    });
  }
  const linkShares: Partial<Record<LinkType, number>> = {};
  for (const [t, c] of linkCounts) linkShares[t] = c / size;
  const topOrg = Math.max(0, ...orgs.values()) / size;
  let focus = 0;
  for (let c = 0; c < 4; c++) focus = Math.max(focus, caps[c]! / Math.max(1, n));
  const pooled = {
    intent: (intent + 0.1 * 20) / (n + 20),
    highMaxTokens: high / Math.max(1, n),
    novelty: 1 - repeats / Math.max(1, itemRequests),
    // Shared with anyone (sampled items), or among the members themselves (every kept item): a class's dozen
    // homework items are rarely in the one-in-eight sample, but every student's item set holds them.
    sharedItems: Math.max(sharedItemShare(shared, sampled), commonItemShare(members)),
    // People's follow-ups only: the members are shown to act together by what links them, and an agent loop's tool
    // turns are a pipeline's steps (a harvest of agent trajectories) as much as a person's. A cohort found by likeness
    // alone has no such proof and reads them as work in conversation (cohorts.ts): coding-agent users are alike
    // through their one client.
    followUps: (follow - toolFollow) / Math.max(1, n),
    // Each member's own hour entropy, not the pooled profile's: people in several time zones pool to a flat day.
    flatness: median(members.map((m) => correctedHourEntropy(m.state.hourOfDay, m.state.n))),
    focus,
  };
  const medianEvidence = median(members.map((m) => m.evidence.score));
  // Independent kinds of coordination shared by most members: one kind alone (a popular template, one NAT) is weak.
  const kinds = [
    linkShares.payment ?? 0,
    // Sign-up bursts and shared addresses are one kind: place and time. People who are together (a class signed up
    // in one lesson behind its campus network, an office team) show both for one reason, so they count once.
    // Evade (an operation that shares only where and when its accounts were made): none needed, such a cluster is
    // judged on its content as a single kind; its accounts' own evidence still counts on the account-level path.
    Math.max(linkShares['signup-burst'] ?? 0, linkShares['signup-net'] ?? 0, linkShares.ip ?? 0, linkShares.prefix ?? 0),
    // Templates and perturbed variants are one kind: wording (a persona's habitual prompt shows as both).
    Math.max(linkShares.frame ?? 0, linkShares.variant ?? 0),
    linkShares.pivot ?? 0,
    linkShares.spoof ?? 0,
    linkShares.intel ?? 0,
  ].filter((share) => share >= 0.3).length;
  // Held together by wording alone: templates and perturbed variants, no payment, sign-up or spoofed client.
  const onlyWording = (linkShares.payment ?? 0) < 0.3 && Math.max(linkShares['signup-burst'] ?? 0, linkShares['signup-net'] ?? 0) < 0.3 && (linkShares.spoof ?? 0) < 0.3;
  const terms: Record<string, number> = {
    'content:extraction-intent': 6 * (pooled.intent - 0.25),
    'content:high-max-tokens': 1.5 * pooled.highMaxTokens,
    'content:capability-focus': 1.5 * Math.max(0, pooled.focus - 0.5),
    'behaviour:round-the-clock': 2 * Math.max(0, pooled.flatness - 0.85) / 0.15,
    'members:own-evidence': 2 * (medianEvidence - 0.3),
    'scale:accounts': 0.6 * Math.log10(Math.max(1, size / 5)),
    'link:shared-payment': 1.5 * (linkShares.payment ?? 0),
    // One unverified card paying for many accounts: an account farm, whatever those accounts ask.
    'link:card-farm': 3 * (onFarmCards / size),
    'link:signup-burst': 1.0 * Math.max(linkShares['signup-burst'] ?? 0, linkShares['signup-net'] ?? 0),
    'link:shared-template': 1.0 * (linkShares.frame ?? 0),
    'link:model-pivot': 1.0 * (linkShares.pivot ?? 0),
    'link:perturbed-items': 1.5 * (linkShares.variant ?? 0),
    'link:spoofed-client': 1.0 * (linkShares.spoof ?? 0),
    'link:intel': 1.5 * (linkShares.intel ?? 0),
    'behaviour:repeats-items': -6 * (1 - pooled.novelty),
    'behaviour:shares-items': -4 * pooled.sharedItems,
    'behaviour:low-yield': lowYieldTerm(members, askers, cores),
    'behaviour:conversational': -2 * pooled.followUps,
    'legit:verified-org': -5 * (topOrg >= 0.8 ? topOrg : 0),
    // Except a spoofed client shared by nearly all members: not an artefact strangers share by accident (honest clients
    // never form it), but one toolkit lying about what it is, on every member. Its accidental look-alike, a
    // TLS-intercepting proxy, puts its users on one network too. Evade: an honest user agent or a TLS-impersonation
    // library (then the cluster waits for a second kind of link, as before).
    // A wording shared by strangers and nothing else (a persona's habit, a tutorial's prompt) weighs least of all.
    'links:single-kind': kinds <= 1 && (linkShares.spoof ?? 0) < SPOOF_ALONE ? (onlyWording ? -3 : -1.5) : 0,
  };
  // A wording shared by accounts that each work from a network of their own, and share nothing else, is a prompt
  // strangers copied (a published self-instruct prompt, a tutorial's wrapper), not an operation's: such a cluster is
  // no campaign, and each member is judged on its own evidence (the account-level path). Evade: give every account its
  // own static residential line for its whole life (no rotating pool, no cloud machine, no VPN) and share no card,
  // burst or client with the others: a line per account is the dearest proxy there is, and the accounts then meet the
  // likeness, work-queue and individual paths, which were built for operations sharing nothing.
  const strangers = onlyWording && kinds <= 1 && settledShare(members) >= SETTLED_STRANGERS;
  terms['links:settled-strangers'] = strangers ? -positiveSum(terms) : 0;
  // Each member registered on an organisation's own domain, and nothing an owner would share between them: customers
  // of one public tool (a CI review action, a desktop app bringing its users' keys) sending its prompt from one cloud.
  terms['links:own-domain-strangers'] = !strangers && ownDomainStrangers(members, linkShares, onFarmCards / size) ? -positiveSum(terms) : 0;
  // People who came one by one and draw on common material, each returning to their own prompts: hobbyists working
  // from one public prompt set (commonMaterialStrangers).
  const common = !strangers && terms['links:own-domain-strangers'] === 0 && commonMaterialStrangers(members, linkShares, onFarmCards / size, pooled.sharedItems, 1 - pooled.novelty);
  terms['links:common-material-strangers'] = common ? -positiveSum(terms) : 0;
  // Strangers who copied one published prompt and ask public items with it, each from a home line or an institution
  // of their own (homedStrangers).
  const homed = !strangers && terms['links:own-domain-strangers'] === 0 && !common && homedStrangers(members, linkShares, onFarmCards / size, pooled.sharedItems);
  terms['links:homed-strangers'] = homed ? -positiveSum(terms) : 0;
  terms['links:ordinary-content'] = ordinaryContentDiscount(terms);
  terms['links:no-owner-artefact'] = terms['links:ordinary-content'] < 0 ? 0 : ownerlessDiscount(terms, linkShares, onFarmCards / size);
  const z = -3 + Object.values(terms).reduce((a, b) => a + b, 0);
  return { score: sigmoid(z), reasons: reasonsOf(terms), linkShares, terms, capabilities: capabilityRecord(caps) };
}

/** Share of members on a domain of their own from which a cluster with no owner's artefact is judged one by one. */
export const OWN_DOMAIN_STRANGERS = 0.9;
/** Smallest cluster judged so: among a handful, distinct domains are no sign of distinct owners. */
const OWN_DOMAIN_MIN_MEMBERS = 8;
/** Days between the 10th and 90th percentile of the members' sign-ups from which they came to the tool one by one. */
const OWN_DOMAIN_SIGNUP_SPREAD_DAYS = 180;

/**
 * Whether a cluster is strangers of their own organisations: no payment instrument, sign-up burst, spoofed client,
 * shared intelligence or card farm (no owner's artefact, as for ownerlessDiscount), nine in ten members or more
 * registered on an e-mail domain that is no free-mail provider and no other member's, and their sign-ups spread over
 * half a year or more (customers adopt a tool one by one; an operation provisions its accounts for the job). What then
 * links them is what the customers of one public tool share by design: its prompt (a CI code-review action's, a
 * desktop app's that brings its users' own keys) and the cloud it runs in. Such a cluster is no campaign; each member
 * is judged on its own evidence (the account-level path), as settled strangers are.
 * Evade: register every account on a domain of its own (a domain, a mailbox and a registrar's record per account) over
 * half a year or more, or buy aged accounts that each came so, and share no card, burst or client toolkit: the accounts
 * then meet the likeness, work-queue and individual paths, which were built for operations sharing nothing, and each
 * domain is a lead to the owner.
 */
export function ownDomainStrangers(members: readonly ClusterMember[], linkShares: Partial<Record<LinkType, number>>, farmShare: number): boolean {
  if (members.length < OWN_DOMAIN_MIN_MEMBERS) return false;
  const owned = [linkShares.payment, linkShares['signup-burst'], linkShares['signup-net'], linkShares.spoof, linkShares.intel, farmShare].some((share) => (share ?? 0) >= KIND_SHARE);
  if (owned) return false;
  const domains = new Map<string, number>();
  for (const m of members) {
    const d = m.info?.emailDomain;
    if (d) domains.set(d, (domains.get(d) ?? 0) + 1);
  }
  let own = 0;
  for (const m of members) {
    const d = m.info?.emailDomain;
    if (d && !FREE_MAIL_DOMAINS.has(d) && domains.get(d) === 1) own++;
  }
  if (own < OWN_DOMAIN_STRANGERS * members.length) return false;
  return signupSpread(members) >= OWN_DOMAIN_SIGNUP_SPREAD_DAYS * 86_400_000;
}

/** Share of the members' sampled items also asked by other accounts from which they work from common material. */
export const COMMON_MATERIAL_ITEMS = 0.1;
/** Share of the members' item requests that re-ask an item the same account asked before, from which they iterate. */
export const OWN_REPEATS = 0.05;

/**
 * Whether a cluster is strangers working from common material: no owner's artefact (payment instrument, sign-up
 * burst or network, spoofed client, shared intelligence, card farm; as for ownerlessDiscount), members registered
 * one by one over half a year or more (as for ownDomainStrangers: an operation provisions its accounts for the job),
 * who each return to their own items (a twentieth or more of an account's item requests re-ask an item it asked
 * before) and ask one another's (a tenth or more of the sampled items asked by other accounts too), or, nine in ten
 * of them at home (atHome), whatever they ask. That is how people using one public prompt set behave: drawing on
 * their own from one finite set, they collide, and a person generating data for a model of their own asks the same
 * prompt again for another sample (a published generation prompt, sent as it is, is such a repeat, and what it asks
 * for is no item others ask). One operation's accounts draw from one queue that hands each item out once
 * (work-queue.ts): neither collisions nor repeats, each being a request paid for an answer the operation has. Such a
 * cluster is no campaign; each member is judged on its own evidence (the account-level path: likeness to a live
 * campaign, cohorts, individual harvesters).
 * Evade: buy aged accounts registered over half a year or more, share no card, burst, spoofed client or intelligence,
 * spend a twentieth of each account's requests on its own items again (answers already harvested, paid for again) and
 * a tenth on items other accounts asked, or give each account a home line of its own; its accounts still meet the
 * likeness, work-queue and individual paths.
 */
export function commonMaterialStrangers(members: readonly ClusterMember[], linkShares: Partial<Record<LinkType, number>>, farmShare: number, sharedItems: number, ownRepeats: number): boolean {
  if (members.length < OWN_DOMAIN_MIN_MEMBERS) return false;
  const owned = [linkShares.payment, linkShares['signup-burst'], linkShares['signup-net'], linkShares.spoof, linkShares.intel, farmShare].some((share) => (share ?? 0) >= KIND_SHARE);
  if (owned || ownRepeats < OWN_REPEATS) return false;
  if (sharedItems < COMMON_MATERIAL_ITEMS && atHomeShare(members) < HOMED_STRANGERS) return false;
  return signupSpread(members) >= OWN_DOMAIN_SIGNUP_SPREAD_DAYS * 86_400_000;
}

/** Share of members on networks of their own (homed) from which strangers asking public items are judged one by one. */
export const HOMED_STRANGERS = 0.9;
/** Share of a group's members at home (atHome), their servers read among them. */
function atHomeShare(members: readonly ClusterMember[]): number {
  const servers = serverCounts(members.map((m) => m.state));
  let home = 0;
  for (const m of members) if (atHome(m.state, servers, true)) home++;
  return home / Math.max(1, members.length);
}

/**
 * Whether a cluster is strangers who copied one published prompt (a chain-of-thought wrapper from a paper, a blog's
 * prompt) and ask public items with it: no owner's artefact (payment instrument, sign-up burst or network, spoofed
 * client, shared intelligence, card farm; as for ownerlessDiscount) and no perturbed items (a pipeline's rewriting),
 * members registered one by one over half a year or more (as for ownDomainStrangers), who ask items other accounts ask
 * too (a tenth or more of their sampled items: public material, where a work queue hands each item out once), nine in
 * ten of them at home (atHome: their own home line or institution, no datacenter or VPN, or a server of their own, a
 * cloud notebook no other member works from) and fewer than three in ten sharing an address with another member. Such strangers share a wording by copying it, and whatever else links them is
 * coincidence among many people: a model pivot (people try each new model), an ISP or a university's network (many
 * strangers study at one university; its e-mail domain and network say where they work, not who runs them). Such a
 * cluster is no campaign; each member is judged on its own evidence (the account-level path), as settled strangers are.
 * Evade: buy aged accounts registered over half a year or more, give each its own static residential line or its own
 * cloud address for its whole life (no rotating pool, no failing over, no VPN), share no card, burst or client toolkit,
 * and spend a tenth of the sampled items on public items other people ask (answers the operation may already have);
 * the accounts still meet the likeness, work-queue and individual paths.
 */
export function homedStrangers(members: readonly ClusterMember[], linkShares: Partial<Record<LinkType, number>>, farmShare: number, sharedItems: number): boolean {
  if (members.length < OWN_DOMAIN_MIN_MEMBERS) return false;
  const owned = [linkShares.payment, linkShares['signup-burst'], linkShares['signup-net'], linkShares.spoof, linkShares.intel, linkShares.variant, farmShare].some((share) => (share ?? 0) >= KIND_SHARE);
  if (owned || sharedItems < COMMON_MATERIAL_ITEMS || (linkShares.ip ?? 0) >= KIND_SHARE) return false;
  if (atHomeShare(members) < HOMED_STRANGERS) return false;
  return signupSpread(members) >= OWN_DOMAIN_SIGNUP_SPREAD_DAYS * 86_400_000;
}

/**
 * The owner's artefacts a group with no link graph shows in its members' registrations: the share of members paying
 * with an instrument another member pays with, and the share on a card farm (isCardFarm). A behavioural cohort
 * (cohorts.ts) is read with these in place of link shares.
 */
export function registrationArtefacts(members: readonly ClusterMember[]): { linkShares: Partial<Record<LinkType, number>>; farmShare: number } {
  const payers = new Map<string, number>();
  for (const m of members) if (m.info?.payment) payers.set(m.info.payment, (payers.get(m.info.payment) ?? 0) + 1);
  let sharing = 0;
  let farmed = 0;
  for (const m of members) {
    if (m.info?.payment && payers.get(m.info.payment)! > 1) sharing++;
    if (isCardFarm(m.info?.paymentGroup)) farmed++;
  }
  const size = Math.max(1, members.length);
  return { linkShares: { payment: sharing / size }, farmShare: farmed / size };
}

/** Milliseconds between the 10th and 90th percentile of the members' sign-ups (0 when too few are known). */
function signupSpread(members: readonly ClusterMember[]): number {
  const created = members.map((m) => m.info?.createdAt ?? Number.NaN).filter(Number.isFinite).sort((a, b) => a - b);
  if (created.length < OWN_DOMAIN_STRANGERS * members.length || created.length === 0) return 0;
  const at = (q: number): number => created[Math.min(created.length - 1, Math.floor(q * created.length))]!;
  return at(0.9) - at(0.1);
}

/** Share of members on a network of their own from which strangers sharing a wording are judged one by one. */
export const SETTLED_STRANGERS = 0.9;

function settledShare(members: readonly ClusterMember[]): number {
  let n = 0;
  for (const m of members) if (settled(m.state)) n++;
  return n / Math.max(1, members.length);
}

export function positiveSum(terms: Record<string, number>): number {
  let sum = 0;
  for (const v of Object.values(terms)) if (v > 0) sum += v;
  return sum;
}

/** Terms that read what the members ask and how (content and behaviour), as opposed to what links them. */
const CONTENT_TERMS = ['content:extraction-intent', 'content:high-max-tokens', 'content:capability-focus', 'behaviour:round-the-clock', 'members:own-evidence', 'behaviour:repeats-items', 'behaviour:shares-items', 'behaviour:low-yield', 'behaviour:conversational'];

/**
 * Links prove that accounts act together, not that they harvest: an agency paying for its clients' keys with one
 * card, a class signed up in one hour behind its campus network, a team behind one office NAT are coordinated too.
 * When the members' pooled traffic does not lean to harvesting (content and behaviour terms summing to zero or
 * less; round-the-clock hours and one task do not count when the members take no more than ordinary users do, see
 * ordinaryYield), the link terms are taken back, so links alone never make a campaign. Whatever the links, the cluster still
 * shows in the link graph and its accounts are still judged on their own evidence (the account-level path).
 * Evade: make the pooled traffic of the linked accounts look ordinary (cover traffic outweighing the harvest in
 * every account), which costs the operation most of its yield per account and leaves heavy harvesters to the
 * account-level path.
 */
export function ordinaryContentDiscount(terms: Record<string, number>): number {
  const automationOnly = ordinaryYield(terms);
  let content = 0;
  for (const t of CONTENT_TERMS) if (!(automationOnly && PRODUCT_SHAPE_TERMS.includes(t))) content += terms[t] ?? 0;
  if (content > 0) return 0;
  let links = 0;
  for (const [t, v] of Object.entries(terms)) if (t.startsWith('link:') && v > 0) links += v;
  return -links;
}

/**
 * Terms that read how traffic is shaped, not what it takes: requests round the clock and one kind of task. A product's
 * backend shows both by design (it does one job for its users, whenever they come), as a script does.
 */
const PRODUCT_SHAPE_TERMS = ['behaviour:round-the-clock', 'content:capability-focus'];
/** Weight of the high-max-tokens term up to which outputs are ordinary: a fifth of requests asking ≥ 4000 tokens. */
export const ORDINARY_OUTPUT_TERM = 0.3;

/**
 * Whether the members take no more than ordinary users do: extraction intent at or below the base rate and ordinary
 * output budgets. Then the shape of their traffic (round the clock, one task) says they are automated, which a small
 * company's product on one card, one office or cloud egress and one system prompt is too, and it does not by itself
 * make their content lean to harvesting (ordinaryContentDiscount); the members' own evidence still counts.
 * Evade: harvest with wording the intent model reads as ordinary and outputs under 4000 tokens on four requests in
 * five, with members ordinary on their own: short, unreasoned answers to ordinary-looking prompts, little to distil
 * from; its accounts still meet the likeness and account-level paths.
 */
function ordinaryYield(terms: Record<string, number>): boolean {
  return (terms['content:extraction-intent'] ?? 0) <= 0 && (terms['content:high-max-tokens'] ?? 0) <= ORDINARY_OUTPUT_TERM;
}

/** Share of members at which a link kind counts as shared by the cluster (as for `kinds` in scoreCluster). */
const KIND_SHARE = 0.3;

/**
 * Links that only strangers' coincidences explain (a wording, perturbed public items, a release day's model pivot,
 * addresses and client stacks) say that accounts ask alike, not that one owner runs them: researchers copy one
 * chain-of-thought wrapper from a paper and move to a new model the day it is released. An operation's own artefacts
 * are a payment instrument, a sign-up burst, a spoofed client toolkit or shared threat intelligence. A cluster held
 * by coincidences alone must earn its flag by what its members ask: when their pooled extraction intent is at or below
 * the ordinary base rate (the extraction term ≤ 0), the link terms are taken back, as for ordinary content
 * (ordinaryContentDiscount). Habits that many people share (large max_tokens, extended reasoning, many members) do
 * not make such a cluster a campaign. Its members are still judged on their own evidence (the account-level path).
 * Evade: keep the pooled traffic of a cluster with no shared card, burst or spoofed client at the ordinary base rate
 * of extraction-style requests (three or more ordinary requests per harvested item, or wrappers the intent model does
 * not read): most of the yield per account is lost, and its heavy accounts still meet the likeness and account paths.
 */
export function ownerlessDiscount(terms: Record<string, number>, linkShares: Partial<Record<LinkType, number>>, farmShare: number): number {
  const owned = [linkShares.payment, linkShares['signup-burst'], linkShares['signup-net'], linkShares.spoof, linkShares.intel, farmShare].some((share) => (share ?? 0) >= KIND_SHARE);
  if (owned || (terms['content:extraction-intent'] ?? 0) > 0) return 0;
  let links = 0;
  for (const [t, v] of Object.entries(terms)) if (t.startsWith('link:') && v > 0) links += v;
  return -links;
}

/** The terms that weigh for a score (above 0.25), strongest first, as reason codes. */
export function reasonsOf(terms: Record<string, number>): string[] {
  return Object.entries(terms)
    .filter(([, v]) => v > 0.25)
    .sort((a, b) => b[1] - a[1])
    .map(([k]) => k);
}

/** Requests per capability, by name. */
export function capabilityRecord(caps: Float64Array): Record<string, number> {
  const out: Record<string, number> = {};
  CAPABILITIES.forEach((c, i) => (out[c] = caps[i]!));
  return out;
}

/**
 * Normalised hour-of-day entropy with the Miller–Madow correction: a few dozen requests spread evenly over the day
 * fill fewer than 24 hours, and the plain estimate reads them as a daily rhythm.
 */
export function correctedHourEntropy(hours: Uint32Array, n: number): number {
  if (n < 12) return 0.5;
  let filled = 0;
  for (let h = 0; h < 24; h++) if (hours[h]! > 0) filled++;
  return Math.min(1, normalisedEntropy(hours) + (filled - 1) / (2 * n * Math.log(24)));
}

/** Pseudo-count of sampled items that pulls a small cluster's shared-item share towards none (sharedItemShare). */
const SHARED_ITEMS_PRIOR = 5;

/**
 * Share of the members' sampled extraction-style items that other accounts asked too, shrunk towards zero for few
 * samples (shared / (sampled + SHARED_ITEMS_PRIOR)) instead of ignored below a count. Items are sampled (one in
 * eight), so a class of a dozen students, judged the evening it signs up, has a handful sampled, all of them shared
 * homework; a hard floor read that as no evidence at all. An operation's work queue draws distinct items: nothing
 * shared however many are sampled. Evade: ask items no other account asks (a private item pool), which is what a
 * work queue does anyway: this term only spares groups who share.
 */
export function sharedItemShare(shared: number, sampled: number): number {
  return shared / (sampled + SHARED_ITEMS_PRIOR);
}

/**
 * Share of the members' items (the extraction-style prompts each keeps, state.ts) that another member asked too:
 * 1 − distinct / kept over the members, shrunk as sharedItemShare is, and read above COINCIDENT_ITEMS only. A work
 * queue hands each item to one account (≈ 0 however many are asked); a class asking one homework list, hobbyists
 * re-asking one generation prompt, an evaluation run repeated on several keys ask the same items (near 1). It reads
 * every item, so it holds for a small pool the one-in-eight sample misses (a sharded engine's coordinator holds each
 * account's items too: they travel with its snapshots, AccountSnapshot.items). Evade: never give one item to two accounts, which is what a work queue does anyway (this
 * term only spares groups who share); an operation that hands one item to many accounts pays for each answer again.
 */
export function commonItemShare(members: readonly { state: AccountState }[]): number {
  const { kept, distinct } = memberItems(members);
  const common = (kept - distinct) / (kept + SHARED_ITEMS_PRIOR);
  return Math.max(0, common - COINCIDENT_ITEMS) / (1 - COINCIDENT_ITEMS);
}

/** The members' kept items (each member's distinct items, summed) and the distinct items among them all. */
function memberItems(members: readonly { state: AccountState }[]): { kept: number; distinct: number } {
  let kept = 0;
  for (const m of members) kept += m.state.itemCount;
  // Sized for every item at once: a large cluster's items would otherwise be rehashed at each doubling.
  const distinct = new U32Set(kept);
  const add = (item: number): void => void distinct.add(item);
  for (const m of members) m.state.forEachItem(add);
  return { kept, distinct: distinct.size };
}

/**
 * Redundancy (members' kept items per distinct item) an operation may show and still be spared nothing: sampling each
 * item two or three times for diverse answers, or two sub-teams drawing one public pool, stays under it.
 */
export const LOW_YIELD_FREE = 3;
/** Weight per doubling of redundancy above LOW_YIELD_FREE, and the most the term takes. */
const LOW_YIELD_WEIGHT = 4;
const LOW_YIELD_MAX = 8;

/**
 * What a group has harvested is its distinct items: a distillation set is worth its coverage, and an answer asked for
 * again adds little to it. A class whose hundred students ask the teacher's forty homework items, or a benchmark run on
 * several keys, asks each item over and over; a harvest, whatever it shares, asks each item about once (≈ 1–2.5 on
 * every operation of the tuned worlds). The redundancy is the members' kept items over the distinct items they account
 * for, each kept item counting one over the number of accounts asking it (the harmonic mean of the askers: one prompt
 * every member sends, among thousands of distinct items, barely moves it), counted over `askers` when given (the
 * accounts of the link component the group was split from: a class split into parts of a dozen students each still asks
 * each item as a class), else over the members; shrunk towards 1 for few items; read on whole prompts and, where most
 * members work from a person's few networks, on the items' cores (coreRedundancy), whichever is higher.
 * `behaviour:shares-items` says items are
 * shared at all; this term says how little they yield, growing with each doubling of the redundancy above
 * LOW_YIELD_FREE, so a group asking one small list is spared even when its wrapper reads as chain-of-thought
 * elicitation.
 * Requests asking for new material (the instruction-generation kind) are left out of it: a generation prompt sent again
 * brings new instructions or examples, as a harvest of them means to.
 * Evade: have many accounts ask the same items (decoys or one small list), R-fold: the operation pays R requests per
 * item it keeps — at redundancy 6 (the term's −4) five of every six requests are waste — and its accounts still answer
 * for their own evidence on the account-level path. Decoys linked to a harvest do not lend it their redundancy: only
 * the harvest's own items are counted, and those its decoys would have to ask again.
 */
export function lowYieldTerm(members: readonly { state: AccountState }[], askers?: ItemAskers, cores?: CoreReading): number {
  const counts = askers ?? itemAskers(members.map((m) => m.state));
  let kept = 0;
  // Distinct items the members account for: each kept item counts one over the number of accounts asking it.
  let distinct = 0;
  let requests = 0;
  let generating = 0;
  const add = (item: number): void => {
    kept++;
    distinct += 1 / Math.max(1, counts.get(item) ?? 0);
  };
  for (const m of members) {
    requests += m.state.n;
    generating += m.state.intentKinds[GENERATION_KIND]!;
    m.state.forEachItem(add);
  }
  const redundancy = Math.max((kept + SHARED_ITEMS_PRIOR) / (distinct + SHARED_ITEMS_PRIOR), cores ? coreRedundancy(members, cores) : 1);
  // A prompt asking for new material (instructions, examples, dataset rows) brings a new answer each time it is
  // sent: sending it again is how such a harvest works, not waste. Only the share of requests asking items counts.
  const asking = 1 - Math.min(1, generating / Math.max(1, requests));
  return -asking * Math.min(LOW_YIELD_MAX, LOW_YIELD_WEIGHT * Math.max(0, Math.log2(redundancy / LOW_YIELD_FREE)));
}

/** An account's sampled item cores, each asked once by it as a harvested item (work-queue.ts ItemPool.forEachItemCore). */
export interface ItemCores {
  forEachItemCore(account: number, f: (core: number) => void): void;
}

/** The members' item cores and, for a cluster split from a larger link component, how many of its accounts ask each. */
export interface CoreReading {
  cores: ItemCores;
  askers?: ItemAskers;
}

/**
 * Redundancy of the members' items read on their cores (signals/item-core.ts: the item apart from the words wrapped
 * around it), as lowYieldTerm reads it on whole prompts: the members' kept cores over the distinct cores they account
 * for, each counting one over its askers (over the component when given). Students asking their homework each in their
 * own words ("Homework 2 problem 4: <problem> My attempt: is the answer 20?") never repeat a whole prompt, so the
 * whole-prompt reading finds each item asked by two or three of forty; the core reading finds the class asking each
 * of two dozen problems twenty times over. Read only when most members work from a person's few networks
 * (onPeoplesNetworks): an operation re-asking one item set to harvest varied answers sends it from proxy pools, cloud
 * machines or VPN exits, and its rotating wrappers would otherwise read as people's own words (1 when not read).
 * Evade: ask each item from many accounts, each account on a home or campus line of its own (no cloud, VPN or rotating
 * pool), each time in other words: the operation pays for each item again on every account (R-fold waste at
 * redundancy R), from the dearest addresses there are, and its accounts still answer for their own evidence on the
 * account-level path.
 */
export function coreRedundancy(members: readonly { state: AccountState }[], reading: CoreReading): number {
  let people = 0;
  for (const m of members) if (onPeoplesNetworks(m.state)) people++;
  if (people * 2 <= members.length) return 1;
  const counts = reading.askers ?? coreAskers(members.map((m) => m.state.index), reading.cores);
  let kept = 0;
  let distinct = 0;
  const add = (core: number): void => {
    kept++;
    distinct += 1 / Math.max(1, counts.get(core) ?? 0);
  };
  for (const m of members) reading.cores.forEachItemCore(m.state.index, add);
  return (kept + SHARED_ITEMS_PRIOR) / (distinct + SHARED_ITEMS_PRIOR);
}

/** How many of these accounts ask each item core (ItemCores). */
export function coreAskers(accounts: readonly number[], cores: ItemCores): ItemAskers {
  const counts = new U32Counts(64);
  const add = (core: number): void => void counts.add(core);
  for (const a of accounts) cores.forEachItemCore(a, add);
  return counts;
}

/** Index of the instruction-generation kind among the intent kinds an account counts. */
const GENERATION_KIND = INTENT_KINDS.indexOf('instruction-generation');

/** Accounts asking each item (by kept item hash). */
export type ItemAskers = Pick<U32Counts, 'get'>;

/** How many of these accounts keep each item. */
export function itemAskers(states: readonly AccountState[]): ItemAskers {
  // Sized at once for every item distinct (the table is then never copied while filled; a component of hundreds of
  // harvesting accounts, whose items are mostly distinct, grew one from 64 slots eleven times or more).
  let kept = 0;
  for (const s of states) kept += s.itemCount;
  const counts = new U32Counts(Math.max(64, Math.ceil((kept * 2) / 3)));
  const add = (item: number): void => void counts.add(item);
  for (const s of states) s.forEachItem(add);
  return counts;
}

/**
 * Share of the members' items that may be asked twice by coincidence and counts for nothing (commonItemShare): a
 * sweep over a finite grid of topics and levels, or two accounts drawing one popular item, repeats a few items across
 * accounts; people working from common material ask mostly the same items (a class: nine in ten).
 */
const COINCIDENT_ITEMS = 0.25;

/** Unverified accounts on one payment instrument from which it is an account farm (households and teams share fewer). */
export const CARD_FARM_ACCOUNTS = 10;

/**
 * Whether a payment instrument pays for an account farm: CARD_FARM_ACCOUNTS or more active accounts, none verified.
 * Evade: fewer accounts per card (more cards: cost and KYC exposure), or verification (then the organisation answers).
 */
export function isCardFarm(g: PaymentGroup | undefined): boolean {
  return g !== undefined && g.accounts >= CARD_FARM_ACCOUNTS && g.verified === 0;
}

export function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
