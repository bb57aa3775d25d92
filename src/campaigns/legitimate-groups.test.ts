/**
 * Legitimate groups that look coordinated, on small hand-built link worlds: an agency paying for its clients' keys
 * with one card, a class signed up in one lesson behind its campus network, students sharing homework items, users of
 * one language's second TLS build. Each is set beside the operation it must not be confused with.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AccountState } from '../accounts/state.js';
import { accountEvidence, accountFeatures } from '../accounts/features.js';
import { CAPABILITIES, type Observation } from '../engine/observation.js';
import { CampaignDetector } from './detector.js';
import { linkWorld, range } from './link-world.fixture.js';
import type { AccountInfo, LinkIndex, PaymentGroup } from './links.js';
import { commonItemShare, coreRedundancy, scoreCluster, type ClusterMember } from './score.js';
import { ItemPool } from './work-queue.js';

const T0 = Date.parse('2026-04-22T00:00:00Z');

/** An account of 20 requests whose summed extraction intent is `intent` (0..20). */
function account(i: number, intent: number, shared = 0, sampled = 0): AccountState {
  const s = new AccountState(`a${i}`, i);
  s.n = 20;
  s.intentSum = intent;
  s.sharedItems = shared;
  s.sampledItems = sampled;
  return s;
}

/** Registers the accounts as signed up in one hour on one domain (a burst) and activates them. */
function signUpTogether(links: LinkIndex, accounts: number[]): void {
  for (const index of accounts) links.registerAccount({ index, createdAt: Date.UTC(2026, 3, 1, 9, index), orgId: null, emailDomain: 'campus.example', payment: null, signupPrefix: null, verified: false, tier: 'free' });
  for (const a of accounts) links.activate(a);
}

const member = (s: AccountState): ClusterMember => {
  const features = accountFeatures(s);
  return { state: s, info: undefined, features, evidence: accountEvidence(features) };
};

test('accounts on one card and one office network whose traffic is ordinary are no campaign; the same links with harvesting traffic are', () => {
  const { graph, link } = linkWorld();
  // Fifteen unverified accounts on one card (a card farm by count) behind one address: an agency's clients, or a farm.
  link('payment', 'card', range(0, 15));
  link('ip', '203.0.113.7', range(0, 15));
  const card: PaymentGroup = { accounts: 15, verified: 0 };
  const infos: AccountInfo[] = range(0, 15).map((index) => ({ index, createdAt: T0 - 90 * 86_400_000, orgId: null, emailDomain: 'agency.example', payment: 'card', signupPrefix: null, verified: false, tier: 'build', paymentGroup: card }));
  const ordinary = new CampaignDetector().run(T0, range(0, 15).map((i) => account(i, 2)), infos, graph);
  for (const a of range(0, 15)) assert.notEqual(ordinary.get(a)?.flagged, true, `agency account ${a}`);
  const farm = new CampaignDetector().run(T0, range(0, 15).map((i) => account(i, 16)), infos, graph);
  for (const a of range(0, 15)) assert.equal(farm.get(a)?.flagged, true, `farm account ${a}`);
  // The score says why: the links are taken back when the pooled traffic does not lean to harvesting.
  const score = scoreCluster(range(0, 15).map((i) => ({ ...member(account(i, 2)), info: infos[i] })), graph);
  assert.ok(score.terms['links:ordinary-content']! < -4, 'card, card farm and network links are not counted');
  assert.ok(score.score < 0.1);
});

test('a sign-up burst and a shared network are one kind of link (place and time), not two', () => {
  const { graph, links, link } = linkWorld();
  signUpTogether(links, range(0, 12));
  link('ip', '192.0.2.10', range(0, 12));
  const placeAndTime = scoreCluster(range(0, 12).map((i) => member(account(i, 14))), graph);
  assert.equal(placeAndTime.terms['links:single-kind'], -1.5);
  // With a second, independent kind (one card) the cluster is coordinated twice over.
  link('payment', 'card', range(0, 12));
  assert.equal(scoreCluster(range(0, 12).map((i) => member(account(i, 14))), graph).terms['links:single-kind'], 0);
});

