/**
 * The second way to be found: accounts that are each suspicious on their own traffic, grouped by the likeness of what
 * and how they ask (accounts/profile.ts) instead of by shared artefacts. An operation with aged accounts, its own card
 * per account, residential addresses and randomised TLS shares no artefact, but its accounts do one job with one
 * pipeline: the same capability mix, the same extraction formats, the same max_tokens and prompt-length habits, one
 * work queue drawn without repeats. Legitimate users who are alike in their work (students of one class, one lab's
 * runners) share items or repeat them, and are rarely harvesting-like one by one; the cohort score weighs both.
 *
 * An operation that gives each account its own client habits (max_tokens, time zone, model) is no near copy in how
 * it asks; when its threads follow up by asking the model to explain, verify or critique itself (reflective
 * follow-ups, signals/reflective-ask.ts), its accounts are compared on what they ask alone (content profile) and
 * grouped the same way (`similar:content-profile`).
 *
 * Evade: make each account's traffic ordinary (more cover traffic, less extraction per account: a slower, costlier
 * harvest), or run each account as its own differently configured pipeline; against the content cohort, follow up
 * as a person does (ask for changes, not rationales) or give the accounts different work.
 */
import { asksOneAnothersItems, peopleTerms } from './people.js';
import { normalisedEntropy, reflectiveWeight } from '../accounts/features.js';
import { similarity, type Profile } from '../accounts/profile.js';
import { capabilityRecord, commonItemShare, homedStrangers, lowYieldTerm, poolCounts, positiveSum, reasonsOf, registrationArtefacts, type ClusterMember, type ClusterScore } from './score.js';

/**
 * How a cohort's members are alike: in what and how they ask (behaviour profile), or in what they ask alone (content
 * profile, for accounts whose threads already mark them: accounts/profile.ts contentProfile).
 */
export type CohortReason = 'similar:behaviour-profile' | 'similar:content-profile';

/** Mean pairwise profile similarity a cohort needs at all. */
export const MIN_MEAN_SIMILARITY = 0.9;
/** Median own evidence of a cohort's members. */
export const MIN_MEDIAN_EVIDENCE = 0.5;
/** Largest bucket compared pair by pair; beyond it an even sample of the bucket is grouped (cost is quadratic). */
const MAX_BUCKET = 3000;

export interface Similar {
  /** Account index. */
  a: number;
  profile: Profile;
  /** Bucket key: accounts are compared only inside one (dominant capability and extraction kind). */
  bucket: string;
}

/**
 * What one call site's last grouping compared, per bucket: the accounts in its compared list, their profiles and the
 * pairs found alike. A pair of accounts whose profiles are the same objects as then (a profile is computed once per
 * revision of the account's state and never changed: accounts/profile.ts) is alike now exactly when it was then, so
 * the next grouping compares only the pairs with a new profile: the accounts whose traffic changed since, not all.
 */
export class LikenessMemo {
  threshold = Number.NaN;
  buckets = new Map<string, { index: Map<number, number>; profiles: Profile[]; adj: number[][] }>();
}

/**
 * Groups of at least `minSize` accounts whose profiles are pairwise alike (cosine ≥ `threshold`): connected
 * components of the similarity graph, after removing members alike to fewer than `minDegree` (default two) others of
 * their group (a chain of near misses is not an operation; a larger `minDegree` keeps only a group's dense core).
 * With `sharedShare` > 0, a pair is kept only when the two share at least that share of the smaller one's alike
 * accounts (shared nearest neighbours): two dense groups touching through a few near misses stay two groups.
 * With a `memo` (one per call site), pairs whose two profiles are unchanged since its last call are not compared again.
 */
