/**
 * The uniformity check the bench relies on (the watermark module's KS test) must accept uniform p-values, reject
 * the skews a broken verifier would produce, and agree with tabulated critical values.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Rng } from '../../src/sim/rng.js';
import { ksUniform } from '../../src/watermark/stats.js';
import { formatLog10P, quantile } from './stats.js';

test('KS accepts uniform samples and rejects p-values piled up near zero or at one half', () => {
  const rng = new Rng(3);
  const uniform = Array.from({ length: 200 }, () => rng.next());
  assert.ok(ksUniform(uniform).p > 0.01);
  const grid = Array.from({ length: 50 }, (_, i) => (i + 0.5) / 50);
  assert.ok(ksUniform(grid).p > 0.99);
  assert.ok(ksUniform(uniform.map((p) => p * p)).p < 1e-6);
  assert.ok(ksUniform(Array.from({ length: 50 }, () => 0.4 + 0.2 * rng.next())).p < 1e-4);
});

test('KS p-value matches tabulated critical values', () => {
  // n = 50: D = 0.1884 is the 5% critical value, D = 0.2260 the 1% one (Massey 1951).
  const at = (d: number, n: number) => ksUniform(Array.from({ length: n }, (_, i) => (i + 1) / n - d));
  assert.ok(Math.abs(at(0.1884, 50).p - 0.05) < 0.01);
  assert.ok(Math.abs(at(0.226, 50).p - 0.01) < 0.004);
});

test('quantiles and p formatting from log10 p', () => {
  assert.equal(quantile([-3, -9, -6], 0.5), -6);
  assert.equal(quantile([1, 2, 3, 4], 0.5), 2.5);
  assert.equal(formatLog10P(Math.log10(0.5)), '0.500');
  assert.equal(formatLog10P(Math.log10(2.5e-7)), '2.5e-7');
  assert.equal(formatLog10P(-400.5), '3.2e-401');
});
