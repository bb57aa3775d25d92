import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CAPABILITIES, type Observation } from '../engine/observation.js';
import { addEra, cutOver, ERA_CLIENT, ERA_NETWORK, MAX_ERAS, mergeEras } from './eras.js';
import { accountEvidence, accountFeatures } from './features.js';
import { AccountState } from './state.js';

const T0 = Date.parse('2026-03-02T00:00:00Z');
const HOUR = 3_600_000;

function obs(over: Partial<Observation>): Observation {
  return {
    id: 'r', ts: T0, account: 'a', ip: '198.51.100.7', prefix: '198.51.100.0/24', asn: 64500, country: 'US', datacenter: false, vpn: false,
    client: 'sdk:anthropic-python|t13d1516h2_8daaf6152771', uaTlsMismatch: false, model: 'frontier-4', conversation: null, turn: null, intent: 0.2,
    intentKinds: 0, capability: CAPABILITIES.indexOf('agentic'), frame: 0, frameTail: 0, item: 0, variant: 0, exactItem: 0, core: 0, reflective: false,
    maxTokens: 8192, inputTokens: 300, outputTokens: 400, reasoningTokens: 900, tools: true, status: 200, ...over,
  };
}

function stateOf(list: Partial<Observation>[]): AccountState {
  const s = new AccountState('a', 0);
  list.forEach((o, k) => s.apply(obs({ ts: T0 + k * 5 * HOUR, ...o })));
  return s;
}

/** An agentic harvest that moves to another toolkit and proxy pool halfway (P-world style: one cut, work goes on). */
function rotator(): AccountState {
  return stateOf(Array.from({ length: 40 }, (_, k) => (k < 20 ? {} : { client: 'sdk:openai-node|t13d1715h2_5b57614c22b0', asn: 9009, prefix: '185.2.3.0/24' })));
}

test('a cut of client family and network at once, with work on both sides, is a cut-over', () => {
  const s = rotator();
  const at = cutOver(s.eras);
  assert.ok(at !== null && at > T0 + 19 * 5 * HOUR && at < T0 + 20 * 5 * HOUR, String(at));
  const f = accountFeatures(s);
  assert.equal(f.identityCutOver, 1);
  const ev = accountEvidence(f);
  assert.ok(ev.reasons.includes('behaviour:identity-rotation'), ev.reasons.join(','));
  // The same work without the cut: less evidence, no such reason.
  const still = accountEvidence(accountFeatures(stateOf(Array.from({ length: 40 }, () => ({})))));
  assert.ok(!still.reasons.includes('behaviour:identity-rotation'));
  const logit = (p: number): number => Math.log(p / (1 - p));
  assert.ok(Math.abs(logit(ev.score) - logit(still.score) - 1) < 1e-6, `${ev.score} vs ${still.score}`);
});

test('people change one thing at a time, or in turns: no cut-over', () => {
  // A developer using an SDK and a CLI in turns, from home and from a phone.
  const turns = stateOf(Array.from({ length: 40 }, (_, k) => (k % 3 === 0 ? { client: 'cli:tool|t13d1516h2_aaaa', asn: 7018, prefix: '12.9.1.0/24' } : {})));
  assert.equal(cutOver(turns.eras), null);
  // Someone who moved house: new network, same client.
  const moved = stateOf(Array.from({ length: 40 }, (_, k) => (k < 20 ? {} : { asn: 3320, prefix: '24.8.1.0/24' })));
  assert.equal(cutOver(moved.eras), null);
  // An SDK upgrade: a new TLS stack, the same client family, same network.
  const upgraded = stateOf(Array.from({ length: 40 }, (_, k) => (k < 20 ? {} : { client: 'sdk:anthropic-python|t13d1717h2_ffff' })));
  assert.equal(cutOver(upgraded.eras), null);
  // A new client tried for two requests at the end of a long life is no cut-over of the account's work.
  const tried = stateOf(Array.from({ length: 40 }, (_, k) => (k < 37 ? {} : { client: 'browser:chrome|t13d1516h2_cccc', asn: 3320, prefix: '24.8.1.0/24' })));
  assert.equal(cutOver(tried.eras), null);
});

test('eras merge across shards as one account seen whole, and an overflowed kind is not judged', () => {
  const whole = rotator();
  const first = stateOf(Array.from({ length: 20 }, () => ({})));
  const second = new AccountState('a', 0);
  for (let k = 20; k < 40; k++) second.apply(obs({ ts: T0 + k * 5 * HOUR, client: 'sdk:openai-node|t13d1715h2_5b57614c22b0', asn: 9009, prefix: '185.2.3.0/24' }));
  first.merge(second);
  assert.equal(cutOver(first.eras), cutOver(whole.eras));
  const restored = new AccountState('a', 0);
  restored.restore(JSON.parse(JSON.stringify(first.snapshot())));
  assert.equal(cutOver(restored.eras), cutOver(whole.eras));
  // Keys past the cap are pooled in one entry: a cut-over onto a proxy pool of many networks is still seen.
  const spray: number[] = [];
  addEra(spray, ERA_CLIENT, 1, T0, T0 + 9 * HOUR, 10);
  addEra(spray, ERA_NETWORK, 1, T0, T0 + 9 * HOUR, 10);
  addEra(spray, ERA_CLIENT, 2, T0 + 10 * HOUR, T0 + 40 * HOUR, 30);
  for (let k = 0; k < 3 * MAX_ERAS; k++) addEra(spray, ERA_NETWORK, 100 + k, T0 + (10 + k) * HOUR, T0 + (10 + k) * HOUR);
  assert.ok(spray.length <= 5 * (2 * MAX_ERAS + 2), String(spray.length));
  const at = cutOver(spray);
  assert.ok(at !== null && at > T0 + 9 * HOUR && at < T0 + 10 * HOUR, String(at));
  // Pooling never opens a gap: a first network used again after the pooled ones closes it.
  addEra(spray, ERA_NETWORK, 1, T0 + 39 * HOUR, T0 + 39 * HOUR);
  assert.equal(cutOver(spray), null);
  const merged: number[] = [];
  mergeEras(merged, spray);
  assert.equal(cutOver(merged), null);
});