export function groupBySimilarity(items: Similar[], threshold: number, minSize: number, minDegree = 2, sharedShare = 0, memo: LikenessMemo | null = null): number[][] {
  const buckets = new Map<string, Similar[]>();
  for (const it of items) (buckets.get(it.bucket) ?? buckets.set(it.bucket, []).get(it.bucket)!).push(it);
  const out: number[][] = [];
  const reuse = memo !== null && memo.threshold === threshold;
  const remembered = new Map<string, { index: Map<number, number>; profiles: Profile[]; adj: number[][] }>();
  for (const [key, bucket] of buckets) {
    if (bucket.length < minSize) continue;
    const list = bucket.length > MAX_BUCKET ? bucket.filter((_, i) => i % Math.ceil(bucket.length / MAX_BUCKET) === 0) : bucket;
    const adj = alikePairs(list, threshold, reuse ? memo.buckets.get(key) : undefined);
    if (memo) {
      const index = new Map<number, number>();
      for (let i = 0; i < list.length; i++) index.set(list[i]!.a, i);
      remembered.set(key, { index, profiles: list.map((it) => it.profile), adj: adj.slice() });
    }
    if (sharedShare > 0) keepSharedNeighbours(adj, sharedShare);
    const alive = adj.map((nb) => nb.length >= minDegree);
    for (let changed = true; changed; ) {
      changed = false;
      for (let i = 0; i < list.length; i++) {
        if (!alive[i]) continue;
        let d = 0;
        for (const j of adj[i]!) if (alive[j]) d++;
        if (d < minDegree) {
          alive[i] = false;
          changed = true;
        }
      }
    }
    const seen = new Uint8Array(list.length);
    for (let s = 0; s < list.length; s++) {
      if (!alive[s] || seen[s]) continue;
      const part: number[] = [];
      const stack = [s];
      seen[s] = 1;
      while (stack.length > 0) {
        const i = stack.pop()!;
        part.push(list[i]!.a);
        for (const j of adj[i]!) {
          if (!alive[j] || seen[j]) continue;
          seen[j] = 1;
          stack.push(j);
        }
      }
      if (part.length >= minSize) out.push(part.sort((x, y) => x - y));
    }
  }
  if (memo) {
    memo.threshold = threshold;
    memo.buckets = remembered;
  }
  return out;
}

/**
 * The alike pairs of a list as adjacency lists in ascending order. Pairs of two accounts whose profiles are those of
 * `prev` (the last grouping of this bucket) are read from it; only pairs with a changed or new profile are compared.
 */
function alikePairs(list: Similar[], threshold: number, prev: { index: Map<number, number>; profiles: Profile[]; adj: number[][] } | undefined): number[][] {
  const n = list.length;
  const adj: number[][] = [];
  for (let i = 0; i < n; i++) adj.push([]);
  // Where each account was in the last list, if its profile is unchanged (-1: compare it), and the way back.
  const was = new Int32Array(n).fill(-1);
  const changed: number[] = [];
  if (prev) {
    const now = new Int32Array(prev.profiles.length).fill(-1);
    for (let i = 0; i < n; i++) {
      const p = prev.index.get(list[i]!.a);
      if (p !== undefined && prev.profiles[p] === list[i]!.profile) {
        was[i] = p;
        now[p] = i;
      } else changed.push(i);
    }
    for (let i = 0; i < n; i++) {
      if (was[i]! < 0) continue;
      for (const q of prev.adj[was[i]!]!) {
        const j = now[q]!;
        if (j >= 0) adj[i]!.push(j);
      }
    }
  } else for (let i = 0; i < n; i++) changed.push(i);
  const rows = packedProfiles(list);
  const dims = list[0]?.profile.length ?? 0;
  const at = new Int32Array(dims);
  const values = new Float64Array(dims);
  for (const i of changed) {
    const p = list[i]!.profile;
    // The similarity over p's non-zero coordinates, in order: a zero coordinate adds a zero product, which leaves the
    // sum as it is (every value is finite: packedProfiles), so this is `similarity` to the last bit.
    let m = 0;
    if (rows) {
      for (let k = 0; k < dims; k++) {
        if (p[k] === 0) continue;
        at[m] = k;
        values[m++] = p[k]!;
      }
    }
    for (let j = 0; j < n; j++) {
      // A pair of two changed accounts is compared once, from its lower end.
      if (j === i || (was[j]! < 0 && j < i)) continue;
      let sum = 0;
      if (rows) {
        const row = j * dims;
        for (let k = 0; k < m; k++) sum += values[k]! * rows[row + at[k]!]!;
      } else sum = similarity(p, list[j]!.profile);
      if (sum < threshold) continue;
      adj[i]!.push(j);
      adj[j]!.push(i);
    }
  }
  // The last list's order is not this one's (candidates leave and come back): ascending again, as compared.
  if (prev) for (const nb of adj) if (nb.length > 1) nb.sort((x, y) => x - y);
  return adj;
}

