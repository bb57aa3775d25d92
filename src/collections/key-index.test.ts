import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RecentKeyIndex, KeyIndex } from './key-index.js';

test('KeyIndex agrees with a Map over 100,000 IP-like keys', () => {
  const idx = new KeyIndex(4);
  const ref = new Map<string, number>();
  for (let i = 0; i < 100_000; i++) {
    const key = `ip\u0000${(i * 7919) & 255}.${(i >> 8) & 255}.${i & 255}.${i % 13}`;
    if (i % 3 === 0 && ref.has(key)) continue;
    idx.set(key, i);
    ref.set(key, i);
  }
  assert.equal(idx.size, ref.size);
  for (const [k, v] of ref) assert.equal(idx.get(k), v);
  assert.equal(idx.get('prefix\u00001.2.3.0/24'), -1);
  assert.throws(() => idx.set('x', -1), RangeError);
});

test('a recent index keeps at most two generations: old keys are forgotten, recent ones found', () => {
  const index = new RecentKeyIndex(100, 16);
  for (let i = 0; i < 250; i++) index.set(`10.0.${i >> 8}.${i & 255}`, i);
  // Generations of 100: keys 0–99 went with the first one; 100–199 are the older generation, 200–249 the recent.
  assert.equal(index.get('10.0.0.5'), -1);
  assert.equal(index.get('10.0.0.150'), 150);
  assert.equal(index.get('10.0.0.249'), 249);
  assert.equal(index.size, 150);
});

test('integer keys up to 2^53 are kept exactly (no two collide)', () => {
  const idx = new KeyIndex(4);
  const keys = Array.from({ length: 50_000 }, (_, i) => (i % 2 === 0 ? 2 ** 52 + i * 4294967296 : i * 977 + 1));
  keys.forEach((k, i) => idx.set(k, i));
  assert.equal(idx.size, keys.length);
  keys.forEach((k, i) => assert.equal(idx.get(k), i));
  // Same low 32 bits, other high bits; same high bits, other low bits.
  assert.equal(idx.get(2 ** 52 + 4294967296 * 3), -1);
  assert.equal(idx.get(2 ** 52 + 1), -1);
});

test('deleting keys keeps every other key findable (random interleaving, checked against a Map)', () => {
  // A small table and clustered integer keys make long probe runs, where a careless deletion would hide later keys.
  const idx = new KeyIndex(4);
  const ref = new Map<number, number>();
  let x = 12345;
  const rand = (n: number): number => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) % n;
  for (let step = 0; step < 60_000; step++) {
    const key = rand(3000) * 4294967296;
    if (rand(3) === 0) assert.equal(idx.delete(key), ref.delete(key));
    else {
      idx.set(key, step);
      ref.set(key, step);
    }
  }
  assert.equal(idx.size, ref.size);
  for (let k = 0; k < 3000; k++) assert.equal(idx.get(k * 4294967296), ref.get(k * 4294967296) ?? -1);
  const recent = new RecentKeyIndex(2, 4);
  ['a', 'b', 'c'].forEach((k, i) => recent.set(k, i));
  recent.delete('b');
  recent.delete('c');
  // 'b' from the older generation, 'c' from the recent one; 'a' stays.
  assert.deepEqual(['a', 'b', 'c'].map((k) => recent.get(k)), [0, -1, -1]);
});
