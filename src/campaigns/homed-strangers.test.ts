/**
 * Strangers who copied one published chain-of-thought wrapper, on a small hand-built link world: researchers who each
 * took the wrapper from a paper, registered one by one over two years, work from their home line and their
 * university's network (several of them at one university), switch models as they please (a model pivot links them)
 * and ask public benchmark items that other people ask too (hardly ever the same item twice). Set beside the same wording,
 * pivot and content from accounts registered for the job in one week, from rotating proxy pools, and from aged
 * accounts on home lines drawing distinct items from one queue: all three operations.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AccountState } from '../accounts/state.js';
import { scoreCohort } from './cohorts.js';
import { CampaignDetector } from './detector.js';
import { linkWorld, clusterMember, range } from './link-world.fixture.js';
import type { AccountInfo } from './links.js';
import { scoreCluster } from './score.js';
import { homed, ownServer, settled } from './homes.js';
import { publicDrawShare } from './unlinked.js';
import { ItemPool } from './work-queue.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.parse('2026-04-22T00:00:00Z');
/** Items of the public benchmarks the researchers draw from (finite: strangers drawing on them collide, ≈ 3 in 10). */
const BENCHMARK = 2000;
const REQUESTS = 40;

type Draw = 'benchmark' | 'queue';
type Network = 'home-and-university' | 'proxy-pool' | 'own-server' | 'one-cloud-network';

