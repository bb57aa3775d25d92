/**
 * Work-queue complementarity: many accounts drawing distinct items of one pool, none asked twice, none asked by two of
 * them. An operation hands each item out once; people who draw from the same public material (a benchmark, a
 * tutorial's exercises, a popular prompt set) draw independently, and so ask one another's items now and then.
 *
 * The test compares a group's items with everyone else's. Each item a member asked once (its core:
 * signals/item-core.ts; an item asked twice by one member is a wrapper of its own, not an item, and so is a line three
 * or more members ask once each that no outsider asks: the group's wording) is shared with another
 * member, shared only with outsiders, or asked by nobody else. If the members drew independently from the pool the
 * outsiders draw from, an item of theirs would be asked by another member about as often, relative to outsiders, as
 * the members' draws from it are to the outsiders': expected in-group shares ≈ outsider shares × the members' draws
 * from the pool / the outsiders' draws from it. Both are bounded so as to lower the expectation: the members' draws
 * from the pool by their items shared with outsiders (in-group shares left out), the outsiders' by all the draws of
 * every outsider who asked one of the members' items (they draw from other material too). A group that shares many
 * items with outsiders and almost none among itself (observed well under a quarter of the expected, the expected large
 * enough to say so, or so few that chance would give them once in QUEUE_TAIL⁻¹ groups) is complementary: it is drawing
 * one queue. A small group of ordinary accounts among many users of the same material expects few in-group shares and
 * so proves nothing either way; a group whose items nobody else asks expects none (a private pool: see Evade).
 *
 * The same test is also read on the pool's items alone: the items outsiders ask too. A line two members ask once each
 * that no outsider asks is as likely the group's own wording (a wrapper line longer than a short item, used once per
 * account) as an item, and counts against a queue in the test above; among items outsiders ask too, it cannot hide. For independent draws, an item a member asked is asked by another member with the chance a pool item has of
 * being drawn by the members, estimated by the share of the outsiders' draws that land on the members' items (bounded
 * as above); among the items outsiders also ask, in-group shares are then expected at about half the outsider shares
 * times that chance (an item drawn twice by the members is drawn twice as rarely as once). This needs no bound on the
 * members' own draws from the pool, which the first test takes at its lowest, and so it judges sooner.
 *
 * Third, the test is read within the group's main kind of work (the capability most of its draws carry: maths,
 * coding, ...), where an operation's queue lives apart from its cover traffic (public chat prompts every member dips
 * into, as outsiders do, which share among the members and hide a queue read over all kinds). There the members' own
 * draws of the kind are taken as their draws from the pool, and the outsiders' by their distinct items of the kind
 * (a class asking its homework or a lab rerunning a benchmark many times over draws few items, however often): for
 * independent draws, a member's item is asked by another member about as often as the members' items cover the pool,
 * and that coverage is what the outsiders' items show (the share of them the members asked too). So in-group shares
 * are expected at the members' draws × the items shared with outsiders only / the outsiders' distinct items. A group
 * with at most half of that, where independent draws would give so few once in a thousand groups, draws one queue.
 * The expectation assumes the members draw the kind's items as the outsiders do: members who ask many more questions
 * of their own (never asked by anyone) than outsiders do raise it, which the margin of a half and the likeness the
 * group needs first guard against. Members whose draws share items with other members at the rate independent users
 * would (independentDrawers) are people asking the same public pool, not the queue's hands; so are members with
 * fewer than three draws of the kind, and members none of whose draws is a pool item where the group's rate would
 * give them three (material of their own: developers asking their own coding questions resemble a coding queue).
 *
 * Evade: draw from a pool nobody else asks (private or generated items: then this test is silent, and the group must
 * be found otherwise), or have members ask one another's items (paying again for answers already harvested: against
 * the pool-items reading, items that outsiders ask too, some thousandth of the harvest per member; against the reading
 * within a kind, about half of what independent users would share: a share of the harvest paid twice), or give each
 * account different work (no two alike in what they ask: then no group is formed, and each account must be found on
 * its own evidence). When the pool's other users ask it just as the queue's accounts do, they are grouped with them
 * and no outsider is left to compare with: the test is silent.
 */
import { RecentKeyIndex } from '../collections/key-index.js';
import { CAPABILITIES } from '../engine/observation.js';
import { binomialAtLeast, poissonAtMost } from './tails.js';

