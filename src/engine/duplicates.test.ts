import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DuplicateFilter } from './duplicates.js';

/** The policy of duplicates.ts written plainly: a map of ids to first-seen times, forgotten oldest first. */
class PlainFilter {
  private readonly seen = new Map<string, number>();
  dropped = 0;
  forgottenEarly = 0;
  constructor(private readonly windowMs: number, private readonly maxIds: number) {}

  repeated(id: string, ts: number, now: number): boolean {
    if (this.seen.has(id)) {
      this.dropped++;
      return true;
    }
    this.seen.set(id, ts);
    const before = Math.max(now, ts) - this.windowMs;
    for (const [oldest, at] of this.seen) {
      const expired = at < before;
      if (!expired && this.seen.size <= this.maxIds) break;
      if (!expired) this.forgottenEarly++;
      this.seen.delete(oldest);
    }
    return false;
  }
}

test('the duplicate filter answers as the plain policy over long runs, through both bounds and buffer reuse', () => {
  let state = 7;
  const random = (n: number): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
  for (const [windowMs, maxIds] of [[50, 1_000_000], [1_000_000, 300], [200, 700], [5_000, 2_500]] as const) {
    const filter = new DuplicateFilter({ windowMs, maxIds });
    const plain = new PlainFilter(windowMs, maxIds);
    let now = 0;
    let repeats = 0;
    for (let k = 0; k < 60_000; k++) {
      const ts = now + random(20) - 10;
      now = Math.max(now, ts);
      // Ids repeat from near and far back, so some are still remembered and some were forgotten.
      const id = `r${random(3) === 0 ? k - random(random(2) === 0 ? 40 : 2_000) : k}`;
      const got = filter.repeated(id, ts, now);
      assert.equal(got, plain.repeated(id, ts, now), `id ${id} at step ${k} (window ${windowMs}, max ${maxIds})`);
      if (got) repeats++;
      now += random(3) === 0 ? 1 : 0;
    }
    assert.ok(repeats > 2_000, `the run repeats ids (${repeats})`);
    assert.equal(filter.stats.dropped, plain.dropped);
    assert.equal(filter.stats.forgottenEarly, plain.forgottenEarly);
  }
});
