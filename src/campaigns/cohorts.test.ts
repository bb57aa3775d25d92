import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PROFILE_DIMS, type Profile } from '../accounts/profile.js';
import { AccountState } from '../accounts/state.js';
import { accountFeatures } from '../accounts/features.js';
import { groupBySimilarity, meanSimilarity, scoreCohort } from './cohorts.js';
import type { ClusterMember } from './score.js';

/** A unit profile pointing mostly along `axis`, tilted by `tilt` along `other`. */
function profile(axis: number, tilt = 0, other = axis + 1): Profile {
  const v = new Float32Array(PROFILE_DIMS);
  v[axis] = 1;
  v[other % PROFILE_DIMS] = tilt;
  const norm = Math.hypot(1, tilt);
  return v.map((x) => x / norm);
}

test('alike accounts group; a bucket apart, a loner and a chain of near misses do not', () => {
  const items = [
    ...[0, 1, 2, 3, 4, 5].map((a) => ({ a, profile: profile(3, 0.05 * a), bucket: 'maths|cot' })),
    // Same habit, other bucket: never compared with the first group.
    ...[10, 11].map((a) => ({ a, profile: profile(3), bucket: 'coding|none' })),
    { a: 20, profile: profile(9), bucket: 'maths|cot' },
    // Each alike only to its neighbours in the chain: peeled away.
    ...[30, 31, 32, 33, 34].map((a, i) => ({ a, profile: profile(20 + i, 1, 21 + i), bucket: 'maths|cot' })),
  ];
  assert.deepEqual(groupBySimilarity(items, 0.9, 5), [[0, 1, 2, 3, 4, 5]]);
  assert.deepEqual(groupBySimilarity(items, 0.9, 7), []);
});

test('mean similarity of a group', () => {
  assert.ok(Math.abs(meanSimilarity([profile(1), profile(1), profile(1)]) - 1) < 1e-6);
  assert.equal(meanSimilarity([profile(1), profile(2)]), 0);
});

/** A member with `n` requests of which `intentHigh` extraction-style, and a given own evidence. */
function member(i: number, evidence: number, n = 40): ClusterMember {
  const state = new AccountState(`m${i}`, i);
  state.n = n;
  state.intentSum = 0.8 * n;
  state.maxTokensHigh = n;
  state.itemRequests = n;
  state.sampledItems = Math.floor(n / 2);
  return { state, info: undefined, features: accountFeatures(state), evidence: { score: evidence, reasons: [] } };
}

test('a cohort needs near copies, most of them harvesting on their own', () => {
  const harvesting = Array.from({ length: 20 }, (_, i) => member(i, 0.9));
  assert.ok(scoreCohort(harvesting, 0.97).score > 0.5);
  // Only alike on average (one lab's researchers): not one pipeline.
  assert.equal(scoreCohort(harvesting, 0.85).score, 0);
  // Near copies whose own traffic is mostly ordinary (an SDK default): a chance group at scale.
  const ordinary = Array.from({ length: 20 }, (_, i) => member(i, i < 12 ? 0.4 : 0.9));
  assert.equal(scoreCohort(ordinary, 0.97).score, 0);
});
