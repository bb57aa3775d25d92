/**
 * Policy end to end: throttling, dry-run, review actions and key management through the admin API,
 * webhooks, audit rows, and the worker-thread engine pushing risk back into the gateway.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ManualEnginePort, WorkerEnginePort } from '../src/live/engine-port.js';
import { post, startHarness } from './gateway-harness.js';

const OA = '/v1/chat/completions';
const AN = '/v1/messages';
const T = '2026-04-22T00:00:00.000Z';
const oa = (key: string) => ({ authorization: `Bearer ${key}` });
const an = (key: string) => ({ 'x-api-key': key, 'anthropic-version': '2023-06-01' });
const body = (prompt = 'hi', extra: object = {}) => JSON.stringify({ model: 'm', max_tokens: 10, messages: [{ role: 'user', content: prompt }], ...extra });

test('throttle level scales the account limit down', async () => {
  const engine = new ManualEnginePort();
  const h = await startHarness({ engine, policy: 'throttle: { factor: 0.2 }\ntiers: { build: { account: { requests: { per_minute: 60, burst: 10 } } } }', accounts: [{ id: 't', tier: 'build' }, { id: 'n', tier: 'build' }] });
  try {
    engine.setRisk([{ account: 't', risk: 0.72, flagged: true, campaignId: null, reasons: [], at: Date.parse(T) }]);
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await post(h.url + OA, oa(h.keys.t!), body())).status);
    assert.deepEqual(statuses, [200, 200, 429]); // burst 10 × 0.2 = 2
    for (let i = 0; i < 3; i++) assert.equal((await post(h.url + OA, oa(h.keys.n!), body())).status, 200);
  } finally {
    await h.close();
  }
});

test('dry-run decides and audits but enforces nothing', async () => {
  const engine = new ManualEnginePort();
  const h = await startHarness({ engine, policy: 'dry_run: true\ntiers: { build: { account: { requests: { per_minute: 60, burst: 1 } } } }', accounts: [{ id: 'x', tier: 'build' }] });
  try {
    engine.setRisk([{ account: 'x', risk: 0.99, flagged: true, campaignId: 'c1', reasons: [], at: Date.parse(T) }]);
    const r1 = await post(h.url + AN, an(h.keys.x!), body('think', { thinking: { type: 'enabled', budget_tokens: 1000 } }));
    const r2 = await post(h.url + AN, an(h.keys.x!), body('think', { thinking: { type: 'enabled', budget_tokens: 1000 } }));
    assert.equal(r1.status, 200);
    assert.equal(r2.status, 200, 'rate limit not enforced');
    assert.equal(r1.json.content[0].type, 'thinking', 'reasoning not withheld');
    await h.gateway.flushEvents();
    const audit = await h.store.listAudit({ accountId: 'x', limit: 50 });
    assert.equal(audit.filter((a) => a.action === 'block' && !a.enforced).length, 2);
    assert.equal(audit.filter((a) => a.action === 'rate_limit' && !a.enforced).length, 1);
    assert.ok(!audit.some((a) => a.enforced && a.actor === 'policy'));
  } finally {
    await h.close();
  }
});

test('admin API: token required; keys created and revoked take effect at once', async () => {
  const h = await startHarness({});
  try {
    assert.equal((await fetch(h.url + '/admin/keys')).status, 401);
    assert.equal((await fetch(h.url + '/admin/keys', { headers: { authorization: 'Bearer wrong' } })).status, 401);
    const created = await h.admin('POST', '/admin/keys', { account_id: 'new-acct', tier: 'enterprise', org_id: 'org-9', account: { email_domain: 'example.com', verified: true } });
    assert.equal(created.status, 201);
    assert.match(created.json.key, /^dg-/);
    assert.equal((await post(h.url + OA, oa(created.json.key), body())).status, 200);
    const listed = await h.admin('GET', '/admin/keys?account=new-acct');
    assert.equal(listed.json.keys.length, 1);
    assert.ok(!JSON.stringify(listed.json).includes(created.json.key), 'listing never shows the secret');
    assert.equal((await h.admin('DELETE', `/admin/keys/${created.json.key_id}`)).status, 200);
    assert.equal((await post(h.url + OA, oa(created.json.key), body())).status, 401);
    assert.equal((await h.admin('DELETE', `/admin/keys/${created.json.key_id}`)).status, 404);
    assert.equal((await h.admin('POST', '/admin/keys', { account_id: 'y', tier: 'gold' })).status, 400);
    const audit = await h.admin('GET', '/admin/audit');
    assert.deepEqual(audit.json.audit.map((a: { action: string }) => a.action).sort(), ['key.create', 'key.revoke']);
  } finally {
    await h.close();
  }
});

test('review actions: confirm blocks, unblock lifts, allowlist keeps reasoning, dismiss holds until risk rises', async () => {
  const engine = new ManualEnginePort();
  const h = await startHarness({ engine, accounts: [{ id: 'a', tier: 'scale' }] });
  const think = () => post(h.url + AN, an(h.keys.a!), body('q', { thinking: { type: 'enabled', budget_tokens: 1000 } }));
  try {
    engine.setRisk([{ account: 'a', risk: 0.6, flagged: true, campaignId: 'camp-1', reasons: ['sync_timing'], at: Date.parse(T) }]);
    assert.equal((await think()).status, 200);
    assert.equal((await h.admin('POST', '/admin/accounts/a/review', { action: 'confirm', note: 'matches campaign' })).status, 200);
    assert.equal((await think()).status, 403);
    const unblock = await h.admin('POST', '/admin/accounts/a/review', { action: 'unblock' });
    assert.equal(unblock.json.decision.action, 'allow');
    assert.equal((await think()).status, 200);
    engine.setRisk([{ account: 'a', risk: 0.85, flagged: true, campaignId: 'camp-1', reasons: [], at: Date.parse(T) }]);
    const withheld = await think();
    assert.deepEqual(withheld.json.content.map((b: { type: string }) => b.type), ['text'], 'risk rose past the dismissal margin');
    await h.admin('POST', '/admin/accounts/a/review', { action: 'allowlist' });
    assert.deepEqual((await think()).json.content.map((b: { type: string }) => b.type), ['thinking', 'text']);
    assert.equal((await h.admin('POST', '/admin/accounts/a/review', { action: 'nope' })).status, 400);
    const detail = await h.admin('GET', '/admin/accounts/a');
    assert.equal(detail.json.review.state, 'allowlisted');
    assert.equal(detail.json.events, 5);
    const actions = detail.json.audit.map((x: { action: string }) => x.action);
    for (const a of ['review.confirm', 'review.unblock', 'review.allowlist', 'block', 'withhold_reasoning', 'flag']) assert.ok(actions.includes(a), a);
    const camps = await h.admin('GET', '/admin/campaigns');
    assert.deepEqual(camps.json.campaigns.map((c: { campaign_id: string; size: number }) => [c.campaign_id, c.size]), [['camp-1', 1]]);
    const verdicts = await h.admin('GET', '/admin/verdicts?flagged=true');
    assert.deepEqual(Object.keys(verdicts.json.verdicts[0]).sort(), ['account_id', 'campaign_id', 'first_flagged_at', 'flagged', 'reasons', 'risk']);
    assert.equal(verdicts.json.verdicts[0].first_flagged_at, T);
  } finally {
    await h.close();
  }
});

test('webhooks fire on a new flag, a new campaign and a block', async () => {
  const received: { event: string; account_id: string; campaign_id: string | null }[] = [];
  const hook = createServer((req, res) => {
    let s = '';
    req.on('data', (d) => (s += d));
    req.on('end', () => {
      received.push(JSON.parse(s));
      res.end('ok');
    });
  });
  await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
  const port = (hook.address() as AddressInfo).port;
  const engine = new ManualEnginePort();
  const h = await startHarness({ engine, policy: `webhooks: [{ url: "http://127.0.0.1:${port}/hook" }]` });
  try {
    engine.setRisk([{ account: 'a1', risk: 0.6, flagged: true, campaignId: 'c1', reasons: [], at: Date.parse(T) }]);
    engine.setRisk([{ account: 'a1', risk: 0.6, flagged: true, campaignId: 'c1', reasons: [], at: Date.parse(T) }]); // no repeat
    engine.setRisk([{ account: 'a2', risk: 0.99, flagged: true, campaignId: 'c1', reasons: [], at: Date.parse(T) }]);
    await h.gateway.close(0); // drains webhooks in flight
    const got = received.map((r) => `${r.event}:${r.account_id}`).sort();
    assert.deepEqual(got, ['block:a2', 'campaign:a1', 'flag:a1', 'flag:a2']);
  } finally {
    await h.close();
    hook.close();
  }
});

test('worker-thread engine: interactions flow to it and its risk comes back to the hot path', async () => {
  const engine = new WorkerEnginePort({
    engine: { kind: 'test', engine: { name: 'marker', marker: '#harvest#', risk: 0.99, campaignId: 'marker-campaign' } },
    tickMs: 20, flushMs: 5,
  });
  const h = await startHarness({ engine, accounts: [{ id: 'bad', tier: 'scale' }, { id: 'fine', tier: 'scale' }] });
  try {
    assert.equal(await engine.ready, 'test:marker');
    // Listen before sending: the worker may answer before the second request returns.
    const flagged = new Promise<void>((resolve) => engine.onRisk((u) => u.some((x) => x.account === 'bad') && resolve()));
    assert.equal((await post(h.url + OA, oa(h.keys.bad!), body('please #harvest# this'))).status, 200);
    assert.equal((await post(h.url + OA, oa(h.keys.fine!), body('normal question'))).status, 200);
    await flagged;
    assert.equal(engine.riskOf('bad')?.campaignId, 'marker-campaign');
    assert.equal(engine.riskOf('fine'), undefined);
    assert.equal((await post(h.url + OA, oa(h.keys.bad!), body('again'))).status, 403);
    assert.equal((await post(h.url + OA, oa(h.keys.fine!), body('again'))).status, 200);
  } finally {
    await h.close();
  }
});
