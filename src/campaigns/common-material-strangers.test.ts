/**
 * Strangers working from one public prompt set, on a small hand-built link world: hobbyists each generating a
 * fine-tuning set of their own with one published prompt, registered one by one over two years, at home and on their
 * phones. They share the wording, draw overlapping items from the public set (or prompts of their own) and ask their
 * own prompts again for more samples. Set beside the same wording and content from accounts registered for the job in
 * one week, from a mobile proxy farm, and from aged accounts drawing distinct items from one queue: all operations.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AccountState } from '../accounts/state.js';
import { CampaignDetector } from './detector.js';
import { linkWorld, clusterMember, range } from './link-world.fixture.js';
import type { AccountInfo } from './links.js';
import { scoreCluster } from './score.js';
import { homed, settled } from './homes.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.parse('2026-04-22T00:00:00Z');
/** Items of the public prompt set the hobbyists draw from (a finite set: strangers drawing on it collide). */
const PUBLIC_SET = 1200;

type Draw = 'public-set' | 'queue' | 'own-prompts';
type Network = 'home-and-phone' | 'carriers';

/** The k-th item account i draws from the public set (a fixed pseudo-random draw). */
function publicItem(i: number, k: number): number {
  return (Math.imul(i * 40 + k + 1, 2_654_435_761) >>> 0) % PUBLIC_SET;
}

/**
 * An account sending 40 instruction-generation requests in evening batches, from its home ISP and one request in
 * five from a mobile carrier (so not `settled`), or in turn from three carriers (a mobile proxy farm). `public-set`:
 * items drawn from the public set, one in eight asked again; `queue`: distinct items handed out once; `own-prompts`:
 * prompts of its own nobody else asks, one in eight asked again (a published generation prompt sent as it is).
 */
function generator(i: number, draw: Draw, network: Network = 'home-and-phone'): AccountState {
  const s = new AccountState(`a${i}`, i);
  for (let k = 0; k < 40; k++) {
    const again = k % 8 === 7 ? k - 1 : k;
    const item = 70_000 + (draw === 'queue' ? 40 * i + k : draw === 'own-prompts' ? 40 * i + again : publicItem(i, again));
    s.apply({
      id: 'r', ts: T0 + Math.floor(k / 8) * DAY + (19 + (i % 3)) * HOUR + (k % 8) * 40_000, account: `a${i}`, ip: `192.0.2.${k}`, prefix: '192.0.2.0/24',
      asn: network === 'carriers' ? 64_900 + (k % 3) : k % 5 === 4 ? 64_900 : 64_600 + i, country: 'US', datacenter: false, vpn: false, client: `sdk:c${i % 4}`, uaTlsMismatch: false, model: 'small-4',
      conversation: null, turn: null, intent: 0.95, intentKinds: 4, capability: 2, frame: 0, frameTail: 0, item, variant: 0, exactItem: item, core: item,
      reflective: false, maxTokens: 4096, inputTokens: 400, outputTokens: 1200, reasoningTokens: 0, tools: false, status: 200,
    });
  }
  return s;
}

/** Sets each account's sampled and shared item counts as the engine's item sampler would (here every item sampled). */
function countShared(states: AccountState[], draw: Draw): void {
  const askers = new Map<number, Set<number>>();
  states.forEach((s, i) => {
    for (let k = 0; k < 40; k++) {
      const item = draw === 'queue' || draw === 'own-prompts' ? 40 * i + k : publicItem(i, k);
      (askers.get(item) ?? askers.set(item, new Set()).get(item)!).add(i);
    }
  });
  states.forEach((s, i) => {
    let shared = 0;
    for (let k = 0; k < 40; k++) if (askers.get(draw === 'queue' || draw === 'own-prompts' ? 40 * i + k : publicItem(i, k))!.size > 1) shared++;
    s.sampledItems = 40;
    s.sharedItems = shared;
  });
}

function info(i: number, createdAt: number): AccountInfo {
  return { index: i, createdAt, orgId: null, emailDomain: 'gmail.com', payment: `card-${i}`, signupPrefix: null, verified: false, tier: 'build' };
}

const member = clusterMember;

