/**
 * Behavioural cohorts and a person's pace (unlinked.ts mixedPersonPace), on small hand-built worlds: twenty
 * researchers who each ask a reasoning model two questions a day, half of them hard maths answered with long extended
 * reasoning, are alike but no operation; twenty accounts of a slow drip at the same pace, every request a bare item
 * answered so, are one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AccountState } from '../accounts/state.js';
import { featuresOf } from '../accounts/features.js';
import { CAPABILITIES, type Observation } from '../engine/observation.js';
import { mixedPersonPace } from './unlinked.js';
import { flaggedAlone } from './unlinked-judge.fixture.js';

const T0 = Date.parse('2026-04-22T00:00:00Z');
const HOUR = 3_600_000;

/** One request: a maths item answered with long extended reasoning, or (`reasoned` false) an ordinary question. */
function ask(account: string, ts: number, item: number, reasoned: boolean): Observation {
  return {
    id: 'r', ts, account, ip: '198.51.100.7', prefix: '198.51.100.0/24', asn: 64500, country: 'US', datacenter: false, vpn: false,
    client: 'sdk:openai-python|t13d1516h2_8daaf6152771', uaTlsMismatch: false, model: 'reasoner-4', conversation: null, turn: null, intent: 0.1,
    intentKinds: 0, capability: CAPABILITIES.indexOf(reasoned ? 'maths' : 'reasoning'), frame: 0, frameTail: 0, item, variant: 0, exactItem: item, core: item,
    reflective: false, maxTokens: 16000, inputTokens: 90, outputTokens: reasoned ? 900 : 300, reasoningTokens: reasoned ? 2500 : 0, tools: false, status: 200,
  };
}

/**
 * Twenty accounts of 24 requests, two a day over twelve days at hours spread over the day; one request in `mixedEvery`
 * is an ordinary question (0: none).
 */
function accounts(mixedEvery: number): AccountState[] {
  return Array.from({ length: 20 }, (_, i) => {
    const s = new AccountState(`a${i}`, i);
    for (let k = 0; k < 24; k++) s.apply(ask(s.id, T0 + Math.floor(k / 2) * 24 * HOUR + ((7 * k + i) % 24) * HOUR, 1 + 100 * i + k, mixedEvery === 0 || k % mixedEvery !== 0));
    return s;
  });
}

test('alike researchers at a person\'s pace, half their questions answered with long reasoning, are no cohort', () => {
  const researchers = accounts(2);
  assert.ok(researchers.every((s) => mixedPersonPace(s, featuresOf(s))));
  assert.deepEqual(flaggedAlone(researchers).map((v) => v.reasons.join(',')), []);
});

test('a slow drip at the same pace whose every request is answered with long reasoning is one cohort', () => {
  const drip = accounts(0);
  assert.ok(drip.every((s) => !mixedPersonPace(s, featuresOf(s))));
  const flagged = flaggedAlone(drip);
  assert.equal(flagged.length, 20);
  assert.equal(new Set(flagged.map((v) => v.campaign)).size, 1);
  assert.ok(flagged.every((v) => v.reasons.includes('similar:behaviour-profile')), flagged[0]?.reasons.join(','));
});
