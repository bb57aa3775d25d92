/**
 * What clients expect of an LLM API besides completions: rate-limit headers in each dialect's names (read through the
 * official SDKs' raw responses and plain fetch), `GET /v1/models` in both list formats, token counters in /metrics and
 * one structured log line per request without prompt text or raw keys.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';
import { ManualEnginePort } from '../src/live/engine-port.js';
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
const logLines: string[] = [];

before(async () => {
  h = await startHarness({ engine, policy: POLICY, requestLog: { write: (l) => logLines.push(l) }, accounts: [{ id: 'oa', tier: 'free' }, { id: 'an', tier: 'free' }, { id: 'sdk', tier: 'scale' }, { id: 'sdk2', tier: 'scale' }] });
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

test('GET /v1/models is proxied to an upstream that lists models, in the dialect the headers ask for', async () => {
  const oa = new OpenAI({ apiKey: h.keys.sdk!, baseURL: h.url + '/v1', maxRetries: 0 });
  const ids: string[] = [];
  for await (const m of oa.models.list()) ids.push(m.id);
  assert.deepEqual(ids, ['mock-gpt', 'mock-claude']);
  assert.equal((await oa.models.retrieve('mock-gpt')).owned_by, 'mock');
  const an = new Anthropic({ apiKey: h.keys.sdk!, baseURL: h.url, maxRetries: 0 });
  const page = await an.models.list();
  assert.deepEqual(page.data.map((m) => [m.type, m.id, m.display_name]), [['model', 'mock-gpt', 'Mock mock-gpt'], ['model', 'mock-claude', 'Mock mock-claude']]);
  // The client key is required, answered in the dialect's error format.
  const noKey = await fetch(h.url + '/v1/models', { headers: { 'anthropic-version': '2023-06-01' } });
  assert.equal(noKey.status, 401);
  assert.equal(((await noKey.json()) as { error: { type: string } }).error.type, 'authentication_error');
  const badKey = await fetch(h.url + '/v1/models', { headers: { authorization: 'Bearer sk-nope' } });
  assert.equal(badKey.status, 401);
  assert.equal(((await badKey.json()) as { error: { code: string } }).error.code, 'invalid_api_key');
});

test('GET /v1/models answers from server.models when the upstream has no models route', async () => {
  const h2 = await startHarness({ policy: 'server: { models: [m-large, m-small, m-mini] }', mock: { models: null }, accounts: [{ id: 'x' }] });
  try {
    const oa = new OpenAI({ apiKey: h2.keys.x!, baseURL: h2.url + '/v1', maxRetries: 0 });
    const list = await oa.models.list();
    assert.deepEqual(list.data.map((m) => [m.object, m.id]), [['model', 'm-large'], ['model', 'm-small'], ['model', 'm-mini']]);
    assert.equal((await oa.models.retrieve('m-small')).id, 'm-small');
    await assert.rejects(oa.models.retrieve('nope'), (e: unknown) => e instanceof OpenAI.NotFoundError);
    const an = new Anthropic({ apiKey: h2.keys.x!, baseURL: h2.url, maxRetries: 0 });
    const first = await an.models.list({ limit: 2 });
    assert.deepEqual(first.data.map((m) => m.id), ['m-large', 'm-small']);
    assert.equal(first.has_more, true);
    const all: string[] = [];
    for await (const m of an.models.list({ limit: 2 })) all.push(m.id);
    assert.deepEqual(all, ['m-large', 'm-small', 'm-mini']);
    assert.match((await an.models.retrieve('m-mini')).created_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    assert.match(h2.gateway.metrics.render(), /distillguard_model_list_total\{api="anthropic",source="policy"\} \d+/);
  } finally {
    await h2.close();
  }
});

test('/metrics counts input, output and reasoning tokens by dialect and tier', async () => {
  const tokens = (labels: string) => Number(new RegExp(`^distillguard_tokens_total\\{${labels}\\} (\\d+)$`, 'm').exec(h.gateway.metrics.render())?.[1] ?? 0);
  const before = { in: tokens('api="openai",tier="scale",kind="input"'), out: tokens('api="openai",tier="scale",kind="output"'), rs: tokens('api="openai",tier="scale",kind="reasoning"') };
  const r = await post(h.url + '/v1/chat/completions', { authorization: `Bearer ${h.keys.sdk}` }, JSON.stringify({ model: 'm', reasoning_effort: 'high', messages: [{ role: 'user', content: 'count me' }] }));
  assert.equal(r.status, 200);
  const u = r.json.usage as { prompt_tokens: number; completion_tokens: number; completion_tokens_details: { reasoning_tokens: number } };
  assert.ok(u.completion_tokens_details.reasoning_tokens > 0);
  assert.equal(tokens('api="openai",tier="scale",kind="input"') - before.in, u.prompt_tokens);
  assert.equal(tokens('api="openai",tier="scale",kind="output"') - before.out, u.completion_tokens);
  assert.equal(tokens('api="openai",tier="scale",kind="reasoning"') - before.rs, u.completion_tokens_details.reasoning_tokens);
  const an = await post(h.url + '/v1/messages', { 'x-api-key': h.keys.sdk2!, 'anthropic-version': '2023-06-01' }, JSON.stringify({ model: 'c', max_tokens: 99, messages: [{ role: 'user', content: 'and me' }] }));
  assert.equal(an.status, 200);
  assert.ok(tokens('api="anthropic",tier="scale",kind="output"') >= (an.json.usage as { output_tokens: number }).output_tokens);
  const scrape = await fetch(h.url + '/metrics');
  assert.match(await scrape.text(), /# HELP distillguard_tokens_total /);
});

test('request log: one JSON line per request with ids, action, status, latency and tokens, never the key or the prompt', async () => {
  logLines.length = 0;
  const secret = 'PROMPT-SECRET-TEXT';
  await post(h.url + '/v1/chat/completions', { authorization: `Bearer ${h.keys.sdk}` }, JSON.stringify({ model: 'gpt-log', messages: [{ role: 'user', content: secret }] }));
  await post(h.url + '/v1/chat/completions', { authorization: 'Bearer sk-not-a-key' }, body);
  for (let i = 0; i < 4; i++) await post(h.url + '/v1/messages', { 'x-api-key': h.keys.an!, 'anthropic-version': '2023-06-01' }, body);
  await h.gateway.flushEvents();
  assert.equal(logLines.length, 6);
  const lines = logLines.map((l) => JSON.parse(l) as Record<string, unknown>);
  const ok = lines[0]!;
  assert.equal(ok.account_id, 'sdk');
  assert.match(String(ok.key_id), /\S/);
  assert.equal(ok.api, 'openai');
  assert.equal(ok.model, 'gpt-log');
  assert.equal(ok.status, 200);
  assert.equal(ok.action, 'allow');
  assert.ok((ok.output_tokens as number) > 0 && (ok.input_tokens as number) > 0);
  assert.ok(typeof ok.latency_ms === 'number');
  assert.match(String(ok.request_id), /^[0-9a-f-]{36}$/);
  assert.deepEqual([lines[1]!.status, lines[1]!.account_id, lines[1]!.key_id], [401, null, null]);
  const statuses = lines.slice(2).map((l) => [l.status, l.action]);
  assert.deepEqual(statuses.at(-1), [429, 'rate_limit']);
  assert.deepEqual(lines.at(-1)!.reasons, ['rate_limit.account.requests']);
  const all = logLines.join('\n');
  for (const k of Object.values(h.keys)) assert.ok(!all.includes(k), 'a raw key was logged');
  assert.ok(!all.includes('sk-not-a-key'));
  assert.ok(!all.includes(secret), 'prompt text was logged');
});

test('request log with prompts: the last user message is included', async () => {
  const lines: string[] = [];
  const h2 = await startHarness({ accounts: [{ id: 'p' }], requestLog: { write: (l) => lines.push(l), prompts: true } });
  try {
    await post(h2.url + '/v1/chat/completions', { authorization: `Bearer ${h2.keys.p}` }, JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'log this prompt' }] }));
    assert.equal(lines.length, 1);
    assert.equal(JSON.parse(lines[0]!).prompt, 'log this prompt');
  } finally {
    await h2.close();
  }
});

test('/v1/responses through the OpenAI SDK: plain and streamed, recorded, rate-limit headers, reasoning withheld when decided', async () => {
  const eng = new ManualEnginePort(true);
  const h2 = await startHarness({ engine: eng, accounts: [{ id: 'ok', tier: 'scale' }, { id: 'sus', tier: 'scale' }] });
  eng.setRisk([{ account: 'sus', risk: 0.85, flagged: true, campaignId: 'c1', reasons: ['cot_elicitation'], at: Date.parse('2026-04-22T00:00:00.000Z') }]);
  try {
    const oa = (k: string) => new OpenAI({ apiKey: k, baseURL: h2.url + '/v1', maxRetries: 0 });
    const { data: r, response } = await oa(h2.keys.ok!).responses.create({ model: 'gpt-r', input: 'Why is the sky blue?', reasoning: { effort: 'high' } }).withResponse();
    assert.match(r.output_text, /^Answer to: Why is the sky blue\?/);
    assert.deepEqual(r.output.map((o) => o.type), ['reasoning', 'message']);
    assert.equal(response.headers.get('x-ratelimit-limit-requests'), '500');
    const stream = oa(h2.keys.ok!).responses.stream({ model: 'gpt-r', input: [{ role: 'user', content: 'Stream it' }], reasoning: { effort: 'low' } });
    let deltas = '';
    stream.on('response.output_text.delta', (e) => (deltas += e.delta));
    const final = await stream.finalResponse();
    assert.match(deltas, /^Answer to: Stream it/);
    assert.equal(final.output_text, deltas);
    assert.ok(final.usage!.output_tokens_details.reasoning_tokens > 0);
    // Withheld: no reasoning item in the body, no reasoning events in the stream, the message is output 0.
    const plain = await oa(h2.keys.sus!).responses.create({ model: 'gpt-r', input: 'Show your thinking', reasoning: { effort: 'high' } });
    assert.deepEqual(plain.output.map((o) => o.type), ['message']);
    const types: string[] = [];
    const s2 = oa(h2.keys.sus!).responses.stream({ model: 'gpt-r', input: 'Think in a stream', reasoning: { effort: 'high' } });
    s2.on('event', (e) => types.push(e.type));
    const f2 = await s2.finalResponse();
    assert.deepEqual(f2.output.map((o) => o.type), ['message']);
    assert.match(f2.output_text, /^Answer to: Think in a stream/);
    assert.ok(!types.some((t) => t.startsWith('response.reasoning')), types.join(','));
    // Requests without input are refused in OpenAI's format, never forwarded.
    const bad = await post(h2.url + '/v1/responses', { authorization: `Bearer ${h2.keys.ok}` }, JSON.stringify({ model: 'm' }));
    assert.equal(bad.status, 400);
    assert.equal(bad.json.error.type, 'invalid_request_error');
    // Each served request is an interaction record with its prompt, text and tokens.
    const rs = eng.submitted.filter((e) => e.endpoint === '/v1/responses' && e.account_id === 'ok' && e.status === 200);
    assert.deepEqual(rs.map((e) => [e.status, e.prompt, e.stream]), [[200, 'Why is the sky blue?', false], [200, 'Stream it', true]]);
    assert.ok(rs.every((e) => e.output_tokens > 0 && (e.reasoning_tokens ?? 0) > 0 && /^Answer to:/.test(e.response ?? '')));
  } finally {
    await h2.close();
  }
});
