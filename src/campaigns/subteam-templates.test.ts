import { test } from 'node:test';
import assert from 'node:assert/strict';
import { U32Counts, type ReadonlyCounts } from '../collections/u32-counts.js';
import { campaignTemplates, ordinaryHolders, templateLinks, type TemplateTeam } from './subteam-templates.js';

/** A small deployment: accounts by index, each with its frames' uses. */
function world(): { frames: U32Counts[]; add: (uses: [number, number][]) => number; framesOf: (a: number) => ReadonlyCounts } {
  const frames: U32Counts[] = [];
  return {
    frames,
    add: (uses) => {
      const c = new U32Counts();
      for (const [f, n] of uses) c.add(f, n);
      frames.push(c);
      return frames.length - 1;
    },
    framesOf: (a) => frames[a]!,
  };
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

function links(w: ReturnType<typeof world>, teams: TemplateTeam[], ordinary: number[]) {
  const flagged = new Set(teams.flatMap((t) => [...t.members]));
  const all = [...flagged, ...ordinary];
  return templateLinks(teams, w.framesOf, (frames) => ordinaryHolders(frames, all, w.framesOf, flagged, () => true));
}

test('two flagged campaigns sharing a wrapper no ordinary account uses are one operation', () => {
  const w = world();
  const alpha = team(w, 20, JUDGE_WRAPPER, 0.5, OWN);
  const beta = team(w, 20, JUDGE_WRAPPER, 0.4, OWN + 1);
  const ordinary = Array.from({ length: 500 }, (_, i) => w.add([[OWN + 10 + i, 2]]));
  const found = links(w, [{ id: 'C1', members: alpha }, { id: 'C2', members: beta }], ordinary);
  assert.deepEqual(found, [{ younger: 'C2', older: 'C1', templates: 1 }]);
});

test('a wrapper ordinary accounts use too (a class, a public prompt set) links nothing', () => {
  const w = world();
  const alpha = team(w, 20, CLASS_WRAPPER, 0.5, OWN);
  const beta = team(w, 20, CLASS_WRAPPER, 0.5, OWN + 1);
  // Thirty students of a class use the wrapper as their own: far above max(2, 0.1% of 530).
  const ordinary = Array.from({ length: 500 }, (_, i) => w.add(i < 30 ? [[CLASS_WRAPPER, 2]] : [[OWN + 10 + i, 2]]));
  assert.deepEqual(links(w, [{ id: 'C1', members: alpha }, { id: 'C2', members: beta }], ordinary), []);
  // Two ordinary holders are within the bar: a wrapper copied by a couple of people is still the operation's.
  const w2 = world();
  const a2 = team(w2, 20, CLASS_WRAPPER, 0.5, OWN);
  const b2 = team(w2, 20, CLASS_WRAPPER, 0.5, OWN + 1);
  const o2 = Array.from({ length: 500 }, (_, i) => w2.add(i < 2 ? [[CLASS_WRAPPER, 2]] : [[OWN + 10 + i, 2]]));
  assert.equal(links(w2, [{ id: 'C1', members: a2 }, { id: 'C2', members: b2 }], o2).length, 1);
});

test('a wrapper a few members of one campaign use (cover prompts) is not its template', () => {
  const w = world();
  const alpha = team(w, 30, COT_WRAPPER, 0.6, OWN);
  const beta = team(w, 30, COT_WRAPPER, 0.2, OWN + 1);
  assert.equal(campaignTemplates(beta, w.framesOf).has(COT_WRAPPER), false, 'six of thirty is under three tenths');
  assert.equal(campaignTemplates(alpha, w.framesOf).has(COT_WRAPPER), true);
  assert.deepEqual(links(w, [{ id: 'C1', members: alpha }, { id: 'C2', members: beta }], []), []);
});

test('a frame used once by an account is no template of it, and flagged or idle accounts are not ordinary holders', () => {
  const w = world();
  const once = w.add([[JUDGE_WRAPPER, 1]]);
  const twice = w.add([[JUDGE_WRAPPER, 2]]);
  const flagged = w.add([[JUDGE_WRAPPER, 5]]);
  const idle = w.add([[JUDGE_WRAPPER, 5]]);
  const { holders, population } = ordinaryHolders(new Set([JUDGE_WRAPPER]), [once, twice, flagged, idle], w.framesOf, new Set([flagged]), (a) => a !== idle);
  assert.equal(holders.get(JUDGE_WRAPPER), 1);
  assert.equal(population, 2);
});

test('operations with wrappers of their own stay apart, and holders are counted only when two campaigns share one', () => {
  const w = world();
  const alpha = team(w, 20, JUDGE_WRAPPER, 0.5, OWN);
  const beta = team(w, 20, COT_WRAPPER, 0.5, OWN + 1);
  let asked = 0;
  const found = templateLinks([{ id: 'C1', members: alpha }, { id: 'C2', members: beta }], w.framesOf, () => {
    asked++;
    return { holders: new Map(), population: 0 };
  });
  assert.deepEqual(found, []);
  assert.equal(asked, 0);
});
