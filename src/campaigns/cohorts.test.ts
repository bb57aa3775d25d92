import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PROFILE_DIMS, type Profile } from '../accounts/profile.js';
import { groupBySimilarity, meanSimilarity } from './cohorts.js';

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
