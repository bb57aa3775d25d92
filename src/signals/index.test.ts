/** requestSignals bundles the parts consistently with the individual signal functions. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Interaction } from '../dataset/types.js';
import { capabilityOf, intentScore, itemHash, requestSignals } from './index.js';

const base: Interaction = {
  id: 'r1', ts: '2026-04-22T13:45:12.345Z', account_id: 'a1', api_key_id: null, ip: '203.0.113.9', user_agent: null, tls_ja4: null,
  endpoint: '/v1/messages', model: 'm', conversation_id: null, turn: null, system: null,
  prompt: 'Write a Python function that reverses a string. Think step by step and explain every step of your reasoning.',
  tool_names: null, response: null, input_tokens: 40, output_tokens: 400, reasoning_tokens: 100, max_tokens: 2048, temperature: null,
  stream: null, status: 200, latency_ms: null,
};

test('requestSignals agrees with the parts and exposes reason codes', () => {
  const s = requestSignals(base);
  assert.equal(s.intent.score, intentScore(base.prompt, null).score);
  assert.equal(s.capability, capabilityOf(base.prompt, null, null));
  assert.equal(s.itemHash, itemHash(base.prompt));
  assert.equal(s.outputInputRatio, 10);
  assert.equal(s.reasoningShare, 0.25);
  assert.equal(s.hasSystem, false);
  assert.ok(s.reasons.includes(`capability:${s.capability}`));
  for (const k of s.intent.kinds) assert.ok(s.reasons.includes(`intent:${k}`));
  const t = requestSignals({ ...base, tool_names: ['bash', 'edit'], input_tokens: 0 });
  assert.equal(t.capability, 'agentic');
  assert.equal(t.toolCount, 2);
  assert.equal(t.outputInputRatio, 400);
});
