import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FollowUpScripts } from './follow-up-scripts.js';

function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

/** Everyday lines 1..12, each account of 0..999 saying a few of them at random; script lines 100..105 for accounts 2000..2039. */
function population(scripts: FollowUpScripts, r: () => number): void {
  for (let a = 0; a < 1000; a++) for (let k = 0; k < 4; k++) scripts.see(a, 1 + Math.floor(r() * 12));
  for (let a = 2000; a < 2040; a++) for (let k = 0; k < 5; k++) scripts.see(a, 100 + Math.floor(r() * 6));
}

test('lines one closed group sends together are a script; everyday lines said independently by many are none', () => {
  const scripts = new FollowUpScripts();
  population(scripts, rng(3));
  const found = scripts.scripts(15);
  assert.equal(found.length, 1);
  assert.ok(found[0]!.lines.every((l) => l >= 100 && l <= 105), found[0]!.lines.join(','));
  assert.ok(found[0]!.users.length >= 36 && found[0]!.users.every((a) => a >= 2000), `${found[0]!.users.length} users`);
});

test('a script line the crowd says too stays out of the script, and its crowd are no users', () => {
  const scripts = new FollowUpScripts();
  const r = rng(5);
  population(scripts, r);
  // Line 1, an everyday line, is also in the group's script: its senders are mostly the crowd.
  for (let a = 2000; a < 2040; a++) scripts.see(a, 1);
  const [script] = scripts.scripts(15);
  assert.ok(script && !script.lines.includes(1), script?.lines.join(','));
  assert.ok(script.users.every((a) => a >= 2000));
});

test('skipped accounts are neither counted nor users, and a group under the size asked for is none', () => {
  const scripts = new FollowUpScripts();
  population(scripts, rng(9));
  assert.deepEqual(scripts.scripts(15, (a) => a >= 2000 && a < 2030), []);
  assert.deepEqual(scripts.scripts(41), []);
});
