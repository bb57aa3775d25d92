import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DistillguardError } from '../errors.js';
import type { Observation } from '../engine/observation.js';
import { AccountStore } from './spill.js';
import { AccountState, CounterTable } from './state.js';

const T0 = Date.parse('2026-05-01T00:00:00Z');

/** Requests that touch every part of the state: several days, hours, models, ASNs, frames, items (enough to grow the item table), repeats. */
function observations(from: number, count: number): Observation[] {
  const out: Observation[] = [];
  for (let k = from; k < from + count; k++) {
    out.push({
      id: `r${k}`, ts: T0 + k * 3_700_000, account: 'a1', ip: `10.0.${k % 7}.1`, prefix: `10.0.${k % 7}.0/24`, asn: 64_500 + (k % 5), country: 'DE',
      datacenter: k % 4 === 0, vpn: k % 9 === 0, client: 'sdk:openai-python|t13d', uaTlsMismatch: k % 11 === 0, model: ['m-large', 'm-small', 'm-new'][k % 3]!,
      conversation: null, turn: 1 + (k % 3), intent: (k % 10) / 10, intentKinds: k % 32, capability: k % 6, frame: 1000 + (k % 13), frameTail: 2000 + (k % 17),
      item: k % 10 === 0 ? 77 : 5000 + k, variant: 0, exactItem: 0, core: 0, reflective: k % 7 === 3, maxTokens: k % 2 ? 8192 : null, inputTokens: 30 + k, outputTokens: 400 + 3 * k,
      reasoningTokens: k % 5 ? 0 : 900, tools: k % 6 === 0, status: k % 23 === 0 ? 500 : 200,
    });
  }
  return out;
}

function fed(obs: Observation[]): AccountState {
  const s = new AccountState('a1', 3);
  for (const o of obs) s.apply(o);
  return s;
}

/** The spill bookkeeping, and the counters' row (compared through the getters, in `answers`). */
const BOOKKEEPING = new Set(['table', 'row']);

/** Every own field but the spill bookkeeping, typed arrays and class instances as plain data with their class name. */
function fields(s: AccountState): unknown {
  const plain = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (ArrayBuffer.isView(v)) return { [v.constructor.name]: [...(v as Uint32Array)] };
    if (Array.isArray(v)) return v.map(plain);
    if (v instanceof Map || v instanceof Set) return { [v.constructor.name]: [...v].map(plain) };
    return { class: v.constructor.name, ...Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)])) };
  };
  return Object.fromEntries(Object.entries(s).filter(([k]) => !BOOKKEEPING.has(k)).map(([k, v]) => [k, plain(v)]));
}

/**
 * Everything the state answers: each getter of its class and its argument-free readers, as plain data. With a store,
 * the state is spilled before each one, so that every getter is asked first after a spill.
 */
function answers(s: AccountState, store?: AccountStore): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const plain = (v: unknown): unknown => (v !== null && typeof v === 'object' && Symbol.iterator in v ? [...(v as Iterable<unknown>)].map(plain) : v);
  const ask = (name: string, f: () => unknown): void => {
    if (store) s.spill(store);
    out[name] = plain(f());
  };
  for (const [name, d] of Object.entries(Object.getOwnPropertyDescriptors(AccountState.prototype))) {
    if (name === 'spilled' || name === 'lastLoadedHour' || name === 'row') continue;
    if (d.get) ask(name, () => d.get!.call(s));
  }
  ask('gapSpread', () => s.gapSpread());
  ask('snapshot', () => s.snapshot());
  ask('frameUses', () => [...s.frames]);
  return out;
}

