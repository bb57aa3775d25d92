/** The work-queue cohort on a hand-built world (work-queue-world.fixture.ts), replayed hour by hour by the engine. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Verdict } from '../dataset/types.js';
import { replayHourly } from './hourly-replay.fixture.js';
import { QUEUE_WORLD_T0, queueWorld } from './work-queue-world.fixture.js';

const verdicts = replayHourly(queueWorld(), QUEUE_WORLD_T0);
const of = (prefix: string): Verdict[] => [...verdicts.values()].filter((v) => v.account_id.startsWith(prefix));

test('an operation drawing one pool through one queue is one campaign, found by that alone, at a review-level risk', () => {
  const flagged = of('queue').filter((v) => v.flagged);
  assert.ok(flagged.length >= 18, `${flagged.length} of 20 flagged: ${of('queue').map((v) => v.reasons.join('+') || '-').join(', ')}`);
  assert.equal(new Set(flagged.map((v) => v.campaign_id)).size, 1);
  for (const v of flagged) {
    assert.ok(v.reasons.includes('similar:work-queue'), v.reasons.join(','));
    assert.ok(!v.reasons.some((r) => r.startsWith('link:')), v.reasons.join(','));
    assert.ok(v.risk < 0.8, `risk ${v.risk}`);
  }
});

test('developers drawing the same pool as they come, and a class sharing homework, are not flagged', () => {
  assert.deepEqual(of('dev').filter((v) => v.flagged).map((v) => v.account_id), []);
  assert.deepEqual(of('student').filter((v) => v.flagged).map((v) => v.account_id), []);
});

test('an operation whose own wording is the longest line of its short items is found on the items outsiders ask too', () => {
  const wrapped = replayHourly(queueWorld('long-line'), QUEUE_WORLD_T0);
  const of = (prefix: string): Verdict[] => [...wrapped.values()].filter((v) => v.account_id.startsWith(prefix));
  const flagged = of('queue').filter((v) => v.flagged);
  assert.ok(flagged.length >= 18, `${flagged.length} of 20 flagged: ${of('queue').map((v) => v.reasons.join('+') || '-').join(', ')}`);
  assert.equal(new Set(flagged.map((v) => v.campaign_id)).size, 1);
  for (const v of flagged) assert.ok(v.reasons.includes('similar:work-queue'), v.reasons.join(','));
  assert.deepEqual([...of('dev'), ...of('student')].filter((v) => v.flagged).map((v) => v.account_id), []);
});

test('an operation giving each account its own client habits, in threads with cover, is found by what it asks and its queue', () => {
  const own = replayHourly(queueWorld('own-habits'), QUEUE_WORLD_T0);
  const of = (prefix: string): Verdict[] => [...own.values()].filter((v) => v.account_id.startsWith(prefix));
  const flagged = of('queue').filter((v) => v.flagged);
  assert.ok(flagged.length >= 18, `${flagged.length} of 20 flagged: ${of('queue').map((v) => v.reasons.join('+') || '-').join(', ')}`);
  assert.equal(new Set(flagged.map((v) => v.campaign_id)).size, 1);
  for (const v of flagged) assert.ok(v.reasons.includes('similar:work-queue'), v.reasons.join(','));
  assert.deepEqual([...of('dev'), ...of('student'), ...of('chat')].filter((v) => v.flagged).map((v) => v.account_id), []);
});
