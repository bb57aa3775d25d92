/**
 * A work queue asked with wording glued onto each item's line: a small hand-built world of prompts read through the
 * item core (signals/item-core.ts) into the item pool, as the engine does.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coreHash } from '../signals/item-core.js';
import { ItemPool } from './work-queue.js';

const subjects = ['baker', 'farmer', 'teacher', 'driver', 'painter', 'tailor', 'grocer', 'pilot', 'nurse', 'chemist'];
const things = ['boxes', 'crates', 'sacks', 'trays', 'bundles', 'baskets', 'cartons', 'parcels', 'bags', 'jars'];

/** Item k: a three-sentence word problem, distinct in its inner sentence. */
function problem(k: number): string {
  const who = subjects[k % subjects.length] ?? 'clerk';
  const what = things[Math.floor(k / subjects.length) % things.length] ?? 'cases';
  return `A ${who} fills ${k + 3} ${what} on Monday. On Tuesday the ${who} fills ${(k % 7) + 2} times as many ${what} ` +
    `as on Monday and then gives ${k + 1} of them away to a neighbour. How many ${what} are left?`;
}

const openers = ['my kid brought this home and I am stuck', 'ok here is one from the practice sheet', 'hmm', 'settle this:'];
const askers = ['how do you get it?', 'show me the working?', '', 'please explain how to set it up'];

test('a queue whose members glue their own wording onto each item is found through the items outsiders ask bare', () => {
  const pool = new ItemPool(0);
  const members = Array.from({ length: 20 }, (_, a) => a);
  // Outsiders (a class, hobbyists) ask the public pool's items bare, independently, with repeats across them.
  let x = 7;
  for (let o = 0; o < 40; o++) {
    for (let d = 0; d < 15; d++) pool.see(100 + o, coreHash(problem((x = (Math.imul(x, 1103515245) + 12345) >>> 0) % 400)));
  }
  // The operation hands items 0..299 out once each, every member wrapping each in wording of its own on the same line.
  for (const a of members) {
    for (let d = 0; d < 15; d++) {
      const k = a * 15 + d;
      pool.see(a, coreHash(`${openers[(a + d) % openers.length]} ${problem(k)} ${askers[(a * 3 + d) % askers.length]}`));
    }
  }
  const q = pool.complementarity(members);
  assert.ok(q.sharedOut > 100, `shared with outsiders: ${q.sharedOut}`);
  assert.equal(q.sharedIn, 0);
  assert.ok(q.complementary);
});
