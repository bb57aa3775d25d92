/**
 * The case file's link picture: member accounts and a hub for each artefact they share, laid out so it reads.
 * Artefacts most drawn members hold (a template on every member) are the core, in the middle; artefacts a few hold
 * (a payment instrument, a sign-up network) join their holders into sub-teams, each drawn as its own cluster on a
 * ring; accounts in no sub-team sit on the outer ring, attached to the core by the one artefact they share, or
 * unlinked. Deterministic: the same data always draws the same picture (seeded Louvain, fixed layout).
 */
import { createRequire } from 'node:module';
import type { LouvainOptions } from 'graphology-communities-louvain';
import { LouvainGraph } from '../campaigns/louvain-graph.js';
import { forceLayout, type Point } from './layout.js';

/** Artefacts a case file looks for among members, strongest evidence first. */
export const ARTEFACT_TYPES = ['template', 'spoof', 'pivot', 'payment', 'signup-net', 'prefix', 'client'] as const;
export type ArtefactType = (typeof ARTEFACT_TYPES)[number];
export interface SharedArtefact { key: string; members: string[]; others: number }
/** Hubs drawn per artefact type. */
export const HUBS_PER_TYPE = 8;

export interface GraphNode {
  id: string;
  risk: number;
  flagged: boolean;
  /** An account, or a hub for an artefact its neighbours share (absent: an account). */
  kind?: 'account' | 'artefact';
  /** Artefact hubs: the link type and a short label of the key. */
  type?: ArtefactType;
  label?: string;
  /** Accounts: 'core' (two or more kinds of link), 'attached' (one), 'unlinked'; the sub-team number (0 = none). */
  role?: 'core' | 'attached' | 'unlinked';
  team?: number;
}
export interface GraphData {
  nodes: GraphNode[];
  edges: { a: number; b: number; kinds: string[] }[];
  /** Members not drawn (the picture keeps the most active accounts). */
  omitted: number;
  /** Links not drawn (the picture keeps HUBS_PER_TYPE artefacts per type). */
  omitted_edges: number;
}

const louvain = createRequire(import.meta.url)('graphology-communities-louvain') as (g: LouvainGraph, o?: LouvainOptions) => Record<string, number>;

/** An artefact held by at least this share of the drawn accounts is core; below it, it forms sub-teams. */
export const CORE_SHARE = 0.5;

/** Plain names of the link types, as the case file prints them. */
export const ARTEFACT_NAMES: Record<ArtefactType, string> = {
  template: 'prompt template',
  spoof: 'spoofed client',
  pivot: 'model switch',
  payment: 'payment instrument',
  'signup-net': 'sign-up network',
  prefix: 'network prefix',
  client: 'client software',
};

export type ArtefactLabel = (type: ArtefactType, key: string) => string;

export const defaultArtefactLabel: ArtefactLabel = (type, key) =>
  type === 'template' ? `template ${key.slice(0, 8)}` : type === 'payment' ? `payment ${key.slice(0, 12)}` : `${ARTEFACT_NAMES[type]} ${key}`;

