import { test } from 'node:test';
import assert from 'node:assert/strict';
import { graphSection } from './html.js';
import { sampleCase } from './test-fixtures.js';

test('the link picture\'s caption counts members apart from the shared items drawn as diamonds', () => {
  const m = sampleCase();
  m.graph.nodes.push({ id: 'template:abc', risk: 0, flagged: false, kind: 'artefact', type: 'template', label: 'template abc' });
  m.graph.positions.push({ x: 0.5, y: 0 });
  const caption = graphSection(m);
  assert.match(caption, /Showing all 3 members, 1 shared item and 2 lines/);
  assert.match(caption, /each diamond is an item members share \(prompt template\)/);
  m.graph.omitted = 7;
  assert.match(graphSection(m), /Showing the 3 most active of 10 members/);
});