const accounts = range(0, 18);
/** Registered one by one over two years, or for the job within one week. */
const oneByOne = accounts.map((i) => info(i, T0 - (30 + i * 40) * DAY));
const forTheJob = accounts.map((i) => info(i, T0 - 20 * DAY + i * 8 * HOUR));

function world(draw: Draw, network: Network = 'home-and-phone'): { states: AccountState[]; graph: ReturnType<typeof linkWorld>['graph'] } {
  const { graph, link } = linkWorld();
  link('frame', 'self-instruct-prompt', accounts);
  link('variant', 'perturbed-seed-tasks', accounts);
  const states = accounts.map((i) => generator(i, draw, network));
  countShared(states, draw);
  return { states, graph };
}

const linkPath = (): CampaignDetector => new CampaignDetector({ unlinked: { minCohort: 1000, individualEvidence: 2 } });

test('hobbyists registered one by one, colliding on a public prompt set and asking their own prompts again, are no campaign', () => {
  const { states, graph } = world('public-set');
  assert.ok(!states.some(settled), 'on their phones too: not settled strangers');
  const verdicts = linkPath().run(T0, states, oneByOne, graph);
  assert.deepEqual(accounts.filter((a) => verdicts.get(a)?.flagged), [], 'no hobbyist flagged');
  const score = scoreCluster(states.map((s, i) => member(s, oneByOne[i]!)), graph);
  assert.ok(score.terms['links:common-material-strangers']! < 0 && score.score < 0.1, `score ${score.score}`);
});

test('the same wording and material from accounts registered for the job in one week is a campaign', () => {
  const { states, graph } = world('public-set');
  const verdicts = linkPath().run(T0, states, forTheJob, graph);
  assert.ok(accounts.filter((a) => verdicts.get(a)?.flagged).length >= 15, 'the fleet is a campaign');
  assert.equal(scoreCluster(states.map((s, i) => member(s, forTheJob[i]!)), graph).terms['links:common-material-strangers'], 0);
});

test('aged accounts drawing distinct items from one queue, never asking one again, are a campaign', () => {
  const { states, graph } = world('queue');
  const verdicts = linkPath().run(T0, states, oneByOne, graph);
  assert.ok(accounts.filter((a) => verdicts.get(a)?.flagged).length >= 15, 'the queue is a campaign');
});

test('hobbyists at home asking prompts of their own again, nobody else\'s, are no campaign; from a carrier farm they are one', () => {
  const { states, graph } = world('own-prompts');
  assert.ok(states.every(homed) && states.every((s) => s.sharedItems === 0), 'at home, no item another account asks');
  const verdicts = linkPath().run(T0, states, oneByOne, graph);
  assert.deepEqual(accounts.filter((a) => verdicts.get(a)?.flagged), [], 'no hobbyist flagged');
  assert.ok(scoreCluster(states.map((s, i) => member(s, oneByOne[i]!)), graph).terms['links:common-material-strangers']! < 0);
  const farm = world('own-prompts', 'carriers');
  assert.ok(!farm.states.some(homed));
  assert.equal(scoreCluster(farm.states.map((s, i) => member(s, oneByOne[i]!)), farm.graph).terms['links:common-material-strangers'], 0);
  assert.ok(accounts.filter((a) => linkPath().run(T0, farm.states, oneByOne, farm.graph).get(a)?.flagged).length >= 15, 'the farm is a campaign');
  // Registered for the job in one week, at home or not: a campaign.
  assert.ok(accounts.filter((a) => linkPath().run(T0, states, forTheJob, graph).get(a)?.flagged).length >= 15, 'the fleet is a campaign');
});

test('one card paying for the hobbyists makes them one owner', () => {
  const { states } = world('public-set');
  const carded = linkWorld();
  carded.link('frame', 'self-instruct-prompt', accounts);
  carded.link('variant', 'perturbed-seed-tasks', accounts);
  carded.link('payment', 'card-shared', accounts);
  const score = scoreCluster(states.map((s, i) => member(s, { ...oneByOne[i]!, payment: 'card-shared' })), carded.graph);
  assert.equal(score.terms['links:common-material-strangers'], 0);
});
