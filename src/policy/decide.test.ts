import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultPolicy, parsePolicy } from './config.js';
import { decide, implies, DISMISS_MARGIN, type RiskView } from './decide.js';
import { SIGNUP_RISK } from '../campaigns/signup-score.js';

const P = parsePolicy('risk: { flag: 0.5, throttle: 0.6, withhold_reasoning: 0.7, block: 0.9 }');
const NONE = new Set<string>();
const r = (risk: number, extra: Partial<RiskView> = {}): RiskView => ({ risk, flagged: false, campaignId: null, reasons: [], ...extra });

test('thresholds map risk to the ladder', () => {
  const got = [0.1, 0.5, 0.65, 0.75, 0.95].map((x) => decide(P, 'a', r(x), undefined, NONE).action);
  assert.deepEqual(got, ['allow', 'flag', 'throttle', 'withhold_reasoning', 'block']);
});

test('unknown risk allows; engine-flagged below threshold flags', () => {
  assert.equal(decide(P, 'a', undefined, undefined, NONE).action, 'allow');
  const d = decide(P, 'a', r(0.2, { flagged: true, campaignId: 'c7', reasons: ['sync_timing'] }), undefined, NONE);
  assert.equal(d.action, 'flag');
  assert.deepEqual(d.reasons, ['engine_flagged', 'campaign:c7', 'sync_timing']);
});

test('the ladder is cumulative', () => {
  assert.ok(implies('withhold_reasoning', 'throttle'));
  assert.ok(implies('block', 'flag'));
  assert.ok(!implies('throttle', 'withhold_reasoning'));
});

test('review state overrides risk', () => {
  assert.equal(decide(P, 'a', r(0.99), { state: 'allowlisted' }, NONE).action, 'allow');
  assert.equal(decide(P, 'a', r(0.99), undefined, new Set(['a'])).action, 'allow');
  assert.deepEqual(decide(P, 'a', undefined, { state: 'blocked' }, NONE).reasons, ['manual_block']);
  assert.equal(decide(P, 'a', r(0), { state: 'confirmed', campaignId: 'c1' }, NONE).action, 'block');
});

test('dismissal holds until risk rises by the margin or the campaign changes', () => {
  const review = { state: 'dismissed' as const, risk: 0.75, campaignId: 'c1' };
  assert.equal(decide(P, 'a', r(0.75, { campaignId: 'c1' }), review, NONE).action, 'allow');
  assert.equal(decide(P, 'a', r(0.75 + DISMISS_MARGIN + 0.01, { campaignId: 'c1' }), review, NONE).action, 'withhold_reasoning');
  assert.equal(decide(P, 'a', r(0.75, { campaignId: 'c2' }), review, NONE).action, 'withhold_reasoning');
});

test('dry-run decides the same but does not enforce', () => {
  const dry = { ...defaultPolicy(), dry_run: true };
  const d = decide(dry, 'a', r(0.99), undefined, NONE);
  assert.equal(d.action, 'block');
  assert.equal(d.enforce, false);
  assert.equal(decide(P, 'a', r(0.99), undefined, NONE).enforce, true);
});

test('a disabled action is skipped down the ladder', () => {
  const p = parsePolicy('risk: { flag: 0.5, throttle: 0.6, withhold_reasoning: 0.7, block: null }');
  assert.equal(decide(p, 'a', r(0.99), undefined, NONE).action, 'withhold_reasoning');
});

