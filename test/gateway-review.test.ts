/**
 * Reviewers at the gateway: named reviewer tokens (and an authenticating proxy's user header) are what the audit trail
 * records, reviewer tokens cannot manage keys, a campaign is confirmed in one call (verified organisations left for
 * one-by-one review), and an owner's appeal sent by the support tool waits until a reviewer decides.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ManualEnginePort } from '../src/live/engine-port.js';
import { startHarness } from './gateway-harness.js';

const T = '2026-04-22T00:00:00.000Z';
const ALICE = 'alice-reviewer-token-0001';

test('named reviewers, campaign review in one call, appeals from the support tool', async () => {
  const engine = new ManualEnginePort(true);
  const h = await startHarness({ engine, accounts: [{ id: 'm1' }, { id: 'm2' }, { id: 'm3' }, { id: 'lab' }], reviewers: [{ name: 'alice', token: ALICE }], reviewerHeader: 'x-forwarded-user' });
  const as = async (token: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const r = await fetch(h.url + path, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    return { status: r.status, json: await r.json() as any };
  };
  try {
    // The lab account belongs to a verified organisation (sign-up facts through the admin API).
    await h.store.createKey({ accountId: 'lab', nowIso: T, meta: { verified: true } });
    const member = (id: string) => ({ account: id, risk: 0.9, flagged: true, campaignId: 'C1', reasons: ['campaign:member', 'link:shared-template'], at: Date.parse(T) });
    engine.setRisk(['m1', 'm2', 'm3', 'lab'].map(member));
    await h.store.upsertVerdicts(['m1', 'm2', 'm3', 'lab'].map((id) => ({ account_id: id, risk: 0.9, flagged: true, campaign_id: 'C1', first_flagged_at: T, reasons: ['campaign:member'], updated_at: T })));

    assert.equal((await as(ALICE, 'POST', '/admin/keys', { account_id: 'x' })).status, 403, 'reviewer tokens do not manage keys');
    assert.equal((await as('wrong-token-000000000', 'GET', '/admin/campaigns')).status, 401);

    // One exception first, then the campaign in one call.
    assert.equal((await as(ALICE, 'POST', '/admin/accounts/m3/review', { action: 'dismiss', note: 'known customer' })).json.reviewer, 'alice');
    const bulk = await as(ALICE, 'POST', '/admin/campaigns/C1/review', { action: 'confirm', note: 'template on every member' });
    assert.deepEqual(bulk.json, { campaign_id: 'C1', action: 'confirm', changed: 2, skipped_verified: 1, reviewer: 'alice' });
    assert.equal(h.gateway.reviewOf('m1')?.state, 'confirmed');
    assert.equal(h.gateway.reviewOf('m3')?.state, 'dismissed', 'the exception stays');
    assert.equal(h.gateway.reviewOf('lab'), undefined, 'verified organisation left for review');

    // The support tool relays the lab owner's appeal; it waits until a reviewer (named by the proxy) decides.
    const appeal = await h.admin('POST', '/admin/appeals', { account_id: 'lab', message: 'We are a university lab running evals', contact: 'ticket 77', channel: 'support-tool' });
    assert.equal(appeal.status, 201);
    assert.equal((await h.admin('POST', '/admin/appeals', { account_id: 'lab' })).status, 400);
    assert.equal((await h.admin('POST', '/admin/appeals', { account_id: 'nobody', message: 'hi' })).status, 404);
    assert.equal((await h.admin('GET', '/admin/appeals?open=true')).json.appeals.length, 1);
    await as(ALICE, 'POST', '/admin/accounts/lab/review', { action: 'allowlist', note: 'lab verified by phone' }, { 'x-forwarded-user': 'carol@provider.example' });
    const closed = (await h.admin('GET', '/admin/appeals?account=lab')).json.appeals[0];
    assert.equal(closed.closed_by, 'carol@provider.example');

    const audit = (await h.admin('GET', '/admin/audit?limit=100')).json.audit as { actor: string; action: string; account_id: string; detail: Record<string, unknown> | null }[];
    const reviews = audit.filter((a) => a.action.startsWith('review.'));
    assert.deepEqual(reviews.map((a) => `${a.actor}:${String(a.detail?.reviewer ?? a.detail?.channel)}:${a.action}:${a.account_id}`).sort(), [
      'appeal:support-tool:review.appeal:lab',
      'reviewer:alice:review.confirm:m1',
      'reviewer:alice:review.confirm:m2',
      'reviewer:alice:review.dismiss:m3',
      'reviewer:carol@provider.example:review.allowlist:lab',
    ]);
    const page = await h.admin('GET', '/admin/accounts?limit=2&offset=2');
    assert.equal(page.json.total, 4);
    assert.equal(page.json.accounts.length, 2);
  } finally {
    await h.close();
  }
});