test("a small class sharing its homework items is spared; a work queue of the same size and links is not", () => {
  const { graph, links, link } = linkWorld();
  // Eight students: one sign-up burst, one campus address, the teacher's wrapper, step-by-step questions. Items are
  // sampled one in eight, so when the class is first judged it has a handful sampled, every one shared.
  signUpTogether(links, range(0, 8));
  link('ip', '192.0.2.10', range(0, 8));
  link('frame', 'teacher-wrapper', range(0, 8));
  const detector = (shared: number) => new CampaignDetector().run(T0, range(0, 8).map((i) => account(i, 15, shared, 1)), [], graph);
  const queue = detector(0);
  const klass = detector(1);
  for (const a of range(0, 8)) {
    assert.equal(queue.get(a)?.flagged, true, `queue account ${a}`);
    assert.notEqual(klass.get(a)?.flagged, true, `student ${a}`);
  }
  const score = scoreCluster(range(0, 8).map((i) => member(account(i, 15, 1, 1))), graph);
  assert.ok(score.terms['behaviour:shares-items']! < -2);
});

test("a TLS build carried by a tenth or more of a client's users is one of its homes, not a disguise", () => {
  const { graph, links } = linkWorld();
  const obs = (account: number, client: string): Observation =>
    ({ ip: `198.51.${account % 250}.${1 + (account >> 8)}`, prefix: `198.51.${account % 250}.0/24`, asn: 64500 + account, client, uaTlsMismatch: false }) as Observation;
  const home = 't13d1812h1_c76926155539';
  const build2 = 't13d1713h1_5f272191a8a3';
  const go = 't13d1311h2_f57a46bbacb6';
  // An HTTP library of the same language has the second build as its home; Go's client has its own.
  for (let a = 100; a < 125; a++) links.observe(obs(a, `http-library:python-requests|${build2}`), a);
  for (let a = 200; a < 225; a++) links.observe(obs(a, `http-library:go-http-client|${go}`), a);
  // The SDK's users arrive mixed: 60 on its home build and 12 (one in six) on the second build; then 3 (4%) on Go's.
  for (let a = 0; a < 72; a++) links.observe(obs(a, `sdk:openai-python|${a % 6 === 5 ? build2 : home}`), a);
  for (let a = 72; a < 75; a++) links.observe(obs(a, `sdk:openai-python|${go}`), a);
  assert.equal(graph.edge(5, 11), undefined, 'users of a common build are not linked');
  assert.equal(links.observe(obs(11, `sdk:openai-python|${build2}`), 11), false, 'nor reported spoofed');
  assert.equal(graph.edge(72, 73)!.strong, 1, 'a rare foreign stack under the SDK is still one toolkit');
});

test('strangers sharing a published wrapper and a release-day pivot are no campaign unless they harvest', () => {
  const { graph, link } = linkWorld();
  // Sixty researchers, each on their own card and network: one chain-of-thought wrapper copied from a paper (a
  // template link), two thirds moving to a new model the day it came out (a pivot), large max_tokens for reasoning.
  // Without the rule this cluster scores 0.55.
  link('frame', 'walk-me-through-your-reasoning', range(0, 60));
  link('pivot', 'new-model|release-day', range(0, 40));
  const researcher = (i: number, intent: number): AccountState => {
    const s = account(i, intent);
    s.maxTokensHigh = 16;
    // Most openings are hard questions answered with long extended reasoning.
    s.reasonedFirstTurns = 12;
    return s;
  };
  // A fifth of their requests wrap a maths item in the wrapper: pooled intent at the ordinary base rate.
  const researchers = new CampaignDetector().run(T0, range(0, 60).map((i) => researcher(i, 3)), [], graph);
  for (const a of range(0, 60)) assert.notEqual(researchers.get(a)?.flagged, true, `researcher ${a}`);
  const score = scoreCluster(range(0, 60).map((i) => member(researcher(i, 3))), graph);
  assert.ok(score.terms['links:no-owner-artefact']! <= -1.5, 'the wrapper and pivot links are taken back');
  // The same links around a harvest (most requests extraction-style) are a campaign: a sub-team on its own cards.
  const pipeline = new CampaignDetector().run(T0, range(0, 60).map((i) => researcher(i, 12)), [], graph);
  assert.ok(range(0, 60).filter((a) => pipeline.get(a)?.flagged).length >= 40, 'the pipeline is a campaign');
  assert.equal(scoreCluster(range(0, 60).map((i) => member(researcher(i, 12))), graph).terms['links:no-owner-artefact'], 0);
  // And the links of one owner (a shared card) keep their weight whatever the content.
  link('payment', 'card', range(0, 60));
  assert.equal(scoreCluster(range(0, 60).map((i) => member(researcher(i, 3))), graph).terms['links:no-owner-artefact'], 0);
});

