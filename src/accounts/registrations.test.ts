import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Account } from '../dataset/types.js';
import type { AccountInfo } from '../campaigns/links.js';
import { RegistrationTable } from './registrations.js';

const account = (i: number, over: Partial<Account> = {}): Account => ({
  account_id: `acct-${i}`, created_at: new Date(Date.UTC(2026, 5, 1) + i * 60_000).toISOString(),
  org_id: i % 3 === 0 ? `org-${i % 9}` : null, email_domain: i % 2 ? 'gmail.com' : 'corp.example',
  payment_fingerprint: i % 4 === 0 ? null : `pf-${i % 50}`, signup_ip: i % 5 === 0 ? null : `10.0.${i % 256}.7`,
  country: i % 6 === 0 ? null : 'US', tier: 'free', verified: i % 7 === 0, ...over,
});

test('registration rows read back as the records they were made from, over several pages', () => {
  const table = new RegistrationTable();
  const infos: AccountInfo[] = [];
  for (let i = 0; i < 10_000; i++) {
    const a = account(i);
    const info = table.add(i, a, a.signup_ip ? `10.0.${i % 256}.0/24` : null);
    infos.push(info);
    assert.deepEqual(table.account(info, a.account_id), a);
  }
  for (let i = 0; i < 10_000; i++) {
    const a = account(i);
    const info = infos[i]!;
    assert.equal(info.index, i);
    assert.equal(info.createdAt, Date.parse(a.created_at));
    assert.equal(info.orgId, a.org_id);
    assert.equal(info.emailDomain, a.email_domain);
    assert.equal(info.payment, a.payment_fingerprint);
    assert.equal(info.signupPrefix, a.signup_ip ? `10.0.${i % 256}.0/24` : null);
    assert.equal(info.signupIp, a.signup_ip);
    assert.equal(info.country, a.country);
    assert.equal(info.verified, a.verified);
    assert.equal(info.record, undefined);
    assert.deepEqual(table.account(info, a.account_id), a);
  }
});

test('records that would not rebuild exactly are kept as given; e-mail domains are read in lower case', () => {
  const table = new RegistrationTable();
  const odd: Account[] = [
    account(1, { created_at: '2026-06-01T00:00:00Z' }),
    account(2, { email_domain: 'Gmail.COM' }),
    // Keys in another order.
    (({ tier, ...rest }) => ({ tier, ...rest }))(account(3)),
  ];
  for (const [i, a] of odd.entries()) {
    const info = table.add(i, a, null);
    assert.equal(info.record, a);
    assert.equal(table.account(info, a.account_id), a);
    assert.equal(info.emailDomain, a.email_domain.toLowerCase());
  }
});

test('payment groups count first requests per instrument, verified apart; earlier views keep their values', () => {
  const table = new RegistrationTable();
  const a = table.add(0, account(1, { payment_fingerprint: 'pf-x', verified: true }), null);
  const b = table.add(1, account(2, { payment_fingerprint: 'pf-x', verified: false }), null);
  const c = table.add(2, account(3, { payment_fingerprint: 'pf-y' }), null);
  const none = table.add(3, account(4, { payment_fingerprint: null }), null);
  assert.deepEqual(a.paymentGroup, { accounts: 0, verified: 0 });
  table.countFirstRequest(a);
  table.countFirstRequest(b);
  table.countFirstRequest(none);
  assert.deepEqual(b.paymentGroup, { accounts: 2, verified: 1 });
  assert.deepEqual(c.paymentGroup, { accounts: 0, verified: 0 });
  assert.equal(none.paymentGroup, undefined);
  // Registered again with other facts: a new view; the old one still reads the first registration.
  const again = table.add(1, account(2, { payment_fingerprint: 'pf-y', country: 'FR' }), null);
  assert.equal(again.country, 'FR');
  assert.equal(b.country, 'US');
  assert.deepEqual(again.paymentGroup, { accounts: 0, verified: 0 });
});