test('ceilings cap the automatic action of one kind of evidence; review still blocks', () => {
  const individual = r(0.99, { flagged: true, reasons: ['account:individual-harvester', 'content:extraction-intent'] });
  const d = decide(P, 'a', individual, undefined, NONE);
  assert.equal(d.action, 'withhold_reasoning');
  assert.equal(d.reasons[0], 'ceiling:account:individual-harvester');
  const org = decide(P, 'a', r(0.99, { flagged: true, reasons: ['org:review', 'legit:verified-org'] }), undefined, NONE);
  assert.equal(org.action, 'flag');
  assert.equal(decide(P, 'a', individual, { state: 'confirmed', campaignId: null }, NONE).action, 'block');
  // A campaign member with links is not capped.
  assert.equal(decide(P, 'a', r(0.99, { flagged: true, reasons: ['campaign:member', 'link:shared-payment'] }), undefined, NONE).action, 'block');
  const lifted = parsePolicy('ceilings: { "account:individual-harvester": block }');
  assert.equal(decide(lifted, 'a', r(0.99, { reasons: ['account:individual-harvester'] }), undefined, NONE).action, 'block');
  assert.throws(() => parsePolicy('ceilings: { "org:review": nuke }'), /ceilings\.org:review/);
});

test('a verdict from sign-up scoring alone restricts but never blocks; the campaign step may block', () => {
  const signup = r(0.97, { flagged: true, campaignId: 'C0001', reasons: ['signup:campaign-payment'] });
  const d = decide(P, 'a', signup, undefined, NONE);
  assert.equal(d.action, 'withhold_reasoning');
  assert.deepEqual(d.reasons.slice(0, 3), ['ceiling:signup:campaign-payment', 'campaign:C0001', 'signup:campaign-payment']);
  const member = r(0.97, { flagged: true, campaignId: 'C0001', reasons: ['campaign:member', 'link:shared-payment'] });
  assert.equal(decide(P, 'a', member, undefined, NONE).action, 'block');
  // On the default thresholds the sign-up risks land on throttle and withhold_reasoning, and review only on flag.
  const D = defaultPolicy();
  const at = (risk: number) => decide(D, 'a', r(risk, { flagged: true, reasons: ['signup:campaign-network'] }), undefined, NONE).action;
  const { twoWeak, threeWeak, payment, paymentAndMore, reviewOnly } = SIGNUP_RISK;
  assert.deepEqual([twoWeak, threeWeak, payment, paymentAndMore, reviewOnly].map(at), ['throttle', 'withhold_reasoning', 'withhold_reasoning', 'withhold_reasoning', 'flag']);
  assert.ok(paymentAndMore < D.risk.block!, 'below block even without the sign-up cap');
});

test('escalation: a flagged campaign member with an artefact link and own evidence blocks; ceilings still cap it', () => {
  const D = defaultPolicy();
  const member = ['campaign:member', 'link:shared-template', 'members:own-evidence'];
  const d = decide(D, 'a', r(0.6, { flagged: true, campaignId: 'C1', reasons: member }), undefined, NONE);
  assert.equal(d.action, 'block');
  assert.equal(d.reasons[0], 'escalate:campaign:member+members:own-evidence+link:*');
  // Not flagged, a likeness instead of a link, or no own evidence: the risk ladder alone decides.
  assert.equal(decide(D, 'a', r(0.6, { flagged: false, reasons: member }), undefined, NONE).action, 'flag');
  assert.equal(decide(D, 'a', r(0.75, { flagged: true, reasons: ['campaign:member', 'similar:campaign-profile', 'members:own-evidence'] }), undefined, NONE).action, 'throttle');
  assert.equal(decide(D, 'a', r(0.85, { flagged: true, reasons: ['campaign:member', 'link:shared-network'] }), undefined, NONE).action, 'withhold_reasoning');
  // A verified organisation goes to review, never to a block, whatever the evidence.
  assert.equal(decide(D, 'a', r(0.97, { flagged: true, reasons: [...member, 'org:review'] }), undefined, NONE).action, 'flag');
  // Rules are configurable and validated.
  const none = parsePolicy('escalate: []');
  assert.equal(decide(none, 'a', r(0.6, { flagged: true, reasons: member }), undefined, NONE).action, 'flag');
  assert.throws(() => parsePolicy('escalate: [{ reasons: [], action: block }]'), /escalate\[0\]\.reasons/);
  assert.throws(() => parsePolicy('escalate: [{ reasons: [x], action: nuke }]'), /escalate\[0\]\.action/);
});