test('a class asking one homework list is spared when none of its items is in the sample; a work queue is not', () => {
  const { graph, links, link } = linkWorld();
  // Forty students: one sign-up burst, one campus address, the teacher's wrapper, eight questions each from a list of
  // twelve. No item is in the one-in-eight sample (sampled 0): only the students' own item sets show the sharing.
  signUpTogether(links, range(0, 40));
  link('ip', '192.0.2.10', range(0, 40));
  link('frame', 'teacher-wrapper', range(0, 40));
  const asking = (i: number, item: (k: number) => number): AccountState => {
    const s = new AccountState(`a${i}`, i);
    for (let k = 0; k < 8; k++) {
      s.apply({
        id: 'r', ts: T0 + k * 3_600_000, account: `a${i}`, ip: '192.0.2.10', prefix: '192.0.2.0/24', asn: 64500, country: 'US', datacenter: false, vpn: false,
        client: 'browser:chrome|t13d1516h2_8daaf6152771', uaTlsMismatch: false, model: 'small-4', conversation: null, turn: null, intent: 0.75,
        intentKinds: 0, capability: 1, frame: 0, frameTail: 0, item: item(k), variant: 0, exactItem: item(k), core: item(k), reflective: false, maxTokens: 1024,
        inputTokens: 90, outputTokens: 300, reasoningTokens: 0, tools: false, status: 200,
      });
    }
    return s;
  };
  const homework = (i: number) => (k: number) => 1000 + ((i + 5 * k) % 12);
  const queue = (i: number) => (k: number) => 5000 + 8 * i + k;
  // The link path alone: these hand-built students are exact copies of one another, which real students are not.
  const linkPath = () => new CampaignDetector({ unlinked: { minCohort: 1000 } });
  const klass = linkPath().run(T0, range(0, 40).map((i) => asking(i, homework(i))), [], graph);
  for (const a of range(0, 40)) assert.notEqual(klass.get(a)?.flagged, true, `student ${a}`);
  const pipeline = linkPath().run(T0, range(0, 40).map((i) => asking(i, queue(i))), [], graph);
  assert.ok(range(0, 40).filter((a) => pipeline.get(a)?.flagged).length >= 30, 'the work queue is a campaign');
  const score = scoreCluster(range(0, 40).map((i) => member(asking(i, homework(i)))), graph);
  assert.ok(score.terms['behaviour:shares-items']! < -3, String(score.terms['behaviour:shares-items']));
  // With no link at all the same accounts meet the likeness path (a behavioural cohort): the class is spared there too.
  const unlinked = () => new CampaignDetector().run(T0, range(0, 40).map((i) => asking(i, homework(i))), [], linkWorld().graph);
  for (const [a, v] of unlinked()) assert.notEqual(v.flagged, true, `student ${a} by likeness`);
  const queueByLikeness = new CampaignDetector().run(T0, range(0, 40).map((i) => asking(i, queue(i))), [], linkWorld().graph);
  assert.ok(range(0, 40).filter((a) => queueByLikeness.get(a)?.flagged).length >= 30, 'the work queue is a cohort');
});

