/**
 * Early joins by likeness (unlinked.ts earlyJoin): an account with three or four requests whose own evidence already
 * reaches the join bar joins a live campaign as a near copy of its centroid; with fewer requests, weaker evidence or
 * no near copy it waits, and it is never grouped into a cohort before minRequests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AccountState } from '../accounts/state.js';
import { evidenceOf } from '../accounts/features.js';
import { CAPABILITIES, type Observation } from '../engine/observation.js';
import { UnlinkedPath, type UnlinkedOptions, type UnlinkedVerdict } from './unlinked.js';

const T0 = Date.parse('2026-04-22T00:00:00Z');
const HOUR = 3_600_000;

/** A maths item answered with long extended reasoning; `plain` asks it as an ordinary question with a small cap. */
function ask(account: string, ts: number, plain: boolean): Observation {
  return {
    id: 'r', ts, account, ip: '198.51.100.7', prefix: '198.51.100.0/24', asn: 64500, country: 'US', datacenter: false, vpn: false,
    client: 'sdk:openai-python|t13d1516h2_8daaf6152771', uaTlsMismatch: false, model: 'reasoner-4', conversation: null, turn: null,
    intent: plain ? 0.05 : 0.95, intentKinds: 0, capability: CAPABILITIES.indexOf('maths'), frame: 0, frameTail: 0, item: ts % 1_000_003, variant: 0,
    exactItem: ts % 1_000_003, core: ts % 1_000_003, reflective: false, maxTokens: plain ? 1024 : 16000, inputTokens: 90, outputTokens: plain ? 200 : 900,
    reasoningTokens: plain ? 0 : 2500, tools: false, status: 200,
  };
}

/** An account of `count` requests, one an hour from `start` hours after T0. */
function account(index: number, count: number, start = 0, plain = false): AccountState {
  const s = new AccountState(`a${index}`, index);
  for (let k = 0; k < count; k++) s.apply(ask(s.id, T0 + (start + k) * HOUR, plain));
  return s;
}

/** Twelve harvesters flagged by links as campaign C1, then the given accounts; the verdicts of the latter. */
function judge(others: ((index: number) => AccountState)[], options: Partial<UnlinkedOptions> = {}): (UnlinkedVerdict | undefined)[] {
  const states = [...Array.from({ length: 12 }, (_, i) => account(i, 36)), ...others.map((make, k) => make(12 + k))];
  const verdicts = new Map<number, UnlinkedVerdict>();
  for (let i = 0; i < 12; i++) verdicts.set(i, { risk: 0.9, flagged: true, campaign: 'C1', reasons: ['campaign:member'] });
  new UnlinkedPath(options).run(states, [], verdicts, () => 'C2', new Set());
  return others.map((_, k) => verdicts.get(12 + k));
}

test('a near copy of a live campaign with plain evidence joins it on its third request', () => {
  const newcomer = account(12, 3, 40);
  assert.ok(evidenceOf(newcomer).score >= 0.5, `evidence ${evidenceOf(newcomer).score}`);
  const [v] = judge([() => newcomer]);
  assert.equal(v?.flagged, true);
  assert.equal(v?.campaign, 'C1');
  assert.ok(v?.reasons.includes('similar:campaign-profile'), v?.reasons.join(','));
});

test('without early joins the same account waits for minRequests', () => {
  const [v] = judge([(i) => account(i, 3, 40)], { earlyJoinRequests: 5 });
  assert.notEqual(v?.flagged, true);
});

test('two requests are too few, and ordinary requests never join early', () => {
  const [two, plain] = judge([(i) => account(i, 2, 40), (i) => account(i, 4, 40, true)]);
  assert.notEqual(two?.flagged, true);
  assert.notEqual(plain?.flagged, true);
});

test('accounts with fewer than minRequests requests are never grouped into a cohort', () => {
  // Twenty alike accounts of three requests each and no live campaign: a cohort needs each member's minRequests.
  const states = Array.from({ length: 20 }, (_, i) => account(i, 3, i));
  const verdicts = new Map<number, UnlinkedVerdict>();
  let opened = 0;
  new UnlinkedPath().run(states, [], verdicts, () => `C${++opened}`, new Set());
  assert.equal(opened, 0);
  assert.deepEqual([...verdicts.values()].filter((v) => v.flagged), []);
  // The same accounts with six requests each are a cohort.
  const grown = Array.from({ length: 20 }, (_, i) => account(i, 6, i));
  const later = new Map<number, UnlinkedVerdict>();
  new UnlinkedPath().run(grown, [], later, () => `C${++opened}`, new Set());
  assert.ok(opened > 0, 'a cohort at minRequests');
});