/** Builds the account + artefact graph with roles and sub-teams, and its layout (`positions`, one per node). */
export function artefactGraph(
  accounts: { id: string; risk: number; flagged: boolean }[],
  shared: Record<ArtefactType, SharedArtefact[]>,
  total: number,
  label: ArtefactLabel = defaultArtefactLabel,
): GraphData & { positions: Point[] } {
  const nodes: GraphNode[] = accounts.map((a) => ({ ...a, kind: 'account' }));
  const index = new Map(accounts.map((a, i) => [a.id, i]));
  const edges: GraphData['edges'] = [];
  const kindsOf = accounts.map(() => new Set<ArtefactType>());
  const hubs: { node: number; holders: number[]; core: boolean }[] = [];
  for (const type of ARTEFACT_TYPES) {
    for (const art of (shared[type] ?? []).slice(0, HUBS_PER_TYPE)) {
      const holders = art.members.map((id) => index.get(id)).filter((i): i is number => i !== undefined);
      if (holders.length < 2) continue;
      const node = nodes.length;
      nodes.push({ id: `${type}:${art.key}`, risk: 0, flagged: false, kind: 'artefact', type, label: label(type, art.key) });
      for (const h of holders) {
        edges.push({ a: h, b: node, kinds: [type] });
        kindsOf[h]!.add(type);
      }
      hubs.push({ node, holders, core: holders.length >= CORE_SHARE * accounts.length });
      if (hubs[hubs.length - 1]!.core && (hubs.filter((h) => h.core).length > MAX_CORE_HUBS || hubs.filter((h) => h.core && nodes[h.node]!.type === type).length > CORE_PER_TYPE)) {
        // Beyond the top row's room: undo this hub (its holders keep the kind of link through the others).
        hubs.pop();
        nodes.pop();
        edges.splice(edges.length - holders.length, holders.length);
      }
    }
  }
  const teams = subTeams(accounts.length, hubs.filter((h) => !h.core).map((h) => ({ holders: h.holders, weight: TEAM_WEIGHT[nodes[h.node]!.type!] })));
  teams.forEach((g, t) => { for (const i of g) nodes[i]!.team = t + 1; });
  accounts.forEach((_, i) => {
    const n = nodes[i]!;
    n.team ??= 0;
    n.role = kindsOf[i]!.size >= 2 ? 'core' : kindsOf[i]!.size === 1 ? 'attached' : 'unlinked';
  });
  return { nodes, edges, omitted: Math.max(0, total - accounts.length), omitted_edges: 0, positions: layout(nodes, hubs, teams) };
}

/**
 * What joins accounts into one team: the hands of an operation differ in their toolkit and networks, while its payment
 * instruments, templates and model switches are shared across them (drawn as links between the teams).
 */
const TEAM_WEIGHT: Record<ArtefactType, number> = { client: 1, prefix: 1, 'signup-net': 1, spoof: 0.5, payment: 0.3, pivot: 0.2, template: 0.2 };

/**
 * Sub-teams: Louvain communities (seeded, so deterministic) of the accounts joined by the non-core artefacts, each
 * artefact adding its link weight shared out over its holders. Two hands of one operation that share a payment
 * instrument or a model switch but each keep their own networks come out as two teams. Largest first; lone
 * accounts are in none.
 */
export function subTeams(n: number, artefacts: { holders: number[]; weight: number }[]): number[][] {
  const pairs = new Map<number, number>();
  for (const a of artefacts) {
    const w = a.weight / Math.max(1, a.holders.length - 1);
    for (let i = 0; i < a.holders.length; i++) for (let j = i + 1; j < a.holders.length; j++) {
      const x = Math.min(a.holders[i]!, a.holders[j]!), y = Math.max(a.holders[i]!, a.holders[j]!);
      pairs.set(x * n + y, (pairs.get(x * n + y) ?? 0) + w);
    }
  }
  const g = new LouvainGraph();
  for (let i = 0; i < n; i++) g.addNode(String(i));
  for (const [k, w] of [...pairs.entries()].sort((a, b) => a[0] - b[0])) g.addEdge(Math.floor(k / n), k % n, w);
  let state = 42;
  const rng = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  const linked = new Set([...pairs.keys()].flatMap((k) => [Math.floor(k / n), k % n]));
  const mapping = g.size ? louvain(g, { getEdgeWeight: 'weight', rng, resolution: 1 }) : {};
  const groups = new Map<number, number[]>();
  for (const [node, c] of Object.entries(mapping)) if (linked.has(Number(node))) groups.set(c, [...(groups.get(c) ?? []), Number(node)]);
  return [...groups.values()].filter((t) => t.length > 1).map((t) => t.sort((a, b) => a - b)).sort((a, b) => b.length - a.length || a[0]! - b[0]!);
}

