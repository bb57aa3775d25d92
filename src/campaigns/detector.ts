/**
 * The cross-account step: link graph → clusters → campaign scores → member verdicts, then the accounts no link brought
 * in, on their own evidence and likeness (unlinked.ts), and organisations as entities (organisations.ts); campaign
 * identities are kept stable from one run to the next (a campaign found at 02:00 is the same campaign at 03:00, grown).
 */
import { evidenceOf, featuresOf } from '../accounts/features.js';
import type { AccountState } from '../accounts/state.js';
import { AccountMarks } from '../collections/account-marks.js';
import { LINK_TYPE_ORDER, LinkGraph } from './graph.js';
import type { AccountInfo, LinkType } from './links.js';
import { Organisations } from './organisations.js';
import { coreAskers, isCardFarm, itemAskers, scoreCluster, type ClusterMember, type ClusterScore, type CoreReading, type ItemAskers } from './score.js';
import { UnlinkedPath, type SubteamLink, type UnlinkedOptions } from './unlinked.js';
import type { ItemPool } from './work-queue.js';
import type { FollowUpScripts } from './follow-up-scripts.js';

export interface DetectorOptions {
  /** The account-level path (unlinked.ts). */
  unlinked?: Partial<UnlinkedOptions>;
  /** Smallest group of accounts that can be a campaign (default 5). */
  minClusterSize: number;
  /** Campaign score at or above which members are flagged (default 0.5). */
  flagThreshold: number;
  /**
   * A campaign already flagged stays flagged while its score stays at or above this (default 0.35): hysteresis, so
   * that a verdict does not flip back and forth while evidence hovers around the threshold.
   */
  keepThreshold: number;
  /** Total edge weight between two accounts needed to join them in a component (default 1). */
  minEdgeWeight: number;
  /** A member is flagged only if its own evidence reaches this, or it shares payment/sign-up links in the campaign. */
  memberEvidence: number;
  /**
   * Own evidence needed to attach an account to a flagged campaign through network links only (IP, prefix, client),
   * and the tie (strongest single link weight to one core member) it needs. Deliberately strict: on every simulated
   * world, accounts attached at looser settings were organic developers behind the same residential ranges as the
   * proxies, never attack accounts (those share templates, payment or bursts with the core).
   */
  attachEvidence: number;
  attachTie: number;
}

export const DEFAULT_DETECTOR_OPTIONS: DetectorOptions = { minClusterSize: 5, flagThreshold: 0.5, keepThreshold: 0.35, minEdgeWeight: 1, memberEvidence: 0.15, attachEvidence: 0.9, attachTie: 2 };

const PAYMENT_BIT = 1 << LINK_TYPE_ORDER.indexOf('payment');
/** Links that strangers share by coincidence of time or place: they explain a member, they do not make one. */
const COINCIDENCE_LINKS: LinkType[] = ['signup-burst', 'signup-net', 'ip', 'prefix', 'client', 'pivot', 'org'];
const COINCIDENCE_BITS = COINCIDENCE_LINKS.reduce((bits, t) => bits | (1 << LINK_TYPE_ORDER.indexOf(t)), 0);

/** A set of accounts as the step tests it: a Set, or AccountMarks where membership is tested once per edge. */
type Membership = Pick<Set<number>, 'has'>;

// Membership marks of the step, one per use (the step is synchronous, so one of each at a time is enough).
const clusteredMarks = new AccountMarks();
const clusterMarks = new AccountMarks();
const coreMarks = new AccountMarks();
const peelCore = new AccountMarks();
const peelKept = new AccountMarks();
const readmitKept = new AccountMarks();
const componentNodes = new AccountMarks();
const componentSeen = new AccountMarks();

export interface CampaignState {
  /**
   * Unique across a cluster and stable across replays: the step that first flagged the campaign and a hash of its
   * earliest member (by sign-up time, then account id; campaignId). Sharded or not, one operation gets one id.
   */
  id: string;
  /** Display form, in the order this detector found its campaigns (C0001, C0002, …). */
  label: string;
  members: Set<number>;
  score: ClusterScore;
  firstFlaggedAt: number;
  updatedAt: number;
  /** Campaigns found apart and merged into this one as sub-teams of one operation (unlinked.ts). */
  subteams?: string[];
  /** The sub-teams joined at the campaign's last update: each one's link (reason code), accounts and what it rests on. */
  subteamLinks?: Map<string, { by: SubteamLink; accounts: number; detail?: string }>;
}

interface ClusterEvaluation {
  /** Null when the cluster is not a campaign. */
  score: ClusterScore | null;
  flagged: [number, MemberVerdict][];
  unflagged: [number, MemberVerdict][];
  /** Members peeled off a flagged core: a second, sparser operation in the same component is judged on its own. */
  peeled: number[];
  /** Members' total interactions and the time when it was evaluated (cache validity). */
  traffic: number;
  at: number;
  /** The accounts evaluated, the cluster's score (campaign or not) and its core after peeling, for newcomers. */
  members: Set<number>;
  /** Cluster size at the last full evaluation. */
  evaluatedSize: number;
  clusterScore: number;
  core: Set<number>;
  /** Median strong degree inside the core after peeling. */
  coreMedianDegree: number;
}

