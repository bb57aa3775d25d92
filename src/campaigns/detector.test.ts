import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AccountState } from '../accounts/state.js';
import { CampaignDetector } from './detector.js';
import { linkWorld, range } from './link-world.fixture.js';

/** An account of 20 requests whose summed extraction intent is `intent` (0..20): 18 → evidence ≈ 0.8, 8 → ≈ 0.3. */
function account(i: number, intent: number): AccountState {
  const s = new AccountState(`a${i}`, i);
  s.n = 20;
  s.intentSum = intent;
  return s;
}

test('a sparse newcomer peeled off a flagged core comes back on its own evidence; a weak one does not', () => {
  const { graph, link } = linkWorld();
  // A dense operation of 12 accounts (shared cards and a template), then two newcomers with two template links each
  // into it: too few for peeling (a third of the core's median degree), which removes both.
  link('payment', 'card', range(0, 12));
  link('frame', 'wrapper', range(0, 12));
  link('frame', 'f-new', [0, 1, 12]);
  link('frame', 'f-weak', [2, 3, 13]);
  const states = [...range(0, 12).map((i) => account(i, 18)), account(12, 18), account(13, 8)];
  const verdicts = new CampaignDetector().run(Date.parse('2026-04-22T00:00:00Z'), states, [], graph);
  for (const a of range(0, 12)) assert.equal(verdicts.get(a)?.flagged, true, `core ${a}`);
  assert.equal(verdicts.get(12)?.flagged, true, 'harvesting newcomer readmitted');
  assert.notEqual(verdicts.get(13)?.flagged, true, 'ordinary-looking account stays peeled');
});

test('a member tied only by a sign-up burst and a shared address needs harvesting evidence of its own', () => {
  const { graph, links, link } = linkWorld();
  // An operation of 12 accounts (cards and a template) that signed up in one burst hour, from residential addresses;
  // two strangers signed up in the same hour on the same free-mail domain, both behind an operation address.
  const signup = (index: number) => ({ index, createdAt: Date.UTC(2026, 3, 1, 7, index), orgId: null, emailDomain: 'mail.example', payment: null, signupPrefix: null, verified: false, tier: 'free' });
  for (const a of range(0, 14)) links.registerAccount(signup(a));
  for (const a of range(0, 14)) links.activate(a);
  link('payment', 'card', range(0, 12));
  link('frame', 'wrapper', range(0, 12));
  link('ip', '203.0.113.7', [3, 4, 12, 13]);
  // Account 12 writes like a harvester (evidence ≈ 0.8); account 13 only sometimes asks for reasoning (≈ 0.3).
  const states = [...range(0, 12).map((i) => account(i, 18)), account(12, 18), account(13, 8)];
  const verdicts = new CampaignDetector().run(Date.parse('2026-04-22T00:00:00Z'), states, [], graph);
  for (const a of range(0, 12)) assert.equal(verdicts.get(a)?.flagged, true, `core ${a}`);
  assert.equal(verdicts.get(13)?.flagged, false, 'a stranger of the burst hour with ordinary traffic is linked, not flagged');
  assert.equal(verdicts.get(12)?.flagged, true, 'a harvesting account of the burst hour is flagged');
  // Each member names its own links to the campaign, not only the campaign's.
  assert.deepEqual(verdicts.get(12)?.reasons.filter((r) => r.startsWith('link:')), ['link:signup-burst', 'link:shared-network']);
  assert.deepEqual(verdicts.get(0)?.reasons.filter((r) => r.startsWith('link:')), ['link:shared-payment', 'link:signup-burst', 'link:shared-template']);
});

