import { test } from 'node:test';
import assert from 'node:assert/strict';
import { graphSection, renderCaseHtml, subteamsSection } from './html.js';
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

test('a campaign joined from sub-teams lists each with what links it; a campaign found whole has no such section', () => {
  const m = sampleCase();
  assert.equal(subteamsSection(m), '');
  assert.doesNotMatch(renderCaseHtml(m), /<h2>Sub-teams<\/h2>/);
  m.members[2]!.reasons = ['campaign:member', 'campaign:subteam', 'subteam:shared-settings'];
  m.subteams = [{ id: 'C0tbcik0etqa6y', accounts: 1, linked_by: 'subteam:shared-settings', title: 'Sub-team by shared pipeline settings', detail: 'temperature 0.85, max_tokens 4096' }];
  const html = renderCaseHtml(m);
  assert.match(html, /<h2>Sub-teams<\/h2>/);
  assert.match(html, /found as 2 groups/);
  assert.match(html, /2 members in the group first found, 1 in the sub-teams/);
  assert.match(html, /C0tbcik0etqa6y<\/td><td class="num">1<\/td><td><span class="reason">subteam:shared-settings<\/span> Sub-team by shared pipeline settings<\/td><td>temperature 0.85, max_tokens 4096/);
});
