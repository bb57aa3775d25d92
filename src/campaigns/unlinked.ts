/**
 * The account-level path of the cross-account step, run after the link clusters are judged: accounts that no link
 * brought into a campaign, judged on their own harvesting evidence.
 *
 * 1. An individually suspicious account whose behaviour profile is like a live campaign's joins it
 *    (`similar:campaign-profile`): a sub-team of an operation on other cards, networks and client stacks. When the
 *    campaign's own members run one pipeline (most of them send the same sampling settings), the joiner must send
 *    them on half its requests or more (sendsPipelineSettings): a person alike in work sends their own client's.
 *    A near copy of the campaign's centroid joins on less evidence of its own (nearCopyEvidence). Evade: keep every
 *    account's own evidence under that bar or give the sub-team other habits than the found campaign's.
 * 2. Suspicious accounts that are near copies of one another, fifteen or more, most of them harvesting-like on their
 *    own, form a behavioural cohort (cohorts.ts): a campaign when its pooled score reaches the flag threshold
 *    (`similar:behaviour-profile`), scored again every step and dissolved when it falls below the keep bar.
 *    Suspicious accounts whose threads follow up by asking the model to explain, verify or critique its own answers
 *    (signals/reflective-ask.ts), fifteen or more asking for the same work (content profile: capability mix,
 *    extraction kinds, prompt lengths) while each keeps its own client habits, form a cohort the same way
 *    (`similar:content-profile`): an operation that gives every account its own max_tokens, time zone and model.
 *    Accounts at a person's pace with mixed work (mixedPersonPace) are neither grouped into a behavioural cohort nor
 *    joined to one: researchers alike in their work, not an operation's hands.
 * 3. Campaigns whose members' profiles are alike are one operation's sub-teams (other cards, networks, clients, one
 *    job): they are reported as one campaign, the oldest, and the others' ids are listed as its sub-teams. So are
 *    campaigns doing other jobs whose members send one pipeline's sampling settings, rare among ordinary accounts,
 *    and were registered in one period (subteams.ts).
 *    Accounts that are near copies in what and how they ask, fifteen or more, whatever their own evidence, whose items
 *    other accounts ask too but who never ask one another's (work-queue.ts), form a cohort (`similar:work-queue`): an
 *    operation whose every request is ordinary on its own, drawing one pool's items through one queue. So do accounts
 *    that are near copies in what they ask alone (content profile, ≥ 0.95), each with its own client habits (model,
 *    max_tokens, hours, client), when their queue shows within their main kind of work; members who share items with
 *    other members as independent users do are left out (people asking the same public pool).
 * 4. What is left and strongly harvesting-like on its own, with enough traffic to say so, is an individual harvester
 *    (`account:individual-harvester`), flagged with a milder default action (policy ceilings, POLICY.md).
 *
 * Verdicts here are sticky with hysteresis, as link campaigns are: an account keeps its flag while its evidence stays
 * above a lower bar. Accounts of verified organisations judged as entities never go this way (organisations.ts judges
 * them); accounts of unverified ones do, read without what their organisation's product does by design
 * (organisations.ts claimedOrganisationFeatures).
 */
import { accountEvidence, evidenceOf, featuresOf, type AccountFeatures, type Evidence } from '../accounts/features.js';
import { centroid, contentProfile, profileOf as cachedProfile, similarity, type Profile } from '../accounts/profile.js';
import type { AccountState } from '../accounts/state.js';
import { AccountMarks } from '../collections/account-marks.js';
import { CAPABILITIES, INTENT_KINDS } from '../engine/observation.js';
import { groupBySimilarity, LikenessMemo, meanSimilarity, scoreCohort, type CohortReason, type Similar } from './cohorts.js';
import type { AccountInfo } from './links.js';
import { COMPLEMENTARY_SHARE, independentDrawers, MIN_EXPECTED_SHARES, type Complementarity, type ItemPool } from './work-queue.js';
import { SettingsIndex, subteamLinks } from './subteams.js';
import { claimedOrganisationFeatures } from './organisations.js';
import { median, type ClusterMember, type ClusterScore } from './score.js';
import { atHome, serverCounts } from './homes.js';
import type { FollowUpScripts } from './follow-up-scripts.js';

export interface UnlinkedOptions {
  /** Requests before an account's profile and evidence are worth judging (default 5). */
  minRequests: number;
  /**
   * Requests from which an account may join a live campaign before minRequests, as a near copy of its centroid with
   * plain evidence of its own (default 3; see earlyJoin). Equal to minRequests: no early joins.
   */
  earlyJoinRequests: number;
  /** Own evidence that makes an account a candidate for a cohort (default 0.35), and for a join (default 0.5). */
  candidateEvidence: number;
  joinEvidence: number;
  /**
   * Own evidence from which a near copy of a live campaign's centroid (NEAR_COPY) may join it, below candidateEvidence
   * (default 0.2): likeness to one convicted campaign is evidence in itself, and such an account is never grouped into
   * a cohort nor flagged alone on so little, and its flag lasts while the likeness does (dropFadedNearCopies).
   */
  nearCopyEvidence: number;
  /** Profile similarity of two cohort members, and of a joiner to a campaign's centroid (default 0.9). */
  pairSimilarity: number;
  joinSimilarity: number;
  /**
   * Centroid similarity at which two campaigns are one operation's sub-teams (default 0.97: two operations harvesting
   * one skill are alike too, and campaigns found by links were split for a reason).
   */
  mergeSimilarity: number;
  /**
   * Smallest behavioural cohort (default 15): alike individuals a handful at a time are common among thousands of
   * ordinary users (researchers running one benchmark, hobbyists using one public prompt); an operation is many.
   */
  minCohort: number;
  /** Own evidence and requests of an individual harvester (defaults 0.97 and 30: it is judged alone, so it must be plain). */
  individualEvidence: number;
  individualRequests: number;
}

export const DEFAULT_UNLINKED_OPTIONS: UnlinkedOptions = { minRequests: 5, earlyJoinRequests: 3, candidateEvidence: 0.35, joinEvidence: 0.5, nearCopyEvidence: 0.2, pairSimilarity: 0.9, joinSimilarity: 0.9, mergeSimilarity: 0.97, minCohort: 15, individualEvidence: 0.97, individualRequests: 30 };

/**
 * Share of an account's requests that are reflective follow-ups (accounts/features.ts) from which it is grouped by
 * what it asks alone, when they are also most of its follow-ups (reflectiveWeight > 0): people reach it rarely (an
 * occasional "why does this work?" among other questions), a harvest in threads far above.
 */
const REFLECTIVE_SHARE = 0.08;
/** A flagged account keeps its flag while its own evidence stays at or above this share of the bar it passed. */
const KEEP_SHARE = 0.6;
/** Centroid similarity of a joiner whose own evidence is below joinEvidence. */
const NEAR_COPY = 0.95;
/** A cohort campaign stays while its score stays at or above this (the detector's keep threshold). */
const KEEP_SCORE = 0.35;
/** Members found by links or as a cohort a campaign needs for others to join it by likeness. */
const MIN_CORE = 5;
/** Members whose content profiles make a campaign's work for a sub-team link (the centroid of a large one settles early). */
const WORK_SAMPLE = 256;
/** Members of a campaign whose profiles make its centroid. */
const CENTROID_SAMPLE = 256;
const INDIVIDUAL_RISK = 0.75;
/** Cohort members are not blocked on likeness alone: their risk stays below the default block threshold. */
const COHORT_RISK_CAP = 0.9;
/** Requests an account needs before it is compared for a work-queue cohort (a queue's share of items shows over many). */
const QUEUE_MIN_REQUESTS = 10;
/** Steps between regroupings of work-queue cohorts (every active account is compared, pair by pair within a bucket). */
const QUEUE_EVERY = 24;
/** Growth of a pending queue group's draws since its last test after which it is tested again between regroupings. */
const PENDING_RETEST_GROWTH = 1.2;

/** A group of near copies the last regrouping could not yet judge as a queue, and its members' draws at its last test. */
interface PendingQueue {
  group: number[];
  profile: (s: AccountState) => Profile;
  draws: number;
  /** Readings of the queue test that must agree (work-queue.ts Complementarity.readings). */
  readings: number;
}
/**
 * Mean likeness of a work-queue cohort. Lower than a behavioural cohort's (cohorts.ts MIN_MEAN_SIMILARITY): its members
 * are already pairwise near copies in a dense core, and what convicts it is its complementary items, not its likeness.
 */
const QUEUE_MIN_LIKENESS = 0.85;
/** Share of the smaller one's near copies two accounts must share to stay paired in a work-queue cohort. */
const QUEUE_SHARED_NEIGHBOURS = 0.7;
/** Pair likeness of a queue's hands regrouped apart from people alike in their work (one pipeline's near copies). */
const QUEUE_NEAR_COPY = 0.97;
/** Readings of the queue test (work-queue.ts) that must agree on such a regrouped core. */
const QUEUE_CORE_READINGS = 2;
/**
 * Likeness of two accounts in what they ask alone (accounts/profile.ts contentProfile) for a work-queue cohort: near
 * copies. What alone is shared by more people than how (a class doing one homework, students of one subject), and
 * the queue test then reads the group's items.
 */
const QUEUE_CONTENT_SIMILARITY = 0.95;
/** Risk of a work-queue cohort's members: each request is ordinary, so the default action is review and withholding. */
const QUEUE_RISK = 0.6;

