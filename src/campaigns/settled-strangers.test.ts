/**
 * Strangers who copied one published prompt, on a small hand-built link world: hobbyists each generating a small
 * fine-tuning set with the self-instruct prompt, from their own home line, share a wording and nothing else. Set
 * beside the same wording and content sent from proxy pools, which is an operation.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AccountState } from '../accounts/state.js';
import { accountEvidence, accountFeatures } from '../accounts/features.js';
import { CampaignDetector } from './detector.js';
import { linkWorld, range } from './link-world.fixture.js';
import { scoreCluster, type ClusterMember } from './score.js';
import { settled } from './homes.js';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-04-22T00:00:00Z');

/**
 * An account sending 40 instruction-generation requests (distinct items, evening batches), from its own home ISP
 * (`home`) or from a rotating datacenter pool.
 */
function generator(i: number, home: boolean): AccountState {
  const s = new AccountState(`a${i}`, i);
  for (let k = 0; k < 40; k++) {
    const asn = home ? 64_600 + i : 64_900 + (k % 7);
    s.apply({
      id: 'r', ts: T0 + Math.floor(k / 8) * 24 * HOUR + (19 + (i % 3)) * HOUR + (k % 8) * 40_000, account: `a${i}`, ip: `192.0.2.${k}`, prefix: '192.0.2.0/24',
      asn, country: 'US', datacenter: !home, vpn: false, client: `sdk:c${i % 4}`, uaTlsMismatch: false, model: 'small-4', conversation: null, turn: null,
      intent: 0.95, intentKinds: 4, capability: 2, frame: 0, frameTail: 0, item: 70_000 + 40 * i + k, variant: 0, exactItem: 70_000 + 40 * i + k,
      core: 70_000 + 40 * i + k, reflective: false, maxTokens: 4096, inputTokens: 400, outputTokens: 1200, reasoningTokens: 0, tools: false, status: 200,
    });
  }
  return s;
}

const member = (s: AccountState): ClusterMember => {
  const features = accountFeatures(s);
  return { state: s, info: undefined, features, evidence: accountEvidence(features) };
};

test('strangers sharing a published prompt, each from a home line of their own, are no campaign; the same from proxy pools are', () => {
  const { graph, link } = linkWorld();
  const accounts = range(0, 18);
  link('frame', 'self-instruct-prompt', accounts);
  const linkPath = () => new CampaignDetector({ unlinked: { minCohort: 1000, individualEvidence: 2 } });
  const hobbyists = accounts.map((i) => generator(i, true));
  assert.ok(hobbyists.every(settled));
  const people = linkPath().run(T0, hobbyists, [], graph);
  assert.deepEqual(accounts.filter((a) => people.get(a)?.flagged), [], 'no hobbyist flagged');
  const score = scoreCluster(hobbyists.map(member), graph);
  assert.ok(score.terms['links:settled-strangers']! < 0 && score.score < 0.1, `score ${score.score}`);
  // The same wording and content from a rotating datacenter pool: an operation's hands.
  const fleet = accounts.map((i) => generator(i, false));
  assert.ok(!fleet.some(settled));
  const operation = linkPath().run(T0, fleet, [], graph);
  assert.ok(accounts.filter((a) => operation.get(a)?.flagged).length >= 15, 'the fleet is a campaign');
  // A second kind of link (one card) makes them one owner's, home lines or not.
  link('payment', 'card', accounts);
  assert.equal(scoreCluster(hobbyists.map(member), graph).terms['links:settled-strangers'], 0);
});
