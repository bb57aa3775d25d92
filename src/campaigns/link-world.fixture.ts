/**
 * Test fixture for the campaign step's tests: a link graph fed by a link index, and a helper that puts accounts into
 * one shared artefact's group (not a test file itself: `node --test` runs only `*.test.js`).
 */
import { accountEvidence, accountFeatures } from '../accounts/features.js';
import type { AccountState } from '../accounts/state.js';
import { LinkGraph } from './graph.js';
import { LinkIndex, type AccountInfo, type LinkType } from './links.js';
import type { ClusterMember } from './score.js';

export const range = (a: number, b: number): number[] => Array.from({ length: b - a }, (_, i) => a + i);

export function linkWorld(): { graph: LinkGraph; links: LinkIndex; link: (type: LinkType, key: string, members: number[]) => void } {
  const graph = new LinkGraph();
  const links = new LinkIndex(graph.onJoin);
  return { graph, links, link: (type, key, members) => members.forEach((m) => links.add(type, key, m)) };
}

/** A cluster member as the detector reads it: the state, its registration, features and own evidence. */
export const clusterMember = (s: AccountState, i: AccountInfo): ClusterMember => {
  const features = accountFeatures(s);
  return { state: s, info: i, features, evidence: accountEvidence(features) };
};
