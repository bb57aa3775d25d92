import { test } from 'node:test';
import assert from 'node:assert/strict';
import { VariantIndex } from './variants.js';

const V = 2 ** 40 + 12345; // a 53-bit variant hash

test('a different item of the same variant from another account links to the first asker', () => {
  const v = new VariantIndex();
  assert.equal(v.see(V, 111, 1), -1);
  assert.equal(v.see(V, 222, 1), -1, 'the same account again links nobody');
  assert.equal(v.see(V, 333, 2), 1);
  assert.equal(v.see(V, 444, 3), 1);
});

test('the same exact item from two accounts marks the variant shared content: it never links', () => {
  const v = new VariantIndex();
  v.see(V, 111, 1);
  assert.equal(v.see(V, 111, 2), -1);
  assert.equal(v.see(V, 999, 3), -1);
});

test('bounded: past capacity it keeps a uniform sample and still links within it', () => {
  const v = new VariantIndex(1000, 16);
  for (let i = 0; i < 10_000; i++) v.see(i * 7919 + 1, i, 1);
  assert.ok(v.size <= 1000, `size ${v.size}`);
  let linked = 0;
  for (let i = 0; i < 10_000; i++) if (v.see(i * 7919 + 1, i + 1, 2) === 1) linked++;
  assert.ok(linked > 200 && linked <= 1000, `linked ${linked}`);
});