export interface MemberVerdict {
  risk: number;
  flagged: boolean;
  campaign: string | null;
  reasons: string[];
}

/** A cluster is scored afresh when its members' traffic has grown by this factor, or after this long. */
const REEVALUATE_GROWTH = 1.05;
const REEVALUATE_MS = 24 * 3_600_000;
/**
 * A confirmed campaign is re-scored on traffic growth at most this often: its members are flagged already, newcomers
 * are judged as they come (extend), and a full evaluation of a campaign of thousands costs a second.
 */
const CAMPAIGN_REFRESH_MS = 6 * 3_600_000;
/** Newcomers (share of the cluster) judged against the last evaluation before a full one is due. */
const NEWCOMER_SHARE = 0.1;

export class CampaignDetector {
  readonly campaigns = new Map<string, CampaignState>();
  private cache = new Map<string, ClusterEvaluation>();
  /** Each account's evaluation at the last step. */
  private readonly evaluationOf = new Map<number, ClusterEvaluation>();
  private lastRun = Number.NaN;
  /** The accounts' registration facts at the current step (organisations). */
  private infos: (AccountInfo | undefined)[] = [];
  private states: AccountState[] = [];
  /** Accounts flagged at the last step and so far in this one: links to them are not camouflage (see peel). */
  private readonly flagged = new AccountMarks();
  private lastFlagged: number[] = [];
  private nextId = 1;
  readonly options: DetectorOptions;
  private readonly unlinked: UnlinkedPath;
  /** Item cores of opening requests (the engine's; null where no pool is kept: then no work-queue cohorts). */
  itemPool: ItemPool | null = null;
  /** Follow-up lines and their senders (the engine's; null where none are kept: then no script cohorts). */
  followUpScripts: FollowUpScripts | null = null;
  private readonly organisations = new Organisations();
  /** Accounts asking each item, per link component, at the current step (the low-yield term of split clusters). */
  private askersByComponent = new Map<readonly number[], ItemAskers>();
  /** Accounts asking each item core, per link component, at the current step (as askersByComponent, on cores). */
  private coreAskersByComponent = new Map<readonly number[], ItemAskers>();

  constructor(options: Partial<DetectorOptions> = {}) {
    this.options = { ...DEFAULT_DETECTOR_OPTIONS, ...options };
    this.unlinked = new UnlinkedPath(this.options.unlinked);
  }

  /** The member signed up first (ties: the smallest account id). */
  private earliestMember(ids: Iterable<number>): string {
    let best: { at: number; id: string } | null = null;
    for (const a of ids) {
      const at = this.infos[a]?.createdAt ?? Number.POSITIVE_INFINITY;
      const id = this.states[a]?.id ?? String(a);
      if (!best || at < best.at || (at === best.at && id < best.id)) best = { at: Number.isNaN(at) ? Number.POSITIVE_INFINITY : at, id };
    }
    return best?.id ?? '';
  }

