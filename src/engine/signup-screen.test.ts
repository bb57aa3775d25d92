import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Account } from '../dataset/types.js';
import { IpIntel } from '../enrich/ip.js';
import { defaultPolicy } from '../policy/config.js';
import { decide } from '../policy/decide.js';
import { SIGNUP_RISK } from '../campaigns/signup-score.js';
import { Engine } from './engine.js';
import { account, buildWorld, HOUR, replay, req, T0, WRAPPERS } from './engine-world.fixture.js';

const iso = (ms: number): string => new Date(ms).toISOString();
/** The fixture's operation signs up from one /24 (its proxies' addresses) on its own domain. */
const SIGNUP_NET = '45.10.20';

/** The fixture world with the operation's sign-up addresses, replayed with hourly steps up to `until`. */
function engineAt(until: number, extra: Account[] = []): { engine: Engine; campaign: string } {
  const { accounts, requests, attackers } = buildWorld();
  const engine = new Engine(IpIntel.shared());
  for (const a of accounts) engine.registerAccount(attackers.includes(a.account_id) ? { ...a, signup_ip: `${SIGNUP_NET}.${attackers.indexOf(a.account_id) + 1}` } : a);
  for (const a of extra) engine.registerAccount(a);
  engine.tick(replay(engine, requests, until));
  const campaign = engine.verdicts().find((v) => v.account_id === attackers[0])?.campaign_id;
  assert.ok(campaign, 'the operation is confirmed');
  return { engine, campaign };
}

const verdictOf = (engine: Engine, id: string) => engine.verdicts().find((v) => v.account_id === id)!;

test("a new account on a confirmed campaign's card is flagged before its first request, and restricted, not blocked", () => {
  const { engine, campaign } = engineAt(T0 + 30 * HOUR);
  engine.takeUpdates();
  const now = T0 + 30.2 * HOUR;
  engine.registerAccount(account('atk-new', { created_at: iso(now), email_domain: 'gmail.com', payment_fingerprint: 'card-1', tier: 'free' }), now);
  const v = verdictOf(engine, 'atk-new');
  assert.deepEqual([v.flagged, v.campaign_id, v.first_flagged_at, v.reasons], [true, campaign, iso(now), ['signup:campaign-payment']]);
  const [u] = engine.takeUpdates();
  assert.deepEqual([u?.account, u?.campaignId, u?.at], ['atk-new', campaign, now], 'pushed to the gateway at once');
  assert.equal(decide(defaultPolicy(), 'atk-new', { ...u!, campaignId: u!.campaignId }, undefined, new Set()).action, 'withhold_reasoning');
  // Steps without its traffic keep it; its first harvesting request makes it a campaign member, flagged since sign-up.
  engine.tick(T0 + 31 * HOUR);
  assert.equal(verdictOf(engine, 'atk-new').flagged, true);
  const at = T0 + 31.5 * HOUR;
  engine.apply(engine.observe(req('atk-new', at, `${WRAPPERS[0]}\n\nMara has 611 apples and buys 977 more at the market. How many apples does Mara have?`, { ip: '45.10.20.99', max_tokens: 8192 }), at));
  engine.tick(T0 + 32 * HOUR);
  const member = verdictOf(engine, 'atk-new');
  assert.equal(member.campaign_id, campaign);
  assert.ok(member.reasons.includes('campaign:member'), member.reasons.join(','));
  assert.equal(member.first_flagged_at, iso(now));
});

test('a new account sharing only gmail.com with the world is not flagged', () => {
  const { engine } = engineAt(T0 + 30 * HOUR);
  engine.takeUpdates();
  const now = T0 + 30.2 * HOUR;
  engine.registerAccount(account('someone', { created_at: iso(now), email_domain: 'gmail.com', signup_ip: '73.1.4.9' }), now);
  assert.equal(verdictOf(engine, 'someone').flagged, false);
  assert.deepEqual(engine.takeUpdates(), []);
});

test("the operation's sign-up /24, burst hour and own domain together flag an account registered late", () => {
  const { engine, campaign } = engineAt(T0 + 30 * HOUR);
  const now = T0 + 30.2 * HOUR;
  // Created inside the operation's sign-up burst, reported to the engine only now (a provider's back-filled sign-up).
  engine.registerAccount(account('atk-burst', { created_at: iso(T0 - 2 * HOUR + 20 * 60_000), email_domain: 'mailbox-xy.net', signup_ip: `${SIGNUP_NET}.200` }), now);
  const v = verdictOf(engine, 'atk-burst');
  assert.deepEqual([v.flagged, v.campaign_id, v.first_flagged_at], [true, campaign, iso(now)], 'dated when the engine learned of it');
  assert.deepEqual(v.reasons, ['signup:campaign-burst', 'signup:campaign-network', 'signup:campaign-email-domain']);
  assert.equal(v.risk, SIGNUP_RISK.threeWeak);
});

test("a verified organisation's new account on the operation's card is flagged for review only", () => {
  const { engine } = engineAt(T0 + 30 * HOUR);
  engine.takeUpdates();
  const now = T0 + 30.2 * HOUR;
  engine.registerAccount(account('acme-new', { created_at: iso(now), org_id: 'org-acme', verified: true, payment_fingerprint: 'card-0', tier: 'enterprise' }), now);
  const [u] = engine.takeUpdates();
  assert.ok(u);
  assert.ok(u.reasons.includes('legit:verified-org'));
  assert.equal(decide(defaultPolicy(), 'acme-new', u, undefined, new Set()).action, 'flag', 'audit and webhook, traffic untouched');
});

test('in replay an account is scored when the clock reaches its sign-up, never with hindsight', () => {
  const late = T0 + 29.5 * HOUR;
  const { engine, campaign } = engineAt(T0 + 31 * HOUR, [
    // Signed up on the operation's card before anything was confirmed: nothing was known then.
    account('atk-early', { created_at: iso(T0 + 0.5 * HOUR), payment_fingerprint: 'card-0', email_domain: 'gmail.com' }),
    // Signed up on the same card after the operation was confirmed.
    account('atk-late', { created_at: iso(late), payment_fingerprint: 'card-0', email_domain: 'gmail.com' }),
    // Created inside the operation's burst, on its /24 and domain: before the operation was known.
    account('atk-burst', { created_at: iso(T0 - 2 * HOUR + 20 * 60_000), email_domain: 'mailbox-xy.net', signup_ip: `${SIGNUP_NET}.200` }),
  ]);
  const confirmed = engine.detector.campaigns.get(campaign)!.firstFlaggedAt;
  assert.ok(confirmed < late, 'confirmed before the late sign-up');
  for (const id of ['atk-early', 'atk-burst']) assert.equal(verdictOf(engine, id).flagged, false, id);
  const v = verdictOf(engine, 'atk-late');
  assert.deepEqual([v.flagged, v.campaign_id, v.first_flagged_at, v.reasons], [true, campaign, iso(late), ['signup:campaign-payment']]);
});
