import { test } from 'node:test';
import assert from 'node:assert/strict';
import { artefactGraph } from './link-graph.js';
import type { ArtefactType, SharedArtefact } from './analysis.js';

const ids = (n: number, p = 'a') => Array.from({ length: n }, (_, i) => `${p}${i}`);

test('core artefacts along the top, sub-teams by their own artefacts, attached and unlinked accounts at the bottom', () => {
  const accounts = ids(12).map((id) => ({ id, risk: 0.9, flagged: true }));
  const shared: Record<ArtefactType, SharedArtefact[]> = {
    template: [{ key: 'abc', members: ids(11), others: 0 }],
    spoof: [{ key: 't13d0910h1_aaaaaaaaaaaa', members: ids(10), others: 2 }],
    pivot: [],
    payment: [{ key: 'card-1', members: ['a0', 'a1', 'a2'], others: 0 }, { key: 'card-2', members: ['a3', 'a4', 'a5', 'a6'], others: 0 }],
    'signup-net': [{ key: '198.51.100.0/24', members: ['a7', 'a8'], others: 0 }],
    prefix: [],
    client: [],
  };
  const g = artefactGraph(accounts, shared, 20);
  const hubs = g.nodes.filter((n) => n.kind === 'artefact');
  assert.deepEqual(hubs.map((h) => h.type), ['template', 'spoof', 'payment', 'payment', 'signup-net']);
  assert.equal(g.omitted, 8);
  assert.equal(g.positions.length, g.nodes.length);
  const node = (id: string) => g.nodes[g.nodes.findIndex((n) => n.id === id)]!;
  const pos = (id: string) => g.positions[g.nodes.findIndex((n) => n.id === id)]!;
  // Sub-teams: the card-2 group (4) is team 1, card-1 (3) team 2, the sign-up network (2) team 3.
  assert.deepEqual(['a3', 'a0', 'a7', 'a9', 'a11'].map((id) => node(id).team), [1, 2, 3, 0, 0]);
  assert.equal(node('a0').role, 'core', 'template + spoof + payment');
  assert.equal(node('a9').role, 'core', 'template + spoof, no sub-team');
  assert.equal(node('a10').role, 'attached', 'template only');
  assert.equal(node('a11').role, 'unlinked');
  // Core hubs sit on the top row, loose accounts on the bottom row, teams in between.
  assert.equal(pos('template:abc').y, 0);
  assert.ok(pos('a11').y > 0.9 && pos('a9').y > 0.9);
  for (const id of ['a0', 'a3', 'a7']) assert.ok(pos(id).y > 0.05 && pos(id).y < 0.9, id);
  // Each team's members are closer to their own payment hub than to the other team's.
  const d = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);
  assert.ok(d(pos('a0'), pos('payment:card-1')) < d(pos('a0'), pos('payment:card-2')));
  assert.ok(d(pos('a4'), pos('payment:card-2')) < d(pos('a4'), pos('payment:card-1')));
});