export interface UnlinkedVerdict {
  risk: number;
  flagged: boolean;
  campaign: string | null;
  reasons: string[];
}

interface Candidate {
  n: number;
  member: ClusterMember;
  profile: Profile;
  /** What the account asks without how (profile.ts contentProfile), for accounts with reflective threads only. */
  content: Profile | null;
  bucket: string;
  /** A person's pace and mixed work (mixedPersonPace): never grouped into a cohort, nor joined to one, by likeness. */
  mixedPace: boolean;
  /** How much it converses (conversationOf). */
  conversation: Conversation;
}

/**
 * Mean generated tokens per answered request (output and reasoning) below which an account's answers are scores,
 * labels or a line of feedback: an autograder returning a mark, a classifier, a moderation pipeline. Distillation
 * trains on what the model writes; an explanation, a worked solution, a rationale or a piece of code is longer.
 */
export const SUBSTANTIAL_ANSWER_TOKENS = 128;

/**
 * Whether an account's answers carry enough generated text to be worth harvesting, for the individual-harvester path:
 * an account judged alone, with nothing tying it to an operation, is flagged only when what it gets back could train
 * a student. Accounts whose logs hold no token counts (zero output in all) are not spared by this.
 * Evade: cap every answer under SUBSTANTIAL_ANSWER_TOKENS (max_tokens, "answer with the score only"): the account then
 * harvests labels without rationales, a fraction of a distillation set's worth, and it is still judged with any
 * campaign its links or likeness put it in.
 */
export function substantialAnswers(s: AccountState): boolean {
  // Refused requests (rate limits, errors) return nothing and say nothing about what the answers are.
  const answered = s.n - s.errors;
  const generated = s.outputTokens + s.reasoningTokens;
  if (answered <= 0 || generated <= 0) return true;
  return generated / answered >= SUBSTANTIAL_ANSWER_TOKENS;
}

/** How an account was flagged here: joined a campaign, member of a cohort, or alone. */
type Flag = { kind: 'join'; campaign: string; byContent: boolean; nearCopy?: boolean } | { kind: 'cohort'; campaign: string; by: CohortReason } | { kind: 'individual' };

/**
 * A campaign merged into another as a sub-team of one operation: the campaign it joined, why (the reason code of the
 * link: `subteam:behaviour-profile` or `subteam:shared-settings`) and its accounts at this step.
 */
export interface SubteamMerge {
  into: string;
  by: SubteamLink;
  accounts: number;
  /** What the link rests on, in words (the shared setting; absent for likeness). */
  detail?: string;
}
export type SubteamLink = 'subteam:behaviour-profile' | 'subteam:same-work' | 'subteam:shared-settings';

/** Opens or continues a campaign for a set of accounts (the detector's identity matching). */
export type OpenCampaign = (ids: Set<number>, score: ClusterScore) => string;

export class UnlinkedPath {
  readonly options: UnlinkedOptions;
  private readonly candidates = new Map<number, Candidate>();
  private readonly flags = new Map<number, Flag>();
  /** Profiles of flagged accounts that are not candidates (link campaign members), for campaign centroids. */
  private readonly profiles = new Map<number, { n: number; profile: Profile }>();
  /**
   * What each account's last refresh read (refreshCandidates): its state's revision and registration, the organisations
   * then judged as entities and their standing (`shielded:` or `claimed:` and the id), and the accounts then flagged
   * here. An account none of these changed for is skipped: its refresh would do what the last one did.
   */
  private seenRevision = new Float64Array(1024).fill(-1);
  private readonly seenInfo: (AccountInfo | undefined)[] = [];
  private seenEntities: ReadonlySet<string> = new Set();
  private seenFlagged: number[] = [];
  private readonly refreshAnyway = new AccountMarks();
  /** Work-queue cohort members (account → campaign and the cohort's score), kept between regroupings. */
  private queueFlags = new Map<number, { campaign: string; score: ClusterScore }>();
  private queueRuns = 0;
  /** Script cohort members (account → campaign and the cohort's score), kept between regroupings. */
  private scriptFlags = new Map<number, { campaign: string; score: ClusterScore }>();
  private scriptRuns = 0;
  /**
   * Groups of near copies found at the last regrouping whose queue test did not pass yet (too few shares expected to
   * judge, or more observed), with the profile they were grouped by and their draws at their last test: tested again,
   * each time their draws have grown by a fifth, until the next regrouping.
   */
  private pendingQueues: PendingQueue[] = [];
  /** What each grouping by likeness compared last time (cohorts.ts LikenessMemo): only changed profiles are compared. */
  private readonly likeness = { behaviour: new LikenessMemo(), content: new LikenessMemo(), queue: new LikenessMemo(), queueContent: new LikenessMemo() };
  /** Accounts' own sampling settings and how many hold each (sub-team links, subteams.ts). */
  private readonly settings = new SettingsIndex();

  constructor(options: Partial<UnlinkedOptions> = {}) {
    this.options = { ...DEFAULT_UNLINKED_OPTIONS, ...options };
  }

  /**
   * Adds this path's verdicts to `verdicts` (which holds the link path's; its flagged members make the campaigns'
   * centroids). `entities` are the organisations judged as entities whose accounts this path leaves alone (verified
   * ones); `claimed` are the unverified organisations judged as entities, whose accounts this path judges on what
   * their product does not do by design (claimedOrganisationFeatures). Returns the campaigns merged into another as
   * its sub-teams (by merged id).
   */
  run(states: AccountState[], infos: (AccountInfo | undefined)[], verdicts: Map<number, UnlinkedVerdict>, open: OpenCampaign, entities: ReadonlySet<string>, pool: ItemPool | null = null, scripts: FollowUpScripts | null = null, claimed: ReadonlySet<string> = new Set()): Map<string, SubteamMerge> {
    this.refreshCandidates(states, infos, entities, claimed);
    const cohortCampaigns = new Set<string>();
    for (const flag of this.flags.values()) if (flag.kind === 'cohort') cohortCampaigns.add(flag.campaign);
    // How much each campaign's own members converse, from the link path's verdicts and the cohorts of the last step.
    const conversing = this.campaignConversation(verdicts, states);
    // The sampling settings each campaign's own members send (its pipeline's), for joins by behaviour likeness.
    const own = this.campaignOwnMembers(verdicts);
    const pipelines = this.campaignSettings(own, states);
    // Where each campaign's own members work from and when they were registered, for joins by likeness.
    const homes = this.campaignHomes(own, states, infos);
    // Sticky flags first, unless the link path has judged the account since, or its traffic has shown mixed work at a
    // person's pace (mixedPersonPace: a cohort taken for one while its members had asked a few requests each).
    for (const [a, flag] of this.flags) {
      const c = this.candidates.get(a);
      const linked = verdicts.get(a);
      const bar = flag.kind === 'individual' ? this.options.individualEvidence : flag.kind === 'join' && flag.nearCopy ? this.options.nearCopyEvidence : this.options.candidateEvidence;
      const mixed = c?.mixedPace === true && (flag.kind === 'cohort' || (flag.kind === 'join' && cohortCampaigns.has(flag.campaign)));
      const unsubstantial = flag.kind === 'individual' && c !== undefined && !substantialAnswers(c.member.state);
      const talker = flag.kind === 'join' && c !== undefined && conversesApart(c.conversation, conversing.get(flag.campaign));
      const ownSettings = flag.kind === 'join' && !flag.byContent && c !== undefined && (!sendsPipelineSettings(c.member.state, pipelines.get(flag.campaign)) || strangerAtHome(c.member, homes.get(flag.campaign)));
      const evidence = c && flag.kind === 'individual' ? individualEvidence(c.member.features) : (c?.member.evidence.score ?? 0);
      if (linked?.flagged || !c || evidence < KEEP_SHARE * bar || mixed || unsubstantial || talker || ownSettings) {
        this.flags.delete(a);
        continue;
      }
      verdicts.set(a, this.verdictOf(c, flag));
    }
    this.rescoreCohorts(verdicts, pool);
    this.dropOrphanJoins(verdicts);
    const centroids = this.campaignCentroids(verdicts, states);
    const contentCentroids = this.contentCentroids();
    this.dropFadedNearCopies(verdicts, centroids, contentCentroids);
    // Individual harvesters stay free to join a campaign or form a cohort as others like them appear.
    const free = [...this.candidates.entries()].filter(([a]) => this.flags.get(a)?.kind === 'individual' || (!this.flags.has(a) && !verdicts.get(a)?.flagged));
    // 1. Joins to live campaigns.
    const rest: [number, Candidate][] = [];
    for (const [a, c] of free) {
      const early = c.n < this.options.minRequests;
      if (early && !this.earlyJoin(c)) continue;
      const nearCopyOnly = c.member.evidence.score < this.options.candidateEvidence;
      // A join is on likeness to one campaign alone: with less evidence of its own, an account must be a near copy.
      let best: string | null = null;
      let byContent = false;
      let bestSim = !early && !nearCopyOnly && c.member.evidence.score >= this.options.joinEvidence && !personPaced(c.member.features) ? this.options.joinSimilarity : NEAR_COPY;
      for (const [id, p] of centroids) {
        // Likeness to a cohort is likeness to likeness: a person's pace and mixed work is no sign of its hands.
        if (c.mixedPace && cohortCampaigns.has(id)) continue;
        if (conversesApart(c.conversation, conversing.get(id))) continue;
        if (!sendsPipelineSettings(c.member.state, pipelines.get(id))) continue;
        if (strangerAtHome(c.member, homes.get(id))) continue;
        const sim = similarity(c.profile, p);
        if (sim >= bestSim) [best, bestSim] = [id, sim];
      }
      // A campaign found by what its accounts ask is joined by what an account asks, when its threads are alike too.
      if (c.content && !early) {
        for (const [id, p] of contentCentroids) {
          if (conversesApart(c.conversation, conversing.get(id))) continue;
          const sim = similarity(c.content, p);
          if (sim >= bestSim) [best, bestSim, byContent] = [id, sim, true];
        }
      }
      if (best === null) {
        // Too few requests for anything but a join: grouped and judged alone once it has minRequests. Too little
        // evidence for anything but a near copy's join: neither grouped nor judged alone.
        if (!early && !nearCopyOnly) rest.push([a, c]);
        continue;
      }
      const flag: Flag = nearCopyOnly ? { kind: 'join', campaign: best, byContent, nearCopy: true } : { kind: 'join', campaign: best, byContent };
      this.flags.set(a, flag);
      verdicts.set(a, this.verdictOf(c, flag));
    }
    // 2. Behavioural cohorts.
    const items: Similar[] = rest.filter(([, c]) => !c.mixedPace).map(([a, c]) => ({ a, profile: c.profile, bucket: c.bucket }));
    const grouped = new Set<number>();
    const cohort = (whole: number[], by: CohortReason): void => {
      const group = by === 'similar:behaviour-profile' ? this.withoutStrangersAtHome(whole, pool) : whole;
      if (group.length < this.options.minCohort) return;
      const members = group.map((a) => this.candidates.get(a)!);
      const score = scoreCohort(members.map((c) => c.member), meanSimilarity(members.map((c) => profileFor(c, by))), by, publicDrawShare(pool, group));
      if (score.score < 0.5) return;
      const campaign = open(new Set(group), score);
      for (const a of group) {
        const flag: Flag = { kind: 'cohort', campaign, by };
        this.flags.set(a, flag);
        verdicts.set(a, this.verdictOf(this.candidates.get(a)!, flag, score));
        grouped.add(a);
      }
    };
    for (const group of groupBySimilarity(items, this.options.pairSimilarity, this.options.minCohort, 2, 0, this.likeness.behaviour)) cohort(group, 'similar:behaviour-profile');
    // By what they ask alone, among accounts with reflective threads that no behaviour cohort took.
    const reflective: Similar[] = [];
    for (const [a, c] of rest) if (!grouped.has(a) && c.content) reflective.push({ a, profile: c.content, bucket: c.bucket.split('|')[0]! });
    for (const group of groupBySimilarity(reflective, this.options.pairSimilarity, this.options.minCohort, 2, 0, this.likeness.content)) cohort(group, 'similar:content-profile');
    // By one queue, among accounts near copies of one another whatever their own evidence.
    if (pool) this.workQueues(states, infos, verdicts, open, entities, pool);
    // By one follow-up script worked over one queue's items.
    if (pool && scripts) this.scriptCohorts(states, infos, verdicts, open, entities, pool, scripts);
    // 3. Sub-teams.
    const merged = this.mergeSubteams(verdicts, states, infos);
    // 4. Individual harvesters.
    for (const [a, c] of rest) {
      if (this.flags.has(a) && this.flags.get(a)!.kind !== 'individual') continue;
      if (grouped.has(a) || c.n < this.options.individualRequests || c.member.evidence.score < this.options.individualEvidence) continue;
      if (individualEvidence(c.member.features) < this.options.individualEvidence) continue;
      if (!substantialAnswers(c.member.state)) continue;
      const flag: Flag = { kind: 'individual' };
      this.flags.set(a, flag);
      verdicts.set(a, this.verdictOf(c, flag));
    }
    return merged;
  }

