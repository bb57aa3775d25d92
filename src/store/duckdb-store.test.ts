import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDbStore } from './duckdb-store.js';
import { hashKey, keyIdOf } from './keys.js';
import type { Interaction } from '../dataset/types.js';

const T0 = '2026-04-22T00:00:00.000Z';

function interaction(id: string, account: string): Interaction {
  return {
    id, ts: T0, account_id: account, api_key_id: 'key_x', ip: '127.0.0.1', user_agent: null, tls_ja4: null, endpoint: '/v1/messages',
    model: 'm', conversation_id: null, turn: 1, system: null, prompt: 'hi', tool_names: null, response: 'yo', input_tokens: 3,
    output_tokens: 4, reasoning_tokens: null, max_tokens: 10, temperature: null, stream: false, status: 200, latency_ms: 5,
  };
}

test('keys are stored hashed, listed without secrets, and revocable', async () => {
  const s = await DuckDbStore.open({ kind: 'memory' });
  try {
    const { key, record } = await s.createKey({ accountId: 'a1', tier: 'scale', orgId: 'o1', nowIso: T0 });
    assert.match(key, /^dg-/);
    assert.equal(record.key_id, keyIdOf(hashKey(key)));
    const active = await s.activeKeys();
    assert.equal(active.length, 1);
    assert.equal(active[0]!.key_hash, hashKey(key));
    assert.equal(active[0]!.tier, 'scale');
    assert.equal(active[0]!.org_id, 'o1');
    assert.ok(!JSON.stringify(await s.listKeys()).includes(key), 'listing must not reveal the key');
    // A second key without tier keeps the account's tier.
    await s.createKey({ accountId: 'a1', nowIso: T0 });
    assert.ok((await s.activeKeys()).every((k) => k.tier === 'scale'));
    assert.equal(await s.revokeKey(record.key_id, T0), true);
    assert.equal(await s.revokeKey(record.key_id, T0), false);
    assert.equal((await s.activeKeys()).length, 1);
  } finally {
    await s.close();
  }
});

test('events, audit, verdicts and reviews persist across reopen of a data dir', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dg-store-'));
  try {
    let s = await DuckDbStore.open({ kind: 'dir', dir });
    await s.appendEvents([interaction('r1', 'a1'), interaction('r2', 'a1'), interaction('r3', 'a2')]);
    await s.appendAudit([{ ts: T0, actor: 'policy', action: 'block', account_id: 'a1', request_id: 'r2', key_id: 'key_x', reasons: ['risk_above_block'], enforced: true, detail: { risk: 0.97 } }]);
    await s.upsertVerdicts([{ account_id: 'a1', risk: 0.9, flagged: true, campaign_id: 'c1', first_flagged_at: T0, reasons: ['x'], updated_at: T0 }]);
    await s.upsertVerdicts([{ account_id: 'a1', risk: 0.95, flagged: true, campaign_id: 'c1', first_flagged_at: '2026-05-01T00:00:00.000Z', reasons: ['y'], updated_at: T0 }]);
    await s.setReview({ account_id: 'a2', state: 'allowlisted', risk: null, campaign_id: null, note: 'known customer', updated_at: T0 });
    await s.close();
    s = await DuckDbStore.open({ kind: 'dir', dir });
    assert.equal(await s.countEvents(), 3);
    assert.equal(await s.countEvents('a1'), 2);
    const audit = await s.listAudit({ accountId: 'a1', limit: 10 });
    assert.equal(audit.length, 1);
    assert.deepEqual(audit[0]!.reasons, ['risk_above_block']);
    assert.deepEqual(audit[0]!.detail, { risk: 0.97 });
    assert.equal(audit[0]!.enforced, true);
    const v = await s.listVerdicts({ flagged: true, limit: 10 });
    assert.equal(v.length, 1);
    assert.equal(v[0]!.risk, 0.95);
    assert.equal(v[0]!.first_flagged_at, T0, 'first_flagged_at keeps the earliest time');
    assert.deepEqual(v[0]!.reasons, ['y']);
    assert.equal((await s.listReviews())[0]!.state, 'allowlisted');
    await s.setReview({ account_id: 'a2', state: null });
    assert.equal((await s.listReviews()).length, 0);
    await s.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
