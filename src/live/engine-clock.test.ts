import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventStepper, stepClockOf } from './engine-clock.js';
import { parsePolicy } from '../policy/config.js';

const H = 3_600_000;

test('event steps fall on the boundaries the interactions pass, in order', () => {
  const s = new EventStepper(H);
  assert.deepEqual(s.due(10 * H + 5), [], 'the first interaction opens the clock');
  assert.equal(s.pending, 11 * H);
  assert.deepEqual(s.due(10 * H + 50), []);
  assert.deepEqual(s.due(11 * H), [11 * H], 'an interaction on the boundary runs that step first');
  assert.deepEqual(s.due(14 * H + 1), [12 * H, 13 * H, 14 * H], 'a gap runs every step in it');
  assert.deepEqual(s.due(13 * H), [], 'late interactions run nothing');
  assert.deepEqual(s.due(Number.NaN), []);
});

test('a huge jump runs one step, and idle flushes are once per burst at the latest time seen', () => {
  const s = new EventStepper(1000);
  s.due(0);
  assert.deepEqual(s.due(1e12), [1e12], 'one step stands for the whole gap');
  assert.equal(s.pending, 1e12 + 1000);
  assert.equal(s.flush(), 1e12);
  assert.equal(s.flush(), null, 'no traffic since the last flush');
  s.due(1e12 + 10);
  s.due(1e12 + 5);
  assert.equal(s.flush(), 1e12 + 10);
  assert.equal(s.pending, 1e12 + 1000, 'flushing does not move the boundaries');
});

test('the policy chooses the clock', () => {
  assert.deepEqual(stepClockOf(parsePolicy('')), { kind: 'wall', stepMs: 1000 });
  assert.deepEqual(stepClockOf(parsePolicy('engine: { clock: event, event_step_minutes: 30 }')), { kind: 'event', stepMs: 1_800_000 });
  assert.throws(() => parsePolicy('engine: { clock: sundial }'), /engine.clock must be wall or event/);
  assert.throws(() => parsePolicy('server: { trust_replay_header: true }'), /trust_replay_header is not a known key/);
  assert.equal(parsePolicy('').server.trust_replay_headers, false, 'never trusted by default');
});
