/**
 * Sign-up-time scoring through the gateway, in process (no Redis, no NATS): an account created through the admin API
 * on a confirmed operation's card is restricted on its first request; a stranger's new account is not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WorkerEnginePort } from '../src/live/engine-port.js';
import { post, startHarness } from './gateway-harness.js';

const AN = '/v1/messages';
const an = (key: string) => ({ 'x-api-key': key, 'anthropic-version': '2023-06-01' });
const think = JSON.stringify({ model: 'm', max_tokens: 10, messages: [{ role: 'user', content: 'q' }], thinking: { type: 'enabled', budget_tokens: 1000 } });

test("an account created through the admin API on a known operation's card is restricted on its first request", async () => {
  // Steps far apart: the world the engine replayed at load is what it knows during the test.
  const engine = new WorkerEnginePort({ engine: { kind: 'test', engine: { name: 'known-operation' } }, tickMs: 600_000, flushMs: 5 });
  const h = await startHarness({ engine });
  try {
    assert.equal(await engine.ready, 'test:known-operation');
    const scored = new Promise<void>((resolve) => engine.onRisk((u) => u.some((x) => x.account === 'atk-new') && resolve()));
    const bad = await h.admin('POST', '/admin/keys', { account_id: 'atk-new', tier: 'build', account: { email_domain: 'gmail.com', payment_fingerprint: 'card-1' } });
    const fine = await h.admin('POST', '/admin/keys', { account_id: 'new-user', tier: 'build', account: { email_domain: 'gmail.com', payment_fingerprint: 'pf-own' } });
    assert.deepEqual([bad.status, fine.status], [201, 201]);
    // The verdict is pushed when the engine registers the account (a message round trip), before any request.
    await scored;
    const risk = engine.riskOf('atk-new');
    assert.equal(risk?.flagged, true);
    assert.equal(risk?.reasons[0], 'signup:campaign-payment');
    const first = await post(h.url + AN, an(bad.json.key), think);
    assert.equal(first.status, 200, 'restricted, not blocked');
    assert.notEqual(first.json.content[0].type, 'thinking', 'reasoning withheld on the first request');
    const other = await post(h.url + AN, an(fine.json.key), think);
    assert.equal(other.json.content[0].type, 'thinking');
    assert.equal(engine.riskOf('new-user'), undefined);
    await h.gateway.flushEvents();
    const audit = await h.store.listAudit({ accountId: 'atk-new', limit: 50 });
    assert.ok(audit.some((a) => a.action === 'withhold_reasoning' && a.reasons.includes('signup:campaign-payment')), JSON.stringify(audit));
  } finally {
    await h.close();
  }
});
