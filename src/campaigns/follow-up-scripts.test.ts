import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FollowUpScripts } from './follow-up-scripts.js';

function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

/** Everyday lines 1..12, each account of 0..999 saying a few of them at random; script lines 100..105 for accounts 2000..2039. */
function population(scripts: FollowUpScripts, r: () => number): void {
  for (let a = 0; a < 1000; a++) for (let k = 0; k < 4; k++) scripts.see(a, 1 + Math.floor(r() * 12));
  for (let a = 2000; a < 2040; a++) for (let k = 0; k < 5; k++) scripts.see(a, 100 + Math.floor(r() * 6));
}

test('lines one closed group sends together are a script; everyday lines said independently by many are none', () => {
  const scripts = new FollowUpScripts();
  population(scripts, rng(3));
  const found = scripts.scripts(15);
  assert.equal(found.length, 1);
  assert.ok(found[0]!.lines.every((l) => l >= 100 && l <= 105), found[0]!.lines.join(','));
  assert.ok(found[0]!.users.length >= 36 && found[0]!.users.every((a) => a >= 2000), `${found[0]!.users.length} users`);
});

test('a script line the crowd says too stays out of the script, and its crowd are no users', () => {
  const scripts = new FollowUpScripts();
  const r = rng(5);
  population(scripts, r);
  // Line 1, an everyday line, is also in the group's script: its senders are mostly the crowd.
  for (let a = 2000; a < 2040; a++) scripts.see(a, 1);
  const [script] = scripts.scripts(15);
  assert.ok(script && !script.lines.includes(1), script?.lines.join(','));
  assert.ok(script.users.every((a) => a >= 2000));
});

test('skipped accounts are neither counted nor users, and a group under the size asked for is none', () => {
  const scripts = new FollowUpScripts();
  population(scripts, rng(9));
  assert.deepEqual(scripts.scripts(15, (a) => a >= 2000 && a < 2030), []);
  assert.deepEqual(scripts.scripts(41), []);
});

/** The definition restated plainly (every pair in a map of maps, skip asked per sender), for the equivalence test. */
function plainScripts(said: [number, number][], minUsers: number, skip: (a: number) => boolean): { lines: number[]; users: number[] }[] {
  const senders = new Map<number, number[]>();
  const linesOf = new Map<number, number[]>();
  for (const [a, l] of said) {
    const mine = linesOf.get(a) ?? (linesOf.set(a, []).get(a)!);
    if (mine.includes(l)) continue;
    mine.push(l);
    (senders.get(l) ?? (senders.set(l, []).get(l)!)).push(a);
  }
  const population = [...linesOf.keys()].filter((a) => !skip(a)).length;
  const count = new Map<number, number>();
  for (const [l, list] of senders) {
    const n = list.filter((a) => !skip(a)).length;
    if (n >= 10) count.set(l, n);
  }
  const tied = new Map<number, Set<number>>();
  const lines = [...count.keys()];
  for (const x of lines) {
    for (const y of lines) {
      if (x >= y) continue;
      let both = 0;
      for (const [a, mine] of linesOf) if (!skip(a) && mine.includes(x) && mine.includes(y)) both++;
      if (both < 8 || (both * population) / (count.get(x)! * count.get(y)!) < 4) continue;
      (tied.get(x) ?? (tied.set(x, new Set()).get(x)!)).add(y);
      (tied.get(y) ?? (tied.set(y, new Set()).get(y)!)).add(x);
    }
  }
  const out: { lines: number[]; users: number[] }[] = [];
  const seen = new Set<number>();
  for (const start of [...tied.keys()].sort((x, y) => x - y)) {
    if (seen.has(start)) continue;
    const component = new Set([start]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const l of [...component]) for (const m of tied.get(l) ?? []) if (!component.has(m)) (component.add(m), (grew = true));
    }
    component.forEach((l) => seen.add(l));
    if (component.size < 3) continue;
    const usesOf = (ls: number[]): Map<number, number> => {
      const uses = new Map<number, number>();
      for (const l of ls) for (const a of senders.get(l)!) if (!skip(a)) uses.set(a, (uses.get(a) ?? 0) + 1);
      return uses;
    };
    const uses = usesOf([...component]);
    const kept = [...component].filter((l) => {
      const own = senders.get(l)!.filter((a) => !skip(a));
      return own.length > 0 && own.filter((a) => uses.get(a)! >= 2).length >= 0.5 * own.length;
    });
    if (kept.length < 3) continue;
    const users = [...usesOf(kept)].filter(([, n]) => n >= 2).map(([a]) => a);
    if (users.length >= minUsers) out.push({ lines: kept.sort((x, y) => x - y), users: users.sort((x, y) => x - y) });
  }
  return out;
}

test('scripts equal the plain definition on random populations with several scripts, shared lines and skipped accounts', () => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    const r = rng(seed);
    const said: [number, number][] = [];
    for (let a = 0; a < 600; a++) for (let k = 0; k < 1 + Math.floor(r() * 6); k++) said.push([a, 1 + Math.floor(r() * 30)]);
    for (let g = 0; g < 4; g++) {
      const size = 10 + Math.floor(r() * 30);
      for (let a = 1000 + g * 100; a < 1000 + g * 100 + size; a++) {
        for (let k = 0; k < 3 + Math.floor(r() * 5); k++) said.push([a, 200 + g * 10 + Math.floor(r() * (3 + g))]);
        if (r() < 0.3) said.push([a, 1 + Math.floor(r() * 30)]);
      }
    }
    // Interleave the groups' lines with the crowd's, as traffic comes.
    for (let i = said.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [said[i], said[j]] = [said[j]!, said[i]!];
    }
    const scripts = new FollowUpScripts();
    for (const [a, l] of said) scripts.see(a, l);
    const skip = (a: number): boolean => a % 7 === seed % 7;
    for (const [minUsers, sk] of [[15, () => false], [10, skip]] as const) {
      const got = scripts.scripts(minUsers, sk);
      assert.deepEqual(got, plainScripts(said, minUsers, sk), `seed ${seed}`);
      if (minUsers === 15) assert.ok(got.length >= 1, `seed ${seed}: some script found`);
    }
  }
});