  run(now: number, states: AccountState[], infos: (AccountInfo | undefined)[], graph: LinkGraph): Map<number, MemberVerdict> {
    this.infos = infos;
    this.states = states;
    this.flagged.reset(this.lastFlagged);
    this.askersByComponent = new Map();
    this.coreAskersByComponent = new Map();
    const clusters = graph.clusters(this.options.minClusterSize, (a) => states[a], now);
    const verdicts = new Map<number, MemberVerdict>();
    const seen = new Set<string>();
    const memberOf = (a: number): ClusterMember => {
      const state = states[a]!;
      return { state, info: infos[a], features: featuresOf(state), evidence: evidenceOf(state) };
    };
    // Accounts of any cluster are judged with their own cluster, never attached to another one.
    const clustered = clusteredMarks.reset();
    for (const c of clusters) for (const a of c) clustered.add(a);
    const fresh = new Map<string, ClusterEvaluation>();
    const queue = [...clusters];
    for (let q = 0; q < queue.length; q++) {
      const full = queue[q]!;
      // An account belongs to one campaign per step: the first (strongest-linked) cluster that flagged it.
      const cluster = full.filter((a) => !verdicts.get(a)?.flagged);
      if (cluster.length < this.options.minClusterSize) continue;
      // A cluster whose members and traffic have barely changed since its last evaluation keeps that evaluation
      // (re-scoring every cluster every simulated hour is most of the cost of a replay).
      let sum = 0;
      let min = Number.POSITIVE_INFINITY;
      let traffic = 0;
      for (const a of cluster) {
        sum += a;
        if (a < min) min = a;
        traffic += states[a]!.n;
      }
      const key = `${cluster.length}:${sum}:${min}`;
      let ev = this.cache.get(key);
      if (!ev || this.due(ev, traffic, now)) {
        const base = this.grownFrom(cluster, traffic, now);
        if (base) ev = this.rejudge(this.extend(base, cluster, graph, memberOf), graph, memberOf);
        else {
          ev = this.evaluate(cluster, states, infos, graph, clustered, verdicts, memberOf);
          ev.traffic = traffic;
          ev.at = now;
        }
        this.cache.set(key, ev);
      } else if (ev.score && ev.flagged.length > 0) this.cache.set(key, (ev = this.rejudge(ev, graph, memberOf)));
      fresh.set(key, ev);
      if (ev.peeled.length >= this.options.minClusterSize) for (const part of components(ev.peeled, graph, this.options.minEdgeWeight)) if (part.length >= this.options.minClusterSize) queue.push(part);
      if (!ev.score || ev.flagged.length === 0) {
        for (const [a, v] of ev.unflagged) if (!verdicts.has(a)) verdicts.set(a, v);
        continue;
      }
      const ids = new Set<number>();
      for (const [a] of ev.flagged) if (!verdicts.get(a)?.flagged) ids.add(a);
      if (ids.size < this.options.minClusterSize) continue;
      const campaign = this.match(ids, seen, now, ev.score);
      seen.add(campaign.id);
      for (const [a, v] of ev.flagged) {
        if (!ids.has(a)) continue;
        verdicts.set(a, { ...v, campaign: campaign.id });
        this.flagged.add(a);
      }
      for (const [a, v] of ev.unflagged) if (!verdicts.has(a)) verdicts.set(a, v);
    }
    // Accounts no link brought into a campaign, on their own evidence (unlinked.ts), those of unverified organisations
    // included (a claimed organisation buys no immunity); then organisations, as entities.
    const entities = this.organisations.entities(states, infos);
    const standing = this.organisations.standing(entities, infos);
    const linkFlagged = new Set<number>();
    for (const [a, v] of verdicts) if (v.flagged) linkFlagged.add(a);
    const merged = this.unlinked.run(
      states,
      infos,
      verdicts,
      (ids, score) => {
        const campaign = this.match(ids, seen, now, score);
        seen.add(campaign.id);
        return campaign.id;
      },
      standing.verified,
      this.itemPool,
      this.followUpScripts,
      standing.claimed,
    );
    const current = new Map<string, Map<string, { by: SubteamLink; accounts: number; detail?: string }>>();
    for (const [from, { into, by, accounts, detail }] of merged) {
      const c = this.campaigns.get(into);
      if (!c) continue;
      if (!c.subteams?.includes(from)) (c.subteams ??= []).push(from);
      (current.get(into) ?? current.set(into, new Map()).get(into)!).set(from, detail === undefined ? { by, accounts } : { by, accounts, detail });
    }
    this.organisations.run(states, infos, verdicts, (ids, reasons, evidence, cluster) => {
      const score: ClusterScore = { score: evidence, reasons: ['org:entity', ...reasons], linkShares: cluster?.linkShares ?? {}, terms: cluster?.terms ?? {}, capabilities: cluster?.capabilities ?? {} };
      const campaign = this.match(ids, seen, now, score);
      seen.add(campaign.id);
      return campaign.id;
    }, entities, {
      score: (accounts) => scoreCluster(accounts.map(memberOf), graph, undefined, 'wording'),
      threshold: this.options.flagThreshold,
    }, linkFlagged);
    this.syncMembers(verdicts, now);
    // A live campaign's sub-teams are those joined at this step (a link can lapse: the group is then its own campaign).
    for (const c of this.campaigns.values()) if (c.updatedAt === now) c.subteamLinks = current.get(c.id);
    this.cache = fresh;
    this.evaluationOf.clear();
    for (const ev of fresh.values()) for (const a of ev.members) this.evaluationOf.set(a, ev);
    this.lastRun = now;
    this.lastFlagged = [];
    for (const [a, v] of verdicts) if (v.flagged) this.lastFlagged.push(a);
    return verdicts;
  }

  /** Each campaign's members as the step's verdicts have them (joiners added, organisations' accounts taken out). */
  private syncMembers(verdicts: Map<number, MemberVerdict>, now: number): void {
    const members = new Map<string, Set<number>>();
    for (const [a, v] of verdicts) if (v.flagged && v.campaign) (members.get(v.campaign) ?? members.set(v.campaign, new Set()).get(v.campaign)!).add(a);
    for (const c of this.campaigns.values()) {
      const m = members.get(c.id);
      if (m) {
        c.members = m;
        c.updatedAt = now;
      } else if (c.updatedAt === now) c.updatedAt = Number.NEGATIVE_INFINITY;
    }
  }

