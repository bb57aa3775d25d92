import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MinHeap } from './heap.js';

test('pops in key order, stable under many random keys', () => {
  const h = new MinHeap<number>();
  let x = 12345;
  const keys: number[] = [];
  for (let i = 0; i < 5000; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    const k = x % 1000;
    keys.push(k);
    h.push(k, k);
  }
  const out: number[] = [];
  while (h.size > 0) out.push(h.pop()!);
  assert.deepEqual(out, [...keys].sort((a, b) => a - b));
  assert.equal(h.pop(), undefined);
});

test('equal keys pop in the order they were pushed', () => {
  const h = new MinHeap<string>();
  const pushed: [number, string][] = [];
  let x = 7;
  for (let i = 0; i < 3000; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    pushed.push([x % 20, `v${i}`]);
    h.push(x % 20, `v${i}`);
  }
  const out: string[] = [];
  while (h.size > 0) out.push(h.pop()!);
  assert.deepEqual(out, pushed.map((p, i) => ({ p, i })).sort((a, b) => a.p[0] - b.p[0] || a.i - b.i).map((e) => e.p[1]));
});
