/**
 * Wire compatibility: the official OpenAI and Anthropic SDKs, pointed at the gateway in front of the
 * mock upstream, plain and streamed; reasoning withheld for accounts at that risk level; every
 * request becomes an interaction record.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';
import { ManualEnginePort } from '../src/live/engine-port.js';
import { startHarness, type Harness } from './gateway-harness.js';

let h: Harness;
const engine = new ManualEnginePort(true);

before(async () => {
  h = await startHarness({ engine, accounts: [{ id: 'good', tier: 'scale' }, { id: 'suspect', tier: 'scale' }] });
  engine.setRisk([{ account: 'suspect', risk: 0.85, flagged: true, campaignId: 'c1', reasons: ['cot_elicitation'], at: Date.parse('2026-04-22T00:00:00.000Z') }]);
});
after(async () => h.close());

const openai = (key: string) => new OpenAI({ apiKey: key, baseURL: h.url + '/v1', maxRetries: 0 });
const anthropic = (key: string) => new Anthropic({ apiKey: key, baseURL: h.url, maxRetries: 0 });
const THINK = { type: 'enabled' as const, budget_tokens: 1024 };

test('OpenAI SDK: non-streamed completion with reasoning passes through for a normal account', async () => {
  const r = await openai(h.keys.good!).chat.completions.create({ model: 'gpt-test', messages: [{ role: 'user', content: 'What is 2+2?' }], reasoning_effort: 'high' });
  assert.match(r.choices[0]!.message.content ?? '', /^Answer to: What is 2\+2\?/);
  assert.match((r.choices[0]!.message as unknown as { reasoning_content: string }).reasoning_content, /step by step/);
  assert.ok(r.usage!.prompt_tokens > 0);
});

test('OpenAI SDK: streamed completion arrives intact', async () => {
  const stream = await openai(h.keys.good!).chat.completions.create({ model: 'gpt-test', stream: true, stream_options: { include_usage: true }, messages: [{ role: 'user', content: 'Stream please' }], reasoning_effort: 'low' });
  let text = '';
  let reasoning = '';
  let usage = 0;
  for await (const c of stream) {
    text += c.choices[0]?.delta.content ?? '';
    reasoning += (c.choices[0]?.delta as { reasoning_content?: string } | undefined)?.reasoning_content ?? '';
    if (c.usage) usage = c.usage.completion_tokens;
  }
  assert.match(text, /^Answer to: Stream please/);
  assert.match(reasoning, /step by step/);
  assert.ok(usage > 0);
});

test('Anthropic SDK: non-streamed message with thinking passes through for a normal account', async () => {
  const m = await anthropic(h.keys.good!).messages.create({ model: 'claude-test', max_tokens: 2048, thinking: THINK, messages: [{ role: 'user', content: 'Hello Claude' }] });
  assert.deepEqual(m.content.map((b) => b.type), ['thinking', 'text']);
  assert.match((m.content[1] as { text: string }).text, /^Answer to: Hello Claude/);
});

test('Anthropic SDK: streamed message arrives intact', async () => {
  const stream = anthropic(h.keys.good!).messages.stream({ model: 'claude-test', max_tokens: 2048, thinking: THINK, messages: [{ role: 'user', content: 'Stream to me' }] });
  const final = await stream.finalMessage();
  assert.deepEqual(final.content.map((b) => b.type), ['thinking', 'text']);
  assert.match((final.content[1] as { text: string }).text, /^Answer to: Stream to me/);
  assert.ok(final.usage.output_tokens > 1);
});

test('withheld reasoning: OpenAI SDK, plain and streamed', async () => {
  const r = await openai(h.keys.suspect!).chat.completions.create({ model: 'gpt-test', messages: [{ role: 'user', content: 'Explain your chain of thought' }], reasoning_effort: 'high' });
  assert.match(r.choices[0]!.message.content ?? '', /^Answer to: Explain/);
  assert.equal((r.choices[0]!.message as unknown as Record<string, unknown>).reasoning_content, undefined);
  const stream = await openai(h.keys.suspect!).chat.completions.create({ model: 'gpt-test', stream: true, messages: [{ role: 'user', content: 'Explain again' }], reasoning_effort: 'high' });
  let text = '';
  for await (const c of stream) {
    assert.equal((c.choices[0]?.delta as Record<string, unknown> | undefined)?.reasoning_content, undefined);
    text += c.choices[0]?.delta.content ?? '';
  }
  assert.match(text, /^Answer to: Explain again/);
});

test('withheld reasoning: Anthropic SDK, plain and streamed (blocks re-indexed)', async () => {
  const m = await anthropic(h.keys.suspect!).messages.create({ model: 'claude-test', max_tokens: 2048, thinking: THINK, messages: [{ role: 'user', content: 'Think out loud' }] });
  assert.deepEqual(m.content.map((b) => b.type), ['text']);
  const indexes: number[] = [];
  const stream = anthropic(h.keys.suspect!).messages.stream({ model: 'claude-test', max_tokens: 2048, thinking: THINK, messages: [{ role: 'user', content: 'Think in a stream' }] });
  stream.on('streamEvent', (e) => {
    if (e.type === 'content_block_start') indexes.push(e.index);
  });
  const final = await stream.finalMessage();
  assert.deepEqual(final.content.map((b) => b.type), ['text']);
  assert.match((final.content[0] as { text: string }).text, /^Answer to: Think in a stream/);
  assert.deepEqual(indexes, [0]);
});

test('every proxied request became an interaction record with request and response facts', async () => {
  const recs = engine.submitted;
  assert.equal(recs.length, 8);
  const first = recs.find((r) => r.prompt === 'What is 2+2?')!;
  assert.equal(first.account_id, 'good');
  assert.equal(first.endpoint, '/v1/chat/completions');
  assert.equal(first.model, 'gpt-test');
  assert.equal(first.status, 200);
  assert.match(first.response ?? '', /^Answer to/);
  assert.ok(first.input_tokens > 0 && first.output_tokens > 0 && (first.reasoning_tokens ?? 0) > 0);
  assert.match(first.api_key_id ?? '', /^key_[0-9a-f]{16}$/);
  assert.equal(first.ip, '127.0.0.1');
  assert.match(first.ts, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  const streamed = recs.find((r) => r.prompt === 'Stream to me')!;
  assert.equal(streamed.stream, true);
  assert.equal(streamed.endpoint, '/v1/messages');
  assert.match(streamed.response ?? '', /^Answer to: Stream to me/);
  assert.ok(streamed.output_tokens > 1);
  assert.ok(!recs.some((r) => (r.response ?? '').includes('step by step')), 'reasoning text is never stored');
  await h.gateway.flushEvents();
  assert.equal(await h.store.countEvents(), 8);
  const audit = await h.store.listAudit({ accountId: 'suspect', limit: 100 });
  const withheld = audit.filter((a) => a.action === 'withhold_reasoning');
  assert.equal(withheld.length, 4);
  assert.ok(withheld.every((a) => a.enforced && a.actor === 'policy' && a.reasons[0] === 'risk_above_withhold_reasoning' && a.reasons.includes('campaign:c1')));
  assert.equal(audit.filter((a) => a.action === 'flag' && a.actor === 'engine').length, 1, 'the engine flag was audited once');
  assert.equal((await h.store.listAudit({ accountId: 'good', limit: 100 })).length, 0);
});
