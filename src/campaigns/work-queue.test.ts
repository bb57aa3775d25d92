import { test } from 'node:test';
import assert from 'node:assert/strict';
import { poissonAtMost } from './tails.js';
import {
  COMPLEMENTARY_SHARE, independentDrawers, ItemPool, MIN_EXPECTED_SHARES, OWN_WORK_EXPECTED, QUEUE_TAIL,
} from './work-queue.js';

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
  // Lines every member asks once and no outsider asks are the group's wording: left out of both readings.
  assert.equal(q.sharedIn, 0);
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

/** Twenty members drawing ten distinct items each of a pool of 1800 that forty outsiders draw ten each from. */
function sparseQueue(): { pool: ItemPool; members: number[] } {
  const pool = new ItemPool(0);
  const members = Array.from({ length: 20 }, (_, a) => a);
  for (const a of members) for (let d = 0; d < 10; d++) pool.see(a, item(a * 10 + d));
  outsiders(pool, 40, 10, 1800);
  return { pool, members };
}

test('no in-group share where fewer than six but over five were expected is a queue: chance gives that once in 250', () => {
  const { pool, members } = sparseQueue();
  const q = pool.complementarity(members);
  assert.equal(q.sharedIn, 0);
  assert.ok(q.expectedIn > 5.3 && q.expectedIn < MIN_EXPECTED_SHARES, `expected ${q.expectedIn}`);
  assert.ok(poissonAtMost(0, q.expectedIn) <= QUEUE_TAIL);
  assert.ok(q.complementary);
});

test('one in-group share where five and a half were expected is no queue (chance gives that one time in forty)', () => {
  const { pool, members } = sparseQueue();
  // Members 0 and 1 both ask an item outsiders ask too.
  pool.see(0, item(1500));
  pool.see(1, item(1500));
  const q = pool.complementarity(members);
  assert.equal(q.sharedIn, 2);
  assert.ok(!q.complementary, JSON.stringify(q));
});

test('a line that three or more members ask once each and no outsider asks is the group’s wording, not a shared item', () => {
  const { pool, members } = sparseQueue();
  // Twelve members glue one wording line onto an item once each: taken for the core of those prompts.
  for (const a of members.slice(0, 12)) pool.see(a, 77);
  const q = pool.complementarity(members);
  assert.equal(q.sharedIn, 0);
  assert.ok(q.complementary, JSON.stringify(q));
  // Two members asking one line nobody else asks is a shared item (two students on one homework problem).
  pool.see(18, 78);
  pool.see(19, 78);
  assert.equal(pool.complementarity(members).sharedIn, 2);
});

const MATHS = 1;
const OTHER = 5;

/**
 * Twenty members drawing eight distinct maths items each from a pool of 1200 that sixty outsiders draw from too, each
 * member also asking four public chat prompts of a set of 40 as cover, as ordinary users do.
 */
function queueWithCover(): { pool: ItemPool; members: number[] } {
  const pool = new ItemPool(0);
  const members = Array.from({ length: 20 }, (_, a) => a);
  let x = 5;
  const next = (size: number): number => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) % size;
  for (const a of members) {
    for (let d = 0; d < 8; d++) pool.see(a, item(a * 8 + d), MATHS);
    for (let c = 0; c < 4; c++) pool.see(a, 500_000 + next(40), OTHER);
  }
  for (let o = 0; o < 60; o++) {
    for (let d = 0; d < 10; d++) pool.see(100 + o, item(next(1200)), MATHS);
    for (let c = 0; c < 3; c++) pool.see(100 + o, 500_000 + next(40), OTHER);
  }
  return { pool, members };
}

test('a queue with public chat prompts as cover is read within its main kind of work, where the cover cannot hide it', () => {
  const { pool, members } = queueWithCover();
  const q = pool.complementarity(members);
  // Over all kinds the cover's shares (a small public set every member dips into) hide the queue.
  assert.ok(q.sharedIn > COMPLEMENTARY_SHARE * q.expectedIn, JSON.stringify(q));
  assert.equal(q.capability, 'maths');
  assert.equal(q.capabilityDraws, 160);
  assert.equal(q.capabilitySharedIn, 0);
  assert.ok(q.capabilityExpectedIn >= MIN_EXPECTED_SHARES, JSON.stringify(q));
  assert.ok(q.complementary);
});