  /** A behavioural cohort without its strangers at home (strangersAtHomeIn). */
  private withoutStrangersAtHome(group: number[], pool: ItemPool | null): number[] {
    const candidates = group.map((a) => this.candidates.get(a)!);
    const strangers = strangersAtHomeIn(candidates.map((c) => c.member), candidates.map((c) => c.profile), (list) => publicDrawShare(pool, list.map((i) => group[i]!)));
    return strangers.size === 0 ? group : group.filter((_, i) => !strangers.has(i));
  }

  /**
   * Whether an account with fewer than minRequests requests (at least earlyJoinRequests) may be judged for a join: its
   * own evidence already reaches the join bar and it is no person at a person's pace. It then joins only as a near copy
   * of a live campaign's centroid (NEAR_COPY); it is never grouped into a cohort, nor flagged alone, before
   * minRequests. A known operation's new account is so flagged on its third request instead of its fifth or later
   * (blind worlds: accounts joined by likeness leaked a median of seven to fifteen requests each), while an ordinary
   * account with a few requests seldom pairs evidence of 0.5 with a near copy of an operation's habits.
   * Evade: open each account with a few ordinary requests (cover traffic before the harvest), or vary each account's
   * capability mix, max_tokens and prompt lengths so that none is a near copy: the join then waits for minRequests
   * and the usual bars, and the harvest pays for the cover.
   */
  private earlyJoin(c: Candidate): boolean {
    return c.n >= this.options.earlyJoinRequests && c.member.evidence.score >= this.options.joinEvidence && !personPaced(c.member.features) && !c.mixedPace;
  }

  /**
   * Work-queue cohorts: every QUEUE_EVERY steps, accounts with enough traffic are grouped by behaviour profile (near
   * copies, as cohorts are) within their dominant capability, and a group is a campaign when its items are
   * complementary (work-queue.ts): asked by outsiders, hardly ever by one another. Members another path flagged keep
   * that verdict; the others are flagged as the queue's. Between regroupings the cohorts stand; at a regrouping they
   * are found again or dissolved.
   */
  private workQueues(states: AccountState[], infos: (AccountInfo | undefined)[], verdicts: Map<number, UnlinkedVerdict>, open: OpenCampaign, entities: ReadonlySet<string>, pool: ItemPool): void {
    // Dense cores: each member a near copy of half a smallest cohort or more, each pair sharing most of their near
    // copies (people alike in their work chain to one another, and to an operation, through near misses; a
    // pipeline's accounts are all alike to one another). Returns whether the group draws one queue.
    const queued = (group: number[], profile: (s: AccountState) => Profile, next: Map<number, { campaign: string; score: ClusterScore }>, readings = 1): boolean => {
      const likeness = meanSimilarity(group.map((a) => profile(states[a]!)));
      const queue = pool.complementarity(group);
      if (likeness < QUEUE_MIN_LIKENESS || queue.readings < readings) return false;
      // People drawing from the same public pool whose work resembles the queue's are not its hands.
      const independent = new Set(independentDrawers(pool, group, queue));
      let hands = group.filter((a) => !independent.has(a));
      // So are people at home among hands on proxies, VPN or cloud machines, registered apart from those hands
      // (strangerAtHome; the registration span is the hands' away from home, which the people's own would widen).
      const servers = serverCounts(hands.map((a) => states[a]!));
      const away = hands.filter((a) => !atHome(states[a]!, servers, true));
      const homes: CampaignHomes = { homedShare: 1 - away.length / hands.length, registered: homesOf(away, states, infos).registered, servers };
      hands = hands.filter((a) => !strangerAtHome({ state: states[a]!, info: infos[a] }, homes, true));
      if (hands.length < this.options.minCohort) return false;
      const score = queueScore(hands.length, likeness, queue);
      // A queue found again by what its accounts ask adds its other accounts to the campaign already open for it.
      const known = new Map<string, number>();
      for (const a of hands) {
        const id = next.get(a)?.campaign;
        if (id) known.set(id, (known.get(id) ?? 0) + 1);
      }
      const campaign = [...known].sort((x, y) => y[1] - x[1])[0]?.[0] ?? open(new Set(hands), score);
      for (const a of hands) if (!next.has(a)) next.set(a, { campaign, score });
      return true;
    };
    const drawsOf = (group: number[]): number => group.reduce((t, a) => t + pool.draws(a), 0);
    if (this.queueRuns++ % QUEUE_EVERY !== 0) {
      // Between regroupings, the groups the last one could not yet judge are judged again on their traffic so far: the
      // test's expected shares grow with every draw, and a queue is found at the step they suffice, not up to a day
      // later. The groups are the regrouping's (cheap to test); accounts that became alike since wait for the next one.
      // Evade: as for the queue test (a private pool, or members asking one another's items).
      // A group is tested again only once its members' draws have grown by a fifth since its last test: the test's
      // outcome moves with the draws, and testing every group at every step costs more than the rest of the step.
      this.pendingQueues = this.pendingQueues.filter((p) => {
        const draws = drawsOf(p.group);
        if (draws < p.draws * PENDING_RETEST_GROWTH) return true;
        p.draws = draws;
        return !queued(p.group, p.profile, this.queueFlags, p.readings);
      });
    } else {
      const next = new Map<number, { campaign: string; score: ClusterScore }>();
      const pending: PendingQueue[] = [];
      const items: Similar[] = [];
      for (let a = 0; a < states.length; a++) {
        const s = states[a]!;
        if (s.n === 0) continue;
        const org = infos[a]?.orgId;
        if (s.n < QUEUE_MIN_REQUESTS || (org && entities.has(org))) continue;
        // Accounts flagged otherwise are grouped too: an operation whose first members were found by their own
        // evidence or likeness is one queue with its quieter members, whose flag comes from the queue alone.
        items.push({ a, profile: cachedProfile(s), bucket: bucketOf(s).split('|')[0]! });
      }
      const minDegree = Math.ceil(this.options.minCohort / 2);
      const byIndex = new Map(items.map((it) => [it.a, it]));
      for (const group of groupBySimilarity(items, this.options.pairSimilarity, this.options.minCohort, minDegree, QUEUE_SHARED_NEIGHBOURS, this.likeness.queue)) {
        if (queued(group, cachedProfile, next)) continue;
        pending.push({ group, profile: cachedProfile, draws: drawsOf(group), readings: 1 });
        // A queue's hands are near copies of one another, people doing the same work only alike: a group that fails
        // the test as a whole may hold a queue among people asking the same public items (their shares hide it).
        // Its near copies are grouped apart and tested on their own; grouped by likeness, not by their shares, so
        // the test is read on them without bias. Each core is one more chance for people drawing one pool at random
        // to pass by luck (and is tested again as it grows), and the reading on the main kind of work counts every
        // draw of the kind as a pool draw: a core passes on two readings that agree (QUEUE_CORE_READINGS).
        const members: Similar[] = group.map((a) => byIndex.get(a)!);
        for (const core of groupBySimilarity(members, QUEUE_NEAR_COPY, this.options.minCohort, minDegree, QUEUE_SHARED_NEIGHBOURS)) {
          if (core.length < group.length && !queued(core, cachedProfile, next, QUEUE_CORE_READINGS)) pending.push({ group: core, profile: cachedProfile, draws: drawsOf(core), readings: QUEUE_CORE_READINGS });
        }
      }
      // By what they ask alone: an operation that gives each account its own client habits (models, max_tokens, hours)
      // still hands every account the same kind of items from one queue. Accounts a queue above took keep its campaign.
      const content: Similar[] = items.map((it) => ({ a: it.a, profile: contentProfile(states[it.a]!), bucket: it.bucket }));
      for (const group of groupBySimilarity(content, QUEUE_CONTENT_SIMILARITY, this.options.minCohort, minDegree, QUEUE_SHARED_NEIGHBOURS, this.likeness.queueContent)) if (!queued(group, contentProfile, next)) pending.push({ group, profile: contentProfile, draws: drawsOf(group), readings: 1 });
      this.queueFlags = next;
      this.pendingQueues = pending;
    }
    for (const [a, { campaign, score }] of this.queueFlags) {
      const v = verdicts.get(a);
      if (v?.flagged && !v.reasons.includes('similar:work-queue')) continue;
      const ev = evidenceOf(states[a]!);
      const extra = score.reasons.filter((r) => r !== 'similar:work-queue' && !ev.reasons.includes(r));
      verdicts.set(a, { risk: QUEUE_RISK, flagged: true, campaign, reasons: ['campaign:member', 'similar:work-queue', ...extra, ...ev.reasons] });
    }
  }

