import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StringIndex } from './string-index.js';

test('StringIndex agrees with a Map over 100,000 IP-like keys', () => {
  const idx = new StringIndex(4);
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