test("a confirmed campaign's linked newcomer is flagged as soon as its own evidence shows, not at the next full evaluation", () => {
  const { graph, link } = linkWorld();
  link('payment', 'card', range(0, 12));
  link('frame', 'wrapper', range(0, 13));
  // Account 12 shares only the template so far, and its first requests look ordinary: linked, not flagged.
  const states = [...range(0, 12).map((i) => account(i, 18)), account(12, 0)];
  const detector = new CampaignDetector();
  const t0 = Date.parse('2026-04-22T00:00:00Z');
  const first = detector.run(t0, states, [], graph);
  assert.equal(first.get(0)?.flagged, true);
  assert.equal(first.get(12)?.flagged, false, 'linked but not flagged on ordinary traffic');
  // An hour on, the same requests read as harvesting (its traffic, and the cluster's, have not grown enough for a
  // full evaluation): judged again, it joins the campaign.
  states[12]!.restore({ ...states[12]!.snapshot(), intentSum: 18 });
  const next = detector.run(t0 + 3_600_000, states, [], graph);
  assert.equal(next.get(12)?.flagged, true, 'flagged on its evidence at the next step');
  assert.equal(next.get(12)?.campaign, next.get(0)?.campaign);
});

test("a verified organisation's shared card does not make its accounts members of a campaign they share a template with", () => {
  const { graph, link } = linkWorld();
  // An operation of 12 accounts (cards and a benchmark prompt format); an eval team of four runners billed to its
  // organisation's card uses the same public format, with no harvesting traffic of its own (repeated items).
  link('payment', 'card', range(0, 12));
  link('frame', 'benchmark-format', range(0, 16));
  link('payment', 'org-card', range(12, 16));
  const org = (index: number) => ({ index, createdAt: 0, orgId: 'org_eval', emailDomain: 'evalhouse.ai', payment: 'org-card', signupPrefix: null, verified: true, tier: 'scale' });
  const infos = [...range(0, 12).map(() => undefined), ...range(12, 16).map(org)];
  const states = [...range(0, 12).map((i) => account(i, 18)), ...range(12, 16).map((i) => account(i, 0))];
  const verdicts = new CampaignDetector().run(Date.parse('2026-04-22T00:00:00Z'), states, infos, graph);
  for (const a of range(0, 12)) assert.equal(verdicts.get(a)?.flagged, true, `core ${a}`);
  for (const a of range(12, 16)) assert.notEqual(verdicts.get(a)?.flagged, true, `eval runner ${a}`);
});

test('links into another detected campaign do not peel a newcomer; links to ordinary accounts do', () => {
  const { graph, link } = linkWorld();
  // Two operations (cards and a template each); account 52 asks items both draw from (three template links into each:
  // too few, against either core's degree, unless all its links lead there), and account 53 shares as many with
  // three ordinary accounts. Neither harvests visibly on its own yet (evidence ≈ 0.3).
  link('payment', 'card-a', range(0, 40));
  link('frame', 'wrapper-a', range(0, 40));
  link('payment', 'card-b', range(40, 52));
  link('frame', 'wrapper-b', range(40, 52));
  link('frame', 'pool-a', [0, 1, 2, 52]);
  link('frame', 'pool-b', [40, 41, 42, 52]);
  link('frame', 'pool-c', [4, 5, 6, 53]);
  link('frame', 'ordinary', [53, 54, 55, 56]);
  const states = [...range(0, 52).map((i) => account(i, 18)), account(52, 8), account(53, 8), ...range(54, 57).map((i) => account(i, 2))];
  const detector = new CampaignDetector();
  const t0 = Date.parse('2026-04-22T00:00:00Z');
  detector.run(t0, states, [], graph);
  const verdicts = detector.run(t0 + 3_600_000, states, [], graph);
  assert.equal(verdicts.get(0)?.flagged, true);
  assert.equal(verdicts.get(40)?.flagged, true);
  assert.notEqual(verdicts.get(0)?.campaign, verdicts.get(40)?.campaign, 'two campaigns');
  assert.equal(verdicts.get(52)?.flagged, true, 'its other links lead into a detected operation');
  assert.notEqual(verdicts.get(53)?.flagged, true, 'its other links lead to ordinary accounts: peeled');
});
