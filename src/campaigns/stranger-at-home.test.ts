/**
 * Strangers at home (unlinked.ts strangerAtHome) on small hand-built accounts: a campaign whose own members ask bare
 * maths items from rotating VPN exits, registered in one winter, is not joined by likeness by an account alike in its
 * work that asks from a home line of its own and was registered a year earlier (a researcher running the same public
 * benchmark) or from a cloud server of its own (a notebook), nor by one a year older alike asking from a cloud server
 * of its own beside a campaign on one cloud block; it is joined by the same account registered in the campaign's
 * period, or asking through the same kind of exits or the campaign's block, and a campaign on home lines is joined by
 * likeness as before.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AccountState } from '../accounts/state.js';
import { CAPABILITIES, type Observation } from '../engine/observation.js';
import { clusterMember } from './link-world.fixture.js';
import type { AccountInfo } from './links.js';
import { strangerAtHome, UnlinkedPath, type UnlinkedVerdict } from './unlinked.js';

const T0 = Date.parse('2026-04-22T00:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type Network = 'vpn-exits' | 'home-line' | 'cloud-block' | 'own-server';

/**
 * A bare maths item answered with long extended reasoning: from the account's home line, one of seven VPN exits,
 * an address of one cloud block (a provider's /24 a fleet works from), or a cloud server of the account's own.
 */
function ask(account: string, index: number, ts: number, k: number, network: Network): Observation {
  const vpn = network === 'vpn-exits';
  const cloud = network === 'cloud-block' || network === 'own-server';
  const asn = vpn ? 64_900 + (k % 7) : cloud ? 64_950 : 64_600 + index;
  const net = network === 'cloud-block' ? '203.0.113' : network === 'own-server' ? `203.0.${index}` : `198.51.${index}`;
  const host = vpn ? k % 7 : network === 'cloud-block' ? index : 1;
  return {
    id: 'r', ts, account, ip: `${net}.${host}`, prefix: `${net}.0/24`, asn, country: 'US', datacenter: cloud, vpn,
    client: 'sdk:openai-python|t13d1516h2_8daaf6152771', uaTlsMismatch: false, model: 'reasoner-4', conversation: null, turn: null, intent: 0.2,
    intentKinds: 0, capability: CAPABILITIES.indexOf('maths'), frame: 0, frameTail: 0, item: ts % 1_000_003, variant: 0, exactItem: ts % 1_000_003, core: ts % 1_000_003,
    reflective: false, maxTokens: 32000, temperature: null, inputTokens: 90, outputTokens: 900, reasoningTokens: 2500, tools: false, status: 200,
  };
}

/** An account of 24 requests, eight a day from 14:00. */
function account(index: number, network: Network): AccountState {
  const s = new AccountState(`a${index}`, index);
  for (let k = 0; k < 24; k++) s.apply(ask(s.id, index, T0 + Math.floor(k / 8) * DAY + (14 + (k % 8)) * HOUR + index * 60_000, k, network));
  return s;
}

function info(index: number, createdAt: number): AccountInfo {
  return { index, createdAt, orgId: null, emailDomain: 'gmail.com', payment: `card-${index}`, signupPrefix: null, verified: false, tier: 'free' };
}

/** The campaign's members registered over the winter before the traffic, a week apart. */
const winter = (i: number): number => Date.parse('2026-01-05T00:00:00Z') + i * 7 * DAY;
const yearBefore = Date.parse('2025-01-10T00:00:00Z');

function judge(members: Network, candidate: Network, registered: number): UnlinkedVerdict | undefined {
  // Twelve members flagged by links as campaign C1, and the candidate.
  const states = [...Array.from({ length: 12 }, (_, i) => account(i, members)), account(12, candidate)];
  const infos = [...Array.from({ length: 12 }, (_, i) => info(i, winter(i))), info(12, registered)];
  const verdicts = new Map<number, UnlinkedVerdict>();
  for (let i = 0; i < 12; i++) verdicts.set(i, { risk: 0.9, flagged: true, campaign: 'C1', reasons: ['campaign:member'] });
  new UnlinkedPath().run(states, infos, verdicts, () => 'C2', new Set());
  return verdicts.get(12);
}

test('an account at home, registered a year before a campaign on VPN exits, does not join it by likeness', () => {
  assert.notEqual(judge('vpn-exits', 'home-line', yearBefore)?.flagged, true);
  const homes = { homedShare: 0, registered: [winter(0), winter(11)] as [number, number], servers: new Map<number, number>() };
  assert.ok(strangerAtHome(clusterMember(account(12, 'home-line'), info(12, yearBefore)), homes));
  assert.equal(strangerAtHome(clusterMember(account(12, 'home-line'), info(12, yearBefore)), { ...homes, homedShare: 0.8 }), false);
});

test('the same account registered in the campaign\'s period joins it', () => {
  const v = judge('vpn-exits', 'home-line', winter(5) + 3 * DAY);
  assert.equal(v?.flagged, true);
  assert.equal(v?.campaign, 'C1');
});

test('an account on a cloud server of its own is at home there: a year older, it does not join a campaign on one cloud block', () => {
  assert.notEqual(judge('cloud-block', 'own-server', yearBefore)?.flagged, true);
  assert.notEqual(judge('vpn-exits', 'own-server', yearBefore)?.flagged, true);
  const v = judge('cloud-block', 'cloud-block', yearBefore);
  assert.equal(v?.flagged, true, 'on the campaign\'s block it is one of its hands');
  assert.equal(v?.campaign, 'C1');
});

test('an account on the campaign\'s kind of exits joins it, whenever it was registered', () => {
  const v = judge('vpn-exits', 'vpn-exits', yearBefore);
  assert.equal(v?.flagged, true);
  assert.equal(v?.campaign, 'C1');
});

test('a campaign whose own members work from home lines is joined by likeness as before', () => {
  const v = judge('home-line', 'home-line', yearBefore);
  assert.equal(v?.flagged, true);
  assert.equal(v?.campaign, 'C1');
});
