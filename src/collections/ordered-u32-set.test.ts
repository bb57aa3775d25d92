import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OrderedU32Set } from './ordered-u32-set.js';

test('OrderedU32Set agrees with Set on membership, size and insertion order, 0 included', () => {
  const s = new OrderedU32Set();
  const ref = new Set<number>();
  let x = 987;
  for (let i = 0; i < 40_000; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    const key = i % 3 === 0 ? x % 500 : x % 4_000_000;
    assert.equal(s.add(key), !ref.has(key));
    ref.add(key);
    if (i % 997 === 0) assert.equal(s.has(key + 1), ref.has(key + 1));
  }
  assert.equal(s.size, ref.size);
  const order: number[] = [];
  s.forEach((k) => order.push(k));
  assert.deepEqual(order, [...ref]);
  assert.ok(s.add(0) === !ref.has(0));
  assert.ok(s.has(0));
});
