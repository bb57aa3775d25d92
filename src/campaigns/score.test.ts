import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AccountState } from '../accounts/state.js';
import { accountEvidence, accountFeatures } from '../accounts/features.js';
import { LinkGraph } from './graph.js';
import { LinkIndex, type LinkType } from './links.js';
import { scoreCluster, type ClusterMember } from './score.js';

const range = (a: number, b: number): number[] => Array.from({ length: b - a }, (_, i) => a + i);

function member(i: number): ClusterMember {
  const state = new AccountState(`a${i}`, i);
  state.n = 20;
  state.intentSum = 12;
  const features = accountFeatures(state);
  return { state, info: undefined, features, evidence: accountEvidence(features) };
}

/** The score of ten like accounts held together by one kind of link only. */
function scoreLinkedBy(type: LinkType, members: number[]): ReturnType<typeof scoreCluster> {
  const graph = new LinkGraph();
  const links = new LinkIndex(graph.onJoin);
  for (const m of range(0, 10)) if (members.includes(m)) links.add(type, 'k', m);
  return scoreCluster(range(0, 10).map(member), graph);
}

test('one kind of link is penalised, except a spoofed client shared by nearly every member', () => {
  // Wording alone (a template, perturbed variants) weighs least: strangers copy a prompt.
  const template = scoreLinkedBy('frame', range(0, 10));
  assert.equal(template.terms['links:single-kind'], -3);
  assert.equal(scoreLinkedBy('variant', range(0, 10)).terms['links:single-kind'], -3);
  assert.equal(scoreLinkedBy('payment', range(0, 10)).terms['links:single-kind'], -1.5);
  const spoof = scoreLinkedBy('spoof', range(0, 10));
  assert.equal(spoof.terms['links:single-kind'], 0);
  assert.ok(spoof.score > template.score);
  // A spoofed client shared by a few members only is one weak kind, like any other.
  assert.equal(scoreLinkedBy('spoof', range(0, 5)).terms['links:single-kind'], -1.5);
});