test('a spilled account answers every getter and method as it did, and carries on identically', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dg-spill-state-'));
  try {
    const store = new AccountStore(dir);
    const reference = fed(observations(0, 300));
    const s = fed(observations(0, 300));
    const before = fields(s);
    // The collections, in their holder (one field of the state).
    const held = (s as unknown as { c: Record<string, unknown> }).c;
    const objectFields = Object.entries(held).filter(([, v]) => v !== null && typeof v === 'object').map(([k]) => k);
    assert.ok(objectFields.length >= 6, `the fixture fills the collections (${objectFields.join(', ')})`);

    s.spill(store);
    assert.equal(s.spilled, true);
    assert.equal(store.stats().spilled, 1);
    // Nothing the state holds as an object stays in memory: a field added to the state is spilled with the rest.
    for (const [k, v] of Object.entries(s)) if (!BOOKKEEPING.has(k)) assert.ok(v === null || typeof v !== 'object', `${k} is still in memory`);
    assert.equal(s.n, reference.n, 'hot counters stay in memory');
    assert.equal((s as unknown as { table: CounterTable }).table.coldRowsInUse, 0, 'the cold counters went with the collections');
    assert.deepEqual(answers(s, store), answers(reference));
    void s.activeDays;
    assert.equal(s.spilled, false, 'read back on first use');
    assert.deepEqual(fields(s), before, 'the collections come back field for field (same table layouts)');

    // Again, then traffic resumes: the disk copy goes stale and the state evolves as the one never spilled.
    s.spill(store);
    const more = observations(300, 40);
    for (const o of more) {
      s.apply(o);
      reference.apply(o);
    }
    assert.deepEqual(fields(s), fields(reference));
    s.spill(store);
    assert.equal(store.stats().writes, 2, 'written once per change, not per spill');
    assert.ok(store.stats().liveBytes < store.stats().fileBytes, 'the first record is stale');

    // Merging a spilled account, and restoring a spilled account from a snapshot.
    const merged = new AccountState('org', -1);
    merged.merge(s);
    const mergedRef = new AccountState('org', -1);
    mergedRef.merge(reference);
    assert.deepEqual(fields(merged), fields(mergedRef));
    const restored = fed([...observations(0, 300), ...more]);
    restored.restore(reference.snapshot());
    s.spill(store);
    s.restore(reference.snapshot());
    assert.deepEqual(fields(s), fields(restored));
    store.close();
    assert.deepEqual(readdirSync(dir), [], 'the scratch file is never left behind');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an account without traffic has nothing to spill; compaction keeps every record readable', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dg-spill-store-'));
  try {
    const store = new AccountStore(dir, { compactMinStale: 0 });
    const idle = new AccountState('quiet', 0);
    idle.spill(store);
    assert.equal(idle.spilled, false);
    assert.equal(store.stats().writes, 0);
    const states = [0, 1, 2, 3].map((k) => fed(observations(k * 50, 30 + k)));
    const refs = [0, 1, 2, 3].map((k) => fed(observations(k * 50, 30 + k)));
    for (const s of states) s.spill(store);
    // Three come back and change, twice: six stale records, four live.
    for (const k of [0, 1, 2, 0, 1, 2]) {
      const o = observations(500 + k, 1)[0]!;
      states[k]!.apply(o);
      refs[k]!.apply(o);
      states[k]!.spill(store);
    }
    store.flush();
    assert.equal(store.needsCompaction, true);
    const size = store.stats().fileBytes;
    store.compact((move) => states.forEach((s) => s.relocate(move)));
    assert.ok(store.stats().fileBytes < size && store.stats().fileBytes === store.stats().liveBytes);
    states.forEach((s, k) => assert.deepEqual(answers(s, store), answers(refs[k]!)));
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a field holding an object of an unregistered class fails loudly at the first spill', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dg-spill-class-'));
  try {
    const store = new AccountStore(dir);
    class Unknown {
      x = 1;
    }
    const s = fed(observations(0, 5));
    (s as unknown as Record<string, unknown>).extra = new Unknown();
    assert.throws(() => s.spill(store), (e: unknown) => e instanceof DistillguardError && e.code === 'INTERNAL' && /account a1\.extra holds a Unknown/.test(e.message));
    // Maps and Sets are fine.
    const t = fed(observations(0, 5));
    (t as unknown as Record<string, unknown>).extra = new Map([[1, new Set(['a'])]]);
    t.spill(store);
    assert.deepEqual((t as unknown as Record<string, unknown>).extra, null);
    void t.n;
    void t.asns;
    assert.deepEqual((t as unknown as Record<string, unknown>).extra, new Map([[1, new Set(['a'])]]));
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('states sharing one counter table keep their own counters as the table grows', () => {
  const table = new CounterTable(4);
  const states = Array.from({ length: 50 }, (_, k) => new AccountState(`a${k}`, k, table));
  const alone = Array.from({ length: 50 }, (_, k) => new AccountState(`a${k}`, k));
  for (let k = 0; k < 50; k++) {
    for (const o of observations(k * 7, 1 + (k % 9))) {
      states[k]!.apply(o);
      alone[k]!.apply(o);
    }
  }
  // Rows added after traffic on the first ones (pages of four rows: the table grew twelve times) start cleared.
  const late = new AccountState('late', 50, table);
  assert.equal(late.n, 0);
  assert.equal(late.first, Number.POSITIVE_INFINITY);
  // A state finds its row from its index: rows follow the indexes, and a state out of order is refused.
  assert.throws(() => new AccountState('stray', 70, table), RangeError);
  assert.equal(new AccountState('next', 51, table).n, 0);
  states.forEach((s, k) => assert.deepEqual(answers(s), answers(alone[k]!)));
});

test('cold counters leave memory with the collections and their rows are reused, cleared', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dg-spill-cold-'));
  try {
    const store = new AccountStore(dir);
    const table = new CounterTable(4);
    const states = Array.from({ length: 10 }, (_, k) => new AccountState(`a${k}`, k, table));
    const refs = Array.from({ length: 10 }, (_, k) => new AccountState(`a${k}`, k));
    states.forEach((s, k) => observations(k * 20, 5 + k).forEach((o) => s.apply(o)));
    refs.forEach((s, k) => observations(k * 20, 5 + k).forEach((o) => s.apply(o)));
    assert.equal(table.coldRowsInUse, 10);
    for (const s of states.slice(0, 6)) s.spill(store);
    assert.equal(table.coldRowsInUse, 4, 'a spilled account keeps no cold row');
    // New accounts take the freed rows, starting from zero.
    const fresh = Array.from({ length: 6 }, (_, k) => new AccountState(`b${k}`, 10 + k, table));
    for (const s of fresh) {
      assert.equal(s.inputTokens, 0);
      assert.equal(s.gapSpread(), Number.NaN);
      s.apply(observations(900, 1)[0]!);
    }
    assert.equal(table.coldRowsInUse, 10);
    assert.equal(table.coldRows, 10, 'no row was added while freed ones were there');
    // A cold counter set on a spilled account reads it back and makes its disk copy stale.
    states[0]!.sharedItems += 3;
    refs[0]!.sharedItems += 3;
    assert.equal(states[0]!.spilled, false);
    states[0]!.spill(store);
    states.forEach((s, k) => assert.deepEqual(answers(s, store), answers(refs[k]!)));
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
