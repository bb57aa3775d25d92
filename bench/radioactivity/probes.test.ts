/**
 * Smaller probe budgets must be what a smaller run would sample: the asked number of cuts, each with its first
 * continuations, drawn without looking at the probes' content, the same for the same seed.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Rng } from '../../src/sim/rng.js';
import { probeSubset, probeTextCount, shuffled } from './probes.js';

const probes = Array.from({ length: 1200 }, (_, i) => ({
  prompt: `cut ${i}`, continuations: [`a${i}`, `b${i}`, `c${i}`],
}));

test('a 500 × 3 budget is 1,500 texts: 500 distinct cuts with all their continuations', () => {
  const subset = probeSubset(probes, 2000, { cuts: 500, repeats: 3 });
  assert.equal(subset.length, 500);
  assert.equal(probeTextCount(subset), 1500);
  assert.equal(new Set(subset.map((p) => p.prompt)).size, 500);
  for (const p of subset) {
    const i = Number(p.prompt.slice(4));
    assert.deepEqual(p.continuations, [`a${i}`, `b${i}`, `c${i}`]);
  }
});

test('a 1,500 × 1 budget keeps the first continuation of each cut, and every cut when there are fewer', () => {
  const subset = probeSubset(probes, 2000, { cuts: 1500, repeats: 1 });
  assert.equal(subset.length, 1200);
  assert.equal(probeTextCount(subset), 1200);
  assert.ok(subset.every((p) => p.continuations.length === 1 && p.continuations[0]!.startsWith('a')));
  assert.equal(probes[0]!.continuations.length, 3, 'the probes themselves are left as they are');
});

test('the draw depends on the seed only, and covers the cuts evenly', () => {
  const a = probeSubset(probes, 2000, { cuts: 500, repeats: 3 }).map((p) => p.prompt);
  assert.deepEqual(probeSubset(probes, 2000, { cuts: 500, repeats: 3 }).map((p) => p.prompt), a);
  assert.notDeepEqual(probeSubset(probes, 2001, { cuts: 500, repeats: 3 }).map((p) => p.prompt), a);
  // The first cuts of the list (one served answer's, in the bench) are not favoured: a draw of 500 of 1,200 takes
  // about 5/12 of each half.
  const firstHalf = a.filter((prompt) => Number(prompt.slice(4)) < 600).length;
  assert.ok(firstHalf > 200 && firstHalf < 300, `first half: ${firstHalf}`);
});

test('shuffled is a permutation driven by the seed', () => {
  const xs = Array.from({ length: 100 }, (_, i) => i);
  const s = shuffled(xs, new Rng(5));
  assert.deepEqual([...s].sort((x, y) => x - y), xs);
  assert.notDeepEqual(s, xs);
  assert.deepEqual(shuffled(xs, new Rng(5)), s);
});
