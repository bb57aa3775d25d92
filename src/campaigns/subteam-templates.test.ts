import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { U32Counts, type ReadonlyCounts } from '../collections/u32-counts.js';
import { AccountState } from '../accounts/state.js';
import { AccountStore } from '../accounts/spill.js';
import { campaignTemplates, FrameHolders, templateLinks, templatesOf, TEMPLATE_USES, type OrdinaryHolders, type TemplateTeam } from './subteam-templates.js';

const MIN_REQUESTS = 10;

/** A small deployment: accounts by index, each with its frames' uses and its requests. */
function world() {
  const frames: U32Counts[] = [];
  const requests: number[] = [];
  return {
    frames,
    requests,
    add: (uses: [number, number][], n = 20): number => {
      const c = new U32Counts();
      for (const [f, k] of uses) c.add(f, k);
      frames.push(c);
      requests.push(n);
      return frames.length - 1;
    },
  };
}

/**
 * The plain scan the index stands for: over every account, the active unflagged ones holding each frame as a template
 * (TEMPLATE_USES or more uses), and how many active unflagged accounts there are.
 */
function scan(frames: readonly ReadonlyCounts[], requests: readonly number[], flagged: ReadonlySet<number>): { holders: Map<number, number>; population: number } {
  const holders = new Map<number, number>();
  let population = 0;
  frames.forEach((table, a) => {
    if (flagged.has(a) || requests[a]! < MIN_REQUESTS) return;
    population++;
    table.forEach((uses, f) => {
      if (uses >= TEMPLATE_USES) holders.set(f, (holders.get(f) ?? 0) + 1);
    });
  });
  return { holders, population };
}

/** The index of a world, every account handed to it once, with `flagged` set. */
function indexOf(w: ReturnType<typeof world>, flagged: Iterable<number>): FrameHolders {
  const index = new FrameHolders(MIN_REQUESTS);
  w.frames.forEach((table, a) => index.update(a, w.requests[a]!, table));
  index.setFlagged(flagged);
  return index;
}

const JUDGE_WRAPPER = 101;
const COT_WRAPPER = 102;
const CLASS_WRAPPER = 103;
const OWN = 200;

/** A team of `n` accounts, `share` of them using `template` (three uses each) besides a wrapper of their own. */
function team(w: ReturnType<typeof world>, n: number, template: number, share: number, own: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(w.add(i < share * n ? [[template, 3], [own, 4]] : [[own, 4]]));
  return out;
}

function links(w: ReturnType<typeof world>, teams: TemplateTeam[]) {
  const index = indexOf(w, teams.flatMap((t) => [...t.members]));
  return templateLinks(teams, (a) => index.heldBy(a), index);
}

test('two flagged campaigns sharing a wrapper no ordinary account uses are one operation', () => {
  const w = world();
  const alpha = team(w, 20, JUDGE_WRAPPER, 0.5, OWN);
  const beta = team(w, 20, JUDGE_WRAPPER, 0.4, OWN + 1);
  for (let i = 0; i < 500; i++) w.add([[OWN + 10 + i, 2]]);
  assert.deepEqual(links(w, [{ id: 'C1', members: alpha }, { id: 'C2', members: beta }]), [{ younger: 'C2', older: 'C1', templates: 1 }]);
});

test('a wrapper ordinary accounts use too (a class, a public prompt set) links nothing', () => {
  const w = world();
  const alpha = team(w, 20, CLASS_WRAPPER, 0.5, OWN);
  const beta = team(w, 20, CLASS_WRAPPER, 0.5, OWN + 1);
  // Thirty students of a class use the wrapper as their own: far above max(2, 0.1% of 500).
  for (let i = 0; i < 500; i++) w.add(i < 30 ? [[CLASS_WRAPPER, 2]] : [[OWN + 10 + i, 2]]);
  assert.deepEqual(links(w, [{ id: 'C1', members: alpha }, { id: 'C2', members: beta }]), []);
  // Two ordinary holders are within the bar: a wrapper copied by a couple of people is still the operation's.
  const w2 = world();
  const a2 = team(w2, 20, CLASS_WRAPPER, 0.5, OWN);
  const b2 = team(w2, 20, CLASS_WRAPPER, 0.5, OWN + 1);
  for (let i = 0; i < 500; i++) w2.add(i < 2 ? [[CLASS_WRAPPER, 2]] : [[OWN + 10 + i, 2]]);
  assert.equal(links(w2, [{ id: 'C1', members: a2 }, { id: 'C2', members: b2 }]).length, 1);
  // A third one is over it.
  const w3 = world();
  const a3 = team(w3, 20, CLASS_WRAPPER, 0.5, OWN);
  const b3 = team(w3, 20, CLASS_WRAPPER, 0.5, OWN + 1);
  for (let i = 0; i < 500; i++) w3.add(i < 3 ? [[CLASS_WRAPPER, 2]] : [[OWN + 10 + i, 2]]);
  assert.deepEqual(links(w3, [{ id: 'C1', members: a3 }, { id: 'C2', members: b3 }]), []);
});

test('a wrapper a few members of one campaign use (cover prompts) is not its template', () => {
  const w = world();
  const alpha = team(w, 30, COT_WRAPPER, 0.6, OWN);
  const beta = team(w, 30, COT_WRAPPER, 0.2, OWN + 1);
  const index = indexOf(w, []);
  assert.equal(campaignTemplates(beta, (a) => index.heldBy(a)).has(COT_WRAPPER), false, 'six of thirty is under three tenths');
  assert.equal(campaignTemplates(alpha, (a) => index.heldBy(a)).has(COT_WRAPPER), true);
  assert.deepEqual(links(w, [{ id: 'C1', members: alpha }, { id: 'C2', members: beta }]), []);
});

