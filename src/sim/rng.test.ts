/** The seeded PRNG: reproducible, roughly uniform, and distributions with the right centre. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Rng, cumulative } from './rng.js';

describe('Rng', () => {
  it('reproduces a sequence for a seed and differs across seeds and streams', () => {
    const a = new Rng(42), b = new Rng(42), c = new Rng(43), d = new Rng(42, 1);
    const sa = Array.from({ length: 8 }, () => a.u32());
    assert.deepEqual(sa, Array.from({ length: 8 }, () => b.u32()));
    assert.notDeepEqual(sa, Array.from({ length: 8 }, () => c.u32()));
    assert.notDeepEqual(sa, Array.from({ length: 8 }, () => d.u32()));
  });

  it('is roughly uniform and its helpers respect their ranges', () => {
    const r = new Rng(7);
    const bins = new Array(10).fill(0);
    for (let i = 0; i < 100_000; i++) bins[Math.floor(r.next() * 10)]++;
    for (const b of bins) assert.ok(Math.abs(b - 10_000) < 500, `bin ${b}`);
    for (let i = 0; i < 1000; i++) {
      const x = r.range(3, 5);
      assert.ok(x >= 3 && x <= 5 && Number.isInteger(x));
    }
    let s = 0;
    for (let i = 0; i < 20_000; i++) s += r.poisson(3.5);
    assert.ok(Math.abs(s / 20_000 - 3.5) < 0.1);
    const cum = cumulative([1, 0, 3]);
    const hits = [0, 0, 0];
    for (let i = 0; i < 40_000; i++) hits[r.weighted(cum)]!++;
    assert.equal(hits[1], 0);
    assert.ok(Math.abs(hits[2]! / 40_000 - 0.75) < 0.02);
  });
});

describe('isoTime', () => {
  it('matches Date.toISOString across days, hours and milliseconds', async () => {
    const { isoTime } = await import('./timefmt.js');
    const r = new Rng(3);
    for (let i = 0; i < 5000; i++) {
      const t = Date.UTC(2026, 3, 1) + Math.floor(r.next() * 90 * 86_400_000);
      assert.equal(isoTime(t), new Date(t).toISOString());
    }
    assert.equal(isoTime(Date.UTC(2026, 5, 4, 23, 59, 59, 999)), '2026-06-04T23:59:59.999Z');
  });
});
