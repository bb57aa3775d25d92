import { test } from 'node:test';
import assert from 'node:assert/strict';
import { binomialAtLeast, poissonAtMost } from './tails.js';

test('poissonAtMost is the Poisson distribution function', () => {
  assert.ok(Math.abs(poissonAtMost(0, 5.5) - Math.exp(-5.5)) < 1e-12);
  assert.ok(Math.abs(poissonAtMost(1, 2) - 3 * Math.exp(-2)) < 1e-12);
  assert.equal(poissonAtMost(50, 1), 1);
});

test('binomialAtLeast is the binomial upper tail', () => {
  assert.equal(binomialAtLeast(0, 10, 0.3), 1);
  assert.equal(binomialAtLeast(11, 10, 0.3), 0);
  assert.ok(Math.abs(binomialAtLeast(10, 10, 0.5) - 0.5 ** 10) < 1e-15);
  // P(X ≥ 2) for Bin(3, 0.5): (3 + 1) / 8.
  assert.ok(Math.abs(binomialAtLeast(2, 3, 0.5) - 0.5) < 1e-12);
  // Large counts stay finite: 300 of 1,000 at chance 0.1 is far in the tail, not zero by underflow of the first term.
  const far = binomialAtLeast(300, 1000, 0.1);
  assert.ok(far > 0 && far < 1e-60, `${far}`);
});
