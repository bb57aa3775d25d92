import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Observation } from '../engine/observation.js';
import { linkWorld, range } from './link-world.fixture.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 3, 22);

/** A request from `ip` at `ts` (only what the link index reads). */
const from = (ip: string, ts: number): Observation =>
  ({ ts, ip, prefix: `${ip.slice(0, ip.lastIndexOf('.'))}.0/24`, asn: null, client: 'sdk:x|-', uaTlsMismatch: false }) as Observation;

test('group membership holds accounts 0 and 1 apart once a group keeps a set (past 16 members)', () => {
  const { graph, link } = linkWorld();
  link('payment', 'card', range(0, 40));
  const edges = graph.edgeCount;
  link('payment', 'card', [0, 1, 39]); // already members: no new edges
  assert.equal(graph.edgeCount, edges);
  link('payment', 'card', [40]);
  assert.ok(graph.edgeCount > edges, 'a new member is linked');
});

test('an address shared weeks apart links nobody: idle network groups are forgotten, busy ones kept', () => {
  const { graph, links } = linkWorld();
  links.observe(from('198.51.100.7', T0), 0);
  links.observe(from('198.51.100.7', T0 + 1000), 1);
  links.observe(from('192.0.2.9', T0), 2);
  links.observe(from('192.0.2.9', T0 + 1000), 3);
  const edges = graph.edgeCount;
  assert.ok(edges > 0, 'a shared address links');
  // 192.0.2.9 keeps being used by new accounts; 198.51.100.7 is left alone.
  for (let d = 1; d <= 15; d++) links.observe(from('192.0.2.9', T0 + d * DAY), 3 + d);
  const busyEdges = graph.edgeCount;
  assert.equal(links.forgetIdle(T0 + 15 * DAY), 2, 'the idle address and its /24');
  assert.ok(!links.groups.get('ip')!.has('198.51.100.7') && links.groups.get('ip')!.has('192.0.2.9'));
  // A newcomer on the forgotten address starts over alone; one on the busy address joins its group.
  links.observe(from('198.51.100.7', T0 + 16 * DAY), 50);
  assert.equal(graph.edgeCount, busyEdges);
  links.observe(from('192.0.2.9', T0 + 16 * DAY), 51);
  assert.ok(graph.edgeCount > busyEdges);
  assert.equal(graph.edge(50, 0), undefined);
});