  /**
   * Script cohorts: every QUEUE_EVERY steps, the users of each follow-up script (follow-up-scripts.ts: a few short
   * follow-up lines one closed group of accounts sends together, and hardly anyone else sends), fifteen or more, are a
   * campaign when what they follow up on is one queue's items: within their main kind of work, their opening items
   * are almost never asked by two of them (at most SCRIPT_REPEAT_SHARE of their draws, over SCRIPT_MIN_DRAWS draws or
   * more; lines of the group's own, such as its wording or a class's homework, are no draws: ItemPool.repeats). People
   * handed one script ask about shared material (a class's worksheet on its homework leaves it no draws; people asking
   * one public benchmark ask one another's items now and then), and people who share everyday lines share them with
   * everyone (no script); an operation turns its script over item after item, each item handed out once. Accounts of
   * verified organisations are left out, and so is a script most of whose users are one organisation's (a product's
   * suggested follow-ups are the organisation's to answer for, and an unverified one is judged on its pooled traffic
   * and links). Users another path flagged keep that verdict; when one campaign holds most of the users, the others
   * join it (a careful sub-team of a found operation), otherwise the script keeps or opens its own (scriptCampaign).
   * The no-repeat reading counts only for items of a pool outsiders ask too, where independent users would have
   * repeated at least one (SCRIPT_MIN_EXPECTED): writers asking about drafts of their own never repeat either.
   * Evade: write each follow-up afresh (no line shared), have accounts ask items other accounts asked (paying for
   * answers already harvested, about one item in twenty), or draw items nobody else asks (a private pool).
   */
  private scriptCohorts(states: AccountState[], infos: (AccountInfo | undefined)[], verdicts: Map<number, UnlinkedVerdict>, open: OpenCampaign, entities: ReadonlySet<string>, pool: ItemPool, scripts: FollowUpScripts): void {
    if (this.scriptRuns++ % QUEUE_EVERY === 0) {
      const next = new Map<number, { campaign: string; score: ClusterScore }>();
      // Accounts of verified organisations are the organisation's to answer for (a product's canned lines sent
      // through its many keys).
      const skip = (a: number): boolean => {
        const s = states[a];
        const info = infos[a];
        const org = info?.orgId;
        return !s || s.n < this.options.minRequests || (org !== undefined && org !== null && (info!.verified || entities.has(org)));
      };
      for (const script of scripts.scripts(this.options.minCohort, skip)) {
        const users = script.users.filter((a) => !next.has(a));
        if (users.length < this.options.minCohort || oneOrganisation(users, infos)) continue;
        const repeats = pool.repeats(users);
        if (repeats.draws < SCRIPT_MIN_DRAWS || repeats.repeated > SCRIPT_REPEAT_SHARE * repeats.draws) continue;
        // Few repeats speak for one queue only where independent users would have repeated some: the users' items
        // must be a pool's, asked by outsiders too, so that the queue test's reading within the main kind of work
        // expects at least SCRIPT_MIN_EXPECTED repeats. Writers each asking about their own drafts, or people each
        // asking their own questions, never repeat either, and no outsider asks what they ask.
        const queue = pool.complementarity(users);
        if (queue.capability !== repeats.capability || queue.capabilityExpectedIn < SCRIPT_MIN_EXPECTED) continue;
        const score = scriptScore(users.length, script.lines.length, repeats);
        const campaign = scriptCampaign(users, verdicts, this.scriptFlags) ?? open(new Set(users), score);
        for (const a of users) next.set(a, { campaign, score });
      }
      this.scriptFlags = next;
    }
    for (const [a, { campaign, score }] of this.scriptFlags) {
      const v = verdicts.get(a);
      if (v?.flagged && !v.reasons.includes('similar:follow-up-script')) continue;
      const ev = evidenceOf(states[a]!);
      const extra = score.reasons.filter((r) => r !== 'similar:follow-up-script' && !ev.reasons.includes(r));
      verdicts.set(a, { risk: QUEUE_RISK, flagged: true, campaign, reasons: ['campaign:member', 'similar:follow-up-script', ...extra, ...ev.reasons] });
    }
  }

  /**
   * Merges campaigns of alike profiles into the oldest (ids begin with their first-flag time: campaignId in
   * detector.ts), relabelling their members; returns, by merged id, the campaign it is now a sub-team of and why.
   */
  private mergeSubteams(verdicts: Map<number, UnlinkedVerdict>, states: AccountState[], infos: (AccountInfo | undefined)[]): Map<string, SubteamMerge> {
    const centroids = [...this.campaignCentroids(verdicts, states)].sort(([x], [y]) => (x < y ? -1 : 1));
    const into = new Map<string, string>();
    const why = new Map<string, { by: SubteamLink; detail?: string }>();
    const join = (x: string, y: string, by: SubteamLink, detail?: string): void => {
      const rx = root(x);
      const ry = root(y);
      if (rx === ry) return;
      const [child, parent] = ry > rx ? [ry, rx] : [rx, ry];
      into.set(child, parent);
      why.set(child, detail === undefined ? { by } : { by, detail });
    };
    const root = (id: string): string => {
      let r = id;
      while (into.has(r)) r = into.get(r)!;
      return r;
    };
    for (let i = 0; i < centroids.length; i++) {
      for (let j = i + 1; j < centroids.length; j++) {
        const [x, px] = centroids[i]!;
        const [y, py] = centroids[j]!;
        if (similarity(px, py) >= this.options.mergeSimilarity) join(x, y, 'subteam:behaviour-profile');
      }
    }
    // Sub-teams on other stacks: one pipeline's rare sampling settings, with the same work or provisioned in one period.
    const members = new Map<string, number[]>();
    const flagged: number[] = [];
    for (const [a, v] of verdicts) {
      if (!v.flagged) continue;
      flagged.push(a);
      if (!v.campaign || this.flags.get(a)?.kind === 'join') continue;
      (members.get(v.campaign) ?? members.set(v.campaign, []).get(v.campaign)!).push(a);
    }
    const teams = [...members].filter(([, m]) => m.length >= MIN_CORE).map(([id, m]) => ({ id, members: m }));
    const workOf = (m: readonly number[]): Profile => centroid(m.slice(0, WORK_SAMPLE).map((a) => contentProfile(states[a]!)));
    for (const l of subteamLinks(teams, this.settings, infos, flagged, (a) => states[a]!.samplings, workOf)) join(l.younger, l.older, l.by === 'same-work' ? 'subteam:same-work' : 'subteam:shared-settings', l.setting);
    const resolved = new Map<string, SubteamMerge>();
    if (into.size === 0) return resolved;
    for (const id of into.keys()) resolved.set(id, { into: root(id), ...why.get(id)!, accounts: 0 });
    for (const [a, v] of verdicts) {
      const merge = v.campaign ? resolved.get(v.campaign) : undefined;
      if (!merge) continue;
      merge.accounts++;
      const reasons = v.reasons.filter((r) => r !== 'campaign:subteam' && !r.startsWith('subteam:'));
      // The verdict is reported under the operation; the account's flag stays with its own group, so that each group
      // keeps its own centroid (a blend of two sub-teams' habits resembles neither, and their joiners would stop
      // joining) and its own cohort score. The merge is made again at every step from the groups' evidence.
      verdicts.set(a, { ...v, reasons: [...reasons.slice(0, 1), 'campaign:subteam', merge.by, ...reasons.slice(1)], campaign: merge.into });
    }
    return resolved;
  }

