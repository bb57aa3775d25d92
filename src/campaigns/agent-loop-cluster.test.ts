/**
 * A link cluster's conversational term (score.ts scoreCluster) on small hand-built accounts: fifteen accounts on one
 * card and one cloud network, asking coding items at high output budgets in multi-turn threads. When the turns after
 * the first are an agent loop's (tools declared, tool results fed back: a harvest of agent trajectories), they say
 * nothing of people talking, and the links count; when they are people's follow-ups, the links are taken back.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AccountState } from '../accounts/state.js';
import { accountEvidence, accountFeatures } from '../accounts/features.js';
import { CAPABILITIES } from '../engine/observation.js';
import { linkWorld, range } from './link-world.fixture.js';
import type { AccountInfo, PaymentGroup } from './links.js';
import { scoreCluster, type ClusterMember } from './score.js';

const T0 = Date.parse('2026-04-22T00:00:00Z');
const CODING = CAPABILITIES.indexOf('coding');

/** 30 requests of coding, a third of them opening a thread and the rest its follow-ups; `agent`: the follow-ups declare tools. */
function account(i: number, agent: boolean): AccountState {
  const s = new AccountState(`a${i}`, i);
  s.n = 30;
  s.intentSum = 3;
  s.maxTokensHigh = 27;
  s.followUps = 20;
  s.withTools = agent ? 30 : 0;
  s.toolFollowUps = agent ? 20 : 0;
  s.capabilities[CODING] = 30;
  for (let h = 0; h < 24; h++) s.hourOfDay[h] = h >= 9 && h < 19 ? 3 : 0;
  return s;
}

function cluster(agent: boolean): ReturnType<typeof scoreCluster> {
  const { graph, link } = linkWorld();
  link('payment', 'card', range(0, 15));
  link('prefix', '18.160.144.0/24', range(0, 15));
  const card: PaymentGroup = { accounts: 15, verified: 0 };
  const infos: AccountInfo[] = range(0, 15).map((index) => ({ index, createdAt: T0 - 60 * 86_400_000, orgId: null, emailDomain: 'proton.me', payment: 'card', signupPrefix: null, verified: false, tier: 'build', paymentGroup: card }));
  const members: ClusterMember[] = range(0, 15).map((i) => {
    const state = account(i, agent);
    const features = accountFeatures(state);
    return { state, info: infos[i], features, evidence: accountEvidence(features) };
  });
  return scoreCluster(members, graph);
}

test('an agent loop\'s tool turns do not take back the links of a card farm harvesting coding trajectories', () => {
  const score = cluster(true);
  assert.equal(score.terms['links:ordinary-content'], 0, JSON.stringify(score.terms));
  assert.ok(score.score >= 0.5, `score ${score.score}`);
});

test('people\'s follow-ups on the same links and work do', () => {
  const score = cluster(false);
  assert.ok(score.terms['links:ordinary-content']! < -3, JSON.stringify(score.terms));
  assert.ok(score.score < 0.2, `score ${score.score}`);
});
