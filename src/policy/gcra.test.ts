import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GcraMemory, gcraStep, type GcraLimit } from './gcra.js';

const LIMIT: GcraLimit = { ratePerSec: 10, burst: 5 }; // T = 100 ms, tolerance 500 ms

test('a rested key admits exactly `burst` unit requests at one instant', () => {
  const g = new GcraMemory();
  const results = Array.from({ length: 7 }, () => g.take('k', LIMIT, 1, 1_000));
  assert.deepEqual(results.map((r) => r.allowed), [true, true, true, true, true, false, false]);
  assert.equal(results[0]!.remaining, 4);
  assert.equal(results[4]!.remaining, 0);
});

test('retry-after is the time until one emission interval has drained', () => {
  const g = new GcraMemory();
  for (let i = 0; i < 5; i++) g.take('k', LIMIT, 1, 1_000);
  const denied = g.take('k', LIMIT, 1, 1_000);
  assert.equal(denied.allowed, false);
  assert.equal(denied.retryAfterMs, 100);
  assert.equal(g.take('k', LIMIT, 1, 1_099).allowed, false);
  assert.equal(g.take('k', LIMIT, 1, 1_100).allowed, true);
});

test('sustained rate: one request per interval is always admitted, faster is not', () => {
  const g = new GcraMemory();
  let admitted = 0;
  // 100 requests at 2x the rate (every 50 ms): burst 5 plus one per 100 ms for 5 s.
  for (let i = 0; i < 100; i++) if (g.take('k', LIMIT, 1, i * 50).allowed) admitted++;
  // Over 4950 ms the bucket refills 49.5 units, plus the initial burst of 5.
  assert.ok(admitted >= 53 && admitted <= 55, `admitted ${admitted}`);
});

test('a cost larger than the burst is never admitted', () => {
  assert.equal(gcraStep(undefined, LIMIT, 6, 0).result.allowed, false);
  assert.equal(gcraStep(undefined, LIMIT, 5, 0).result.allowed, true);
});

test('denied requests do not consume capacity', () => {
  const g = new GcraMemory();
  for (let i = 0; i < 5; i++) g.take('k', LIMIT, 1, 0);
  for (let i = 0; i < 50; i++) g.take('k', LIMIT, 1, 0);
  assert.equal(g.take('k', LIMIT, 1, 100).allowed, true);
});

test('charge creates debt that blocks peek until drained; sweep drops rested keys', () => {
  const g = new GcraMemory();
  assert.equal(g.peek('t', LIMIT, 0).allowed, true);
  g.charge('t', LIMIT, 20, 0); // TAT = 2000 ms, tolerance 500 ms
  const p = g.peek('t', LIMIT, 0);
  assert.equal(p.allowed, false);
  assert.equal(p.retryAfterMs, 1_500);
  assert.equal(g.peek('t', LIMIT, 1_500).allowed, true);
  assert.equal(g.sweep(1_999), 0);
  assert.equal(g.sweep(2_000), 1);
  assert.equal(g.size, 0);
});

test('keys are independent', () => {
  const g = new GcraMemory();
  for (let i = 0; i < 5; i++) g.take('a', LIMIT, 1, 0);
  assert.equal(g.take('a', LIMIT, 1, 0).allowed, false);
  assert.equal(g.take('b', LIMIT, 1, 0).allowed, true);
});
