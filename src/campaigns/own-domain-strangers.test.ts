/**
 * Customers of one public tool, on a small hand-built link world: ten companies' CI code-review bots, each on its own
 * card and its own company domain, send the tool's prompt from one cloud's ranges round the clock. They share a wording
 * and a network and nothing an owner would share. Set beside the same traffic on free-mail or look-alike addresses,
 * beside the same domains registered within a month, and beside one card paying for all: an operation. A bot judged
 * alone is read on what it asks and takes, not on its hours.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AccountState } from '../accounts/state.js';
import { accountEvidence, accountFeatures, evidenceOf } from '../accounts/features.js';
import { CampaignDetector } from './detector.js';
import { linkWorld, range } from './link-world.fixture.js';
import type { AccountInfo, PaymentGroup } from './links.js';
import { scoreCluster, type ClusterMember } from './score.js';
import { individualEvidence, UnlinkedPath, type UnlinkedVerdict } from './unlinked.js';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-04-22T00:00:00Z');

/** A review bot: 48 requests at every hour of two days, read as extraction-style (a JSON output format), from a cloud. */
function reviewBot(i: number, intent = 0.9, maxTokens = 2000): AccountState {
  const s = new AccountState(`a${i}`, i);
  for (let k = 0; k < 48; k++) {
    s.apply({
      id: 'r', ts: T0 + k * HOUR + i * 60_000, account: `a${i}`, ip: `20.33.${i}.${k}`, prefix: `20.33.${i}.0/24`, asn: 8075, country: 'US', datacenter: true, vpn: false,
      client: 'sdk:go|t13d1308h2_503869603244', uaTlsMismatch: false, model: 'pro-2-mini', conversation: null, turn: null, intent, intentKinds: 0, capability: 0,
      frame: 0, frameTail: 0, item: 90_000 + 48 * i + k, variant: 0, exactItem: 90_000 + 48 * i + k, core: 90_000 + 48 * i + k, reflective: false, maxTokens,
      inputTokens: 150, outputTokens: 350, reasoningTokens: 0, tools: false, status: 200,
    });
  }
  return s;
}

function infos(domain: (i: number) => string, payment: (i: number) => string, group: PaymentGroup): AccountInfo[] {
  return range(0, 10).map((index) => ({ index, createdAt: T0 - (400 - 30 * index) * 24 * HOUR, orgId: null, emailDomain: domain(index), payment: payment(index), signupPrefix: null, verified: false, tier: 'scale', paymentGroup: group }));
}

const member = (s: AccountState, info: AccountInfo | undefined): ClusterMember => {
  const features = accountFeatures(s);
  return { state: s, info, features, evidence: accountEvidence(features) };
};

test("customers of one tool, each on its own company's domain and card, sharing its prompt and cloud, are no campaign", () => {
  const { graph, link } = linkWorld();
  const accounts = range(0, 10);
  link('frame', 'review-prompt', accounts);
  link('prefix', 'cloud-egress', accounts);
  // The link path alone: the account-level path judges each bot on its own elsewhere.
  const linkPath = () => new CampaignDetector({ unlinked: { minCohort: 1000, individualEvidence: 2, joinEvidence: 2 } });
  const bots = accounts.map((i) => reviewBot(i));
  const companies = infos((i) => `company${i}.example`, (i) => `card${i}`, { accounts: 1, verified: 0 });
  const customers = linkPath().run(T0, bots, companies, graph);
  assert.deepEqual(accounts.filter((a) => customers.get(a)?.flagged), [], 'no customer flagged');
  const score = scoreCluster(bots.map((s, i) => member(s, companies[i])), graph);
  assert.ok(score.terms['links:own-domain-strangers']! < 0 && score.score < 0.1, `score ${score.score}`);
  // The same traffic on free-mail addresses, or on one look-alike domain: nothing says these are ten owners.
  for (const domain of [(i: number) => ['gmail.com', 'outlook.com', 'proton.me'][i % 3]!, () => 'gmaiI.example']) {
    const fleet = linkPath().run(T0, bots, infos(domain, (i) => `card${i}`, { accounts: 1, verified: 0 }), graph);
    assert.equal(accounts.filter((a) => fleet.get(a)?.flagged).length, 10, 'the fleet is a campaign');
  }
  // The same domains made within a month: accounts provisioned for a job, not customers adopting a tool one by one.
  const provisioned = infos((i) => `company${i}.example`, (i) => `card${i}`, { accounts: 1, verified: 0 }).map((x) => ({ ...x, createdAt: T0 - (40 - 3 * x.index) * 24 * HOUR }));
  assert.equal(scoreCluster(bots.map((s, i) => member(s, provisioned[i])), graph).terms['links:own-domain-strangers'], 0);
  assert.equal(accounts.filter((a) => linkPath().run(T0, bots, provisioned, graph).get(a)?.flagged).length, 10);
  // One card paying for every company's account is an owner's artefact, whatever the domains.
  link('payment', 'card', accounts);
  const paidTogether = infos((i) => `company${i}.example`, () => 'card', { accounts: 10, verified: 0 });
  assert.equal(scoreCluster(bots.map((s, i) => member(s, paidTogether[i])), graph).terms['links:own-domain-strangers'], 0);
  assert.equal(accounts.filter((a) => linkPath().run(T0, bots, paidTogether, graph).get(a)?.flagged).length, 10);
});

test('a review bot judged alone is no individual harvester on its round-the-clock hours; the same asking for long outputs is', () => {
  const judgeAlone = (states: AccountState[]) => {
    const verdicts = new Map<number, UnlinkedVerdict>();
    new UnlinkedPath({ minCohort: 1000 }).run(states, [], verdicts, () => 'C1', new Set());
    return states.map((_, a) => verdicts.get(a)?.flagged === true);
  };
  const bot = reviewBot(0, 0.97);
  assert.ok(accountFeatures(bot).hourEntropy > 0.95, 'its hours are flat');
  assert.ok(evidenceOf(bot).score >= 0.97 && individualEvidence(accountFeatures(bot)) < 0.97, 'the hours tip it over the bar');
  assert.deepEqual(judgeAlone([bot]), [false]);
  const harvester = reviewBot(0, 0.97, 16000);
  assert.ok(individualEvidence(accountFeatures(harvester)) >= 0.97);
  assert.deepEqual(judgeAlone([harvester]), [true]);
});