/** Distinct cores kept per account: enough to judge a group, bounded for the heaviest accounts. */
const MAX_CORES = 64;
/** Askers kept per shared core (enough to find the outsiders who draw from a group's pool). */
const MAX_ASKERS = 16;
/** Expected in-group shares a group needs before its complementarity is read (fewer: chance decides). */
export const MIN_EXPECTED_SHARES = 6;
/** Observed in-group shares at or under this share of the expected: a work queue. */
export const COMPLEMENTARY_SHARE = 0.25;

export interface Complementarity {
  /** Sampled items the members asked once each. */
  draws: number;
  /** Of those, asked by another member too, and asked by outsiders only. */
  sharedIn: number;
  sharedOut: number;
  /** In-group shares expected had the members drawn independently (see the module comment). */
  expectedIn: number;
  /** Of the in-group shares, those outsiders asked too (pool items), and how many were expected (module comment). */
  sharedInPool: number;
  expectedInPool: number;
  /**
   * The same test within the group's main kind of work (the capability of most of its draws), with the members' own
   * draws of that kind as their draws from the pool (see the module comment): the capability's name (null when no
   * draw carried one), its draws, in-group and outsider-only shares, and the in-group shares expected.
   */
  capability: string | null;
  capabilityDraws: number;
  capabilitySharedIn: number;
  capabilitySharedOut: number;
  capabilityExpectedIn: number;
  /** Whether the group draws one queue: expected shares enough to judge, observed far fewer. */
  complementary: boolean;
  /**
   * How many of the three readings (in-group shares, pool items, main kind of work) find it so. One is enough for a
   * group found by likeness; its near copies regrouped apart after it failed need two (unlinked.ts workQueues).
   */
  readings: number;
}

/** The times-asked slot of a drawn core keeps the times in its low bits and the capability + 1 above them. */
const TIMES_BITS = 24;
const TIMES_MASK = (1 << TIMES_BITS) - 1;
const timesOf = (slot: number): number => slot & TIMES_MASK;
/** Set in the slot of a core asked at least once as a harvested item (an extraction-style opening: state.ts items). */
const ASKED_AS_ITEM = 1 << 30;
/** A drawn core's capability index, or -1 when its request carried none. */
const capabilityOf = (slot: number): number => ((slot & ~ASKED_AS_ITEM) >>> TIMES_BITS) - 1;

/** Members asking one core, none of the outsiders, that make it the group's own line rather than an item. */
const GROUP_LINE_ASKERS = 3;

/**
 * One core in 2^CORE_SAMPLE_BITS is kept by default.
 */
export const CORE_SAMPLE_BITS = 1;

/** Whether a pool of the default sample keeps this core (a sharded engine's account shards send only those). */
export function keptCore(core: number): boolean {
  return core !== 0 && (core & ((1 << CORE_SAMPLE_BITS) - 1)) === 0;
}

/** Sampled item cores per account and which of them another account asked too (fed in time order by the engine). */
export class ItemPool {
  /** Core → first asker + 1, or 0 once a second account asked it. */
  private readonly owner = new RecentKeyIndex(1 << 21, 1 << 12);
  /**
   * Per account: its distinct sampled cores in the order first asked, each followed by the times asked (pairs in one
   * array, grown by doubling up to MAX_CORES pairs; no map per account). `drawCount` says how many pairs are filled.
   */
  private asked: (Uint32Array | undefined)[] = [];
  /** Shared cores → the accounts that asked them (the first MAX_ASKERS). */
  private readonly askers = new Map<number, number[]>();
  /** Per account: distinct sampled cores, and how many of them another account asked too. */
  private drawCount = new Uint8Array(1024);
  private sharedCount = new Uint8Array(1024);
  /** Per account, during `complementarity`: 1 for the group's members (cleared after). */
  private inGroup = new Uint8Array(1024);
  /** Distinct sampled cores per capability over all accounts (the kind of the first request that carried each). */
  private readonly capabilityCores = new Float64Array(CAPABILITIES.length);
  private readonly mask: number;

  /** One core in 2^sampleBits is kept (by its hash, so every ask of a kept core is seen). */
  constructor(sampleBits = CORE_SAMPLE_BITS) {
    this.mask = (1 << sampleBits) - 1;
  }