test('the same group drawing its maths independently is no queue, whatever its cover', () => {
  const pool = new ItemPool(0);
  const members = Array.from({ length: 20 }, (_, a) => a);
  let x = 5;
  const next = (size: number): number => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) % size;
  for (const a of members) {
    for (let d = 0; d < 8; d++) pool.see(a, item(next(1200)), MATHS);
    for (let c = 0; c < 4; c++) pool.see(a, 500_000 + next(40), OTHER);
  }
  for (let o = 0; o < 60; o++) for (let d = 0; d < 10; d++) pool.see(100 + o, item(next(1200)), MATHS);
  const q = pool.complementarity(members);
  assert.ok(q.capabilitySharedIn > 0.5 * q.capabilityExpectedIn, JSON.stringify(q));
  assert.ok(!q.complementary, JSON.stringify(q));
});

test('outsiders asking their few items over and over (a class, a benchmark rerun) do not lower what is expected', () => {
  const { pool, members } = queueWithCover();
  const before = pool.complementarity(members).capabilityExpectedIn;
  // Thirty students ask the same twelve homework problems of the pool many times over.
  for (let s = 0; s < 30; s++) for (let k = 0; k < 12; k++) pool.see(1000 + s, item(1100 + k), MATHS);
  const after = pool.complementarity(members).capabilityExpectedIn;
  assert.ok(after > 0.9 * before, `expected ${before} before, ${after} after`);
});

test('people drawing the same pool who resemble a queue’s accounts are told apart by the items they share', () => {
  const { pool, members } = queueWithCover();
  // Two people asking the pool's items as they come: eight each, one of them an item the queue handed out.
  const people = [50, 51];
  for (const p of people) {
    pool.see(p, item(40 * (p - 50) + 3), MATHS);
    for (let d = 1; d < 8; d++) pool.see(p, item(600 + 10 * (p - 50) + d), MATHS);
  }
  const group = [...members, ...people];
  const q = pool.complementarity(group);
  assert.ok(q.complementary, JSON.stringify(q));
  const left = independentDrawers(pool, group, q);
  // A share has two ends: the member whose item a person asked is left out with the person (a hand lost, not a
  // person flagged); the other members stay.
  for (const p of people) assert.ok(left.includes(p), `left out: ${left.join(',')}`);
  assert.ok(left.length <= 2 * people.length, `left out: ${left.join(',')}`);
});

test('a person asking several of a queue’s items is left out first, and the hands whose items it asked are kept', () => {
  const { pool, members } = queueWithCover();
  // One person asking three items the queue handed out to three different members, and five of its own.
  const person = 60;
  for (const k of [3, 43, 83]) pool.see(person, item(k), MATHS);
  for (let d = 0; d < 5; d++) pool.see(person, item(700 + d), MATHS);
  const group = [...members, person];
  const q = pool.complementarity(group);
  assert.ok(q.complementary, JSON.stringify(q));
  assert.deepEqual(independentDrawers(pool, group, q), [person]);
});

test('a class grouped with a queue by likeness, asking only its homework, is left out of the queue’s campaign', () => {
  const { pool, members } = queueWithCover();
  // Ten students asking the same six homework problems nobody else asks: the group's own lines, not draws.
  const students = Array.from({ length: 10 }, (_, s) => 70 + s);
  for (const s of students) for (let k = 0; k < 6; k++) pool.see(s, 800_000 + k, MATHS);
  const group = [...members, ...students];
  const q = pool.complementarity(group);
  assert.ok(q.complementary, JSON.stringify(q));
  assert.deepEqual(independentDrawers(pool, group, q), students);
});

