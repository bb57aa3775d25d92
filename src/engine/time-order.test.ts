import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Observation } from './observation.js';
import type { ObservationRun } from './observation-batch.js';
import { TimeOrder } from './time-order.js';

const MINUTE = 60_000;

/** Just what TimeOrder reads of an observation: its id and time. */
const observation = (id: string, ts: number): Observation => ({ id, ts }) as Observation;

/** A run over `list` that records which positions were built, and when (the count of releases so far). */
function recordingRun(
  list: readonly Observation[],
  built: Map<Observation, number>,
  released: () => number,
): ObservationRun {
  return {
    count: list.length,
    ts: (k) => list[k]!.ts,
    take: (k) => {
      const o = list[k]!;
      assert.ok(!built.has(o), `${o.id} built twice`);
      built.set(o, released());
      return o;
    },
  };
}

/** Batches of a replay: mostly in time order, some late within the window, one repeated id, empty batches. */
function batches(seed: number): Observation[][] {
  let state = seed;
  const rand = (): number => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 4294967296);
  const out: Observation[][] = [];
  let t = 1_700_000_000_000;
  let n = 0;
  for (let b = 0; b < 60; b++) {
    const batch: Observation[] = [];
    // Past the 50,000 records the buffer probes before releasing anything, so the window's releases are tested too.
    const size = b % 9 === 4 ? 0 : 1 + Math.floor(rand() * 3_000);
    for (let k = 0; k < size; k++) {
      t += Math.floor(rand() * 2 * MINUTE);
      const late = rand() < 0.1 ? Math.floor(rand() * 50 * MINUTE) : 0;
      batch.push(observation(n === 500 ? 'r3' : `r${n}`, t - late));
      n++;
    }
    out.push(batch);
  }
  return out;
}

test('batches built on take are released in the order of built ones, each built once and only when released', async () => {
  for (const lateness of [0, 20 * MINUTE, 60 * MINUTE]) {
    const input = batches(lateness + 7);
    const want: string[] = [];
    const wantBuffer = new TimeOrder(lateness, undefined, (o) => want.push(o.id));
    for (const b of input) wantBuffer.add(b);
    await wantBuffer.finish();

    const got: string[] = [];
    const built = new Map<Observation, number>();
    const buffer = new TimeOrder(lateness, undefined, (o) => {
      // Built immediately before its release: the releases so far are those before it.
      if (built.has(o)) assert.equal(built.get(o), got.length, `${o.id} built before its turn`);
      got.push(o.id);
    });
    // Half the batches as runs, half as arrays: the buffer holds both kinds at once.
    for (const [i, b] of input.entries()) buffer.add(i % 2 === 0 ? recordingRun(b, built, () => got.length) : b);
    await buffer.finish();
    assert.deepEqual(got, want);
    assert.ok(got.length > 50_000);
    assert.equal(got.filter((id) => id === 'r3').length, 1, 'a repeated id is released once');
    // Every position of every run was built exactly once (a repeated id is built, then dropped by the filter).
    const runPositions = input.filter((_b, i) => i % 2 === 0).reduce((n, b) => n + b.length, 0);
    assert.equal(built.size, runPositions);
  }
});

test('a run is built only as far as the lateness window has released it', () => {
  const start = 1_700_000_000_000;
  // 50,000 records in order (the probe), then a run of six records half an hour apart.
  const probe = Array.from({ length: 50_000 }, (_v, k) => observation(`p${k}`, start + k));
  const list = [1, 2, 3, 4, 5, 6].map((h) => observation(`r${h}`, start + h * 30 * MINUTE));
  const built = new Map<Observation, number>();
  const released: string[] = [];
  const buffer = new TimeOrder(60 * MINUTE, undefined, (o) => released.push(o.id));
  buffer.add(probe);
  buffer.add(recordingRun(list, built, () => released.length));
  // Newest at 3 h: what is an hour older than that (up to 2 h) is released, and only that much of the run is built.
  assert.deepEqual([...built.keys()].map((o) => o.id), ['r1', 'r2', 'r3', 'r4']);
  assert.deepEqual(released.slice(-4), ['r1', 'r2', 'r3', 'r4']);
  assert.equal(released.length, 50_004);
});