test('a class asking its homework each in their own words is spared on the items\' cores; the same re-asking from rotating networks, and a work queue, are not', () => {
  // Forty students: one sign-up burst, one campus address, the teacher's wrapper, eight of twelve homework problems
  // each, every prompt in the student's own words ("My attempt: is the answer 20?"): no whole prompt repeats, so the
  // whole-prompt items are all distinct; the problem (the core) is one of twelve.
  const { graph, links, link } = linkWorld();
  signUpTogether(links, range(0, 40));
  link('ip', '192.0.2.10', range(0, 40));
  link('frame', 'teacher-wrapper', range(0, 40));
  // Cores are even: the pool keeps one core in two, by its hash (work-queue.ts keptCore).
  const homework = (i: number, k: number): number => 2000 + 2 * ((i + 5 * k) % 12);
  const queue = (i: number, k: number): number => 6000 + 2 * (8 * i + k);
  const world = (core: (i: number, k: number) => number, rotating: boolean) => {
    const pool = new ItemPool();
    const states = range(0, 40).map((i) => {
      const s = new AccountState(`a${i}`, i);
      for (let k = 0; k < 8; k++) {
        const item = 100_000 + 8 * i + k;
        s.apply({
          id: 'r', ts: T0 + k * 3_600_000, account: `a${i}`, ip: '192.0.2.10', prefix: '192.0.2.0/24', asn: rotating ? 64500 + k : 64500, country: 'US', datacenter: rotating,
          vpn: false, client: 'browser:chrome|t13d1516h2_8daaf6152771', uaTlsMismatch: false, model: 'small-4', conversation: null, turn: null, intent: 0.75, intentKinds: 0,
          capability: 1, frame: 0, frameTail: 0, item, variant: 0, exactItem: item, core: core(i, k), reflective: false, maxTokens: 1024, inputTokens: 90,
          outputTokens: 300, reasoningTokens: 0, tools: false, status: 200,
        });
        pool.see(i, core(i, k), 1, true);
      }
      return s;
    });
    const detector = new CampaignDetector({ unlinked: { minCohort: 1000 } });
    detector.itemPool = pool;
    return { pool, states, verdicts: detector.run(T0, states, [], graph) };
  };
  const klass = world(homework, false);
  for (const a of range(0, 40)) assert.notEqual(klass.verdicts.get(a)?.flagged, true, `student ${a}`);
  assert.ok(coreRedundancy(klass.states.map((state) => ({ state })), { cores: klass.pool }) > 10, 'each problem asked many times over');
  // Without the cores (whole prompts only) the same class reads as a harvest of distinct items.
  const wholePrompts = new CampaignDetector({ unlinked: { minCohort: 1000 } }).run(T0, klass.states, [], graph);
  assert.ok(range(0, 40).filter((a) => wholePrompts.get(a)?.flagged).length >= 30, 'whole prompts alone flag the class');
  // The same re-asking of twelve items from rotating cloud networks: an operation harvesting varied answers.
  const rotating = world(homework, true);
  assert.equal(coreRedundancy(rotating.states.map((state) => ({ state })), { cores: rotating.pool }), 1);
  assert.ok(range(0, 40).filter((a) => rotating.verdicts.get(a)?.flagged).length >= 30, 'the re-asking fleet is a campaign');
  // A work queue on the class's own links and networks: every core distinct.
  const pipeline = world(queue, false);
  assert.ok(range(0, 40).filter((a) => pipeline.verdicts.get(a)?.flagged).length >= 30, 'the work queue is a campaign');
});

