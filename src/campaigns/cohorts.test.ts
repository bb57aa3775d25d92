import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PROFILE_DIMS, similarity, type Profile } from '../accounts/profile.js';
import { AccountState } from '../accounts/state.js';
import { accountFeatures } from '../accounts/features.js';
import { groupBySimilarity, LikenessMemo, meanSimilarity, scoreCohort, type Similar } from './cohorts.js';
import type { ClusterMember } from './score.js';

/** A unit profile pointing mostly along `axis`, tilted by `tilt` along `other`. */
function profile(axis: number, tilt = 0, other = axis + 1): Profile {
  const v = new Float32Array(PROFILE_DIMS);
  v[axis] = 1;
  v[other % PROFILE_DIMS] = tilt;
  const norm = Math.hypot(1, tilt);
  return v.map((x) => x / norm);
}

test('alike accounts group; a bucket apart, a loner and a chain of near misses do not', () => {
  const items = [
    ...[0, 1, 2, 3, 4, 5].map((a) => ({ a, profile: profile(3, 0.05 * a), bucket: 'maths|cot' })),
    // Same habit, other bucket: never compared with the first group.
    ...[10, 11].map((a) => ({ a, profile: profile(3), bucket: 'coding|none' })),
    { a: 20, profile: profile(9), bucket: 'maths|cot' },
    // Each alike only to its neighbours in the chain: peeled away.
    ...[30, 31, 32, 33, 34].map((a, i) => ({ a, profile: profile(20 + i, 1, 21 + i), bucket: 'maths|cot' })),
  ];
  assert.deepEqual(groupBySimilarity(items, 0.9, 5), [[0, 1, 2, 3, 4, 5]]);
  assert.deepEqual(groupBySimilarity(items, 0.9, 7), []);
});

/** groupBySimilarity as its doc comment says it, every pair compared and shared neighbours counted one by one. */
function plainGrouping(items: Similar[], threshold: number, minSize: number, minDegree: number, share: number): number[][] {
  const out: number[][] = [];
  for (const key of new Set(items.map((it) => it.bucket))) {
    const list = items.filter((it) => it.bucket === key);
    if (list.length < minSize) continue;
    const alike = (i: number, j: number): boolean => i !== j && similarity(list[i]!.profile, list[j]!.profile) >= threshold;
    let adj = list.map((_, i) => list.map((_, j) => j).filter((j) => alike(i, j)));
    if (share > 0) {
      adj = adj.map((ni, i) => ni.filter((j) => {
        const common = ni.filter((k) => adj[j]!.includes(k)).length;
        return common >= share * Math.min(ni.length, adj[j]!.length);
      }));
    }
    const alive = adj.map((ni) => ni.length >= minDegree);
    for (let changed = true; changed; ) {
      changed = false;
      adj.forEach((ni, i) => {
        if (alive[i] && ni.filter((j) => alive[j]).length < minDegree) [alive[i], changed] = [false, true];
      });
    }
    const seen = new Set<number>();
    for (let s = 0; s < list.length; s++) {
      if (!alive[s] || seen.has(s)) continue;
      const part: number[] = [];
      const stack = [s];
      seen.add(s);
      while (stack.length > 0) {
        const i = stack.pop()!;
        part.push(list[i]!.a);
        for (const j of adj[i]!) if (alive[j] && !seen.has(j)) stack.push(j), seen.add(j);
      }
      if (part.length >= minSize) out.push(part.sort((x, y) => x - y));
    }
  }
  return out;
}

test('a memo of the last grouping changes no group: profiles changed, accounts gone and back, buckets moved, order shuffled', () => {
  let seed = 7;
  const random = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  // Accounts around six habits (two buckets), dense enough that an operation's core has more neighbours than a row
  // of bits holds (the bitset count of shared neighbours), with noise that puts some pairs near the threshold.
  const noisy = (axis: number): Profile => {
    const v = profile(axis, 0.1 + 0.3 * random(), axis + 1 + Math.floor(3 * random()));
    for (let i = 0; i < 4; i++) v[Math.floor(random() * PROFILE_DIMS)]! += 0.15 * random();
    const norm = Math.hypot(...v);
    return v.map((x) => x / norm);
  };
  const accounts = new Map<number, Similar>();
  for (let a = 0; a < 400; a++) accounts.set(a, { a, profile: noisy(5 * (a % 6)), bucket: a % 6 < 3 ? 'maths' : 'coding' });
  const settings: [number, number][] = [[2, 0], [3, 0.7]];
  const memos = settings.map(() => new LikenessMemo());
  let grouped = 0;
  for (let run = 0; run < 12; run++) {
    for (const it of accounts.values()) {
      const roll = random();
      // New profile object with the same values (must be compared again, and agree), new habit, other bucket.
      if (roll < 0.1) it.profile = it.profile.slice();
      else if (roll < 0.2) it.profile = noisy(5 * Math.floor(6 * random()));
      else if (roll < 0.23) it.bucket = it.bucket === 'maths' ? 'coding' : 'maths';
    }
    const items = [...accounts.values()].filter(() => random() > 0.1).sort(() => random() - 0.5).map((it) => ({ ...it }));
    settings.forEach(([minDegree, share], k) => {
      const fresh = groupBySimilarity(items, 0.9, 5, minDegree, share);
      grouped += fresh.length;
      if (run % 4 === 0) assert.deepEqual(fresh, plainGrouping(items, 0.9, 5, minDegree, share), `run ${run}, setting ${k}`);
      assert.deepEqual(groupBySimilarity(items, 0.9, 5, minDegree, share, memos[k]!), fresh, `run ${run}, setting ${k}`);
    });
  }
  assert.ok(grouped > 24, `some groups to compare (${grouped})`);
});

test('mean similarity of a group', () => {
  assert.ok(Math.abs(meanSimilarity([profile(1), profile(1), profile(1)]) - 1) < 1e-6);
  assert.equal(meanSimilarity([profile(1), profile(2)]), 0);
});

/** A member with `n` requests of which `intentHigh` extraction-style, and a given own evidence. */
function member(i: number, evidence: number, n = 40): ClusterMember {
  const state = new AccountState(`m${i}`, i);
  state.n = n;
  state.intentSum = 0.8 * n;
  state.maxTokensHigh = n;
  state.itemRequests = n;
  state.sampledItems = Math.floor(n / 2);
  return { state, info: undefined, features: accountFeatures(state), evidence: { score: evidence, reasons: [] } };
}

test('a cohort needs near copies, most of them harvesting on their own', () => {
  const harvesting = Array.from({ length: 20 }, (_, i) => member(i, 0.9));
  assert.ok(scoreCohort(harvesting, 0.97).score > 0.5);
  // Only alike on average (one lab's researchers): not one pipeline.
  assert.equal(scoreCohort(harvesting, 0.85).score, 0);
  // Near copies whose own traffic is mostly ordinary (an SDK default): a chance group at scale.
  const ordinary = Array.from({ length: 20 }, (_, i) => member(i, i < 12 ? 0.4 : 0.9));
  assert.equal(scoreCohort(ordinary, 0.97).score, 0);
});
