import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AccountInfo } from './links.js';
import { SIGNUP_RISK, SignupIndex } from './signup-score.js';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 3, 22, 10);

const info = (index: number, over: Partial<AccountInfo> = {}): AccountInfo => ({
  index, createdAt: T0, orgId: null, emailDomain: 'gmail.com', payment: `own-card-${index}`, signupPrefix: `73.${index}.4.0/24`, verified: false, tier: 'free', ...over,
});

/**
 * A confirmed campaign of six accounts: two cards, sign-ups from one /24 in one hour on a throwaway domain, and two
 * members on gmail.com from residential addresses.
 */
function world(): { index: SignupIndex; infos: AccountInfo[] } {
  const infos: AccountInfo[] = [];
  for (let i = 0; i < 4; i++) infos.push(info(i, { payment: `card-${i % 2}`, emailDomain: 'kvx-inbox.site', signupPrefix: '45.10.20.0/24', createdAt: T0 + i * 60_000 }));
  for (let i = 4; i < 6; i++) infos.push(info(i, { payment: `card-${i % 2}`, createdAt: T0 + 5 * HOUR }));
  const index = new SignupIndex();
  index.refresh([{ id: 'C0001', members: new Set(infos.map((x) => x.index)) }], infos);
  return { index, infos };
}

test("a new account on a campaign member's card matches on payment alone, strongly", () => {
  const m = world().index.score(info(10, { payment: 'card-1', createdAt: T0 + 40 * HOUR }));
  assert.deepEqual(m, { campaign: 'C0001', reasons: ['signup:campaign-payment'], risk: SIGNUP_RISK.payment, reviewOnly: false });
});

test('gmail.com, or one weak artefact alone, matches nothing', () => {
  const { index } = world();
  assert.equal(index.score(info(10, { emailDomain: 'gmail.com', createdAt: T0 + 5 * HOUR })), null, 'free-mail at the hour two members signed up');
  assert.equal(index.score(info(11, { signupPrefix: '45.10.20.0/24', createdAt: T0 + 30 * HOUR })), null, 'the network alone');
  assert.equal(index.score(info(12, { emailDomain: 'kvx-inbox.site', createdAt: T0 + 30 * HOUR })), null, 'the domain alone');
});

test('the sign-up /24, the burst hour and a non-free-mail domain together match', () => {
  const m = world().index.score(info(10, { emailDomain: 'kvx-inbox.site', signupPrefix: '45.10.20.0/24', createdAt: T0 + 30 * 60_000 }));
  assert.ok(m);
  assert.deepEqual(m.reasons, ['signup:campaign-burst', 'signup:campaign-network', 'signup:campaign-email-domain']);
  assert.equal(m.risk, SIGNUP_RISK.threeWeak);
  const two = world().index.score(info(11, { emailDomain: 'kvx-inbox.site', signupPrefix: '45.10.20.0/24', createdAt: T0 + 30 * HOUR }));
  assert.deepEqual([two?.reasons, two?.risk], [['signup:campaign-network', 'signup:campaign-email-domain'], SIGNUP_RISK.twoWeak]);
});

test("a verified organisation's new account matches for review only", () => {
  const m = world().index.score(info(10, { payment: 'card-0', orgId: 'org-acme', verified: true }));
  assert.equal(m?.reviewOnly, true);
  assert.equal(m?.risk, SIGNUP_RISK.reviewOnly);
});

test('an artefact one member has by chance is not the campaign’s; a campaign no longer live matches nothing', () => {
  const { index, infos } = world();
  // Only one member signed up from 73.4.4.0/24 (its own residential range): with the domain it is still one artefact.
  assert.equal(index.score(info(10, { emailDomain: 'kvx-inbox.site', signupPrefix: '73.4.4.0/24', createdAt: T0 + 30 * HOUR })), null);
  index.refresh([], infos);
  assert.equal(index.isLive('C0001'), false);
  assert.equal(index.score(info(11, { payment: 'card-1' })), null);
});
