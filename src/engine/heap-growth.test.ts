import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { limitHeapGrowth } from './heap-growth.js';

const module = fileURLToPath(new URL('./heap-growth.js', import.meta.url));

/**
 * Peak committed heap of a child process that keeps ~100 MB live while churning objects that survive long enough to
 * be promoted (as a replay's observations do), with the growth limit set at run time or not at all.
 */
function peakHeapMiB(percent: number | null): number {
  const script = `
    const { limitHeapGrowth } = await import(${JSON.stringify(module)});
    if (${percent} !== null) limitHeapGrowth(${percent});
    const live = [];
    for (let i = 0; i < 1e6; i++) live.push({ i, s: 'k' + i });
    const ring = new Array(200000);
    let peak = 0;
    for (let i = 0; i < 3e6; i++) {
      ring[i % ring.length] = { i, s: 'v' + i, a: [i, i] };
      if (i % 50000 === 0) peak = Math.max(peak, process.memoryUsage().heapTotal);
    }
    process.stdout.write(String(peak / 2 ** 20));`;
  return Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
}

describe('limitHeapGrowth', () => {
  it('keeps the heap nearer its live size when set at run time', () => {
    const free = peakHeapMiB(null);
    const limited = peakHeapMiB(20);
    // Typically well under three quarters; on a loaded machine V8's concurrent marking lands it near 0.75, while
    // a limit that does nothing gives about 1.
    assert.ok(limited < free * 0.85, `limited peak ${limited.toFixed(0)} MiB vs V8's own ${free.toFixed(0)} MiB`);
  });

  it('rejects a growth that is not a whole number of percent', () => {
    assert.throws(() => limitHeapGrowth(-1), { code: 'USAGE' });
    assert.throws(() => limitHeapGrowth(12.5), { code: 'USAGE' });
  });
});
