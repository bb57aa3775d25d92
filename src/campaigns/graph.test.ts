import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LinkGraph } from './graph.js';
import type { LinkGroup, LinkType } from './links.js';

const group = (type: LinkType, key: string, members: number[]): LinkGroup => ({ type, key, members: new Set(members), saturated: false });
const range = (a: number, b: number): number[] => Array.from({ length: b - a }, (_, i) => a + i);

test('a large group becomes one sparse, connected cluster (O(m) edges, not a clique)', () => {
  const g = new LinkGraph();
  g.addGroup(group('payment', 'card-1', range(0, 400)), () => true);
  assert.ok(g.edges.size <= 400 * 3, `edges ${g.edges.size}`);
  const clusters = g.clusters(1, 5);
  assert.equal(clusters.length, 1);
  assert.equal(clusters[0]!.length, 400);
});

test('network links alone never form a campaign core; coordination links do, and weak ones must accumulate', () => {
  const g = new LinkGraph();
  g.addGroup(group('ip', '203.0.113.5', range(0, 6)), () => true); // a NAT: 1.0 of network weight
  g.addGroup(group('prefix', '203.0.113.0/24', range(0, 6)), () => true);
  g.addGroup(group('client', 'asn|sdk', range(0, 6)), () => true);
  assert.equal(g.clusters(1, 2).length, 0);
  g.addGroup(group('pivot', 'm|1', range(0, 6)), () => true); // 0.5: too weak alone
  assert.equal(g.clusters(1, 2).length, 0);
  g.addGroup(group('signup-net', '198.51.100.0/24|20560', range(0, 6)), () => true); // +1.0 → 1.5
  const clusters = g.clusters(1, 2);
  assert.equal(clusters.length, 1);
  assert.deepEqual([...clusters[0]!].sort((a, b) => a - b), range(0, 6));
  assert.ok(g.edge(0, 1)!.weight > g.edge(0, 1)!.strong);
});

test('two dense groups bridged by one shared sign-up network are split apart by Louvain', () => {
  const g = new LinkGraph();
  g.addGroup(group('payment', 'a', range(0, 40)), () => true);
  g.addGroup(group('frame', 'fa', range(0, 40)), () => true);
  g.addGroup(group('payment', 'b', range(100, 140)), () => true);
  g.addGroup(group('frame', 'fb', range(100, 140)), () => true);
  g.addGroup(group('signup-net', '203.0.113.0/24|1', [5, 105]), () => true);
  const clusters = g.clusters(1, 5).map((c) => [...c].sort((a, b) => a - b));
  assert.equal(clusters.length, 2);
  assert.deepEqual(clusters.map((c) => c.length).sort(), [40, 40]);
  assert.ok(clusters.some((c) => c.includes(5) && !c.includes(105)));
});

test('the include filter removes inactive accounts from groups', () => {
  const g = new LinkGraph();
  g.addGroup(group('payment', 'x', range(0, 10)), (a) => a % 2 === 0);
  const clusters = g.clusters(1, 2);
  assert.deepEqual([...clusters[0]!].sort((a, b) => a - b), [0, 2, 4, 6, 8]);
});
