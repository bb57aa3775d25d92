import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Neighbours } from './neighbours.js';

test('neighbours keep insertion order and find every edge, short (scanned) and long (indexed)', () => {
  const n = new Neighbours();
  const ids = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 100_003);
  ids.forEach((b, i) => {
    assert.equal(n.get(b), -1);
    n.add(b, 5000 + i);
    // Every earlier neighbour is still found as the list grows past the scan limit and the index is rebuilt.
    if (i === 15 || i === 16 || i === 17 || i === 999) ids.slice(0, i + 1).forEach((x, j) => assert.equal(n.get(x), 5000 + j));
  });
  assert.equal(n.size, 1000);
  assert.deepEqual(Array.from({ length: n.size }, (_, i) => n.neighbour(i)), ids);
  assert.deepEqual(Array.from({ length: n.size }, (_, i) => n.edge(i)), ids.map((_, i) => 5000 + i));
  assert.equal(n.get(100_004), -1);
});