  /**
   * An opening request of `account` carrying the item core `core` (0: none), tagged `capability` (-1: unknown);
   * `asItem` when the request is extraction-style (it carries an item: Observation.item).
   */
  see(account: number, core: number, capability = -1, asItem = false): void {
    if (core === 0 || (core & this.mask) !== 0) return;
    if (account >= this.drawCount.length) this.grow(account);
    let mine = this.asked[account];
    const draws = this.drawCount[account]!;
    for (let k = 0; k < draws; k++) {
      if (mine![2 * k] !== core) continue;
      if (timesOf(mine![2 * k + 1]!) < TIMES_MASK) mine![2 * k + 1]!++;
      if (asItem) mine![2 * k + 1] = (mine![2 * k + 1]! | ASKED_AS_ITEM) >>> 0;
      return;
    }
    if (draws >= MAX_CORES) return;
    if (!mine || mine.length < 2 * (draws + 1)) {
      const more = new Uint32Array(Math.min(2 * MAX_CORES, Math.max(8, 2 * (mine?.length ?? 0))));
      if (mine) more.set(mine);
      this.asked[account] = mine = more;
    }
    const kind = capability >= 0 && capability < CAPABILITIES.length ? capability : -1;
    mine[2 * draws] = core;
    mine[2 * draws + 1] = (((kind + 1) << TIMES_BITS) | 1 | (asItem ? ASKED_AS_ITEM : 0)) >>> 0;
    this.drawCount[account] = draws + 1;
    const owner = this.owner.get(core) - 1;
    if (owner === -2) {
      this.owner.set(core, account + 1);
      if (kind >= 0) this.capabilityCores[kind]!++;
    }
    else if (owner === -1) {
      this.sharedCount[account]!++;
      const list = this.askers.get(core);
      if (list && list.length < MAX_ASKERS) list.push(account);
    } else if (owner !== account) {
      this.sharedCount[account]!++;
      this.sharedCount[owner]!++;
      this.owner.set(core, 0);
      this.askers.set(core, [owner, account]);
    }
  }

  private grow(account: number): void {
    const size = Math.max(account + 1, 2 * this.drawCount.length);
    for (const name of ['drawCount', 'sharedCount', 'inGroup'] as const) {
      const next = new Uint8Array(size);
      next.set(this[name]);
      this[name] = next;
    }
  }

  /**
   * The account's sampled cores asked as harvested items (extraction-style openings), each asked once by it: the items
   * it asked in its own words (a core an account sends again is its own wrapper line, or an item it asked twice).
   */
  forEachItemCore(account: number, f: (core: number) => void): void {
    const mine = this.asked[account];
    for (let k = 0; k < this.draws(account); k++) {
      const slot = mine![2 * k + 1]!;
      if (slot & ASKED_AS_ITEM && timesOf(slot) === 1) f(mine![2 * k]!);
    }
  }

  /** Distinct sampled cores the account asked. */
  draws(account: number): number {
    return this.drawCount[account] ?? 0;
  }

  /** Distinct sampled cores of the account that another account asked too. */
  shared(account: number): number {
    return this.sharedCount[account] ?? 0;
  }

  /** Whether another account asked this core too. */
  private isShared(core: number): boolean {
    return this.owner.get(core) === 0;
  }

  /**
   * How many members asked each of the group's cores, and the cores that are lines of the members' own rather than
   * items: a core any member asked more than once (that member's wrapper), and a core three or more members ask and
   * no outsider asks (the group's wording, glued onto the item line and taken for the core: item-core.ts; or a class's
   * homework). Neither is a draw from the pool the test reads.
   */
  private groupLines(members: readonly number[]): { askers: Map<number, number>; wrappers: Set<number> } {
    const askers = new Map<number, number>();
    const wrappers = new Set<number>();
    const member = new Set(members);
    for (const a of members) {
      const mine = this.asked[a];
      for (let k = 0; k < this.draws(a); k++) {
        const core = mine![2 * k]!;
        askers.set(core, (askers.get(core) ?? 0) + 1);
        if (timesOf(mine![2 * k + 1]!) > 1) wrappers.add(core);
      }
    }
    for (const [core, n] of askers) {
      if (n >= GROUP_LINE_ASKERS && !(this.askers.get(core) ?? []).some((o) => !member.has(o))) wrappers.add(core);
    }
    return { askers, wrappers };
  }

