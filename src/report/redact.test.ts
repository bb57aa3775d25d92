import { test } from 'node:test';
import assert from 'node:assert/strict';
import { redactPrompt } from './redact.js';
import { estimateValue } from './value.js';
import { forceLayout } from './layout.js';
import { niceTicks } from './charts.js';
import { bigNumber } from './summary.js';

test('redaction keeps the shape of a prompt and none of its words, numbers, addresses', () => {
  const p = 'Solve step by step: Nadia has 12 apples. Mail nadia@example.com or see https://x.example/a?b=1 from 10.1.2.3';
  const r = redactPrompt(p);
  assert.equal(r, redactPrompt(p), 'deterministic');
  for (const w of ['Solve', 'Nadia', '12', 'apples', 'example', 'nadia@', '10.1.2.3']) assert.ok(!r.includes(w), `${w} leaked: ${r}`);
  assert.ok(r.startsWith('S•••• s••• b• s•••: N•••• h•• ## a•••••.'), r);
  assert.ok(r.includes('[email]') && r.includes('[url]') && r.includes('[ip]'), r);
});

test('value estimate multiplies tokens by per-million prices', () => {
  const v = estimateValue({ input: 2_000_000, output: 1_000_000, reasoning: 500_000 }, { input: 3, output: 15, reasoning: 10 });
  assert.equal(v.input_usd, 6);
  assert.equal(v.output_usd, 15);
  assert.equal(v.reasoning_usd, 5);
  assert.equal(v.total_usd, 26);
  assert.match(v.label, /Estimate/);
});

test('layout is deterministic, normalised, and draws linked nodes closer than unlinked ones', () => {
  // Two 5-cliques joined by nothing.
  const edges: { a: number; b: number }[] = [];
  for (const off of [0, 5]) for (let i = 0; i < 5; i++) for (let j = i + 1; j < 5; j++) edges.push({ a: off + i, b: off + j });
  const p = forceLayout(10, edges);
  assert.deepEqual(p, forceLayout(10, edges));
  for (const q of p) assert.ok(q.x >= 0 && q.x <= 1 && q.y >= 0 && q.y <= 1);
  const d = (i: number, j: number) => Math.hypot(p[i]!.x - p[j]!.x, p[i]!.y - p[j]!.y);
  let inside = 0, across = 0;
  for (let i = 0; i < 5; i++) for (let j = 0; j < 5; j++) { if (i < j) inside += d(i, j) + d(i + 5, j + 5); across += d(i, j + 5); }
  assert.ok(inside / 20 < across / 25, `within-cluster ${inside / 20} < across ${across / 25}`);
});

test('axis ticks and big numbers read naturally', () => {
  assert.deepEqual(niceTicks(9), [0, 5, 10]);
  assert.deepEqual(niceTicks(0), [0, 1]);
  const t = niceTicks(1234);
  assert.equal(t[0], 0);
  assert.ok(t[t.length - 1]! >= 1234);
  assert.equal(bigNumber(28_800_000), '28.8 million');
  assert.equal(bigNumber(25_000), '25,000');
});