test('people asking material of their own, grouped with a queue by what they ask, are left out of its campaign', () => {
  const { pool, members } = queueWithCover();
  // Five developers asking fourteen maths questions each that nobody else asks: alike in kind, drawing nothing of
  // the pool (at the group's rate, a hand drawing fourteen would have about three pool items).
  const own = Array.from({ length: 5 }, (_, p) => 90 + p);
  for (const p of own) for (let d = 0; d < 14; d++) pool.see(p, 900_000 + 20 * p + d, MATHS);
  const group = [...members, ...own];
  const q = pool.complementarity(group);
  assert.ok(q.complementary, JSON.stringify(q));
  assert.ok(OWN_WORK_EXPECTED * q.capabilityDraws <= 14 * q.capabilitySharedOut, JSON.stringify(q));
  assert.deepEqual(independentDrawers(pool, group, q), own);
});

test('a person running a benchmark everyone runs, grouped with a queue, is left out by how often outsiders ask its items', () => {
  const { pool, members } = queueWithCover();
  // Thirty benchmark items every outsider runs; a researcher asks twelve of them, none the queue handed out.
  for (let o = 0; o < 40; o++) for (let k = 0; k < 30; k++) pool.see(200 + o, item(2000 + k), MATHS);
  const researcher = 99;
  for (let k = 0; k < 12; k++) pool.see(researcher, item(2000 + 2 * k), MATHS);
  const group = [...members, researcher];
  const q = pool.complementarity(group);
  assert.ok(q.complementary, JSON.stringify(q));
  assert.deepEqual(independentDrawers(pool, group, q), [researcher]);
});

test('an account\'s item cores are the cores it asked once as harvested items: ordinary asks and its own repeated lines are left out', () => {
  const pool = new ItemPool(0);
  pool.see(0, 10, 1, true);
  pool.see(0, 12, 1, false);
  // Asked as an ordinary request first and as an item later: an item core.
  pool.see(0, 14, 1, false);
  pool.see(0, 14, 1, true);
  pool.see(1, 14, 1, true);
  // The account's own wrapper line, taken for the core of each of its prompts.
  pool.see(0, 16, 1, true);
  pool.see(0, 16, 1, true);
  const cores = (a: number): number[] => {
    const out: number[] = [];
    pool.forEachItemCore(a, (c) => out.push(c));
    return out;
  };
  assert.deepEqual(cores(0), [10]);
  assert.deepEqual(cores(1), [14]);
});

test('people grouped with a queue do not lend it their shares: the queue’s own rate is read among the members kept', () => {
  const pool = new ItemPool(0);
  // Forty hands draw eight items each, handed out once.
  const hands = Array.from({ length: 40 }, (_, a) => a);
  for (const a of hands) for (let d = 0; d < 8; d++) pool.see(a, item(a * 8 + d), 0, true);
  // Four people ask one tutorial's four exercises; two more ask fifteen public items each, one of them the same.
  const tutorial = [1000, 1001, 1002, 1003];
  tutorial.forEach((a, i) => {
    for (let d = 0; d < 4; d++) pool.see(a, item(1990 + ((i + d) % 4)), 0, true);
  });
  const [p, q] = [2000, 2001];
  pool.see(p, item(1980), 0, true);
  pool.see(q, item(1980), 0, true);
  for (let d = 0; d < 14; d++) {
    pool.see(p, item(1900 + d), 0, true);
    pool.see(q, item(1800 + d), 0, true);
  }
  // Outsiders draw the same public pool independently.
  let x = 7;
  for (let o = 0; o < 150; o++) for (let d = 0; d < 15; d++) pool.see(5000 + o, item((x = (Math.imul(x, 1103515245) + 12345) >>> 0) % 2000), 0, true);
  const group = [...hands, ...tutorial, p, q];
  const queue = pool.complementarity(group);
  assert.ok(queue.complementary);
  const left = independentDrawers(pool, group, queue).sort((a, b) => a - b);
  // Read over the whole group, the tutorial's shares make one share in fifteen look like a hand's chance coincidence.
  assert.deepEqual(left, [...tutorial, p, q]);
});