test('a frame used once by an account is no template of it, and flagged or idle accounts are not ordinary holders', () => {
  const w = world();
  w.add([[JUDGE_WRAPPER, 1]]);
  const twice = w.add([[JUDGE_WRAPPER, 2]]);
  const flagged = w.add([[JUDGE_WRAPPER, 5]]);
  w.add([[JUDGE_WRAPPER, 5]], MIN_REQUESTS - 1);
  const index = indexOf(w, [flagged]);
  assert.equal(index.ordinaryHolders(JUDGE_WRAPPER), 1);
  assert.equal(index.ordinaryActive, 2);
  assert.deepEqual(index.heldBy(twice), [JUDGE_WRAPPER]);
  // The flagged account released, the idle one active: both count.
  index.setFlagged([]);
  index.update(3, MIN_REQUESTS, w.frames[3]!);
  assert.equal(index.ordinaryHolders(JUDGE_WRAPPER), 3);
  assert.equal(index.ordinaryActive, 4);
});

test('operations with wrappers of their own stay apart, and holders are read only for a template two campaigns share', () => {
  const w = world();
  const alpha = team(w, 20, JUDGE_WRAPPER, 0.5, OWN);
  const beta = team(w, 20, COT_WRAPPER, 0.5, OWN + 1);
  const index = indexOf(w, [...alpha, ...beta]);
  const asked: number[] = [];
  const holders: OrdinaryHolders = { ordinaryActive: 0, ordinaryHolders: (f) => (asked.push(f), index.ordinaryHolders(f)) };
  assert.deepEqual(templateLinks([{ id: 'C1', members: alpha }, { id: 'C2', members: beta }], (a) => index.heldBy(a), holders), []);
  assert.deepEqual(asked, []);
});

/** A small deterministic generator (tests must not depend on Math.random). */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

test('the index equals a plain scan over random populations, step after step, as traffic grows and flags come and go', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    const r = rng(seed);
    const accounts = 150 + Math.floor(r() * 150);
    const frameKinds = 5 + Math.floor(r() * 40);
    const frames = Array.from({ length: accounts }, () => new U32Counts());
    const requests = new Array<number>(accounts).fill(0);
    const index = new FrameHolders(MIN_REQUESTS);
    let flagged = new Set<number>();
    for (let step = 0; step < 30; step++) {
      // Some accounts send requests this step, some of them with frames (a few frames common, most rare).
      const changed = new Set<number>();
      for (let k = 0; k < accounts / 5; k++) {
        const a = Math.floor(r() * accounts);
        const sent = 1 + Math.floor(r() * 4);
        requests[a]! += sent;
        for (let q = 0; q < sent; q++) if (r() < 0.7) frames[a]!.add(1 + Math.floor(frameKinds * r() ** 2), 1);
        changed.add(a);
      }
      // Unchanged accounts are not handed to the index again (as the account-level path does).
      for (const a of [...changed].sort((x, y) => x - y)) index.update(a, requests[a]!, frames[a]!);
      if (r() < 0.6) {
        const next = new Set<number>();
        for (const a of flagged) if (r() < 0.8) next.add(a);
        for (let k = 0; k < accounts / 10; k++) if (r() < 0.5) next.add(Math.floor(r() * accounts));
        flagged = next;
      }
      index.setFlagged(flagged);
      const expected = scan(frames, requests, flagged);
      assert.equal(index.ordinaryActive, expected.population, `seed ${seed} step ${step}: population`);
      for (let f = 1; f <= frameKinds; f++) assert.equal(index.ordinaryHolders(f), expected.holders.get(f) ?? 0, `seed ${seed} step ${step}: frame ${f}`);
      for (let a = 0; a < accounts; a++) assert.deepEqual(index.heldBy(a), templatesOf(frames[a]!), `seed ${seed} step ${step}: account ${a}`);
    }
  }
});

test('the rule reads the index only: accounts spilled to disk are not read back to find or test templates', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dg-subteam-templates-'));
  const store = new AccountStore(dir);
  try {
    const states: AccountState[] = [];
    const add = (uses: [number, number][]): number => {
      const s = new AccountState(`a${states.length}`, states.length);
      for (const [f, k] of uses) for (let i = 0; i < k; i++) s.countFrame(f);
      s.n = 20;
      states.push(s);
      return states.length - 1;
    };
    const alpha = Array.from({ length: 20 }, (_, i) => add(i < 10 ? [[JUDGE_WRAPPER, 3], [OWN, 4]] : [[OWN, 4]]));
    const beta = Array.from({ length: 20 }, (_, i) => add(i < 8 ? [[JUDGE_WRAPPER, 3], [OWN + 1, 4]] : [[OWN + 1, 4]]));
    for (let i = 0; i < 300; i++) add([[OWN + 10 + i, 2]]);
    const index = new FrameHolders(MIN_REQUESTS);
    states.forEach((s, a) => index.update(a, s.n, s.frames));
    for (const s of states) s.spill(store);
    assert.equal(store.spilled, states.length);
    index.setFlagged([...alpha, ...beta]);
    const found = templateLinks([{ id: 'C1', members: alpha }, { id: 'C2', members: beta }], (a) => index.heldBy(a), index);
    assert.deepEqual(found, [{ younger: 'C2', older: 'C1', templates: 1 }]);
    assert.equal(store.reloads, 0, 'no account was read back');
    assert.equal(store.spilled, states.length);
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