/** Core artefacts drawn at most (the top row of the picture); the rest are in the case file's tables. */
const MAX_CORE_HUBS = 6;
const CORE_PER_TYPE = 2;

/**
 * Core artefacts in a row along the top (faint lines to their holders), sub-teams packed below it, each laid out
 * by force within its own circle so its payment instruments and networks show as small clusters, and accounts in
 * no sub-team in a row along the bottom (attached to the core, or unlinked).
 */
function layout(nodes: GraphNode[], hubs: { node: number; holders: number[]; core: boolean }[], teams: number[][]): Point[] {
  const pos: Point[] = nodes.map(() => ({ x: 0.5, y: 0.5 }));
  const core = hubs.filter((h) => h.core);
  core.forEach((h, i) => { pos[h.node] = { x: core.length === 1 ? 0.5 : 0.06 + (0.88 * i) / (core.length - 1), y: 0 }; });
  const teamOf = new Map<number, number>();
  teams.forEach((g, t) => g.forEach((i) => teamOf.set(i, t)));
  // Shelf packing of team circles into [0, 1] × [0.1, 0.88], radius by the square root of the team's size.
  const sizes = teams.map((g) => g.length);
  const totalTeam = sizes.reduce((a, b) => a + b, 0) || 1;
  const radii = sizes.map((n) => Math.max(0.04, Math.min(0.3, 0.33 * Math.sqrt(n / totalTeam))));
  let x = 0, y = 0.1, rowH = 0;
  const centres: Point[] = [];
  radii.forEach((r) => {
    if (x + 2 * r > 1.0001) { x = 0; y += rowH; rowH = 0; }
    centres.push({ x: x + r, y: y + r });
    x += 2 * r; rowH = Math.max(rowH, 2 * r);
  });
  const usedH = y + rowH - 0.1, usedW = Math.max(...centres.map((c, i) => c.x + radii[i]!), 0);
  const scale = Math.min(1, 0.78 / Math.max(usedH, 1e-9));
  // Each non-core artefact is drawn with the team holding most of its holders.
  const hubTeam = new Map<number, number>();
  for (const h of hubs) {
    if (h.core) continue;
    const votes = new Map<number, number>();
    for (const a of h.holders) { const t = teamOf.get(a); if (t !== undefined) votes.set(t, (votes.get(t) ?? 0) + 1); }
    const best = [...votes.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0];
    if (best) hubTeam.set(h.node, best[0]);
  }
  teams.forEach((g, t) => {
    const mine = hubs.filter((h) => hubTeam.get(h.node) === t);
    const members = [...g, ...mine.map((h) => h.node)];
    const local = new Map(members.map((n, k) => [n, k]));
    const edges = mine.flatMap((h) => h.holders.filter((a) => local.has(a)).map((a) => ({ a: local.get(a)!, b: local.get(h.node)! })));
    const inner = forceLayout(members.length, edges, 80);
    const c = centres[t]!, r = radii[t]! * scale;
    const cx = 0.5 + (c.x - usedW / 2) * scale, cy = 0.1 + (c.y - 0.1) * scale;
    members.forEach((n, k) => {
      const q = inner[k]!;
      pos[n] = { x: cx + (q.x - 0.5) * 1.6 * r, y: cy + (q.y - 0.5) * 1.6 * r };
    });
  });
  const loose = nodes.map((n, i) => (n.kind === 'account' && !teamOf.has(i) ? i : -1)).filter((i) => i >= 0);
  const perRow = 40;
  loose.forEach((i, k) => {
    const row = Math.floor(k / perRow), inRow = Math.min(perRow, loose.length - row * perRow);
    pos[i] = { x: inRow === 1 ? 0.5 : 0.03 + (0.94 * (k % perRow)) / (inRow - 1), y: 0.93 + row * 0.03 };
  });
  return pos.map((p) => ({ x: Math.min(1, Math.max(0, p.x)), y: Math.min(1, Math.max(0, p.y)) }));
}