  /**
   * Per member: its draws of one kind (the capability index), lines of the group's own left out as in
   * `complementarity`, how many of them another member asked, and how many only outsiders asked too (pool items).
   */
  memberDraws(members: readonly number[], kind: number): [number, number, number, number][] {
    const { askers, wrappers } = this.groupLines(members);
    return members.map((a) => {
      const mine = this.asked[a];
      let draws = 0;
      let shared = 0;
      let pool = 0;
      for (let k = 0; k < this.draws(a); k++) {
        const core = mine![2 * k]!;
        if (capabilityOf(mine![2 * k + 1]!) !== kind || wrappers.has(core)) continue;
        draws++;
        if (askers.get(core)! > 1) shared++;
        else if (this.isShared(core)) pool++;
      }
      return [a, draws, shared, pool];
    });
  }

  /**
   * Repeats inside a group, within its main kind of work (the capability most of its members' draws carry): the
   * members' draws of that kind and how many of them another member drew too. Lines of the group's own are left out
   * as in `complementarity` (a line a member repeats; a line three or more members ask and no outsider asks: the
   * group's wording, or a class's homework, whose pupils then have no draws left to read).
   */
  repeats(members: readonly number[]): { capability: string | null; draws: number; repeated: number } {
    const { askers, wrappers } = this.groupLines(members);
    const drawsKind = new Float64Array(CAPABILITIES.length);
    const repeatedKind = new Float64Array(CAPABILITIES.length);
    for (const a of members) {
      const mine = this.asked[a];
      for (let k = 0; k < this.draws(a); k++) {
        const core = mine![2 * k]!;
        const kind = capabilityOf(mine![2 * k + 1]!);
        if (kind < 0 || wrappers.has(core)) continue;
        drawsKind[kind]!++;
        if (askers.get(core)! > 1) repeatedKind[kind]!++;
      }
    }
    let main = -1;
    for (let c = 0; c < drawsKind.length; c++) if (drawsKind[c]! > 0 && (main < 0 || drawsKind[c]! > drawsKind[main]!)) main = c;
    if (main < 0) return { capability: null, draws: 0, repeated: 0 };
    return { capability: CAPABILITIES[main]!, draws: drawsKind[main]!, repeated: repeatedKind[main]! };
  }

  /** The group's complementarity against the outsiders who asked its items (see the module comment). */
  complementarity(members: readonly number[]): Complementarity {
    const { askers, wrappers } = this.groupLines(members);
    const inGroup = this.inGroup;
    for (const a of members) if (a < inGroup.length) inGroup[a] = 1;
    const outsider = (o: number): boolean => inGroup[o] !== 1;
    const outsiders = new Set<number>();
    let draws = 0;
    let sharedIn = 0;
    let sharedOut = 0;
    const inPool = new Set<number>();
    const kinds = CAPABILITIES.length;
    // Per capability: the members' distinct draws (all, to take from the totals), their draws asked once, and of
    // those the in-group and outsider-only shares.
    const kindOf = new Map<number, number>();
    const drawsKind = new Float64Array(kinds);
    const inKind = new Float64Array(kinds);
    const outKind = new Float64Array(kinds);
    for (const a of members) {
      const mine = this.asked[a];
      const n = this.draws(a);
      for (let k = 0; k < n; k++) {
        const core = mine![2 * k]!;
        const kind = capabilityOf(mine![2 * k + 1]!);
        if (kind >= 0 && !kindOf.has(core)) kindOf.set(core, kind);
        if (wrappers.has(core)) continue;
        draws++;
        if (kind >= 0) drawsKind[kind]!++;
        if (askers.get(core)! > 1) {
          sharedIn++;
          if (kind >= 0) inKind[kind]!++;
          if (this.askers.get(core)?.some(outsider)) inPool.add(core);
        } else if (this.isShared(core)) {
          sharedOut++;
          if (kind >= 0) outKind[kind]!++;
          for (const o of this.askers.get(core) ?? []) if (outsider(o)) outsiders.add(o);
        }
      }
    }
    // The group's main kind of work: the capability most of its draws carry.
    let main = -1;
    for (let c = 0; c < kinds; c++) if (drawsKind[c]! > 0 && (main < 0 || drawsKind[c]! > drawsKind[main]!)) main = c;
    // The outsiders' distinct items of that kind: every distinct core of the kind but those only members asked.
    let membersOnly = 0;
    for (const [core, kind] of kindOf) if (kind === main && !(this.isShared(core) && (this.askers.get(core) ?? []).some(outsider))) membersOnly++;
    const outsideKind = main < 0 ? 0 : Math.max(0, this.capabilityCores[main]! - membersOnly);
    const capabilityDraws = main < 0 ? 0 : drawsKind[main]!;
    const capabilitySharedIn = main < 0 ? 0 : inKind[main]!;
    const capabilitySharedOut = main < 0 ? 0 : outKind[main]!;
    // The members' items cover a share of the outsiders' distinct items of the kind; over a half, the outsiders draw
    // from little else than the members' own material (or the kinds were read apart), and the reading says nothing.
    const readable = outsideKind > 0 && capabilitySharedOut <= outsideKind / 2;
    const capabilityExpectedIn = readable ? (capabilityDraws * capabilitySharedOut) / outsideKind : 0;
    for (const a of members) if (a < inGroup.length) inGroup[a] = 0;
    let outsideDraws = 0;
    for (const o of outsiders) outsideDraws += this.draws(o);
    const expectedIn = outsideDraws > 0 ? (sharedOut * sharedOut) / outsideDraws : 0;
    // Pool items only: each in-group share counted once per item, as the expectation counts items.
    const sharedInPool = inPool.size;
    const expectedInPool = expectedIn / 2;
    const readings = [isFewer(sharedIn, expectedIn), isFewer(sharedInPool, expectedInPool), isScarce(capabilitySharedIn, capabilityExpectedIn)].filter(Boolean).length;
    return {
      draws, sharedIn, sharedOut, expectedIn, sharedInPool, expectedInPool,
      capability: main < 0 ? null : CAPABILITIES[main]!, capabilityDraws, capabilitySharedIn, capabilitySharedOut, capabilityExpectedIn,
      complementary: readings > 0,
      readings,
    };
  }
}