/** A fixed pseudo-random draw (an integer hash). */
function mix(x: number): number {
  let h = Math.imul(x ^ (x >>> 16), 0x45d9f3b);
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The k-th item account i asks: drawn from the public benchmarks, or handed out once by a queue. */
function itemOf(i: number, k: number, draw: Draw): number {
  return 90_000 + (draw === 'queue' ? REQUESTS * i + k : mix(REQUESTS * i + k + 1) % BENCHMARK);
}

/**
 * A researcher-like account: 40 chain-of-thought requests with large max_tokens on evenings, three in five from its
 * home ISP and two in five from its university (one of three); or every request from a rotating pool of cloud exits;
 * from a cloud server of its own (a notebook or a rented machine: one network, its own); or from one cloud network
 * all the accounts share.
 */
function asker(i: number, draw: Draw, network: Network): AccountState {
  const s = new AccountState(`r${i}`, i);
  for (let k = 0; k < REQUESTS; k++) {
    const item = itemOf(i, k, draw);
    const atUniversity = k % 5 >= 3;
    const cloud = network !== 'home-and-university';
    const asn = network === 'proxy-pool' ? 64_900 + (k % 7) : cloud ? 64_950 : atUniversity ? 64_800 + (i % 3) : 64_600 + i;
    const net = network === 'proxy-pool' ? `203.0.${(i * 7 + k) % 250}` : network === 'one-cloud-network' ? '203.0.113' : `198.51.${i}`;
    s.apply({
      id: 'r', ts: T0 + Math.floor(k / 8) * DAY + (18 + (i % 4)) * HOUR + (k % 8) * 300_000, account: `r${i}`, ip: `${net}.${k % 2}`,
      prefix: `${net}.0/24`, asn, country: 'US', datacenter: cloud, vpn: false, client: `sdk:c${i % 3}`, uaTlsMismatch: false,
      model: k < 20 ? 'reasoner-1' : 'reasoner-2', conversation: null, turn: null, intent: 0.9, intentKinds: 1, capability: 0, frame: 0, frameTail: 0,
      item, variant: 0, exactItem: item, core: item, reflective: false, maxTokens: 16_000, inputTokens: 300, outputTokens: 3000, reasoningTokens: 2000,
      tools: false, status: 200,
    });
  }
  return s;
}

/** Sets each account's sampled and shared item counts as the engine's item sampler would (here every item sampled). */
function countShared(states: AccountState[], draw: Draw): void {
  const askers = new Map<number, Set<number>>();
  states.forEach((_, i) => {
    for (let k = 0; k < REQUESTS; k++) {
      const item = itemOf(i, k, draw);
      (askers.get(item) ?? askers.set(item, new Set()).get(item)!).add(i);
    }
  });
  states.forEach((s, i) => {
    let shared = 0;
    for (let k = 0; k < REQUESTS; k++) if (askers.get(itemOf(i, k, draw))!.size > 1) shared++;
    s.sampledItems = REQUESTS;
    s.sharedItems = shared;
  });
}

function info(i: number, createdAt: number, payment = `card-${i}`): AccountInfo {
  return { index: i, createdAt, orgId: null, emailDomain: i % 2 ? `uni${i % 3}.edu` : 'gmail.com', payment, signupPrefix: null, verified: false, tier: 'free' };
}

const member = clusterMember;

const accounts = range(0, 18);
const oneByOne = accounts.map((i) => info(i, T0 - (30 + i * 40) * DAY));
const forTheJob = accounts.map((i) => info(i, T0 - 20 * DAY + i * 8 * HOUR));

function world(draw: Draw, network: Network): { states: AccountState[]; graph: ReturnType<typeof linkWorld>['graph'] } {
  const { graph, link } = linkWorld();
  link('frame', 'published-cot-wrapper', accounts);
  link('pivot', 'reasoner-2|release-day', accounts);
  const states = accounts.map((i) => asker(i, draw, network));
  countShared(states, draw);
  return { states, graph };
}

const linkPath = (): CampaignDetector => new CampaignDetector({ unlinked: { minCohort: 1000, individualEvidence: 2 } });
const flagged = (verdicts: Map<number, { flagged: boolean }>): number[] => accounts.filter((a) => verdicts.get(a)?.flagged);

test('researchers who copied one wrapper, at home and at their universities, asking public items, are no campaign', () => {
  const { states, graph } = world('benchmark', 'home-and-university');
  assert.ok(states.every(homed) && !states.some(settled), 'two networks each: homed, not settled');
  const members = states.map((s, i) => member(s, oneByOne[i]!));
  const score = scoreCluster(members, graph);
  assert.ok((score.linkShares.pivot ?? 0) >= 0.3, 'the pivot is a second kind of link: no single-kind discount');
  assert.ok(score.terms['links:homed-strangers']! < 0 && score.score < 0.1, `score ${score.score}`);
  assert.deepEqual(flagged(linkPath().run(T0, states, oneByOne, graph)), [], 'no researcher flagged');
});

test('the same wording, pivot and items from accounts registered for the job in one week are a campaign', () => {
  const { states, graph } = world('benchmark', 'home-and-university');
  assert.equal(scoreCluster(states.map((s, i) => member(s, forTheJob[i]!)), graph).terms['links:homed-strangers'], 0);
  assert.ok(flagged(linkPath().run(T0, states, forTheJob, graph)).length >= 15, 'the fleet is a campaign');
});

test('the same from a rotating pool of cloud exits is a campaign', () => {
  const { states, graph } = world('benchmark', 'proxy-pool');
  assert.ok(!states.some(homed));
  assert.equal(scoreCluster(states.map((s, i) => member(s, oneByOne[i]!)), graph).terms['links:homed-strangers'], 0);
  assert.ok(flagged(linkPath().run(T0, states, oneByOne, graph)).length >= 15, 'the pool is a campaign');
});

test('researchers each on a cloud server of their own are at home there; on one shared cloud network they are not', () => {
  const own = world('benchmark', 'own-server').states;
  assert.ok(!own.some(homed) && own.every((s) => ownServer(s) !== 0), 'a datacenter network of its own: not homed, an own server');
  assert.equal(new Set(own.map(ownServer)).size, own.length);
  const { graph } = world('benchmark', 'own-server');
  assert.ok(scoreCluster(own.map((s, i) => member(s, oneByOne[i]!)), graph).terms['links:homed-strangers']! < 0);
  assert.deepEqual(flagged(linkPath().run(T0, own, oneByOne, graph)), [], 'no researcher flagged');
  assert.ok(scoreCohort(own.map((s, i) => member(s, oneByOne[i]!)), 0.96).terms['legit:homed-strangers']! < 0);
  // One cloud network for all: each account's main network is another's, which is a fleet's address block.
  const shared = world('benchmark', 'one-cloud-network');
  assert.ok(shared.states.every((s) => ownServer(s) !== 0) && new Set(shared.states.map(ownServer)).size === 1);
  assert.equal(scoreCohort(shared.states.map((s, i) => member(s, oneByOne[i]!)), 0.96).terms['legit:homed-strangers'], 0);
  // A rotating pool carries no network two in three of an account's requests.
  assert.ok(world('benchmark', 'proxy-pool').states.every((s) => ownServer(s) === 0));
});

test('aged accounts on home lines drawing distinct items from one queue are a campaign', () => {
  const { states, graph } = world('queue', 'home-and-university');
  assert.ok(states.every(homed));
  assert.equal(scoreCluster(states.map((s, i) => member(s, oneByOne[i]!)), graph).terms['links:homed-strangers'], 0);
  assert.ok(flagged(linkPath().run(T0, states, oneByOne, graph)).length >= 15, 'the queue is a campaign');
});

test('one card paying for the researchers makes them one owner', () => {
  const { states } = world('benchmark', 'home-and-university');
  const carded = linkWorld();
  carded.link('frame', 'published-cot-wrapper', accounts);
  carded.link('payment', 'card-shared', accounts);
  const score = scoreCluster(states.map((s, i) => member(s, { ...oneByOne[i]!, payment: 'card-shared' })), carded.graph);
  assert.equal(score.terms['links:homed-strangers'], 0);
});

test('alike as a behavioural cohort, the same researchers are no campaign; a queue or one card makes them one', () => {
  const people = world('benchmark', 'home-and-university').states;
  const researchers = scoreCohort(people.map((s, i) => member(s, oneByOne[i]!)), 0.96);
  assert.ok(researchers.terms['legit:homed-strangers']! < 0 && researchers.score < 0.1, `score ${researchers.score}`);
  const queue = world('queue', 'home-and-university').states;
  assert.equal(scoreCohort(queue.map((s, i) => member(s, oneByOne[i]!)), 0.96).terms['legit:homed-strangers'], 0);
  const carded = scoreCohort(people.map((s, i) => member(s, info(i, oneByOne[i]!.createdAt, 'card-shared'))), 0.96);
  assert.equal(carded.terms['legit:homed-strangers'], 0);
});

/**
 * The researchers' items as the engine's item pool sees them (cores, whatever the wording around them), beside 40
 * outsiders who draw the same public benchmarks; a queue's members draw items handed out once.
 */
function poolOf(draw: Draw): ItemPool {
  const pool = new ItemPool(0);
  accounts.forEach((i) => {
    for (let k = 0; k < REQUESTS; k++) pool.see(i, itemOf(i, k, draw), 0);
  });
  for (let o = 0; o < 40; o++) for (let k = 0; k < REQUESTS; k++) pool.see(1000 + o, itemOf(1000 + o, k, 'benchmark'), 0);
  return pool;
}

test('researchers who wrap public items in their own words are read as drawing common material', () => {
  const people = world('benchmark', 'home-and-university').states;
  // Their requests read as ordinary chat (the engine samples shared items among extraction-style requests only).
  for (const s of people) [s.sampledItems, s.sharedItems] = [0, 0];
  const members = people.map((s, i) => member(s, oneByOne[i]!));
  assert.equal(scoreCohort(members, 0.96).terms['legit:homed-strangers'], 0, 'no common material seen without the pool');
  const share = publicDrawShare(poolOf('benchmark'), accounts);
  assert.ok(share >= 0.1, `public share ${share}`);
  const researchers = scoreCohort(members, 0.96, 'similar:behaviour-profile', share);
  assert.ok(researchers.terms['legit:homed-strangers']! < 0 && researchers.score < 0.1, `score ${researchers.score}`);
});

test('a queue’s hands draw no public material, however many of their items outsiders ask', () => {
  const pool = poolOf('queue');
  const q = pool.complementarity(accounts);
  assert.ok(q.sharedOut > 0 && q.sharedIn === 0, `out ${q.sharedOut}, in ${q.sharedIn}`);
  assert.equal(publicDrawShare(pool, accounts), 0);
  assert.equal(publicDrawShare(null, accounts), 0, 'no pool: nothing known');
});

/** An account of `requests` requests whose k-th comes from `asnOf(k)`, from a datacenter where `cloud(k)`. */
function networked(requests: number, asnOf: (k: number) => number, cloud: (k: number) => boolean = () => false): AccountState {
  const s = new AccountState('n0', 0);
  for (let k = 0; k < requests; k++) {
    s.apply({
      id: 'r', ts: T0 + k * HOUR, account: 'n0', ip: '198.51.0.1', prefix: '198.51.0.0/24', asn: asnOf(k), country: 'US', datacenter: cloud(k), vpn: false,
      client: 'sdk:c0', uaTlsMismatch: false, model: 'reasoner-1', conversation: null, turn: null, intent: 0.5, intentKinds: 0, capability: 0, frame: 0,
      frameTail: 0, item: 0, variant: 0, exactItem: 0, core: 0, reflective: false, maxTokens: 16_000, inputTokens: 300, outputTokens: 3000,
      reasoningTokens: 2000, tools: false, status: 200,
    });
  }
  return s;
}

test('a person at home asks from a phone and other lines now and then; hands rotating through carriers or clouds are not at home', () => {
  // Four networks: the home line for 16 of 20 requests (four in five), two other lines once each and a phone twice.
  const person = networked(20, (k) => (k === 4 ? 64_701 : k === 9 ? 64_702 : k % 10 === 7 ? 64_703 : 64_700));
  assert.equal(person.asns.length, 4);
  assert.equal(person.homeRequests, 16);
  assert.ok(homed(person));
  // Home and the university, any split: at home.
  assert.ok(homed(networked(20, (k) => (k % 2 ? 64_700 : 64_800))));
  // Four carriers in turn (a mobile proxy farm), or one request from a datacenter: not at home.
  assert.ok(!homed(networked(20, (k) => 64_900 + (k % 4))));
  assert.ok(!homed(networked(20, () => 64_700, (k) => k === 5)));
  // The most used network is the home line, whichever came first (the first request from the phone on the way).
  assert.ok(homed(networked(20, (k) => (k === 0 ? 64_703 : k === 4 ? 64_701 : k === 9 ? 64_702 : 64_700))));
  // A snapshot keeps the counts, and a later shard of the account adds its requests network by network.
  const restored = new AccountState('n0', 0);
  restored.restore(person.snapshot());
  assert.equal(restored.homeRequests, 16);
  const later = networked(5, () => 64_700);
  restored.merge(later);
  assert.equal(restored.homeRequests, 21);
});
