/**
 * Joins of near copies on little evidence of their own (unlinked.ts nearCopyEvidence): an account under the candidate
 * bar that asks what and how a live campaign asks joins it, only as a near copy, only while it stays one, and such
 * accounts are never grouped into a cohort of their own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AccountState } from '../accounts/state.js';
import { evidenceOf } from '../accounts/features.js';
import { CAPABILITIES, type Observation } from '../engine/observation.js';
import { UnlinkedPath, type UnlinkedVerdict } from './unlinked.js';

const T0 = Date.parse('2026-04-22T00:00:00Z');
const HOUR = 3_600_000;

/** A bare maths item answered with long extended reasoning, or an ordinary short chat question. */
function ask(account: string, ts: number, harvest: boolean, item: number): Observation {
  return {
    id: 'r', ts, account, ip: '198.51.100.7', prefix: '198.51.100.0/24', asn: 64500, country: 'US', datacenter: false, vpn: false,
    client: 'sdk:openai-python|t13d1516h2_8daaf6152771', uaTlsMismatch: false, model: harvest ? 'reasoner-4' : 'chat-4', conversation: null, turn: null, intent: 0.2,
    intentKinds: 0, capability: CAPABILITIES.indexOf(harvest ? 'maths' : 'other'), frame: 0, frameTail: 0, item, variant: 0, exactItem: item, core: item,
    reflective: false, maxTokens: harvest ? 16000 : 512, inputTokens: harvest ? 90 : 40, outputTokens: harvest ? 900 : 150, reasoningTokens: harvest ? 2500 : 0, tools: false, status: 200,
  };
}

/** `count` harvest requests, twelve a day, then `ordinary` chat questions, then `drifted` harvest requests asked otherwise. */
function account(index: number, count: number, ordinary = 0, drifted = 0): AccountState {
  const s = new AccountState(`a${index}`, index);
  // Drifted: the same harvest at night, from another model, with another answer cap (another pipeline's habits).
  for (let k = 0; k < drifted; k++) s.apply({ ...ask(s.id, T0 + Math.floor(k / 6) * 24 * HOUR + (k % 6) * HOUR, true, 500 + index * 1000 + k), model: 'reasoner-5', maxTokens: 64000 });
  // Each account asks items of its own (one queue's, handed out once).
  for (let k = 0; k < count + ordinary; k++) s.apply(ask(s.id, T0 + Math.floor(k / 12) * 24 * HOUR + (8 + (k % 12)) * HOUR, k < count, 1 + index * 1000 + k));
  return s;
}

/** A campaign of twelve harvesters found by links (C1) and, after them, the given accounts, over `steps` steps. */
function judge(others: AccountState[], options: ConstructorParameters<typeof UnlinkedPath>[0], grow?: (states: AccountState[]) => void): Map<number, UnlinkedVerdict> {
  const states = [...Array.from({ length: 12 }, (_, i) => account(i, 36)), ...others];
  // Each step starts from the link path's verdicts, as the detector's does.
  let verdicts = new Map<number, UnlinkedVerdict>();
  const path = new UnlinkedPath(options);
  const step = (): void => {
    verdicts = new Map();
    for (let i = 0; i < 12; i++) verdicts.set(i, { risk: 0.9, flagged: true, campaign: 'C1', reasons: ['campaign:member'] });
    path.run(states, [], verdicts, () => 'C2', new Set());
  };
  step();
  if (grow) {
    grow(states);
    step();
  }
  return verdicts;
}

// The bars are set around the harvesters' own evidence, so that the tests read the rule, not the evidence's weights.
const own = evidenceOf(account(0, 36)).score;
const quiet = { candidateEvidence: Math.min(0.999, own + 0.01), nearCopyEvidence: own - 0.01 };

test('a near copy of a live campaign with evidence under the candidate bar joins it', () => {
  const v = judge([account(12, 36)], quiet).get(12);
  assert.equal(v?.flagged, true);
  assert.equal(v?.campaign, 'C1');
  assert.ok(v?.reasons.includes('similar:campaign-profile'));
  // Under the near-copy bar too, it does not.
  assert.notEqual(judge([account(12, 36)], { ...quiet, nearCopyEvidence: quiet.candidateEvidence }).get(12)?.flagged, true);
});

test('an account under the candidate bar that is only like the campaign does not join it', () => {
  // Half its requests are ordinary chat: like the campaign (same client, hours) but no near copy.
  const v = judge([account(12, 24, 24)], { ...quiet, nearCopyEvidence: 0 }).get(12);
  assert.notEqual(v?.flagged, true);
});

test('a near-copy join lasts while the likeness does', () => {
  // Bars with room under the candidate bar, so that the account stays a near-copy joiner however its evidence moves.
  const roomy = { candidateEvidence: 0.999, nearCopyEvidence: 0.5 };
  const drifted = account(12, 36, 0, 72);
  // Its evidence is as plain as before; only its likeness has gone.
  assert.ok(evidenceOf(drifted).score >= roomy.nearCopyEvidence, `${evidenceOf(drifted).score}`);
  const verdicts = judge([account(12, 36)], roomy, (states) => {
    // The account's later work is asked otherwise than the campaign's: no near copy any more.
    states[12] = drifted;
  });
  assert.notEqual(verdicts.get(12)?.flagged, true);
  // Unchanged, it stays.
  assert.equal(judge([account(12, 36)], roomy, () => undefined).get(12)?.flagged, true);
});

test('accounts under the candidate bar are never grouped into a cohort of their own', () => {
  // Twenty alike accounts and no live campaign to be like: under the candidate bar, no cohort forms.
  const states = Array.from({ length: 20 }, (_, i) => account(i, 36));
  const flagged = (options: ConstructorParameters<typeof UnlinkedPath>[0]): number => {
    const path = new UnlinkedPath(options);
    let verdicts = new Map<number, UnlinkedVerdict>();
    for (let step = 0; step < 2; step++) path.run(states, [], (verdicts = new Map()), () => 'C9', new Set());
    return [...verdicts.values()].filter((v) => v.flagged).length;
  };
  assert.equal(flagged(quiet), 0);
  // At the candidate bar, the same accounts are a cohort: the test above reads the bar, not the accounts.
  assert.ok(flagged({ ...quiet, candidateEvidence: quiet.nearCopyEvidence }) >= 15);
});
