import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CAPABILITIES, type Observation } from '../engine/observation.js';
import { accountEvidence, accountFeatures } from './features.js';
import { AccountState } from './state.js';

const T0 = Date.parse('2026-04-22T00:00:00Z');

function obs(over: Partial<Observation>): Observation {
  return {
    id: 'r', ts: T0, account: 'a', ip: '198.51.100.7', prefix: '198.51.100.0/24', asn: 64500, country: 'US', datacenter: false, vpn: false,
    client: 'sdk:openai-python|t13d1516h2_8daaf6152771', uaTlsMismatch: false, model: 'frontier-4', conversation: null, turn: null, intent: 0.05,
    intentKinds: 0, capability: CAPABILITIES.indexOf('maths'), frame: 0, frameTail: 0, item: 0, variant: 0, exactItem: 0, core: 0, reflective: false, maxTokens: 32000,
    inputTokens: 90, outputTokens: 400, reasoningTokens: 0, tools: false, status: 200, ...over,
  };
}

function stateOf(list: Partial<Observation>[]): AccountState {
  const s = new AccountState('a', 0);
  list.forEach((o, k) => s.apply(obs({ ts: T0 + k * 5 * 3_600_000, ...o })));
  return s;
}

test('the capability view holds the capabilities only, not the size habits stored after them', () => {
  const s = stateOf([{ maxTokens: 32000, inputTokens: 90 }]);
  assert.equal(s.capabilities.length, CAPABILITIES.length);
  assert.deepEqual([...s.capabilities], CAPABILITIES.map((c) => (c === 'maths' ? 1 : 0)));
});

test('reasoned openings: bare items answered at length with extended reasoning, whatever the wording', () => {
  // Reasoning tokens reported apart from the answer's tokens (the answer alone is short): they are counted in.
  const drip = stateOf(Array.from({ length: 20 }, () => ({ reasoningTokens: 6000, outputTokens: 350, inputTokens: 90 })));
  assert.equal(drip.reasonedFirstTurns, 20);
  const f = accountFeatures(drip);
  assert.ok(f.reasonedOpenings > 0.8, String(f.reasonedOpenings));
  const ev = accountEvidence(f);
  assert.ok(ev.reasons.includes('content:reasoned-openings'), ev.reasons.join(','));
  // The same account without the reasoning shape: no such reason, and less evidence.
  const plain = accountEvidence(accountFeatures(stateOf(Array.from({ length: 20 }, () => ({ outputTokens: 350, inputTokens: 90 })))));
  assert.ok(!plain.reasons.includes('content:reasoned-openings'));
  assert.ok(ev.score > plain.score + 0.2, `${ev.score} vs ${plain.score}`);
});

test('reasoned openings count opening turns only, and a reasoning-model user now and then gives none', () => {
  // Later turns of a thread never count, however long their answers.
  const thread = stateOf(Array.from({ length: 12 }, (_, k) => ({ conversation: 'c1', turn: k + 1, reasoningTokens: 3000, outputTokens: 500, inputTokens: k === 0 ? 2000 : 60 })));
  assert.equal(thread.reasonedFirstTurns, 0);
  // Output tokens that include the reasoning (output ≥ reasoning) are not counted twice: 700 for 100 in is below 8×.
  assert.equal(stateOf([{ reasoningTokens: 500, outputTokens: 700, inputTokens: 100 }]).reasonedFirstTurns, 0);
  // Three hard questions to a reasoning model among twenty ordinary requests: below a fifth of the openings, no term.
  const person = stateOf(Array.from({ length: 20 }, (_, k) => (k < 3 ? { reasoningTokens: 4000, outputTokens: 300 } : { maxTokens: null, outputTokens: 150, inputTokens: 120 })));
  assert.equal(person.reasonedFirstTurns, 3);
  assert.ok(!accountEvidence(accountFeatures(person)).reasons.includes('content:reasoned-openings'));
});

test('reasoned openings survive merge, snapshot and restore', () => {
  const a = stateOf([{ reasoningTokens: 4000 }, { reasoningTokens: 4000 }]);
  const b = stateOf([{ reasoningTokens: 4000 }]);
  a.merge(b);
  assert.equal(a.reasonedFirstTurns, 3);
  const c = new AccountState('a', 0);
  c.restore(JSON.parse(JSON.stringify(a.snapshot())));
  assert.equal(c.reasonedFirstTurns, 3);
});

test('bare benchmark items: the per-prompt model leaves them alone, the account evidence carries them', async () => {
  // One bare item cannot be told from a curious user's question (src/signals/intent.ts), so its intent score stays
  // low; twenty of them opened with long extended reasoning are the account's own evidence (reasoned openings).
  const { intentScore } = await import('../signals/intent.js');
  const { every, jsonl } = await import('../signals/corpus-sample.js');
  const items = every(jsonl('extraction/gsm8k-test.jsonl'), 60).slice(0, 20).map((r) => String(r.question));
  const intents = items.map((q) => intentScore(q, null).score);
  assert.ok(intents.every((s) => s < 0.35), intents.map((s) => s.toFixed(2)).join(' '));
  const harvest = stateOf(intents.map((intent) => ({ intent, reasoningTokens: 6500, outputTokens: 400, inputTokens: 110 })));
  const ev = accountEvidence(accountFeatures(harvest));
  assert.ok(ev.reasons.includes('content:reasoned-openings'), ev.reasons.join(','));
  assert.ok(!ev.reasons.includes('content:extraction-intent'), ev.reasons.join(','));
  const curious = accountEvidence(accountFeatures(stateOf(intents.map((intent) => ({ intent, outputTokens: 300, inputTokens: 110, maxTokens: null })))));
  assert.ok(!curious.reasons.includes('content:reasoned-openings'));
  assert.ok(ev.score > curious.score + 0.2, `${ev.score} vs ${curious.score}`);
});

test('reflective follow-ups count for a harvest only when they are most of the follow-ups', () => {
  // 30 requests: 10 opening turns, 20 follow-ups; the harvester's follow-ups mostly ask for the rationale, the
  // researcher's are ordinary questions with a check of the arithmetic now and then.
  const thread = (reflective: (k: number) => boolean): Partial<Observation>[] =>
    Array.from({ length: 30 }, (_, k) => (k % 3 === 0 ? { turn: 1, maxTokens: 1024 } : { turn: 2, maxTokens: 1024, reflective: reflective(k) }));
  const harvester = accountFeatures(stateOf(thread((k) => k % 6 !== 5)));
  const researcher = accountFeatures(stateOf(thread((k) => k % 6 === 1)));
  assert.equal(harvester.reflectiveWeight, 1);
  assert.equal(researcher.reflectiveWeight, 0);
  assert.ok(researcher.reflectiveFollowUps > 0.05, `the researcher does ask some: ${researcher.reflectiveFollowUps}`);
  assert.ok(accountEvidence(harvester).reasons.includes('content:reflective-follow-ups'));
  assert.ok(!accountEvidence(researcher).reasons.includes('content:reflective-follow-ups'));
  assert.ok(accountEvidence(harvester).score > 3 * accountEvidence(researcher).score);
});