  /** Whether an evaluation is stale: a day old, or traffic grown (for a confirmed campaign, and six hours old). */
  private due(ev: ClusterEvaluation, traffic: number, now: number): boolean {
    if (now - ev.at > REEVALUATE_MS) return true;
    if (traffic <= ev.traffic * REEVALUATE_GROWTH) return false;
    return !ev.score || ev.flagged.length === 0 || now - ev.at >= CAMPAIGN_REFRESH_MS;
  }

  /**
   * The last step's evaluation this cluster grew from, when it may be reused: a confirmed campaign that is not due
   * (see `due`), the same members plus a few newcomers (at most NEWCOMER_SHARE since its last full evaluation). A
   * campaign gaining accounts every hour would otherwise be re-scored in full every hour, at a cost that grows with
   * its size.
   */
  private grownFrom(cluster: number[], traffic: number, now: number): ClusterEvaluation | null {
    let base: ClusterEvaluation | undefined;
    for (const a of cluster) if ((base = this.evaluationOf.get(a))) break;
    // Only a confirmed campaign: a cluster that is not one yet is re-scored as it grows (that is how it becomes one).
    if (!base?.score || base.flagged.length === 0 || this.due(base, traffic, now)) return null;
    const added = cluster.length - base.members.size;
    if (added <= 0 || cluster.length > base.evaluatedSize + Math.max(1, NEWCOMER_SHARE * base.evaluatedSize)) return null;
    let kept = 0;
    for (const a of cluster) if (base.members.has(a)) kept++;
    return kept === base.members.size ? base : null;
  }

  /**
   * The base evaluation with the newcomers judged against it: a newcomer joins the core on the rules a full
   * evaluation applies (own evidence or a payment/strong tie inside the cluster, and enough strong links into the
   * core to survive peeling); otherwise it is linked but not flagged. Score, core and attached accounts are kept
   * until the next full evaluation.
   */
  private extend(base: ClusterEvaluation, cluster: number[], graph: LinkGraph, memberOf: (a: number) => ClusterMember): ClusterEvaluation {
    const members = new Set(cluster);
    const ev: ClusterEvaluation = { ...base, members, flagged: [...base.flagged], unflagged: [...base.unflagged], core: new Set(base.core) };
    const score = base.score!;
    for (const a of cluster) {
      if (base.members.has(a)) continue;
      const m = memberOf(a);
      if (this.isCoreMember(m, members, graph) && survivesPeel(m, base.core, base.coreMedianDegree, graph, this.options.minEdgeWeight, this.flaggedOutside(members))) {
        ev.flagged.push(memberVerdict(score, m, false, ownLinkReasons(a, ev.core, graph)));
        ev.core.add(a);
      } else ev.unflagged.push(unflaggedVerdict(base.clusterScore, m));
    }
    return ev;
  }

  /**
   * A confirmed campaign's linked-but-unflagged members judged again on their traffic so far, on the rules `extend`
   * applies to newcomers. A new account has a request or two when it first links in, too few for its own evidence,
   * and its one chance as a newcomer came then; a full evaluation, which would judge it again, is six hours or more
   * away for a campaign that is already flagged. Each member let in counts as core for those judged after it (the
   * fixpoint peeling reaches), so a chain of newcomers linked to one another comes in together.
   */
  private rejudge(ev: ClusterEvaluation, graph: LinkGraph, memberOf: (a: number) => ClusterMember): ClusterEvaluation {
    let out = ev;
    for (let changed = true; changed; ) {
      changed = false;
      for (const [a] of out.unflagged) {
        const m = memberOf(a);
        if (!this.isCoreMember(m, out.members, graph) || !survivesPeel(m, out.core, out.coreMedianDegree, graph, this.options.minEdgeWeight, this.flaggedOutside(out.members))) continue;
        if (out === ev) out = { ...ev, flagged: [...ev.flagged], unflagged: [...ev.unflagged], core: new Set(ev.core) };
        out.flagged.push(memberVerdict(out.score!, m, false, ownLinkReasons(a, out.core, graph)));
        out.core.add(a);
        changed = true;
      }
      if (changed) out.unflagged = out.unflagged.filter(([a]) => !out.core.has(a));
    }
    return out;
  }

