/**
 * Step-up verification: accounts of a tier that requires it, at or above its risk, are refused with 403
 * `verification_required` and the identity-check link (both dialects, body and header), the `verify` webhook starts the
 * check once, an admin call lifts it (kept in the store) and another asks again. Other tiers and calm accounts are served.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import OpenAI from 'openai';
import { ManualEnginePort } from '../src/live/engine-port.js';
import { Gateway } from '../src/gateway/server.js';
import { post, startHarness, type Harness } from './gateway-harness.js';

let h: Harness;
let hook: Server;
const hooks: Record<string, unknown>[] = [];
const engine = new ManualEnginePort(true);
const body = JSON.stringify({ model: 'm', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] });
const oaAuth = (k: string) => ({ authorization: `Bearer ${k}` });
const anAuth = (k: string) => ({ 'x-api-key': k, 'anthropic-version': '2023-06-01' });

before(async () => {
  hook = createServer((req, res) => {
    let b = '';
    req.on('data', (c: Buffer) => (b += c.toString()));
    req.on('end', () => {
      hooks.push(JSON.parse(b) as Record<string, unknown>);
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
  const hookUrl = `http://127.0.0.1:${(hook.address() as { port: number }).port}/hook`;
  const policy = `
verification:
  url: "https://id.example.com/verify?account={account_id}&ref={request_id}"
  tiers: { free: 0.6 }
webhooks: [{ url: "${hookUrl}", events: [verify] }]
`;
  h = await startHarness({ engine, policy, accounts: [{ id: 'risky', tier: 'free' }, { id: 'calm', tier: 'free' }, { id: 'big', tier: 'scale' }] });
  const at = '2026-04-22T00:00:00.000Z';
  engine.setRisk([
    { account: 'risky', risk: 0.65, flagged: true, campaignId: 'c7', reasons: ['cot_elicitation'], at: Date.parse(at) },
    { account: 'calm', risk: 0.3, flagged: false, campaignId: null, reasons: [], at: Date.parse(at) },
    { account: 'big', risk: 0.65, flagged: true, campaignId: 'c7', reasons: ['cot_elicitation'], at: Date.parse(at) },
  ]);
});
after(async () => {
  await h.close();
  hook.closeAllConnections();
  await new Promise((r) => hook.close(r));
});

test('a risky account of a tier that requires it gets 403 verification_required with the link, in both dialects', async () => {
  const before = h.mock.totalCalls;
  const oa = await post(h.url + '/v1/chat/completions', oaAuth(h.keys.risky!), body);
  assert.equal(oa.status, 403);
  assert.equal(oa.json.error.type, 'permission_error');
  assert.equal(oa.json.error.code, 'verification_required');
  const rid = oa.headers.get('x-distillguard-request-id')!;
  assert.equal(oa.json.error.verification_url, `https://id.example.com/verify?account=risky&ref=${rid}`);
  assert.equal(oa.headers.get('x-distillguard-verification-url'), oa.json.error.verification_url);
  assert.match(oa.json.error.message, /identity verification.*https:\/\/id\.example\.com/);
  const an = await post(h.url + '/v1/messages', anAuth(h.keys.risky!), body);
  assert.equal(an.status, 403);
  assert.deepEqual([an.json.type, an.json.error.type, an.json.error.code], ['error', 'permission_error', 'verification_required']);
  assert.match(an.json.error.verification_url, /account=risky/);
  assert.equal(h.mock.totalCalls, before, 'refused requests never reach the upstream');
  // The OpenAI SDK surfaces it as a PermissionDeniedError carrying the code.
  const sdk = new OpenAI({ apiKey: h.keys.risky!, baseURL: h.url + '/v1', maxRetries: 0 });
  await assert.rejects(sdk.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'x' }] }), (e: unknown) => e instanceof OpenAI.PermissionDeniedError && e.code === 'verification_required');
});

test('calm accounts and tiers without a threshold are served', async () => {
  assert.equal((await post(h.url + '/v1/chat/completions', oaAuth(h.keys.calm!), body)).status, 200);
  assert.equal((await post(h.url + '/v1/chat/completions', oaAuth(h.keys.big!), body)).status, 200);
});

test('the verify webhook goes out once per account, with the link', async () => {
  await h.gateway.flushEvents();
  const deadline = Date.now() + 3000;
  while (hooks.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => setTimeout(r, 100));
  assert.equal(hooks.length, 1);
  assert.equal(hooks[0]!.event, 'verify');
  assert.equal(hooks[0]!.account_id, 'risky');
  assert.equal(hooks[0]!.campaign_id, 'c7');
  assert.match(String(hooks[0]!.verification_url), /^https:\/\/id\.example\.com\/verify\?account=risky&ref=/);
});

test('an admin lifts it (kept in the store, audited); DELETE asks again', async () => {
  const lift = await h.admin('POST', '/admin/accounts/risky/verified', { note: 'passport checked, ticket 991' });
  assert.equal(lift.status, 200);
  assert.equal(lift.json.verification.verified_by, 'admin');
  assert.equal((await post(h.url + '/v1/chat/completions', oaAuth(h.keys.risky!), body)).status, 200);
  assert.deepEqual((await h.store.listVerifications()).map((v) => [v.account_id, v.note]), [['risky', 'passport checked, ticket 991']]);
  // A gateway started on the same store knows it.
  const g2 = await Gateway.create({ upstream: h.upstreamUrl, policy: h.gateway.policy, store: h.store, engine, adminToken: 'x'.repeat(43) });
  assert.equal(g2.verificationOf('risky')?.verified_by, 'admin');
  await g2.close(0);
  const acct = await h.admin('GET', '/admin/accounts/risky');
  assert.equal(acct.json.verification.account_id, 'risky');
  assert.ok((acct.json.audit as { action: string }[]).some((a) => a.action === 'verify.lift'));
  assert.ok((acct.json.audit as { action: string }[]).some((a) => a.action === 'verify'));
  const again = await h.admin('DELETE', '/admin/accounts/risky/verified');
  assert.equal(again.json.was_verified, true);
  assert.equal((await post(h.url + '/v1/chat/completions', oaAuth(h.keys.risky!), body)).status, 403);
});

test('dry-run audits the requirement but serves', async () => {
  const eng = new ManualEnginePort();
  const h2 = await startHarness({ engine: eng, policy: 'dry_run: true\nverification: { url: "https://id.example.com/v", tiers: { build: 0.5 } }', accounts: [{ id: 'r' }] });
  try {
    eng.setRisk([{ account: 'r', risk: 0.9, flagged: true, campaignId: null, reasons: [], at: Date.parse('2026-04-22T00:00:00.000Z') }]);
    assert.equal((await post(h2.url + '/v1/chat/completions', oaAuth(h2.keys.r!), body)).status, 200);
    await h2.gateway.flushEvents();
    const audit = await h2.admin('GET', '/admin/audit?account=r');
    assert.ok((audit.json.audit as { action: string; enforced: boolean }[]).some((a) => a.action === 'verify' && a.enforced === false));
  } finally {
    await h2.close();
  }
});
