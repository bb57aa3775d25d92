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

test('ids are compared in full: same hash, same length, one code unit apart, any length and script', () => {
  // Pairs of ids of one length with the same 32-bit FNV-1a hash (the table's), found by trying ids in turn.
  const fnv = (s: string): number => {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
    return h | 0;
  };
  const byHash = new Map<number, string>();
  const pairs: string[] = [];
  for (let k = 36 ** 3; pairs.length < 12; k++) {
    const id = `req_${k.toString(36)}`;
    const other = byHash.get(fnv(id));
    if (other !== undefined && other.length === id.length) pairs.push(other, id, other, id);
    byHash.set(fnv(id), id);
  }
  const filter = new DuplicateFilter({ windowMs: 1_000, maxIds: 1_000 });
  const plain = new PlainFilter(1_000, 1_000);
  const long = 'x'.repeat(70_000);
  const ids = [...pairs, 'req_é中😀', 'req_é中😀', 'req_é中😁', '', '', long, `${long}y`, long, `${long}y`];
  let state = 3;
  for (let k = 0; k < 20_000; k++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    ids.push(`${'é中'.repeat(state % 7)}${state % 1_500}${'a'.repeat(state % 40)}`);
  }
  let ts = 0;
  let repeats = 0;
  for (const id of ids) {
    ts += 0.25;
    const got = filter.repeated(id, ts, ts);
    assert.equal(got, plain.repeated(id, ts, ts), `id ${id.slice(0, 40)} (${id.length} code units)`);
    if (got) repeats++;
  }
  const firstSeen = [false, false, true, true, false, false, true, true, false, false, true, true];
  assert.deepEqual(ids.slice(0, 21).map((id, k) => ids.indexOf(id) < k), [...firstSeen, false, true, false, false, true, false, false, true, true]);
  assert.ok(repeats > 500, `the run repeats ids (${repeats})`);
});
