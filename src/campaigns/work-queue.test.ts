import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COMPLEMENTARY_SHARE, ItemPool, MIN_EXPECTED_SHARES } from './work-queue.js';

/** Item k of a pool, as a core hash (the pools here sample every core: sampleBits 0). */
const item = (k: number): number => 1000 + k;

/** Outsiders 100..(100 + outsiders) drawing `draws` items each at random (with replacement across them) from the pool. */
function outsiders(pool: ItemPool, outsiders: number, draws: number, size: number, seed = 7): void {
  let x = seed;
  const next = (): number => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) % size;
  for (let o = 0; o < outsiders; o++) for (let d = 0; d < draws; d++) pool.see(100 + o, item(next()));
}

test('a group drawing distinct items of a pool others draw from, none of one another’s, is a work queue', () => {
  const pool = new ItemPool(0);
  const members = Array.from({ length: 20 }, (_, a) => a);
  // The queue hands out items 0..299 once each; outsiders draw the same pool of 400 independently.
  for (const a of members) for (let d = 0; d < 15; d++) pool.see(a, item(a * 15 + d));
  outsiders(pool, 40, 15, 400);
  const q = pool.complementarity(members);
  assert.equal(q.sharedIn, 0);
  assert.ok(q.sharedOut > 100, `shared with outsiders: ${q.sharedOut}`);
  assert.ok(q.expectedIn >= 6, `expected ${q.expectedIn}`);
  assert.ok(q.complementary);
});

test('the same group drawing independently is no queue: it asks one another’s items as often as expected', () => {
  const pool = new ItemPool(0);
  const members = Array.from({ length: 20 }, (_, a) => a);
  let x = 99;
  for (const a of members) for (let d = 0; d < 15; d++) pool.see(a, item((x = (Math.imul(x, 1103515245) + 12345) >>> 0) % 400));
  outsiders(pool, 40, 15, 400);
  const q = pool.complementarity(members);
  assert.ok(q.sharedIn > q.expectedIn / 4, `in ${q.sharedIn}, expected ${q.expectedIn}`);
  assert.ok(!q.complementary);
});

test('a small group in a large population expects too few shared items to tell', () => {
  const pool = new ItemPool(0);
  const members = Array.from({ length: 5 }, (_, a) => a);
  for (const a of members) for (let d = 0; d < 10; d++) pool.see(a, item(a * 10 + d));
  outsiders(pool, 400, 15, 400);
  const q = pool.complementarity(members);
  assert.ok(q.expectedIn < 6, `expected ${q.expectedIn}`);
  assert.ok(!q.complementary);
});

test('a line a member asks again and again is its wrapper, not an item; a private pool says nothing', () => {
  const pool = new ItemPool(0);
  const members = [0, 1, 2];
  for (const a of members) for (let d = 0; d < 5; d++) pool.see(a, 7);
  // Member 3 uses the others' wrapper line once only: it is still nobody's item.
  pool.see(3, 7);
  const q = pool.complementarity([...members, 3]);
  assert.equal(q.draws, 0);
  assert.equal(q.sharedIn, 0);
  assert.equal(q.expectedIn, 0);
  assert.ok(!q.complementary);
});

test('only one core in 2^bits is kept, chosen by its hash, so every ask of a kept core is seen', () => {
  const pool = new ItemPool(2);
  pool.see(0, 4);
  pool.see(0, 5);
  pool.see(1, 4);
  assert.equal(pool.draws(0), 1);
  assert.equal(pool.shared(0), 1);
  assert.equal(pool.shared(1), 1);
});

test('lines several members ask once each and no outsider asks do not hide a queue: its pool items are read alone', () => {
  const pool = new ItemPool(0);
  const members = Array.from({ length: 20 }, (_, a) => a);
  for (const a of members) {
    for (let d = 0; d < 15; d++) pool.see(a, item(a * 15 + d));
    // The operation's own wording (one line per request, the same lines for every member), each asked once.
    for (let w = 0; w < 5; w++) pool.see(a, 900_000 + w);
  }
  outsiders(pool, 40, 15, 400);
  const q = pool.complementarity(members);
  assert.ok(q.sharedIn > COMPLEMENTARY_SHARE * q.expectedIn, `the reading on all items sees in ${q.sharedIn}, expected ${q.expectedIn}`);
  assert.equal(q.sharedInPool, 0);
  assert.ok(q.expectedInPool >= MIN_EXPECTED_SHARES, `expected among pool items ${q.expectedInPool}`);
  assert.ok(q.complementary);
});

test('members drawing independently ask one another’s pool items as often as expected on the pool reading too', () => {
  const pool = new ItemPool(0);
  const members = Array.from({ length: 20 }, (_, a) => a);
  let x = 99;
  for (const a of members) {
    for (let d = 0; d < 15; d++) pool.see(a, item((x = (Math.imul(x, 1103515245) + 12345) >>> 0) % 400));
    for (let w = 0; w < 5; w++) pool.see(a, 900_000 + w);
  }
  outsiders(pool, 40, 15, 400);
  const q = pool.complementarity(members);
  assert.ok(q.sharedInPool > COMPLEMENTARY_SHARE * q.expectedInPool, `in ${q.sharedInPool}, expected ${q.expectedInPool}`);
  assert.ok(!q.complementary);
});
