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