/** The list's profiles one after another in one array (reused between calls), or null if any value is not finite. */
let profileRows = new Float64Array(0);
function packedProfiles(list: Similar[]): Float64Array | null {
  const dims = list[0]?.profile.length ?? 0;
  if (profileRows.length < list.length * dims) profileRows = new Float64Array(list.length * dims);
  const rows = profileRows;
  for (let i = 0; i < list.length; i++) {
    const p = list[i]!.profile;
    if (p.length !== dims) return null;
    for (let k = 0; k < dims; k++) {
      const v = p[k]!;
      if (!Number.isFinite(v)) return null;
      rows[i * dims + k] = v;
    }
  }
  return rows;
}

/** Row-major bitsets of the adjacency lists (reused between calls: a cohort list is up to MAX_BUCKET long). */
let neighbourBits = new Int32Array(0);

/** Set bits of a 32-bit word. */
function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/**
 * Drops the pairs whose two accounts share fewer than `share` of the smaller one's neighbours (in place). Common
 * neighbours are counted by a walk of one list against a mark of the other, or, when the list is longer than a row of
 * bits (the dense core of a large operation), by the AND of the two accounts' neighbour bitsets: the same count.
 */
function keepSharedNeighbours(adj: number[][], share: number): void {
  const n = adj.length;
  const words = (n + 31) >>> 5;
  let bits: Int32Array | null = null;
  const mark = new Int32Array(n).fill(-1);
  const kept: number[][] = adj.map(() => []);
  for (let i = 0; i < n; i++) {
    const ni = adj[i]!;
    for (const k of ni) mark[k] = i;
    for (const j of ni) {
      if (j < i) continue;
      const nj = adj[j]!;
      let common = 0;
      if (nj.length <= words) {
        for (const k of nj) if (mark[k] === i) common++;
      } else {
        if (bits === null) bits = neighbourBitsOf(adj, words);
        const ri = i * words;
        const rj = j * words;
        for (let w = 0; w < words; w++) common += bitCount(bits[ri + w]! & bits[rj + w]!);
      }
      if (common < share * Math.min(ni.length, nj.length)) continue;
      kept[i]!.push(j);
      kept[j]!.push(i);
    }
  }
  for (let i = 0; i < n; i++) adj[i] = kept[i]!;
}

function neighbourBitsOf(adj: number[][], words: number): Int32Array {
  const size = adj.length * words;
  if (neighbourBits.length < size) neighbourBits = new Int32Array(size);
  const bits = neighbourBits;
  bits.fill(0, 0, size);
  for (let i = 0; i < adj.length; i++) for (const k of adj[i]!) bits[i * words + (k >>> 5)]! |= 1 << (k & 31);
  return bits;
}

/**
 * Pooled evidence of a behavioural cohort (no links: its members were grouped by likeness). Its members' own
 * evidence carries it; a work queue (items never repeated, none shared across members) adds to it, shared or repeated
 * items (homework, benchmark reruns) take from it. `publicDraws` is the share of the members' items, whatever their
 * wording, that other accounts ask too, when the members draw them as independent users do (unlinked.ts
 * publicDrawShare; 0 when unknown): the common material the homed-strangers reading needs, which the extraction-style
 * items alone miss when people wrap public items in their own words.
 */
