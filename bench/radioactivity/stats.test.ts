/** The uniformity check must accept uniform p-values and reject the skews a broken verifier would produce. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Rng } from '../../src/sim/rng.js';
import { formatP, ksUniform, medianLog10 } from './stats.js';

test('KS accepts uniform samples and rejects p-values piled up near zero or at one half', () => {
  const rng = new Rng(3);
  const uniform = Array.from({ length: 200 }, () => rng.next());
  assert.ok(ksUniform(uniform).p > 0.01);
  const grid = Array.from({ length: 50 }, (_, i) => (i + 0.5) / 50);
  assert.ok(ksUniform(grid).p > 0.99);
  const anticonservative = uniform.map((p) => p * p);
  assert.ok(ksUniform(anticonservative).p < 1e-6);
  const conservative = Array.from({ length: 50 }, () => 0.4 + 0.2 * rng.next());
  assert.ok(ksUniform(conservative).p < 1e-4);
});

test('KS p-value matches tabulated critical values', () => {
  // n = 50: D = 0.1884 is the 5% critical value, D = 0.2260 the 1% one (Massey 1951; asymptotic 1.36/√n, 1.63/√n).
  const at = (d: number, n: number) => {
    const xs = Array.from({ length: n }, (_, i) => (i + 1) / n - d);
    return ksUniform(xs);
  };
  assert.ok(Math.abs(at(0.1884, 50).p - 0.05) < 0.01);
  assert.ok(Math.abs(at(0.226, 50).p - 0.01) < 0.004);
});

test('log-scale median and p formatting', () => {
  assert.equal(medianLog10([1e-3, 1e-9, 1e-6]), -6);
  assert.equal(medianLog10([0, 1, 1]), 0);
  assert.equal(formatP(0.5), '0.500');
  assert.equal(formatP(2.5e-7), '2.5e-7');
});