  /**
   * Own evidence, or a payment instrument or strong coordination (several kinds of links) shared inside the cluster
   * with accounts outside the member's own verified organisation.
   * A member tied to the others only by coincidences strangers share (sign-up hour or network, addresses, the day a
   * model came out) needs the own evidence of a readmitted member: at scale, every burst hour of an operation's
   * sign-ups on a free-mail domain also holds real people, some behind the same residential ranges.
   */
  private isCoreMember(m: ClusterMember, inCluster: Membership, graph: LinkGraph): boolean {
    let types = 0;
    let strongTie = false;
    const org = m.info?.orgId ?? null;
    const nb = graph.neighbours(m.state.index);
    for (let k = 0; k < nb.size; k++) {
      const b = nb.neighbour(k);
      if (!inCluster.has(b)) continue;
      // Colleagues of one organisation share its card and its tools by design: the organisation is the accountable
      // entity, judged on its pooled traffic (organisations.ts), and links inside it say nothing about an operation.
      if (org && this.infos[b]?.orgId === org) continue;
      const e = nb.edge(k);
      types |= graph.types(e);
      if (graph.types(e) & PAYMENT_BIT || graph.strong(e) >= 2) strongTie = true;
    }
    // Tied only to its own organisation: the organisation is judged, not the account.
    if (org && types === 0) return false;
    if ((types & ~COINCIDENCE_BITS) === 0) return m.evidence.score >= READMIT_EVIDENCE;
    return m.evidence.score >= this.options.memberEvidence || strongTie;
  }

  /**
   * Accounts asking each item over the link component a cluster was split from (Louvain parts of a large component),
   * or undefined when the cluster is its whole component: a class split into parts still asks each item as a class.
   */
  private componentAskers(cluster: number[], states: AccountState[], graph: LinkGraph): ItemAskers | undefined {
    const component = cluster.length > 0 ? graph.componentOf(cluster[0]!) : null;
    if (!component || component.length <= cluster.length) return undefined;
    let askers = this.askersByComponent.get(component);
    if (!askers) {
      askers = itemAskers(component.flatMap((a) => (states[a] ? [states[a]!] : [])));
      this.askersByComponent.set(component, askers);
    }
    return askers;
  }

  /** The item cores of the engine's pool, with their askers over the link component a split cluster came from. */
  private coreReading(cluster: number[], graph: LinkGraph): CoreReading | undefined {
    const pool = this.itemPool;
    if (!pool) return undefined;
    const component = cluster.length > 0 ? graph.componentOf(cluster[0]!) : null;
    if (!component || component.length <= cluster.length) return { cores: pool };
    let askers = this.coreAskersByComponent.get(component);
    if (!askers) {
      askers = coreAskers(component, pool);
      this.coreAskersByComponent.set(component, askers);
    }
    return { cores: pool, askers };
  }

  /** Scores one cluster and decides its members: flagged (core and network-attached) and linked-but-not-flagged. */
  private evaluate(
    cluster: number[],
    states: AccountState[],
    infos: (AccountInfo | undefined)[],
    graph: LinkGraph,
    clustered: Membership,
    verdicts: Map<number, MemberVerdict>,
    memberOf: (a: number) => ClusterMember,
  ): ClusterEvaluation {
    const members = cluster.map(memberOf);
    const score = scoreCluster(members, graph, this.componentAskers(cluster, states, graph), 'excused', this.coreReading(cluster, graph));
    const unflagged: [number, MemberVerdict][] = members.map((m) => unflaggedVerdict(score.score, m));
    const inCluster = new Set(cluster);
    const none: ClusterEvaluation = { score: null, flagged: [], unflagged, peeled: [], traffic: 0, at: 0, members: inCluster, evaluatedSize: cluster.length, clusterScore: score.score, core: new Set(), coreMedianDegree: 0 };
    if (score.score < (this.continuesCampaign(cluster) ? this.options.keepThreshold : this.options.flagThreshold)) return none;
    // A member with weak own evidence stays in only when it is tied to the others by a payment instrument or by
    // strong coordination links (several shared templates, a burst and a pivot): that is evidence in itself.
    const marks = clusterMarks.reset(cluster);
    const core: ClusterMember[] = members.filter((m) => this.isCoreMember(m, marks, graph));
    const before = new Set(core.map((m) => m.state.index));
    const candidates = [...core];
    const coreMedianDegree = peel(core, graph, this.options.minEdgeWeight, this.flaggedOutside(marks));
    readmit(candidates, core, graph, this.options.minEdgeWeight);
    const kept = new Set(core.map((m) => m.state.index));
    const peeled = [...before].filter((a) => !kept.has(a));
    if (core.length < this.options.minClusterSize) return { ...none, peeled };
    // Attach accounts tied to the core by network links whose own traffic looks like harvesting (camouflaged
    // members on residential proxies); organic neighbours behind the same NAT stay out on their own evidence.
    // The tie is the strongest single link to one core member (an exact shared IP, not a /24 shared with many).
    // Accounts of a verified organisation are accountable entities: they are judged with their organisation.
    const coreIds = new Set(core.map((m) => m.state.index));
    const inCore = coreMarks.reset(coreIds);
    const tie = new Map<number, number>();
    for (const a of coreIds) {
      const nb = graph.neighbours(a);
      for (let k = 0; k < nb.size; k++) {
        const b = nb.neighbour(k);
        if (inCore.has(b) || clustered.has(b) || verdicts.get(b)?.flagged) continue;
        tie.set(b, Math.max(tie.get(b) ?? 0, graph.weight(nb.edge(k))));
      }
    }
    const attached: ClusterMember[] = [];
    for (const [b, w] of tie) {
      if (w < this.options.attachTie || (states[b]?.n ?? 0) === 0) continue;
      if (infos[b]?.verified && infos[b]?.orgId) continue;
      const m = memberOf(b);
      if (m.evidence.score >= this.options.attachEvidence) attached.push(m);
    }
    return {
      score,
      flagged: [
        ...core.map((m) => memberVerdict(score, m, false, ownLinkReasons(m.state.index, inCore, graph))),
        ...attached.map((m) => memberVerdict(score, m, true, ownLinkReasons(m.state.index, inCore, graph))),
      ],
      unflagged: unflagged.filter(([a]) => !coreIds.has(a)),
      peeled,
      traffic: 0,
      at: 0,
      members: inCluster,
      evaluatedSize: cluster.length,
      clusterScore: score.score,
      core: coreIds,
      coreMedianDegree,
    };
  }

