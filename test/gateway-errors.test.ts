/**
 * Bad input never crashes the gateway and never reaches the upstream: 401/400/413/408/429/403 in
 * each API's own error shape (counted at the mock), 502/504 when the upstream is down or slow,
 * and unknown request fields pass through untouched.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { ManualEnginePort } from '../src/live/engine-port.js';
import { post, startHarness, type Harness } from './gateway-harness.js';

const POLICY = `
tiers:
  free:
    account: { requests: { per_minute: 60, burst: 2 } }
server: { max_body_bytes: 2000, body_timeout_ms: 300, upstream_headers_timeout_ms: 300 }
`;
let h: Harness;
const engine = new ManualEnginePort();

before(async () => {
  h = await startHarness({ engine, policy: POLICY, accounts: [{ id: 'ok', tier: 'scale' }, { id: 'limited', tier: 'free' }, { id: 'blocked', tier: 'scale' }] });
  engine.setRisk([{ account: 'blocked', risk: 0.99, flagged: true, campaignId: 'c9', reasons: ['shared_payment'], at: Date.parse('2026-04-22T00:00:00.000Z') }]);
});
after(async () => h.close());

const OA = '/v1/chat/completions';
const AN = '/v1/messages';
const body = (extra: object = {}) => JSON.stringify({ model: 'm', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }], ...extra });
const auth = (api: string, key: string): Record<string, string> => (api === OA ? { authorization: `Bearer ${key}` } : { 'x-api-key': key, 'anthropic-version': '2023-06-01' });

function assertShape(api: string, json: any, type: string): void {
  if (api === OA) {
    assert.equal(typeof json.error.message, 'string');
    assert.equal(json.error.type, type);
    assert.ok('param' in json.error && 'code' in json.error);
  } else {
    assert.equal(json.type, 'error');
    assert.equal(json.error.type, type);
    assert.equal(typeof json.error.message, 'string');
  }
}

for (const api of [OA, AN]) {
  const name = api === OA ? 'OpenAI' : 'Anthropic';

  test(`${name}: missing and unknown keys get 401 without an upstream call`, async () => {
    const before = h.mock.totalCalls;
    const missing = await post(h.url + api, {}, body());
    assert.equal(missing.status, 401);
    assertShape(api, missing.json, api === OA ? 'invalid_request_error' : 'authentication_error');
    const unknown = await post(h.url + api, auth(api, 'dg-not-a-real-key'), body());
    assert.equal(unknown.status, 401);
    assert.ok(!unknown.text.includes('dg-not-a-real-key'), 'the presented key is not echoed');
    assert.equal(h.mock.totalCalls, before);
  });

  test(`${name}: invalid JSON and non-object bodies get 400 without an upstream call`, async () => {
    const before = h.mock.totalCalls;
    for (const b of ['{"model":', '[1,2]', '{"model":"m"}']) {
      const r = await post(h.url + api, auth(api, h.keys.ok!), b);
      assert.equal(r.status, 400, b);
      assertShape(api, r.json, 'invalid_request_error');
    }
    assert.equal(h.mock.totalCalls, before);
  });

  test(`${name}: oversize bodies get 413 (declared or streamed) without an upstream call`, async () => {
    const before = h.mock.totalCalls;
    const big = body({ pad: 'x'.repeat(5000) });
    const r = await post(h.url + api, auth(api, h.keys.ok!), big);
    assert.equal(r.status, 413);
    assertShape(api, r.json, api === OA ? 'invalid_request_error' : 'request_too_large');
    // Chunked upload with no content-length: caught while reading.
    const chunked = await rawRequest(h.url, api, auth(api, h.keys.ok!), [Buffer.from(big.slice(0, 1500)), Buffer.from(big.slice(1500))], { chunked: true });
    assert.match(chunked, /^HTTP\/1\.1 413/);
    assert.equal(h.mock.totalCalls, before);
  });

  test(`${name}: a client that stalls mid-body gets 408 and no upstream call`, async () => {
    const before = h.mock.totalCalls;
    const b = body();
    const resp = await rawRequest(h.url, api, { ...auth(api, h.keys.ok!), 'content-length': String(b.length) }, [Buffer.from(b.slice(0, 10))], { stallMs: 2000 });
    assert.match(resp, /^HTTP\/1\.1 408/);
    assert.match(resp, api === OA ? /"request_timeout"/ : /"timeout_error"/);
    assert.equal(h.mock.totalCalls, before);
  });

  test(`${name}: a blocked account gets 403 permission_error without an upstream call`, async () => {
    const before = h.mock.totalCalls;
    const r = await post(h.url + api, auth(api, h.keys.blocked!), body());
    assert.equal(r.status, 403);
    assertShape(api, r.json, 'permission_error');
    assert.equal(h.mock.totalCalls, before);
  });

  test(`${name}: upstream down gives 502, upstream slow gives 504, in the API's shape`, async () => {
    const slow = await post(h.url + api, { ...auth(api, h.keys.ok!), 'x-mock-delay-ms': '1500' }, body());
    assert.equal(slow.status, 504);
    assertShape(api, slow.json, api === OA ? 'api_error' : 'timeout_error');
    const down = await startDownHarness();
    try {
      const r = await post(down.url + api, auth(api, down.keys['acct-1']!), body());
      assert.equal(r.status, 502);
      assertShape(api, r.json, 'api_error');
    } finally {
      await down.close();
    }
  });
}

test('429 rate_limit_error with retry-after once the burst is spent; refused requests never reach the upstream', async () => {
  for (const api of [OA, AN]) {
    const r = await post(h.url + api, auth(api, h.keys.limited!), body());
    assert.equal(r.status, 200, 'within burst');
  }
  const before = h.mock.totalCalls;
  for (const api of [OA, AN]) {
    const r = await post(h.url + api, auth(api, h.keys.limited!), body());
    assert.equal(r.status, 429);
    assertShape(api, r.json, 'rate_limit_error');
    assert.equal(r.headers.get('retry-after'), '1');
    assert.ok(Number(r.headers.get('retry-after-ms')) > 0);
  }
  assert.equal(h.mock.totalCalls, before);
  await h.gateway.flushEvents();
  const audit = await h.store.listAudit({ accountId: 'limited', limit: 10 });
  assert.equal(audit.filter((a) => a.action === 'rate_limit' && a.reasons[0] === 'rate_limit.account.requests').length, 2);
});

test('unknown request fields and headers pass through; client credentials never go upstream', async () => {
  const r = await post(h.url + OA, { ...auth(OA, h.keys.ok!), 'x-custom-header': 'kept' }, body({ some_future_field: { nested: [1, 2] }, top_k: 3 }));
  assert.equal(r.status, 200);
  const seen = h.mock.lastRequest!;
  assert.deepEqual(JSON.parse(seen.body).some_future_field, { nested: [1, 2] });
  assert.equal(JSON.parse(seen.body).top_k, 3);
  assert.equal(seen.headers['x-custom-header'], 'kept');
  assert.equal(seen.headers.authorization, undefined);
  assert.equal(seen.headers['x-api-key'], undefined);
  assert.ok(r.headers.get('x-distillguard-request-id'));
});

test('unknown routes are 404 in the API shape; the gateway is still healthy after all of the above', async () => {
  const r = await post(h.url + '/v1/embeddings', auth(OA, h.keys.ok!), body());
  assert.equal(r.status, 404);
  assertShape(OA, r.json, 'invalid_request_error');
  const ok = await post(h.url + AN, auth(AN, h.keys.ok!), body());
  assert.equal(ok.status, 200);
  assert.equal(ok.json.type, 'message');
  const metrics = await (await fetch(h.url + '/metrics')).text();
  assert.match(metrics, /distillguard_requests_total\{api="anthropic",status="403"\} 1/);
  assert.match(metrics, /distillguard_upstream_errors_total\{kind="upstream_timeout"\} 2/);
});

async function startDownHarness(): Promise<Harness> {
  // A port that was just free: nothing listens there.
  const probe = await startHarness({});
  const deadUrl = probe.upstreamUrl;
  await probe.close();
  return startHarness({ upstreamOverride: deadUrl });
}

/** Sends a request over a raw socket (to control chunking and stalls) and returns the raw response. */
function rawRequest(base: string, path: string, headers: Record<string, string>, parts: Buffer[], o: { chunked?: boolean; stallMs?: number }): Promise<string> {
  const u = new URL(base);
  return new Promise((resolve, reject) => {
    const sock = connect(Number(u.port), u.hostname);
    let out = '';
    sock.on('data', (d) => (out += d.toString()));
    sock.on('close', () => resolve(out));
    sock.on('error', (e) => (out ? resolve(out) : reject(e)));
    const head = [`POST ${path} HTTP/1.1`, `host: ${u.host}`, 'content-type: application/json', ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
    if (o.chunked) head.push('transfer-encoding: chunked');
    sock.write(head.join('\r\n') + '\r\n\r\n');
    for (const p of parts) sock.write(o.chunked ? Buffer.concat([Buffer.from(p.length.toString(16) + '\r\n'), p, Buffer.from('\r\n')]) : p);
    if (o.chunked) sock.write('0\r\n\r\n');
    const t = setTimeout(() => sock.destroy(), o.stallMs ?? 2000);
    sock.on('close', () => clearTimeout(t));
  });
}
