import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DuckDbStore } from '../store/duckdb-store.js';
import { DistillguardError } from '../errors.js';
import { ReviewService } from './review.js';

test('review actions set the state, keep an audit trail, and tell a live gateway', async () => {
  const store = await DuckDbStore.open({ kind: 'memory' });
  const changes: [string, string | null][] = [];
  let clock = 0;
  const svc = new ReviewService(store, { onChange: (a, s) => changes.push([a, s]), now: () => new Date(Date.UTC(2026, 5, 6, 0, 0, clock++)).toISOString() });
  const ctx = { risk: 0.91, campaignId: 'C0001' };
  try {
    assert.equal((await svc.apply({ action: 'confirm', accountId: 'a1', note: null, reviewer: 'ana' }, ctx))?.state, 'confirmed');
    const appealed = await svc.apply({ action: 'appeal', accountId: 'a1', note: 'customer: we are a university class', reviewer: 'ana' }, ctx);
    assert.equal(appealed?.state, 'confirmed', 'an appeal does not change the decision');
    assert.match(appealed?.note ?? '', /university class/);
    await assert.rejects(svc.apply({ action: 'appeal', accountId: 'a1', note: '  ', reviewer: 'ana' }, ctx), (e: unknown) => e instanceof DistillguardError && e.code === 'USAGE');
    assert.equal((await svc.apply({ action: 'allowlist', accountId: 'a1', note: 'verified class', reviewer: 'bo' }, ctx))?.state, 'allowlisted');
    assert.equal((await svc.apply({ action: 'dismiss', accountId: 'a2', note: null, reviewer: 'bo' }, ctx))?.state, 'dismissed');
    assert.equal(await svc.apply({ action: 'reopen', accountId: 'a2', note: null, reviewer: 'bo' }, ctx), null);
    const states = await svc.states();
    assert.equal(states.get('a1')?.state, 'allowlisted');
    assert.equal(states.has('a2'), false);
    const audit = await svc.audit('a1', 10);
    assert.deepEqual(audit.map((a) => a.action), ['review.allowlist', 'review.appeal', 'review.confirm'], 'newest first, appeal recorded');
    assert.equal(audit[0]!.detail?.reviewer, 'bo');
    assert.equal(audit[0]!.detail?.previous, 'confirmed');
    assert.deepEqual(changes, [['a1', 'confirmed'], ['a1', 'allowlisted'], ['a2', 'dismissed'], ['a2', null]]);
  } finally {
    await store.close();
  }
});