export function scoreCohort(members: ClusterMember[], meanSimilarity: number, via: CohortReason = 'similar:behaviour-profile', publicDraws = 0): ClusterScore {
  const { n, intent, high, repeats, itemRequests, sampled, shared, follow, hours, caps } = poolCounts(members);
  const evidences = members.map((m) => m.evidence.score);
  evidences.sort((x, y) => x - y);
  const medianEvidence = evidences[evidences.length >> 1] ?? 0;
  const novelty = 1 - repeats / Math.max(1, itemRequests);
  // Shared with anyone (sampled), or among the members themselves (every kept item: a class's homework list).
  const common = commonItemShare(members);
  const sharedItems = Math.max(sampled >= 10 ? shared / sampled : 0, common);
  let reflective = 0;
  for (const m of members) reflective += m.state.reflectiveFollowUps;
  const weight = reflectiveWeight(reflective, follow);
  const terms: Record<string, number> = {
    'members:own-evidence': 6 * (medianEvidence - 0.5),
    ...peopleTerms(members, meanSimilarity),
    'content:extraction-intent': 4 * ((intent + 2) / (n + 20) - 0.25),
    'content:high-max-tokens': 1.0 * (high / Math.max(1, n)),
    // One pipeline's accounts are near copies of one another (mean similarity ≥ 0.95); people alike in their work are
    // only alike (≈ 0.8–0.85 for one lab's researchers on a tuned world).
    [via]: 10 * (meanSimilarity - 0.9),
    'scale:accounts': 0.6 * Math.log10(Math.max(1, members.length / 5)),
    // Extraction-style items (sampled) never repeated nor shared: people asking novel questions are no work queue.
    'behaviour:work-queue': sampled >= 20 && novelty > 0.97 && shared / sampled < 0.05 && common < 0.05 ? 0.5 : 0,
    'behaviour:repeats-items': -6 * (1 - novelty),
    'behaviour:shares-items': -4 * sharedItems,
    'behaviour:low-yield': lowYieldTerm(members),
    // People follow up on answers; pipelines rarely do (and likeness is all a cohort has to go on). Follow-ups that
    // only ask the model to explain, verify or critique its own answer are how a pipeline that does follow up harvests
    // rationales (signals/reflective-ask.ts): they count for the cohort, not for a person.
    'behaviour:conversational': -3 * (Math.max(0, follow - weight * reflective) / Math.max(1, n)),
    'content:reflective-follow-ups': weight * Math.min(2.5, 8 * Math.max(0, reflective / Math.max(1, n) - 0.05)),
    'behaviour:round-the-clock': 1 * Math.max(0, normalisedEntropy(hours) - 0.9) / 0.1,
    // Near copies that cut over to a new client family and network mid-life (accounts/eras.ts), many of them: one
    // operation moving its hands to a new toolkit and proxy pool. People alike in their work do not all do it.
    'behaviour:identity-rotation': 2 * rotatedShare(members),
  };
  // Strangers who copied one published prompt, each from a home line or an institution of their own, asking public
  // items with it, are alike because the prompt is one (score.ts homedStrangers): no operation, however alike. Read
  // for cohorts alike in how they ask only: a content cohort is grouped by threads that make the model explain or
  // critique its own answers, a harvest's way of working whatever its networks (J world2's palimpsest: aged accounts
  // on home lines whose cover traffic asks public items).
  const { linkShares, farmShare } = registrationArtefacts(members);
  const homedPeople = via === 'similar:behaviour-profile' && homedStrangers(members, linkShares, farmShare, Math.max(sharedItems, publicDraws));
  terms['legit:homed-strangers'] = homedPeople ? -positiveSum(terms) : 0;
  // Likeness is all a cohort has: a group only alike on average is not one pipeline, whatever its content.
  // and its members must harvest by their own traffic, most of them clearly: at scale, thousands of ordinary accounts
  // hold groups of near copies whose only mark is an SDK's default max_tokens.
  // Nor is a group whose members ask one another's items (people.ts asksOneAnothersItems): people with one recipe.
  const vetoed = meanSimilarity < MIN_MEAN_SIMILARITY || medianEvidence < MIN_MEDIAN_EVIDENCE || asksOneAnothersItems(members);
  const z = vetoed ? Number.NEGATIVE_INFINITY : -1 + Object.values(terms).reduce((a, b) => a + b, 0);
  const reasons = reasonsOf(terms).filter((r) => r !== via);
  return { score: 1 / (1 + Math.exp(-z)), reasons: [via, ...reasons], linkShares: {}, terms, capabilities: capabilityRecord(caps) };
}

/**
 * Share of a cohort's members that cut over mid-life (features.identityCutOver), counted above a tenth: one or two
 * members who moved a script to a server say nothing of the rest.
 * Evade: keep each account on one client family and network (eras.ts).
 */
export function rotatedShare(members: ClusterMember[]): number {
  let rotated = 0;
  for (const m of members) rotated += m.features.identityCutOver;
  return Math.max(0, rotated / Math.max(1, members.length) - 0.1) / 0.9;
}

/** Mean pairwise similarity of a group's profiles (an even sample of pairs for large groups). */
export function meanSimilarity(profiles: Profile[]): number {
  let sum = 0;
  let pairs = 0;
  const step = Math.max(1, Math.floor(profiles.length / 64));
  for (let i = 0; i < profiles.length; i += step) {
    for (let j = i + step; j < profiles.length; j += step) {
      sum += similarity(profiles[i]!, profiles[j]!);
      pairs++;
    }
  }
  return pairs > 0 ? sum / pairs : 0;
}