  /**
   * Each behavioural cohort scored again on its members' traffic so far: likeness seen on a few requests each can fade
   * as the traffic grows (people drift apart, a pipeline does not). A cohort below the keep bar is dissolved, with the
   * accounts that joined it by likeness; they are free to be judged again.
   */
  private rescoreCohorts(verdicts: Map<number, UnlinkedVerdict>, pool: ItemPool | null): void {
    const cohorts = new Map<string, { by: CohortReason; members: number[] }>();
    for (const [a, flag] of this.flags) {
      if (flag.kind !== 'cohort') continue;
      (cohorts.get(flag.campaign) ?? cohorts.set(flag.campaign, { by: flag.by, members: [] }).get(flag.campaign)!).members.push(a);
    }
    const dissolved = new Set<string>();
    for (const [id, { by, members }] of cohorts) {
      const cs = members.map((a) => this.candidates.get(a)!);
      const score = members.length < this.options.minCohort ? 0 : scoreCohort(cs.map((c) => c.member), meanSimilarity(cs.map((c) => profileFor(c, by))), by, publicDrawShare(pool, members)).score;
      if (score < KEEP_SCORE) dissolved.add(id);
    }
    if (dissolved.size === 0) return;
    for (const [a, flag] of this.flags) {
      if (flag.kind === 'individual' || !dissolved.has(flag.campaign)) continue;
      this.flags.delete(a);
      verdicts.delete(a);
    }
  }

  /**
   * Joins made on likeness alone (nearCopyEvidence: a near copy with too little evidence of its own for any other path)
   * last while the likeness does: an account that has drifted from the campaign's centroid since is free again. A person
   * whose first requests happened to resemble an operation's drifts away as their own work goes on; a pipeline does not.
   */
  private dropFadedNearCopies(verdicts: Map<number, UnlinkedVerdict>, centroids: Map<string, Profile>, contentCentroids: Map<string, Profile>): void {
    for (const [a, flag] of this.flags) {
      if (flag.kind !== 'join' || !flag.nearCopy) continue;
      const c = this.candidates.get(a);
      const behaviour = centroids.get(flag.campaign);
      const content = contentCentroids.get(flag.campaign);
      if (!c || (!behaviour && !content)) continue;
      const likeness = Math.max(behaviour ? similarity(c.profile, behaviour) : 0, content && c.content ? similarity(c.content, content) : 0);
      if (likeness >= NEAR_COPY) continue;
      this.flags.delete(a);
      verdicts.delete(a);
    }
  }

  /**
   * Joins to a campaign whose own members (found by links or as a cohort) have gone: likeness to accounts that were
   * themselves let in by likeness proves nothing, and such a campaign would keep itself alive by its own centroid.
   */
  private dropOrphanJoins(verdicts: Map<number, UnlinkedVerdict>): void {
    const core = new Map<string, number>();
    for (const [a, v] of verdicts) if (v.flagged && v.campaign && this.flags.get(a)?.kind !== 'join') core.set(v.campaign, (core.get(v.campaign) ?? 0) + 1);
    for (const [a, flag] of this.flags) {
      if (flag.kind !== 'join' || (core.get(flag.campaign) ?? 0) >= MIN_CORE) continue;
      this.flags.delete(a);
      verdicts.delete(a);
    }
  }

  /** Re-judges every account whose traffic changed since the last step (most accounts do not, step to step). */
  private refreshCandidates(states: AccountState[], infos: (AccountInfo | undefined)[], entities: ReadonlySet<string>, claimed: ReadonlySet<string>): void {
    if (this.seenRevision.length < states.length) {
      const seen = new Float64Array(Math.max(states.length, 2 * this.seenRevision.length)).fill(-1);
      seen.set(this.seenRevision);
      this.seenRevision = seen;
    }
    // Organisations that became (or stopped being) entities, and accounts flagged here now or at the last refresh
    // (the bar an account must pass depends on it): their accounts are refreshed whatever their state.
    let movedOrgs: Set<string> | null = null;
    const standing = new Set<string>();
    for (const org of entities) standing.add(`shielded:${org}`);
    for (const org of claimed) standing.add(`claimed:${org}`);
    for (const key of standing) if (!this.seenEntities.has(key)) (movedOrgs ??= new Set()).add(key.slice(key.indexOf(':') + 1));
    for (const key of this.seenEntities) if (!standing.has(key)) (movedOrgs ??= new Set()).add(key.slice(key.indexOf(':') + 1));
    this.seenEntities = standing;
    const anyway = this.refreshAnyway.reset(this.seenFlagged);
    for (const a of this.flags.keys()) anyway.add(a);
    this.seenFlagged = [...this.flags.keys()];
    const seen = this.seenRevision;
    for (let a = 0; a < states.length; a++) {
      const s = states[a]!;
      const info = infos[a];
      const revision = s.revision;
      if (revision === seen[a] && info === this.seenInfo[a] && !anyway.has(a) && !(movedOrgs && info?.orgId && movedOrgs.has(info.orgId))) continue;
      seen[a] = revision;
      this.seenInfo[a] = info;
      this.settings.update(a, s);
      // Accounts of an organisation judged as an entity are judged with it (colleagues are alike by design).
      if (info?.orgId && entities.has(info.orgId)) {
        this.candidates.delete(a);
        continue;
      }
      if (s.n < Math.min(this.options.minRequests, this.options.earlyJoinRequests) || this.candidates.get(a)?.n === s.n) continue;
      const ofClaimedOrg = info?.orgId !== undefined && info.orgId !== null && claimed.has(info.orgId);
      const features = ofClaimedOrg ? claimedOrganisationFeatures(featuresOf(s)) : featuresOf(s);
      const evidence = ofClaimedOrg ? accountEvidence(features) : evidenceOf(s);
      // Accounts under the candidate bar are kept for a near copy's join only (nearCopyEvidence).
      const bar = Math.min(this.options.candidateEvidence, this.options.nearCopyEvidence);
      const kept = this.flags.has(a) ? KEEP_SHARE * bar : bar;
      if (evidence.score < kept) {
        this.candidates.delete(a);
        continue;
      }
      const content = features.reflectiveFollowUps >= REFLECTIVE_SHARE && features.reflectiveWeight > 0 ? contentProfile(s) : null;
      this.candidates.set(a, { n: s.n, member: { state: s, info, features, evidence }, profile: cachedProfile(s), content, bucket: bucketOf(s), mixedPace: content === null && mixedPersonPace(s, features), conversation: conversationOf(s) });
    }
  }

  /** Centroids of the profiles of each campaign flagged so far in this step (link campaigns and cohorts). */
  private campaignCentroids(verdicts: Map<number, UnlinkedVerdict>, states: AccountState[]): Map<string, Profile> {
    const members = new Map<string, Profile[]>();
    for (const [a, v] of verdicts) {
      // Made of the members found by links or as a cohort: joiners do not move the centroid they were measured by.
      // A cohort found by what its accounts ask has no behaviour centroid (its members' habits differ by design; a
      // blend of them resembles many ordinary accounts): it is joined by content likeness only (contentCentroids).
      const flag = this.flags.get(a);
      if (!v.flagged || !v.campaign || flag?.kind === 'join' || (flag?.kind === 'cohort' && flag.by === 'similar:content-profile')) continue;
      const list = members.get(v.campaign) ?? members.set(v.campaign, []).get(v.campaign)!;
      if (list.length < CENTROID_SAMPLE) list.push(this.profileOf(a, states));
    }
    const out = new Map<string, Profile>();
    // A centroid of a handful of profiles is one account's habit, not an operation's.
    for (const [id, list] of members) if (list.length >= MIN_CORE) out.set(id, centroid(list));
    return out;
  }

  /**
   * The pipeline settings of each campaign (pipelineSettings) from its own members' (found by links or as a
   * behavioural cohort, as its centroid is made). Content cohorts are left out: their members each keep their own
   * settings by design, and they are joined by content alone.
   */
  private campaignSettings(own: ReadonlyMap<string, number[]>, states: AccountState[]): Map<string, ReadonlySet<number> | null> {
    const out = new Map<string, ReadonlySet<number> | null>();
    for (const [id, list] of own) out.set(id, pipelineSettings(list.map((a) => states[a]!)));
    return out;
  }