  /**
   * Judges, between steps, an account whose links have just grown and lead to a core member of a campaign confirmed at
   * the last step, on the rules `extend` applies to newcomers at a step (each campaign it links to once). Returns its verdict and the campaign member it joins through,
   * or null. A new account of a known operation is stopped on the request that ties it to the operation, not up to a
   * step later; the next step judges it again with its cluster. Evade: as for `extend` — a newcomer with no tie of
   * its own beyond coincidences, or too few links into the core, waits for a full evaluation.
   */
  judgeNewcomer(a: number, states: AccountState[], infos: (AccountInfo | undefined)[], graph: LinkGraph): { verdict: MemberVerdict; via: number } | null {
    if (this.flagged.has(a)) return null;
    const nb = graph.neighbours(a);
    let m: ClusterMember | null = null;
    const tried = new Set<ClusterEvaluation>();
    for (let k = 0; k < nb.size; k++) {
      const b = nb.neighbour(k);
      const ev = this.evaluationOf.get(b);
      if (!ev?.score || tried.has(ev) || !ev.core.has(b)) continue;
      tried.add(ev);
      if (!m) {
        const state = states[a]!;
        m = { state, info: infos[a], features: featuresOf(state), evidence: evidenceOf(state) };
      }
      if (!this.isCoreMember(m, ev.members, graph) || !survivesPeel(m, ev.core, ev.coreMedianDegree, graph, this.options.minEdgeWeight, this.flaggedOutside(ev.members))) continue;
      this.flagged.add(a);
      return { verdict: memberVerdict(ev.score, m, false, ownLinkReasons(a, ev.core, graph))[1], via: b };
    }
    return null;
  }

  /**
   * Accounts flagged in another campaign (at the last step or earlier in this one), outside `cluster`. Peeling reads
   * a member's links outside the core as camouflage; links into another detected operation are not (harvesters of
   * two operations draw from the same public item pools), and counting them peeled newcomers for a day.
   */
  private flaggedOutside(cluster: Membership): (b: number) => boolean {
    return (b) => this.flagged.has(b) && !cluster.has(b);
  }

  /** Whether most of this cluster was a live campaign at the previous step. */
  private continuesCampaign(cluster: number[]): boolean {
    for (const c of this.campaigns.values()) {
      if (c.updatedAt !== this.lastRun) continue;
      let inter = 0;
      for (const a of cluster) if (c.members.has(a)) inter++;
      if (inter >= 0.5 * cluster.length) return true;
    }
    return false;
  }

  /** Finds the existing campaign sharing most members (Jaccard ≥ 0.3 or containing ≥ half), or opens a new one. */
  private match(ids: Set<number>, taken: Set<string>, now: number, score: ClusterScore): CampaignState {
    let best: CampaignState | null = null;
    let bestOverlap = 0;
    for (const c of this.campaigns.values()) {
      if (taken.has(c.id)) continue;
      let inter = 0;
      for (const a of ids) if (c.members.has(a)) inter++;
      if (inter > bestOverlap) {
        bestOverlap = inter;
        best = c;
      }
    }
    if (best && bestOverlap >= 0.5 * Math.min(best.members.size, ids.size)) {
      best.members = ids;
      best.score = score;
      best.updatedAt = now;
      return best;
    }
    const c: CampaignState = { id: campaignId(this.earliestMember(ids), now), label: `C${String(this.nextId++).padStart(4, '0')}`, members: ids, score, firstFlaggedAt: now, updatedAt: now };
    this.campaigns.set(c.id, c);
    return c;
  }
}

/**
 * A campaign's id: `C`, its first-flag time (seconds, 7 base-36 digits: ids sort by age, which sub-team merges rely
 * on, unlinked.ts) and 6 base-32 digits of a hash of its earliest member's account id. Ids depend on the accounts and
 * the clock only, never on which process found the campaign.
 */
