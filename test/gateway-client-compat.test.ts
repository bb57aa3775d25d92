/**
 * What clients expect of an LLM API besides completions: rate-limit headers in each dialect's names (read through the
 * official SDKs' raw responses and plain fetch), `GET /v1/models` in both list formats, token counters in /metrics and
 * one structured log line per request without prompt text or raw keys.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';
import { ManualEnginePort } from '../src/gateway/engine-port.js';
import { post, startHarness, type Harness } from './gateway-harness.js';

const POLICY = `
tiers:
  free:
    account:
      requests: { per_minute: 60, burst: 3 }
      tokens: { per_minute: 60000, burst: 5000 }
`;
let h: Harness;
const engine = new ManualEnginePort(true);

before(async () => {
  h = await startHarness({ engine, policy: POLICY, accounts: [{ id: 'oa', tier: 'free' }, { id: 'an', tier: 'free' }, { id: 'sdk', tier: 'scale' }, { id: 'sdk2', tier: 'scale' }] });
});
after(async () => h.close());

const body = JSON.stringify({ model: 'm', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] });

test('OpenAI rate-limit headers count down with each request and stay on the 429', async () => {
  const seen: { status: number; limit: string | null; remaining: string | null; reset: string | null; tokens: string | null }[] = [];
  for (let i = 0; i < 4; i++) {
    const r = await post(h.url + '/v1/chat/completions', { authorization: `Bearer ${h.keys.oa}` }, body);
    seen.push({ status: r.status, limit: r.headers.get('x-ratelimit-limit-requests'), remaining: r.headers.get('x-ratelimit-remaining-requests'), reset: r.headers.get('x-ratelimit-reset-requests'), tokens: r.headers.get('x-ratelimit-limit-tokens') });
  }
  assert.deepEqual(seen.map((s) => s.status), [200, 200, 200, 429]);
  assert.deepEqual(seen.map((s) => s.limit), ['3', '3', '3', '3']);
  assert.deepEqual(seen.map((s) => s.remaining), ['2', '1', '0', '0']);
  assert.deepEqual(seen.map((s) => s.tokens), ['5000', '5000', '5000', '5000']);
  // One request per second refills: after three, about three seconds until rested.
  assert.match(seen[2]!.reset!, /^(2\.\d+|3)s$/);
  assert.match(seen[0]!.reset!, /^(\d+ms|1s)$/);
});

test('Anthropic rate-limit headers use its names and RFC 3339 reset times', async () => {
  const t0 = Date.now();
  const r = await post(h.url + '/v1/messages', { 'x-api-key': h.keys.an!, 'anthropic-version': '2023-06-01' }, body);
  assert.equal(r.status, 200);
  assert.equal(r.headers.get('anthropic-ratelimit-requests-limit'), '3');
  assert.equal(r.headers.get('anthropic-ratelimit-requests-remaining'), '2');
  const reset = r.headers.get('anthropic-ratelimit-requests-reset')!;
  assert.match(reset, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  const at = Date.parse(reset);
  assert.ok(at >= t0 && at <= t0 + 3000, reset);
  assert.equal(r.headers.get('anthropic-ratelimit-tokens-limit'), '5000');
  assert.ok(Number(r.headers.get('anthropic-ratelimit-tokens-remaining')) <= 5000);
  assert.equal(r.headers.get('x-ratelimit-limit-requests'), null, 'no OpenAI names on the Anthropic route');
});

test('official SDKs see the headers on their raw responses (plain and streamed)', async () => {
  const oa = new OpenAI({ apiKey: h.keys.sdk!, baseURL: h.url + '/v1', maxRetries: 0 });
  const { response } = await oa.chat.completions.create({ model: 'gpt-test', messages: [{ role: 'user', content: 'hi' }] }).withResponse();
  assert.equal(response.headers.get('x-ratelimit-limit-requests'), '500');
  // The scale tier refills 66 requests a second, so only an upper bound is exact.
  const first = Number(response.headers.get('x-ratelimit-remaining-requests'));
  assert.ok(first === 499, String(first));
  const streamed = await oa.chat.completions.create({ model: 'gpt-test', stream: true, messages: [{ role: 'user', content: 'hi' }] }).withResponse();
  for await (const _ of streamed.data) void _;
  const second = Number(streamed.response.headers.get('x-ratelimit-remaining-requests'));
  assert.ok(second >= 490 && second <= 499, String(second));
  assert.match(streamed.response.headers.get('x-ratelimit-reset-requests')!, /^\d+ms$/);
  const an = new Anthropic({ apiKey: h.keys.sdk2!, baseURL: h.url, maxRetries: 0 });
  const raw = await an.messages.create({ model: 'claude-test', max_tokens: 64, messages: [{ role: 'user', content: 'hi' }] }).withResponse();
  assert.equal(raw.response.headers.get('anthropic-ratelimit-requests-limit'), '500');
  assert.equal(raw.response.headers.get('anthropic-ratelimit-requests-remaining'), '499');
  assert.match(raw.response.headers.get('anthropic-ratelimit-requests-reset')!, /Z$/);
});