  /**
   * Each campaign's own members, found by links or as a behavioural cohort (the first CENTROID_SAMPLE of them), for
   * campaigns with MIN_CORE or more: what joiners by likeness are compared with.
   */
  private campaignOwnMembers(verdicts: Map<number, UnlinkedVerdict>): Map<string, number[]> {
    const members = new Map<string, number[]>();
    const add = (a: number, campaign: string): void => {
      const list = members.get(campaign) ?? members.set(campaign, []).get(campaign)!;
      if (list.length < CENTROID_SAMPLE) list.push(a);
    };
    for (const [a, flag] of this.flags) if (flag.kind === 'cohort' && flag.by === 'similar:behaviour-profile') add(a, flag.campaign);
    for (const [a, v] of verdicts) if (v.flagged && v.campaign && !this.flags.has(a)) add(a, v.campaign);
    for (const [id, list] of members) if (list.length < MIN_CORE) members.delete(id);
    return members;
  }

  /**
   * Each campaign's own members (campaignOwnMembers): the share of them
   * at home (homes.ts atHome: networks of their own, no VPN; a datacenter's only as a server of one's own), their
   * servers, and the span of their registrations
   * (10th to 90th percentile; null when under half of them are known).
   */
  private campaignHomes(own: ReadonlyMap<string, number[]>, states: AccountState[], infos: (AccountInfo | undefined)[]): Map<string, CampaignHomes> {
    const out = new Map<string, CampaignHomes>();
    for (const [id, list] of own) out.set(id, homesOf(list, states, infos));
    return out;
  }

  /**
   * How each campaign's own members converse: those found by links or as a cohort (content cohorts too, whose members'
   * threads are read the same way), not those that joined it by likeness; the median member's shares (conversationOf),
   * so that a few people taken into a cohort of an operation's hands do not make its hands talk.
   */
  private campaignConversation(verdicts: Map<number, UnlinkedVerdict>, states: AccountState[]): Map<string, Conversation> {
    const sums = new Map<string, { talk: number[]; threads: number[] }>();
    const add = (a: number, campaign: string): void => {
      const sum = sums.get(campaign) ?? sums.set(campaign, { talk: [], threads: [] }).get(campaign)!;
      if (sum.talk.length >= CENTROID_SAMPLE) return;
      const c = this.candidates.get(a)?.conversation ?? conversationOf(states[a]!);
      sum.talk.push(c.talk);
      sum.threads.push(c.threads);
    };
    // Cohort members first (their verdicts are set again later in the step), then the link path's members.
    for (const [a, flag] of this.flags) if (flag.kind === 'cohort') add(a, flag.campaign);
    for (const [a, v] of verdicts) if (v.flagged && v.campaign && !this.flags.has(a)) add(a, v.campaign);
    const out = new Map<string, Conversation>();
    for (const [id, { talk, threads }] of sums) if (talk.length >= MIN_CORE) out.set(id, { talk: median(talk), threads: median(threads) });
    return out;
  }

  /** Content centroids of the cohorts grouped by what their accounts ask (members with reflective threads). */
  private contentCentroids(): Map<string, Profile> {
    const members = new Map<string, Profile[]>();
    for (const [a, flag] of this.flags) {
      if (flag.kind !== 'cohort' || flag.by !== 'similar:content-profile') continue;
      const content = this.candidates.get(a)?.content;
      const list = members.get(flag.campaign) ?? members.set(flag.campaign, []).get(flag.campaign)!;
      if (content && list.length < CENTROID_SAMPLE) list.push(content);
    }
    const out = new Map<string, Profile>();
    for (const [id, list] of members) if (list.length >= MIN_CORE) out.set(id, centroid(list));
    return out;
  }

  /** A flagged account's profile: its candidate's, or computed (and kept until its traffic changes). */
  private profileOf(a: number, states: AccountState[]): Profile {
    const c = this.candidates.get(a);
    if (c) return c.profile;
    const s = states[a]!;
    let p = this.profiles.get(a);
    if (!p || p.n !== s.n) this.profiles.set(a, (p = { n: s.n, profile: cachedProfile(s) }));
    return p.profile;
  }

  private verdictOf(c: Candidate, flag: Flag, score?: ClusterScore): UnlinkedVerdict {
    const ev: Evidence = c.member.evidence;
    if (flag.kind === 'individual') return { risk: INDIVIDUAL_RISK, flagged: true, campaign: null, reasons: ['account:individual-harvester', ...ev.reasons] };
    const via = flag.kind === 'join' ? 'similar:campaign-profile' : flag.by;
    const extra = score ? score.reasons.filter((r) => r !== via && !ev.reasons.includes(r)) : [];
    return { risk: Math.min(COHORT_RISK_CAP, 0.6 + 0.3 * ev.score), flagged: true, campaign: flag.campaign, reasons: ['campaign:member', via, ...ev.reasons, ...extra] };
  }
}

/**
 * An account's own evidence as the individual-harvester path reads it: on what it asks and takes, not on when. Flat
 * hours round the clock say an account is automated, and a product's backend or a CI bot serving its users is
 * automated too; an account judged alone, with nothing tying it to an operation, must be plain on its content.
 * (Inside a campaign or a cohort the hours still count: there they are one more habit the members share.)
 * Evade: none needed by a script that runs round the clock; its content must still reach the bar on its own.
 */
export function individualEvidence(f: AccountFeatures): number {
  return accountEvidence({ ...f, hourEntropy: 0 }).score;
}

/**
 * Share of an account's requests that are ordinary follow-ups: turns after the first that do not ask the model to
 * explain, verify or critique its own answer (signals/reflective-ask.ts). People converse about their own task (change
 * the output, report a problem, ask the next thing); a harvest's follow-ups, when it has any, ask for rationales.
 */
export function conversationShare(s: AccountState): number {
  return s.n > 0 ? Math.max(0, s.followUps - s.reflectiveFollowUps) / s.n : 0;
}

/** How much an account converses: its ordinary follow-ups (`talk`: conversationShare) and all its follow-ups (`threads`), as shares of its requests. */
export interface Conversation {
  talk: number;
  threads: number;
}

/** An account's Conversation. */
export function conversationOf(s: AccountState): Conversation {
  return { talk: conversationShare(s), threads: s.n > 0 ? s.followUps / s.n : 0 };
}

/** Conversation share from which an account converses: a third of its requests or more carry on a thread of its own. */
export const CONVERSING_SHARE = 0.3;
/** A campaign whose median member's share of follow-ups is under this never holds threads (a harness asking bare items). */
const SILENT_CAMPAIGN = 0.02;
/** Share of follow-ups from which an account holds threads a silent campaign's hands would not. */
const SILENT_APART = 0.1;
/** Share of a conversing account's conversation share a campaign's members must reach for it to join them by likeness. */
const CONVERSATION_MATCH = 0.5;

/**
 * Whether an account converses (CONVERSING_SHARE or more of its requests are ordinary follow-ups) where the campaign
 * it resembles hardly does (its own members' mean share under half the account's): a person holding threads about
 * their own work (a researcher's follow-ups on each problem, a hobbyist refining a dataset with the model) is then not
 * joined to it by likeness, nor kept in it. Likeness to an operation's centroid weighs follow-ups as one dimension
 * among many, and a person asking the same kind of questions at the same sizes reaches it; an operation's sub-team
 * drives threads the way its core does (tuned worlds: 4 of some 2,500 joined hands converse apart from their campaign,
 * against 13 of 75 wrongly joined people). So, too, does an account that follows up on a tenth or more of its
 * requests where the campaign's own members never do, ordinary follow-ups or any (a harness sending bare items; a
 * researcher following up on some of the problems, asking the model to check its work or not: W world1's researchers
 * beside a relay of bare benchmark items at 32k–64k max_tokens). A campaign unknown here (too few own members) is no
 * reason to refuse.
 * Evade: have the joining accounts converse no more than the campaign's core, or have the whole operation hold
 * ordinary threads (each follow-up a request that harvests no new item); links, cohorts and work queues still read them.
 */
export function conversesApart(conversation: Conversation, campaign: Conversation | undefined): boolean {
  if (campaign === undefined) return false;
  if (campaign.talk < SILENT_CAMPAIGN && conversation.talk >= SILENT_APART) return true;
  if (campaign.threads < SILENT_CAMPAIGN && conversation.threads >= SILENT_APART) return true;
  return conversation.talk >= CONVERSING_SHARE && campaign.talk < CONVERSATION_MATCH * conversation.talk;
}

/** Where a campaign's own members work from and when they were registered (UnlinkedPath.campaignHomes). */
export interface CampaignHomes {
  homedShare: number;
  registered: [number, number] | null;
  /** The members' server networks (homes.ts serverCounts). */
  servers: ReadonlyMap<number, number>;
}

/** Where a group's accounts work from (the share at home, their servers) and when they were registered (10th to 90th percentile). */
export function homesOf(list: readonly number[], states: AccountState[], infos: (AccountInfo | undefined)[]): CampaignHomes {
  const servers = serverCounts(list.map((a) => states[a]!));
  let home = 0;
  for (const a of list) if (atHome(states[a]!, servers, true)) home++;
  const created = list.map((a) => infos[a]?.createdAt ?? Number.NaN).filter(Number.isFinite).sort((x, y) => x - y);
  const at = (q: number): number => created[Math.min(created.length - 1, Math.floor(q * created.length))]!;
  return { homedShare: list.length > 0 ? home / list.length : 0, registered: created.length > 0 && created.length * 2 >= list.length ? [at(0.1), at(0.9)] : null, servers };
}