export function campaignId(earliestAccount: string, firstFlaggedAt: number): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < earliestAccount.length; i++) h = Math.imul(h ^ earliestAccount.charCodeAt(i), 0x01000193);
  h >>>= 0;
  const digits = '0123456789abcdefghjkmnpqrstvwxyz';
  let tail = '';
  for (let i = 0; i < 6; i++) tail += digits[(h >>> (i * 5)) & 31];
  return `C${Math.max(0, Math.floor(firstFlaggedAt / 1000)).toString(36).padStart(7, '0')}${tail}`;
}

/** Connected components of a set of accounts over strong edges. */
function components(nodes: number[], graph: LinkGraph, minStrong: number): number[][] {
  const inSet = componentNodes.reset(nodes);
  const seen = componentSeen.reset();
  const out: number[][] = [];
  for (const start of nodes) {
    if (seen.has(start)) continue;
    const part: number[] = [];
    const stack = [start];
    seen.add(start);
    while (stack.length > 0) {
      const a = stack.pop()!;
      part.push(a);
      const nb = graph.neighbours(a);
      for (let k = 0; k < nb.size; k++) {
        const b = nb.neighbour(k);
        if (!inSet.has(b) || seen.has(b) || graph.strong(nb.edge(k)) < minStrong) continue;
        seen.add(b);
        stack.push(b);
      }
    }
    out.push(part);
  }
  return out;
}

/** Strong links into the core that keep a newcomer whose links all lead there. */
const NEWCOMER_MIN_LINKS = 3;
/** Share of the core's median strong degree below which a member is peeled off. */
const PEEL_SHARE = 0.3;

/**
 * Dense-core peeling (in the spirit of FRAUDAR): members tied to the rest by only a few strong links (an organic
 * account that happened to use a wrapper the campaign also used, or that a camouflage request copied) are removed
 * until every remaining member has at least PEEL_SHARE of the median strong degree. Harvesting accounts of one
 * operation share many templates, bursts and pivots with many of their peers; camouflage edges are few per account.
 * Evade: give every account the full set of links of its peers — that is, be more visibly one operation.
 */
/** The peeling rule for a member with `inside` strong links into the core, `strong` in all, against the core's median. */
function survivesPeelRound(inside: number, strong: number, median: number): boolean {
  return inside >= PEEL_SHARE * median || (inside >= NEWCOMER_MIN_LINKS && inside >= 0.9 * strong);
}

function peel(core: ClusterMember[], graph: LinkGraph, minStrong: number, excused: (b: number) => boolean): number {
  // The graph does not change while peeling: each member's strong neighbours are listed once, and its count of
  // those inside the core drops by one for each neighbour peeled off (exact integer counts, no recount per round).
  const strongNeighbours = new Map<number, number[]>();
  /** Strong links that count against a member: those not into another detected campaign. */
  const counted = new Map<number, number>();
  for (const m of core) {
    const list: number[] = [];
    let excusedLinks = 0;
    const nb = graph.neighbours(m.state.index);
    for (let k = 0; k < nb.size; k++) {
      if (graph.strong(nb.edge(k)) < minStrong) continue;
      list.push(nb.neighbour(k));
      if (excused(nb.neighbour(k))) excusedLinks++;
    }
    strongNeighbours.set(m.state.index, list);
    counted.set(m.state.index, list.length - excusedLinks);
  }
  const inCore = peelCore.reset(strongNeighbours.keys());
  const inside = new Map<number, number>();
  for (const [a, list] of strongNeighbours) {
    let d = 0;
    for (const o of list) if (inCore.has(o)) d++;
    inside.set(a, d);
  }
  for (let round = 0; round < 6; round++) {
    const sorted = core.map((m) => inside.get(m.state.index)!).sort((a, b) => a - b);
    const median = sorted[sorted.length >> 1] ?? 0;
    // A newcomer has few edges yet (old members gathered theirs as others joined), but all of them lead into the
    // core; an account touched by camouflage has links elsewhere too.
    const keep = core.filter((m) => {
      const d = inside.get(m.state.index)!;
      return survivesPeelRound(d, counted.get(m.state.index)!, median);
    });
    if (keep.length === core.length) return median;
    const kept = peelKept.reset(keep.map((m) => m.state.index));
    for (const m of core) {
      if (kept.has(m.state.index)) continue;
      for (const o of strongNeighbours.get(m.state.index)!) if (kept.has(o)) inside.set(o, inside.get(o)! - 1);
    }
    for (const m of core) if (!kept.has(m.state.index)) strongNeighbours.delete(m.state.index);
    core.splice(0, core.length, ...keep);
  }
  const sorted = core.map((m) => inside.get(m.state.index)!).sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? 0;
}