test('items asked twice by coincidence (a sweep over a finite grid) are no common material', () => {
  // Ten accounts, twenty items each; a tenth of each account's items happen to be another account's too.
  const states = range(0, 10).map((i) => {
    const s = new AccountState(`a${i}`, i);
    for (let k = 0; k < 20; k++) {
      const item = k < 2 ? 900 + ((i + k) % 10) : 10_000 + 20 * i + k;
      s.apply({
        id: 'r', ts: T0 + k * 3_600_000, account: `a${i}`, ip: '192.0.2.10', prefix: '192.0.2.0/24', asn: 64500, country: 'US', datacenter: false, vpn: false,
        client: 'x', uaTlsMismatch: false, model: 'm', conversation: null, turn: null, intent: 0.75, intentKinds: 0, capability: 1, frame: 0, frameTail: 0,
        item, variant: 0, exactItem: item, core: item, reflective: false, maxTokens: 1024, inputTokens: 90, outputTokens: 300, reasoningTokens: 0, tools: false, status: 200,
      });
    }
    return s;
  });
  assert.equal(commonItemShare(states.map((state) => ({ state }))), 0);
});

/**
 * An account of 40 requests spread over every hour of the day (a product's backend, or a script): `intent` of them read
 * as extraction-style, and the first `longOutputs` asking for 8000 output tokens (the others for 800).
 */
function roundTheClock(i: number, intent: number, longOutputs = 0): AccountState {
  const s = new AccountState(`a${i}`, i);
  for (let k = 0; k < 40; k++) {
    const o: Observation = {
      id: `r${k}`, ts: T0 - 10 * 86_400_000 + k * 5 * 3_600_000 + i * 60_000, account: s.id, ip: '198.51.100.7', prefix: '198.51.100.0/24', asn: 64500, country: 'US',
      datacenter: true, vpn: false, client: 'sdk:openai-node|t13d1516h2_8daaf6152771', uaTlsMismatch: false, model: 'flash', conversation: null, turn: null,
      intent: k < intent ? 0.9 : 0.05, intentKinds: 0, capability: CAPABILITIES.indexOf('other'), frame: 0, frameTail: 0, item: 0, variant: 0, exactItem: 0, core: 0,
      reflective: false, maxTokens: k < longOutputs ? 8000 : 800, inputTokens: 80, outputTokens: 150, reasoningTokens: 0, tools: false, status: 200,
    };
    s.apply(o);
  }
  return s;
}

test('a small unverified company (one card, one office, one sign-up hour) whose product runs round the clock is no campaign; a farm on the same links taking long outputs is', () => {
  const { graph, links, link } = linkWorld();
  // Eleven keys made together on the company's card, its domain and its cloud egress (a card farm by count).
  const card: PaymentGroup = { accounts: 11, verified: 0 };
  for (const index of range(0, 11)) links.registerAccount({ index, createdAt: Date.UTC(2026, 1, 7, 11, 45, index * 60), orgId: null, emailDomain: 'startup.example', payment: 'card', signupPrefix: null, verified: false, tier: 'build' });
  for (const a of range(0, 11)) links.activate(a);
  link('payment', 'card', range(0, 11));
  link('ip', '198.51.100.7', range(0, 11));
  const infos: AccountInfo[] = range(0, 11).map((index) => ({ index, createdAt: Date.UTC(2026, 1, 7, 11, 45, index * 60), orgId: null, emailDomain: 'startup.example', payment: 'card', signupPrefix: null, verified: false, tier: 'build', paymentGroup: card }));
  // Its users' ordinary questions (extraction intent under the base rate), short answers, whenever users come.
  const product = new CampaignDetector().run(T0, range(0, 11).map((i) => roundTheClock(i, 3)), infos, graph);
  for (const a of range(0, 11)) assert.notEqual(product.get(a)?.flagged, true, `startup account ${a}`);
  const score = scoreCluster(range(0, 11).map((i) => ({ ...member(roundTheClock(i, 3)), info: infos[i] })), graph);
  assert.ok(score.terms['behaviour:round-the-clock']! > 1, 'the hours are read as round the clock');
  assert.ok(score.terms['links:ordinary-content']! < -4, 'card, card farm, burst and network links are taken back');
  // The same links and hours, bare items (intent as low) asked for long outputs on most requests: a harvest.
  const farm = new CampaignDetector().run(T0, range(0, 11).map((i) => roundTheClock(i, 3, 30)), infos, graph);
  for (const a of range(0, 11)) assert.equal(farm.get(a)?.flagged, true, `farm account ${a}`);
});