/**
 * The members of a behavioural cohort (their positions) who are strangers at home among it: when two in three of its
 * members or more are at home (homes.ts atHome) and they alone read as strangers who copied one published prompt
 * (homedStrangers: no owner's artefact, public items, registered one by one), they are people alike in their work,
 * grouped with a few accounts from elsewhere (an operation's hands on VPN exits asking as researchers do): the people
 * leave the cohort, the others stay and are a cohort if there are enough of them. An operation's hands at home rejoin
 * their cohort by likeness when registered in its hands' period (strangerAtHome); people registered years apart do not.
 * `publicDraws` gives the share of public draws of the members at the positions given (unlinked.ts publicDrawShare).
 * Evade: put a third of the hands at home and the rest on proxies (the whole group is read as before), or all at
 * home with public items and aged accounts (then homedStrangers reads the whole group as people).
 */
export function strangersAtHomeIn(members: readonly ClusterMember[], profiles: readonly Profile[], publicDraws: (positions: number[]) => number): Set<number> {
  const servers = serverCounts(members.map((m) => m.state));
  const home: number[] = [];
  members.forEach((m, i) => { if (atHome(m.state, servers, true)) home.push(i); });
  if (home.length === members.length || home.length < STRANGERS_AMONG_HANDS * members.length) return new Set();
  const reading = scoreCohort(home.map((i) => members[i]!), meanSimilarity(home.map((i) => profiles[i]!)), 'similar:behaviour-profile', publicDraws(home));
  return (reading.terms['legit:homed-strangers'] ?? 0) < 0 ? new Set(home) : new Set();
}

/** Share of a behavioural cohort's members at home from which they are read apart from the others (strangersAtHomeIn). */
const STRANGERS_AMONG_HANDS = 2 / 3;

/** Share of a campaign's own members homed under which it is an operation on proxies, VPN or cloud machines. */
const HANDS_ON_PROXIES = 0.5;
/** Days a joiner's registration may fall outside its campaign's registration span and still be of its batch. */
const REGISTRATION_MARGIN_DAYS = 30;

/**
 * Whether an account is a stranger at home to a campaign it resembles: it works from a place of its own (score.ts
 * atHome: a home line and an institution, or a server none of the campaign's members works from), the campaign's own
 * members mostly do not (they rotate proxies, VPN exits or cloud machines), and it was registered more than a month
 * outside the span in which they were. `counted`: the account is one of the members `homes` was read from. Such an
 * account asks what the operation asks (a researcher running the same public benchmark at the same sizes) but has
 * nothing of its hands; it is not joined to the campaign by likeness, nor kept in it. It still joins a campaign by
 * links, is grouped into cohorts, work queues and follow-up scripts, and judged as an individual harvester.
 * Evade: give a sub-team a static home line per account (the dearest proxy there is) and accounts registered in
 * the core's period, or run the core from home lines too.
 */
export function strangerAtHome(member: Pick<ClusterMember, 'state' | 'info'>, homes: CampaignHomes | undefined, counted = false): boolean {
  if (!homes || homes.registered === null || homes.homedShare >= HANDS_ON_PROXIES || !atHome(member.state, homes.servers, counted)) return false;
  const created = member.info?.createdAt;
  if (created === undefined || !Number.isFinite(created)) return false;
  const margin = REGISTRATION_MARGIN_DAYS * 86_400_000;
  return created < homes.registered[0] - margin || created > homes.registered[1] + margin;
}

/**
 * Share of a campaign's members that must send a sampling setting for it to be one of its pipeline's settings: a
 * pipeline may mix a few settings (a temperature per task, a cap per model), each sent by a good part of its accounts.
 */
const PIPELINE_MEMBERS = 0.25;
/** Share of requests that must carry the pipeline's settings: the campaign's own, to have a pipeline; a joiner's, to run it. */
export const PIPELINE_USE = 0.5;

/**
 * The sampling settings (temperature with max_tokens, samplingKey) of a campaign's pipeline, from its own members: the
 * settings a quarter of them or more (PIPELINE_MEMBERS) send, when those carry half of their requests that carry a
 * setting or more. Null when the members
 * share no settings (each account its own max_tokens): the campaign then has no pipeline to read joiners by.
 */
export function pipelineSettings(members: readonly AccountState[]): ReadonlySet<number> | null {
  const holders = new Map<number, number>();
  let requests = 0;
  for (const s of members) {
    s.samplings.forEach((count, key) => {
      holders.set(key, (holders.get(key) ?? 0) + 1);
      requests += count;
    });
  }
  const settings = new Set<number>();
  for (const [key, held] of holders) if (held >= PIPELINE_MEMBERS * members.length) settings.add(key);
  let carried = 0;
  for (const s of members) carried += settingUses(s, settings).carried;
  return requests > 0 && carried >= PIPELINE_USE * requests ? settings : null;
}

/** An account's requests that carry a setting (an explicit temperature), and those sent with one of `settings`. */
function settingUses(s: AccountState, settings: ReadonlySet<number>): { carried: number; explicit: number } {
  let carried = 0;
  let explicit = 0;
  s.samplings.forEach((count, key) => {
    explicit += count;
    if (settings.has(key)) carried += count;
  });
  return { carried, explicit };
}

/**
 * Whether an account sends the pipeline settings (pipelineSettings) of the campaign it would join by behaviour
 * likeness on PIPELINE_USE or more of its requests that carry a setting. An operation's sub-team joined by likeness runs the operation's
 * pipeline, and its requests carry the pipeline's settings (tuned worlds: 95% of accounts joined to their own
 * operation send them on nine in ten requests or more); a person whose work resembles the operation's (a hobbyist
 * generating a dataset on their own topics, a researcher asking for long reasoned answers) sends their own client's
 * settings (most people joined by likeness send them on fewer than half of their requests). Shares are of the requests
 * that carry a setting: requests leaving the temperature to the API's default carry none (AccountState.samplings),
 * and a pipeline may leave it so on some of its requests; an account that never sets one is not refused. A campaign
 * with no pipeline (its members share no settings) or unknown (too few own members) is no reason to refuse.
 * Evade: give every account its own temperature and max_tokens: the operation then cannot join its accounts to one
 * campaign by behaviour likeness; links, cohorts (content cohorts read no settings), work queues and follow-up
 * scripts still group them.
 */
export function sendsPipelineSettings(s: AccountState, settings: ReadonlySet<number> | null | undefined): boolean {
  if (!settings) return true;
  const { carried, explicit } = settingUses(s, settings);
  return explicit === 0 || carried >= PIPELINE_USE * explicit;
}

/** Requests per active day under which an account asks at a person's pace (a harvest needs volume per account). */
const PERSON_PACE = 3;
/** Mean extraction intent at or below which most of an account's requests are not extraction-style. */
const PERSON_INTENT = 0.3;

/**
 * Whether an account asks like a person using the same kind of work as an operation, not like one of its hands: a
 * few requests on each day it is active, most of them not extraction-style. A researcher who asks a reasoning model a
 * few hard maths questions a day, with large max_tokens and long reasoned answers, resembles a trace harvest's
 * centroid at 0.9 without being part of it (blind worlds F1, F2, J2: most wrongly joined researchers asked two a day);
 * such an account joins a campaign by likeness only as a near copy (NEAR_COPY), as one with little evidence does.
 * Evade: ask fewer than three requests per active day per account with mostly ordinary-looking or bare requests:
 * a near copy of the campaign still joins, fifteen alike form a cohort, links still count, and the harvest needs
 * many more accounts (a million items at three a day is about eleven thousand account-days a day).
 */
export function personPaced(f: AccountFeatures): boolean {
  return f.perActiveDay < PERSON_PACE && f.intent <= PERSON_INTENT;
}

/**
 * Share of an account's requests that open a thread with a long reasoned answer (features.ts reasonedOpenings, shrunk)
 * under which a person-paced account's work is mixed.
 */
export const PACED_HARVEST_SHARE = 2 / 3;
/** Requests that are not reasoned openings an account must have shown before its work is taken for mixed. */
const MIN_ORDINARY = 3;

/** Draws (sampled item cores asked once by a member) a group needs before the share of them that is public is read. */
const PUBLIC_MIN_DRAWS = 20;
/** In-group shares (items two members asked) a group needs, at the least, to be read as independent drawers. */
const PUBLIC_MIN_SHARED_IN = 2;

/**
 * Share of a group's draws (item cores, whatever the wording around them: work-queue.ts) that another account asked
 * too, when the members ask one another's items as independent users of public material do: in-group shares at least
 * a quarter of those independent draws would give, and never none (0 otherwise, and when the pool is unknown or the
 * group has drawn too little to say). People who wrap benchmark items in words of their own ("For a paper on
 * reasoning failures: …") share those items with everyone who uses the benchmark; a queue's hands never ask one
 * another's. Read by the homed-strangers test of a behavioural cohort (cohorts.ts scoreCohort).
 * Evade: have the group ask some of one another's items (answers paid for twice) on top of everything that test asks
 * (aged accounts registered over half a year, each on a home line of its own, no shared card).
 */
export function publicDrawShare(pool: ItemPool | null, group: readonly number[]): number {
  if (pool === null) return 0;
  const q = pool.complementarity(group);
  if (q.draws < PUBLIC_MIN_DRAWS || q.sharedIn < Math.max(PUBLIC_MIN_SHARED_IN, COMPLEMENTARY_SHARE * q.expectedIn)) return 0;
  return (q.sharedIn + q.sharedOut) / q.draws;
}

