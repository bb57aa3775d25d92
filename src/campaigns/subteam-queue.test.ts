/** Sub-teams of one queue (subteams.ts crossShares, ItemPool.crossShares), on pools built by hand. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { crossShares } from './subteams.js';
import { ItemPool } from './work-queue.js';

/** A public pool of items (even cores: the pool keeps one core in two) drawn by outsiders and by two groups. */
const ITEMS = 2000;
/** Every draw is of one kind of work (a capability index). */
const KIND = 1;
const PER_ACCOUNT = 15;

function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

/**
 * Eighty people draw the pool's items as they come; accounts 100–119 and 200–219 are two groups of twenty. With
 * `oneQueue` the two groups are handed the items of one shuffled queue, each item once, to one group or the other;
 * otherwise each group runs its own queue over the same pool (no item twice within a group, any item across them).
 */
function world(oneQueue: boolean, datasets = false): ItemPool {
  const pool = new ItemPool();
  const r = rng(oneQueue ? 7 : 8);
  const core = (i: number): number => 2 * (i + 1);
  const shuffled = (): number[] => {
    const order = Array.from({ length: ITEMS }, (_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    return order;
  };
  const queues = oneQueue ? [shuffled()] : [shuffled(), shuffled()];
  // With `datasets`, the second group's queue is over another dataset of the same kind, which half the people draw.
  const other = (i: number): number => (datasets ? ITEMS + i : i);
  for (let k = 0; k < PER_ACCOUNT; k++) {
    for (let a = 0; a < 80; a++) pool.see(a, core((a >= 40 ? other : (i: number) => i)(Math.floor(r() * ITEMS))), KIND);
    for (let a = 0; a < 20; a++) pool.see(100 + a, core(queues[0]!.pop()!), KIND);
    for (let a = 0; a < 20; a++) pool.see(200 + a, core(other(queues[oneQueue ? 0 : 1]!.pop()!)), KIND);
  }
  return pool;
}

const groupX = Array.from({ length: 20 }, (_, a) => 100 + a);
const groupY = Array.from({ length: 20 }, (_, a) => 200 + a);

test('two groups handed the items of one queue ask none of one another\'s: one queue', () => {
  const cross = crossShares(world(true), groupX, groupY);
  assert.ok(cross, 'joined');
  assert.equal(cross.observed, 0);
  assert.ok(cross.expected >= 6, `expected ${cross.expected}`);
});

test('two groups each running its own queue over one public pool ask one another\'s items by chance: apart', () => {
  assert.equal(crossShares(world(false), groupX, groupY), null);
});

test('two queues over two datasets of one kind, each drawn by its own people, expect nothing between them: apart', () => {
  const pool = world(false, true);
  assert.ok(pool.crossShares(groupX, groupY).expected < 1, `expected ${pool.crossShares(groupX, groupY).expected}`);
  assert.equal(crossShares(pool, groupX, groupY), null);
});