/** Pool draws a member's draws of the kind would give at the group's rate, above which none marks work of its own. */
export const OWN_WORK_EXPECTED = 3;
/**
 * Chance, for a member drawing the queue's pool as the rest of the group does, of as many draws that outsiders ask too
 * (binomial at the rest's rate), at or under which it draws other material: outsiders' favourites.
 */
export const OTHER_MATERIAL_TAIL = 0.001;
/** Draws of the group's kind a member needs before the queue can speak for it. */
export const MIN_MEMBER_DRAWS = 3;

/**
 * The members of a queue that draw like independent users rather than like its hands: within the queue's main kind of
 * work, each member's draws and how many of them another member asked too are weighed by the two rates, the queue's
 * own (its in-group shares per draw: a pool's duplicate entries, lines passing for items) and independent users'
 * (the expected shares per draw). A member whose shares are likelier at the independent rate is one of the people
 * drawing from the same public pool who resemble the queue's accounts (a researcher asking the same benchmark's
 * problems), and is left out of the queue's campaign, those with the most shares first, round by round, the shares
 * counted again among the rest (a hand whose only share was with a person so left out is kept; where a person and a
 * hand share one item each, both are left out), and the queue's own rate read again among them (people grouped with
 * the queue, asking one tutorial's exercises, would otherwise make another person's one share in fifteen draws look
 * like a hand's chance coincidence). Members with fewer than MIN_MEMBER_DRAWS draws of the kind are left
 * out first: nothing of the queue is theirs yet (a class grouped with a queue by likeness, whose homework is the
 * group's own lines, not draws; a developer with two coding questions); so are members none of whose draws is a pool
 * item where the group's rate would give them OWN_WORK_EXPECTED (material of their own), and members whose draws
 * outsiders ask far more often than the rest's (OTHER_MATERIAL_TAIL: a benchmark everyone runs, beside a queue that
 * hands its pool out evenly).
 * Evade: have each account ask a few items another account asked (paying for answers already harvested); a hand that
 * draws only what outsiders favour (a popular benchmark) is left out of the queue, to the other paths.
 */