/**
 * Whether an account asks at a person's pace (personPaced: under three requests per active day, most of them not
 * extraction-style) and with mixed work: fewer than two in three of its requests open a thread with a long reasoned
 * answer. A harvest at that pace must take what it came for with nearly every request (a slow drip of bare items to a
 * reasoning model opens four in five or more threads so), or it needs ever more accounts for its items; a researcher
 * asking a reasoning model hard questions among others does so with about half (blind worlds L1, L2: median 0.5, nine
 * in ten under 0.63; slow drips on the tuned worlds: nine in ten above 0.74). Mixed work is shown, not presumed: three
 * requests or more that are no reasoned opening (a slow drip's first few requests are all harvest, and it is grouped
 * from its first requests). Such an account is neither grouped into a behavioural cohort nor joined to one (likeness to
 * accounts found by likeness alone), and loses such a flag when its work shows mixed; it still joins a campaign found
 * by links, is still grouped by what it asks when its threads are reflective (content cohorts), by one work queue, and
 * as an individual harvester. A harvest of tool-use first moves (one-shot requests on each item's own tools, features.ts
 * oneShotToolSchemas) is read the same way: two in three of its requests so, and its work is not mixed. Evade: at a person's pace, mix a third or more of ordinary or unreasoned requests into
 * every account: a third less harvested per account at under three requests a day (more accounts, each paid for),
 * with links, work queues and reflective threads still read.
 */
export function mixedPersonPace(s: AccountState, f: AccountFeatures): boolean {
  if (!personPaced(f)) return false;
  // A harvest of tool-use first moves (features.ts oneShotToolSchemas) takes what it came for with its one-shot tool
  // requests, not with reasoned openings: its share of them is read the same way.
  const harvested = Math.max(s.reasonedFirstTurns, f.oneShotToolSchemas * s.n);
  return s.n - harvested >= MIN_ORDINARY && Math.max(f.reasonedOpenings, f.oneShotToolSchemas) < PACED_HARVEST_SHARE;
}

/**
 * The profile a cohort was grouped by. A member of a content cohort whose reflective share has since fallen below the
 * bar is measured by its content anyway (its behaviour profile was never what made it alike).
 */
function profileFor(c: Candidate, by: CohortReason): Profile {
  return by === 'similar:content-profile' ? (c.content ?? contentProfile(c.member.state)) : c.profile;
}

/** Accounts are compared within their dominant capability and extraction kind (none when no kind is common). */
function bucketOf(s: AccountState): string {
  const caps = s.capabilities;
  let cap = 0;
  for (let c = 1; c < caps.length; c++) if (caps[c]! > caps[cap]!) cap = c;
  const kinds = s.intentKinds;
  let kind = -1;
  for (let k = 0; k < kinds.length; k++) if (kinds[k]! >= 0.2 * s.n && (kind < 0 || kinds[k]! > kinds[kind]!)) kind = k;
  return `${CAPABILITIES[cap]}|${kind < 0 ? 'none' : INTENT_KINDS[kind]}`;
}

/**
 * A work-queue cohort's score: its likeness (near copies), how far its in-group shares fall under the expected, and
 * its size. Terms are named for the case file; the cohort is a campaign by the complementarity test, this is its weight.
 */
function queueScore(size: number, likeness: number, queue: Complementarity): ClusterScore {
  const terms: Record<string, number> = {
    'similar:work-queue': 10 * (likeness - 0.9),
    'behaviour:complementary-queue': 3 * (1 - Math.min(shortfall(queue.sharedIn, queue.expectedIn), shortfall(queue.sharedInPool, queue.expectedInPool), shortfall(queue.capabilitySharedIn, queue.capabilityExpectedIn))),
    'scale:accounts': 0.6 * Math.log10(Math.max(1, size / 5)),
  };
  const z = -1 + Object.values(terms).reduce((x, y) => x + y, 0);
  const reasons = ['similar:work-queue', ...Object.entries(terms).filter(([k, v]) => k !== 'similar:work-queue' && v > 0.25).sort((x, y) => y[1] - x[1]).map(([k]) => k)];
  const figures = {
    'queue:draws': queue.draws,
    'queue:shared-in': queue.sharedIn,
    'queue:shared-out': queue.sharedOut,
    'queue:expected-in': Math.round(queue.expectedIn * 10) / 10,
    'queue:shared-in-pool': queue.sharedInPool,
    'queue:expected-in-pool': Math.round(queue.expectedInPool * 10) / 10,
    'queue:capability-draws': queue.capabilityDraws,
    'queue:capability-shared-in': queue.capabilitySharedIn,
    'queue:capability-shared-out': queue.capabilitySharedOut,
    'queue:capability-expected-in': Math.round(queue.capabilityExpectedIn * 10) / 10,
  };
  return { score: 1 / (1 + Math.exp(-z)), reasons, linkShares: {}, terms: { ...terms, ...figures }, capabilities: {} };
}

/** Opening items (sampled draws of the main kind) a script cohort needs before its repeats are read. */
const SCRIPT_MIN_DRAWS = 40;
/**
 * Share of a script cohort's draws another member drew too, at or under which the cohort works one queue. Groups of
 * people sharing lines on the tuned worlds repeat 6% or more of their draws among themselves (researchers asking one
 * benchmark's items, writers one prompt list), operations' queues 2.5% or less, cover included.
 */
const SCRIPT_REPEAT_SHARE = 0.04;
/**
 * Repeats independent users drawing the script users' items would have made (work-queue.ts capabilityExpectedIn), under
 * which their few repeats say nothing: at least one. Blind set Y: 89 and 90 writers sending one writing app's suggested
 * follow-ups about drafts of their own expected 0.03 (one of their 91 draws asked by an outsider). Operations drawing a
 * public pool expect 0–5 at their first regrouping and pass within one to three (tens to hundreds within days): their
 * script flag can come a day or two later. An operation whose items nobody else asks is left to the other paths.
 */
const SCRIPT_MIN_EXPECTED = 1;
/**
 * Share of a script's users one campaign must already hold for the others to join it: most of them. A script is its
 * users' own evidence; a few of them put in another campaign by likeness (a group of near copies spanning two
 * operations that draw alike) do not make its users that campaign's.
 */
export const SCRIPT_JOIN_SHARE = 0.5;

/**
 * The campaign a script's users join: the one the users flagged otherwise mostly belong to, when it holds
 * SCRIPT_JOIN_SHARE of the users (a careful sub-team of a found operation); else the campaign the script had at its
 * last regrouping (`before`: each user's script campaign then); null when it opens one of its own.
 */
export function scriptCampaign(users: readonly number[], verdicts: ReadonlyMap<number, UnlinkedVerdict>, before: ReadonlyMap<number, { campaign: string }>): string | null {
  const found = new Map<string, number>();
  const kept = new Map<string, number>();
  for (const a of users) {
    const v = verdicts.get(a);
    if (v?.flagged && v.campaign && !v.reasons.includes('similar:follow-up-script')) found.set(v.campaign, (found.get(v.campaign) ?? 0) + 1);
    const id = before.get(a)?.campaign;
    if (id) kept.set(id, (kept.get(id) ?? 0) + 1);
  }
  const byCount = (x: [string, number], y: [string, number]): number => y[1] - x[1] || (x[0] < y[0] ? -1 : 1);
  const top = [...found].sort(byCount)[0];
  if (top && top[1] >= SCRIPT_JOIN_SHARE * users.length) return top[0];
  return [...kept].sort(byCount)[0]?.[0] ?? null;
}

/** Whether most of a group's accounts are one organisation's (its own product, answered for as an organisation). */
function oneOrganisation(users: readonly number[], infos: (AccountInfo | undefined)[]): boolean {
  const orgs = new Map<string, number>();
  for (const a of users) {
    const org = infos[a]?.orgId;
    if (org) orgs.set(org, (orgs.get(org) ?? 0) + 1);
  }
  for (const n of orgs.values()) if (2 * n > users.length) return true;
  return false;
}

/** A script cohort's score: its size, its script's length and how far its repeats fall under the bar (named for the case file). */
function scriptScore(users: number, lines: number, repeats: { capability: string | null; draws: number; repeated: number }): ClusterScore {
  const terms: Record<string, number> = {
    'similar:follow-up-script': 1 + 0.2 * Math.min(5, lines - 3),
    'behaviour:complementary-queue': 2 * (1 - repeats.repeated / (SCRIPT_REPEAT_SHARE * repeats.draws)),
    'scale:accounts': 0.6 * Math.log10(Math.max(1, users / 5)),
  };
  const z = -1 + Object.values(terms).reduce((x, y) => x + y, 0);
  const reasons = ['similar:follow-up-script', ...Object.entries(terms).filter(([k, v]) => k !== 'similar:follow-up-script' && v > 0.25).sort((x, y) => y[1] - x[1]).map(([k]) => k)];
  const figures = { 'script:lines': lines, 'script:draws': repeats.draws, 'script:repeated': repeats.repeated };
  return { score: 1 / (1 + Math.exp(-z)), reasons, linkShares: {}, terms: { ...terms, ...figures }, capabilities: {} };
}

/** Observed in-group shares as a share of the expected (1 when there is nothing to judge by). */
function shortfall(observed: number, expected: number): number {
  return expected >= MIN_EXPECTED_SHARES ? observed / expected : 1;
}
