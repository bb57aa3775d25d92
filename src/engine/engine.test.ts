import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IpIntel } from '../enrich/ip.js';
import { Engine } from './engine.js';
import { account, buildWorld, HOUR, ORGANIC, replay, req, T0, WRAPPERS } from './engine-world.fixture.js';

test('a coordinated harvesting campaign is found and only it is flagged, with honest first_flagged_at', () => {
  const { accounts, requests, attackers, others } = buildWorld();
  const engine = new Engine(IpIntel.shared());
  for (const a of accounts) engine.registerAccount(a);
  engine.tick(replay(engine, requests));
  const verdicts = new Map(engine.verdicts().map((v) => [v.account_id, v]));
  const flaggedAttackers = attackers.filter((a) => verdicts.get(a)?.flagged);
  assert.equal(flaggedAttackers.length, attackers.length, 'every attacker flagged');
  const campaignIds = new Set(attackers.map((a) => verdicts.get(a)?.campaign_id));
  assert.equal(campaignIds.size, 1, 'one campaign');
  for (const o of others) assert.equal(verdicts.get(o)?.flagged, false, `${o} must not be flagged: ${JSON.stringify(verdicts.get(o))}`);
  const v = verdicts.get(attackers[0]!)!;
  assert.ok(v.reasons.includes('campaign:member'));
  assert.ok(v.reasons.includes('link:shared-payment'), v.reasons.join(','));
  // Flagged within the campaign's first day, strictly after its first request.
  const first = Date.parse(v.first_flagged_at!);
  assert.ok(first > T0 && first <= T0 + 24 * HOUR, v.first_flagged_at!);
});

test('verdict state is monotone in time: first_flagged_at never moves later across steps', () => {
  const { accounts, requests, attackers } = buildWorld();
  const engine = new Engine(IpIntel.shared());
  for (const a of accounts) engine.registerAccount(a);
  const firstSeen = new Map<string, string>();
  let nextTick = T0 + HOUR;
  for (const r of requests) {
    const ts = Date.parse(r.ts);
    while (ts >= nextTick) {
      engine.tick(nextTick);
      for (const v of engine.verdicts()) if (v.first_flagged_at && !firstSeen.has(v.account_id)) firstSeen.set(v.account_id, v.first_flagged_at);
      nextTick += HOUR;
    }
    engine.apply(engine.observe(r, ts));
  }
  engine.tick(nextTick);
  for (const v of engine.verdicts()) {
    if (!v.flagged || !attackers.includes(v.account_id)) continue;
    assert.equal(v.first_flagged_at, firstSeen.get(v.account_id) ?? v.first_flagged_at);
  }
});

test("a new account of a confirmed campaign is flagged on the request that links it, between steps", () => {
  const { accounts, requests, attackers } = buildWorld();
  const engine = new Engine(IpIntel.shared());
  for (const a of accounts) engine.registerAccount(a);
  // A late joiner billed to one of the operation's cards, first seen half an hour after a step. It signed up before the
  // operation was confirmed, so sign-up scoring knew nothing against it (signup-screen.ts): its request is what links it.
  engine.registerAccount(account('atk-late', { created_at: new Date(T0 + 0.5 * HOUR).toISOString(), email_domain: 'mailbox-xy.net', payment_fingerprint: 'card-0', tier: 'free' }));
  replay(engine, requests, T0 + 30 * HOUR);
  const campaign = engine.verdicts().find((v) => v.account_id === attackers[0])?.campaign_id;
  assert.ok(campaign, 'the operation is confirmed before the late joiner arrives');
  engine.takeUpdates();
  const at = T0 + 30.5 * HOUR;
  const prompt = `${WRAPPERS[0]}\n\nMara has 611 apples and buys 977 more at the market, then gives away a third of them to friends. How many apples does Mara keep at the end of the day?`;
  engine.apply(engine.observe(req('atk-late', at, prompt, { ip: '45.10.20.99', max_tokens: 8192 }), at));
  const v = engine.verdicts().find((x) => x.account_id === 'atk-late')!;
  assert.equal(v.flagged, true, JSON.stringify(v));
  assert.equal(v.campaign_id, campaign);
  assert.equal(v.first_flagged_at, new Date(at).toISOString(), 'flagged at its first request, not at the next step');
  assert.ok(v.reasons.includes('link:shared-payment'), v.reasons.join(','));
  const updates = engine.takeUpdates();
  assert.deepEqual(updates.map((u) => [u.account, u.flagged, u.campaignId, u.at]), [['atk-late', true, campaign, at]]);
  // The next step keeps it in the campaign.
  engine.tick(T0 + 31 * HOUR);
  const after = engine.verdicts().find((x) => x.account_id === 'atk-late')!;
  assert.equal(after.flagged, true);
  assert.equal(after.campaign_id, campaign);
  assert.equal(after.first_flagged_at, new Date(at).toISOString());
});

test('an ordinary new account is not judged between steps however it links', () => {
  const { accounts, requests } = buildWorld();
  const engine = new Engine(IpIntel.shared());
  for (const a of accounts) engine.registerAccount(a);
  engine.registerAccount(account('newcomer'));
  replay(engine, requests, T0 + 30 * HOUR);
  engine.takeUpdates();
  // Behind one of the operation's proxy addresses, asking an everyday question: a coincidence, not a tie.
  const at = T0 + 30.5 * HOUR;
  engine.apply(engine.observe(req('newcomer', at, ORGANIC[0]!, { ip: '45.10.20.0', conversation_id: 'n1', turn: 1 }), at));
  assert.equal(engine.verdicts().find((x) => x.account_id === 'newcomer')?.flagged, false);
  assert.deepEqual(engine.takeUpdates(), []);
});
