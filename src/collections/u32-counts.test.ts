import { test } from 'node:test';
import assert from 'node:assert/strict';
import { U32Counts } from './u32-counts.js';

test('U32Counts agrees with a Map on many 32-bit keys, across growth', () => {
  const c = new U32Counts();
  const ref = new Map<number, number>();
  let x = 99;
  for (let i = 0; i < 40_000; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    const key = i % 3 === 0 ? 1 + (x % 500) : x || 1; // many repeats among small keys, and hashes above 2^31
    assert.equal(c.add(key), (ref.get(key) ?? 0) + 1);
    ref.set(key, (ref.get(key) ?? 0) + 1);
  }
  assert.equal(c.size, ref.size);
  for (const [k, v] of ref) assert.equal(c.get(k), v);
  assert.equal(c.get(4_000_000_001), ref.get(4_000_000_001));
  assert.deepEqual(new Map(c), ref);
  let total = 0;
  c.forEach((count) => (total += count));
  assert.equal(total, 40_000);
});

test('U32Counts refuses new keys beyond its limit but keeps counting the ones it holds', () => {
  const c = new U32Counts();
  assert.equal(c.add(7, 1, 2), 1);
  assert.equal(c.add(8, 1, 2), 1);
  assert.equal(c.add(9, 1, 2), 0, 'a third key is refused');
  assert.equal(c.get(9), undefined);
  assert.equal(c.add(7, 5, 2), 6);
  assert.equal(c.size, 2);
  assert.throws(() => c.add(0), RangeError);
  assert.equal(c.get(0), undefined);
});
