import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePolicy } from './config.js';
import { MemoryLimiter, type LimitSubject } from './limits.js';

const P = parsePolicy(`
throttle: { factor: 0.5 }
tiers:
  free:
    account: { requests: { per_minute: 60, burst: 4 }, tokens: { per_minute: 600, burst: 100 } }
    org:     { requests: { per_minute: 60, burst: 6 }, tokens: { per_minute: 6000, burst: 1000 } }
`);
const subj = (accountId: string, orgId: string | null = null, throttled = false): LimitSubject => ({ accountId, orgId, tier: 'free', throttled });

test('account request burst, then retry-after of one interval', async () => {
  const l = new MemoryLimiter(() => P);
  const got = Array.from({ length: 5 }, () => l.admit(subj('a'), 0));
  assert.deepEqual(got.map((v) => v.allowed), [true, true, true, true, false]);
  assert.equal(got[4]!.reason, 'rate_limit.account.requests');
  assert.equal(got[4]!.retryAfterMs, 1000);
  await l.close();
});

test('org limit is shared by its accounts and refusals consume nothing', async () => {
  const l = new MemoryLimiter(() => P);
  for (let i = 0; i < 4; i++) assert.ok(l.admit(subj('a', 'o'), 0).allowed);
  assert.ok(l.admit(subj('b', 'o'), 0).allowed);
  assert.ok(l.admit(subj('b', 'o'), 0).allowed);
  const v = l.admit(subj('b', 'o'), 0);
  assert.equal(v.allowed, false);
  assert.equal(v.reason, 'rate_limit.org.requests');
  // b's own allowance was not consumed by the refused request: after the org recovers one unit, b passes.
  assert.ok(l.admit(subj('b', 'o'), 1000).allowed);
  await l.close();
});

test('tokens are charged after the fact and block until the debt drains', async () => {
  const l = new MemoryLimiter(() => P);
  assert.ok(l.admit(subj('a'), 0).allowed);
  l.chargeTokens(subj('a'), 300, 0); // 10 tokens/s: TAT 30 s, tolerance 10 s
  const v = l.admit(subj('a'), 0);
  assert.equal(v.allowed, false);
  assert.equal(v.reason, 'rate_limit.account.tokens');
  assert.equal(v.retryAfterMs, 20_000);
  assert.ok(l.admit(subj('a'), 20_000).allowed);
  await l.close();
});

test('throttled accounts get the scaled limit', async () => {
  const l = new MemoryLimiter(() => P);
  const got = Array.from({ length: 3 }, () => l.admit(subj('t', null, true), 0).allowed);
  assert.deepEqual(got, [true, true, false]); // burst 4 × 0.5
  await l.close();
});