/** Reason codes of the kinds of links, strongest first, with the link types each stands for. */
const LINK_REASONS: [string, number][] = (
  [
    ['link:shared-payment', ['payment']],
    ['link:signup-burst', ['signup-burst', 'signup-net']],
    ['link:spoofed-client', ['spoof']],
    ['link:shared-template', ['frame']],
    ['link:perturbed-items', ['variant']],
    ['link:model-pivot', ['pivot']],
    ['link:shared-network', ['ip', 'prefix', 'client']],
    ['link:same-org', ['org']],
    ['link:intel', ['intel']],
  ] as [string, LinkType[]][]
).map(([code, types]) => [code, types.reduce((bits, t) => bits | (1 << LINK_TYPE_ORDER.indexOf(t)), 0)]);

/**
 * The kinds of links this account itself has to the campaign's core: the campaign's reasons say why the cluster is a
 * campaign, these say why this account is in it (what a reviewer checks, and what the account's owner can contest).
 */
function ownLinkReasons(a: number, core: Membership, graph: LinkGraph): string[] {
  let types = 0;
  const nb = graph.neighbours(a);
  for (let k = 0; k < nb.size; k++) if (core.has(nb.neighbour(k))) types |= graph.types(nb.edge(k));
  return LINK_REASONS.filter(([, bits]) => types & bits).map(([code]) => code);
}

/** Verdict of a campaign member: flagged, with its own links to the core, its own evidence and the campaign's reasons. */
function memberVerdict(score: ClusterScore, m: ClusterMember, attached: boolean, ownLinks: string[]): [number, MemberVerdict] {
  return [
    m.state.index,
    {
      risk: Math.min(1, score.score * (0.7 + 0.3 * m.evidence.score)),
      flagged: true,
      campaign: null,
      reasons: dedupe(['campaign:member', ...(attached ? ['link:network-attached'] : []), ...ownLinks, ...(isCardFarm(m.info?.paymentGroup) ? ['link:card-farm'] : []), ...m.evidence.reasons, ...score.reasons.filter((r) => !r.startsWith('link:'))]),
    },
  ];
}

/** Verdict of a linked account that is not flagged: a risk that reflects the cluster and its own evidence. */
function unflaggedVerdict(clusterScore: number, m: ClusterMember): [number, MemberVerdict] {
  return [m.state.index, { risk: clusterScore * 0.3 * (0.5 + m.evidence.score), flagged: false, campaign: null, reasons: ['campaign:linked-not-flagged', ...m.evidence.reasons] }];
}

/** Strong links into the peeled core, and own evidence, that bring a peeled member back (see readmit). */
const READMIT_LINKS = 2;
const READMIT_EVIDENCE = 0.5;

/**
 * Peeling judges a member by its strong degree against the core's median, so a member of a sparse operation that
 * has formed only a few template links yet (each account repeats a frame only after a day or more) is peeled for
 * days while the rest of its operation is flagged. Such a member comes back when it keeps READMIT_LINKS strong links
 * into the kept core and its own traffic leans to harvesting (evidence ≥ READMIT_EVIDENCE): what peeling removes,
 * organic accounts touched by camouflage, has ordinary traffic of its own.
 * Evade: keep each account's own content ordinary (more camouflage, less extraction per account).
 */
function readmit(candidates: ClusterMember[], core: ClusterMember[], graph: LinkGraph, minStrong: number): void {
  const kept = readmitKept.reset(core.map((m) => m.state.index));
  const back: ClusterMember[] = [];
  for (const m of candidates) {
    if (kept.has(m.state.index) || m.evidence.score < READMIT_EVIDENCE) continue;
    if (readmitted(m, strongLinks(m.state.index, kept, graph, minStrong).inside)) back.push(m);
  }
  for (const m of back) core.push(m);
}

/** The readmission rule (see readmit). */
function readmitted(m: ClusterMember, inside: number): boolean {
  return inside >= READMIT_LINKS && m.evidence.score >= READMIT_EVIDENCE;
}

/** An account's strong links: into `core`, and in all. */
function strongLinks(a: number, core: Membership, graph: LinkGraph, minStrong: number, excused: (b: number) => boolean = () => false): { inside: number; strong: number } {
  let inside = 0;
  let strong = 0;
  const nb = graph.neighbours(a);
  for (let k = 0; k < nb.size; k++) {
    if (graph.strong(nb.edge(k)) < minStrong) continue;
    const b = nb.neighbour(k);
    if (core.has(b)) inside++;
    else if (excused(b)) continue;
    strong++;
  }
  return { inside, strong };
}

/** Whether a newcomer would survive peeling of the core it joins, or be readmitted after it (see peel, readmit). */
function survivesPeel(m: ClusterMember, core: Set<number>, medianDegree: number, graph: LinkGraph, minStrong: number, excused: (b: number) => boolean): boolean {
  const { inside, strong } = strongLinks(m.state.index, core, graph, minStrong, excused);
  return survivesPeelRound(inside, strong, medianDegree) || readmitted(m, inside);
}

function dedupe(xs: string[]): string[] {
  return [...new Set(xs)];
}