export function independentDrawers(pool: ItemPool, members: readonly number[], queue: Complementarity): number[] {
  const kind = queue.capability === null ? -1 : CAPABILITIES.indexOf(queue.capability as (typeof CAPABILITIES)[number]);
  // A queue found on the readings over all kinds (no kind read) keeps its members as they were grouped.
  if (kind < 0 || queue.capabilityDraws <= 0) return [];
  const independent = Math.min(0.5, queue.capabilityExpectedIn / queue.capabilityDraws);
  // The queue's own rate, with one share of prior so that a queue with none still allows a chance coincidence; read
  // again each round among the members still kept (people grouped with the queue raise it with their shares).
  const rateOf = (draws: number, shared: number): number => Math.min(independent, (shared + 1) / (draws + 1));
  let own = rateOf(queue.capabilityDraws, queue.capabilitySharedIn);
  if (own >= independent) return [];
  // Left out a round at a time, those with the most shares first, and the shares counted again among the rest: a
  // person asking several of the queue's items is left out, and the hands whose items it asked are then kept.
  // A member with fewer than MIN_MEMBER_DRAWS draws of the kind shows nothing of a queue (a developer asking two coding
  // questions that nobody else asked resembles a coding queue's hands in what it asks); one none of whose draws is a
  // pool item (asked by an outsider too), where the group's draws would give it three or more, asks material of its
  // own. Either is left to the other paths until it has drawn enough to be read.
  // So is one whose draws outsiders ask far more often than the rest's: a queue hands its pool out evenly, so each hand's
  // items are asked by outsiders at about one rate; a person running a benchmark everyone runs draws what outsiders
  // favour (a researcher's gsm8k-test beside a queue of gsm8k-train).
  const poolRate = queue.capabilitySharedOut / queue.capabilityDraws;
  const drawn = pool.memberDraws(members, kind);
  let allDraws = 0;
  let allFromPool = 0;
  for (const [, draws, , fromPool] of drawn) {
    allDraws += draws;
    allFromPool += fromPool;
  }
  const otherMaterial = (draws: number, fromPool: number): boolean => {
    const rest = allDraws - draws;
    return rest > 0 && binomialAtLeast(fromPool, draws, (allFromPool - fromPool + 1) / (rest + 2)) <= OTHER_MATERIAL_TAIL;
  };
  const ownWork = new Set(
    drawn
      .filter(([, draws, , fromPool]) => draws < MIN_MEMBER_DRAWS || (fromPool === 0 && draws * poolRate >= OWN_WORK_EXPECTED) || otherMaterial(draws, fromPool))
      .map(([a]) => a),
  );
  const out: number[] = [...ownWork];
  let rest = members.filter((a) => !ownWork.has(a));
  for (;;) {
    const drawn = pool.memberDraws(rest, kind);
    own = Math.min(own, rateOf(drawn.reduce((t, [, d]) => t + d, 0), drawn.reduce((t, [, , sh]) => t + sh, 0)));
    const perShare = Math.log(own / independent);
    const perMiss = Math.log((1 - own) / (1 - independent));
    const independentNow = drawn.filter(([, draws, shared]) => draws === 0 || shared * perShare + (draws - shared) * perMiss < 0);
    if (independentNow.length === 0) return out;
    // Members with no draw of the kind first (likeness alone put them in: a class asking its homework, whose shared
    // items are the group's own lines), then those with the most shares.
    const most = independentNow.some(([, draws]) => draws === 0) ? -1 : Math.max(...independentNow.map(([, , shared]) => shared));
    const leave = new Set(independentNow.filter(([, draws, shared]) => (most < 0 ? draws === 0 : shared === most)).map(([a]) => a));
    out.push(...leave);
    rest = rest.filter((a) => !leave.has(a));
  }
}

/**
 * Chance, for independent draws, of so few in-group shares (Poisson) under which a group draws one queue even with
 * fewer than MIN_EXPECTED_SHARES expected: none observed where five and a half were expected.
 */
export const QUEUE_TAIL = 0.005;

/**
 * Observed in-group shares far under an expectation large enough to judge by, or so far under a smaller one that
 * chance would give so few once in two hundred groups (the expectation is bounded low: the true chance is smaller).
 */
function isFewer(observed: number, expected: number): boolean {
  if (observed > COMPLEMENTARY_SHARE * expected) return false;
  return expected >= MIN_EXPECTED_SHARES || poissonAtMost(observed, expected) <= QUEUE_TAIL;
}

/** In-group shares at or under this share of the expected, within the group's main kind of work: a work queue. */
export const SCARCE_SHARE = 0.5;
/** Chance, for independent draws, of so few in-group shares within the main kind of work (Poisson). */
export const SCARCE_TAIL = 0.001;

/**
 * Observed in-group shares of the main kind of work at most half the expected, with expected enough to judge by and
 * so few that independent draws would give them once in a thousand groups. The expectation here takes every draw of
 * the kind as a draw from the pool (no lower bound), so it is read with a wider margin: a pool with duplicate entries
 * hands some items out twice, and a few members' own lines can still pass for items.
 */
function isScarce(observed: number, expected: number): boolean {
  if (expected < MIN_EXPECTED_SHARES || observed > SCARCE_SHARE * expected) return false;
  return poissonAtMost(observed, expected) <= SCARCE_TAIL;
}
