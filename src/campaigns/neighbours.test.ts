import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NeighbourLists } from './neighbours.js';

test('neighbours keep insertion order and find every edge, short (scanned) and long (indexed)', () => {
  const lists = new NeighbourLists();
  const ids = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 100_003);
  ids.forEach((b, i) => {
    assert.equal(lists.get(7, b), -1);
    lists.add(7, b, 5000 + i);
    // Every earlier neighbour is still found as the list grows past the scan limit and the index is rebuilt.
    if (i === 63 || i === 64 || i === 65 || i === 999) ids.slice(0, i + 1).forEach((x, j) => assert.equal(lists.get(7, x), 5000 + j));
  });
  const n = lists.of(7);
  assert.equal(n.size, 1000);
  assert.deepEqual(Array.from({ length: n.size }, (_, i) => n.neighbour(i)), ids);
  assert.deepEqual(Array.from({ length: n.size }, (_, i) => n.edge(i)), ids.map((_, i) => 5000 + i));
  assert.equal(n.get(100_004), -1);
  assert.equal(lists.of(3).size, 0);
  assert.equal(lists.of(1_000_000).get(5), -1);
});

test('lists of many accounts grown in turns share the pool without overwriting one another', () => {
  const lists = new NeighbourLists();
  const expected = new Map<number, number[]>();
  // Accounts grow their lists interleaved, so blocks are outgrown, freed and reused by other accounts.
  for (let round = 0; round < 40; round++) {
    for (let a = 0; a < 3000; a += 1 + (a % 7)) {
      if (round > (a % 40)) continue;
      const list = expected.get(a) ?? expected.set(a, []).get(a)!;
      const b = 10_000 + list.length * 31 + a;
      lists.add(a, b, a * 100 + list.length);
      list.push(b);
    }
  }
  for (const [a, list] of expected) {
    const n = lists.of(a);
    assert.equal(n.size, list.length);
    list.forEach((b, i) => {
      assert.equal(n.neighbour(i), b);
      assert.equal(n.edge(i), a * 100 + i);
      assert.equal(n.get(b), a * 100 + i);
    });
  }
});

test('a list longer than a page of the pool moves to an array of its own and keeps every pair', () => {
  const lists = new NeighbourLists();
  // 50,000 pairs: past a page (32,768 pairs); small lists added between its growths fill pages around it.
  for (let i = 0; i < 50_000; i++) {
    lists.add(1, 100_000 + i, i);
    if (i % 97 === 0) lists.add(2 + (i % 13), 1, 900_000 + i);
  }
  const n = lists.of(1);
  assert.equal(n.size, 50_000);
  for (let i = 0; i < 50_000; i += 1) {
    assert.equal(n.neighbour(i), 100_000 + i);
    assert.equal(n.edge(i), i);
  }
  assert.equal(lists.get(1, 100_000 + 40_000), 40_000);
  assert.equal(lists.get(1, 99), -1);
  let small = 0;
  for (let a = 2; a < 15; a++) small += lists.of(a).size;
  assert.equal(small, Math.ceil(50_000 / 97));
  assert.equal(lists.of(2).neighbour(0), 1);
});
