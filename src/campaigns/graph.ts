/**
 * The account-link graph: each link group becomes sparse weighted edges among its members (a clique for small groups;
 * a ring plus pseudo-random chords for large ones, so a group of m accounts costs O(m) edges yet stays one well-knit
 * piece), then clusters: connected components over edges of meaningful weight, split by Louvain where a component is
 * only loosely held together (two campaigns sharing a proxy, or organic accounts pulled in by camouflage).
 */
import { createRequire } from 'node:module';
import { UndirectedGraph } from 'graphology';
import type { LouvainOptions } from 'graphology-communities-louvain';

// The package is CommonJS whose typings declare an ESM default; load it as what it is.
const louvain = createRequire(import.meta.url)('graphology-communities-louvain') as (g: UndirectedGraph, o?: LouvainOptions) => Record<string, number>;
import { LINK_WEIGHTS, STRONG_LINKS, type LinkGroup, type LinkType } from './links.js';

const CLIQUE_MAX = 12;
const CHORDS = 2;

export interface EdgeInfo {
  weight: number;
  /** Weight from strong (coordination) links only. */
  strong: number;
  /** Bit set of link types (index in LINK_TYPE_ORDER). */
  types: number;
}

export const LINK_TYPE_ORDER: LinkType[] = ['payment', 'signup-burst', 'signup-net', 'ip', 'prefix', 'client', 'frame', 'pivot', 'org'];

/** Pair key for two account indices (< 2^26 accounts). */
const pairKey = (a: number, b: number): number => (a < b ? a * 67_108_864 + b : b * 67_108_864 + a);

function mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

export class LinkGraph {
  readonly edges = new Map<number, EdgeInfo>();
  readonly adjacency = new Map<number, Set<number>>();

  private addEdge(a: number, b: number, w: number, typeBit: number, strong: boolean): void {
    if (a === b) return;
    const k = pairKey(a, b);
    const e = this.edges.get(k);
    if (e) {
      // Several artefacts of one type between the same pair add little; a new type adds fully.
      const add = e.types & typeBit ? w * 0.25 : w;
      e.weight += add;
      if (strong) e.strong += add;
      e.types |= typeBit;
    } else {
      this.edges.set(k, { weight: w, strong: strong ? w : 0, types: typeBit });
      let s = this.adjacency.get(a);
      if (!s) this.adjacency.set(a, (s = new Set()));
      s.add(b);
      let t = this.adjacency.get(b);
      if (!t) this.adjacency.set(b, (t = new Set()));
      t.add(a);
    }
  }

  edge(a: number, b: number): EdgeInfo | undefined {
    return this.edges.get(pairKey(a, b));
  }

  addGroup(g: LinkGroup, include: (account: number) => boolean): void {
    const members = [...g.members].filter(include).sort((x, y) => x - y);
    const m = members.length;
    if (m < 2) return;
    const w = LINK_WEIGHTS[g.type];
    const bit = 1 << LINK_TYPE_ORDER.indexOf(g.type);
    const strong = STRONG_LINKS.has(g.type);
    if (m <= CLIQUE_MAX) {
      for (let i = 0; i < m; i++) for (let j = i + 1; j < m; j++) this.addEdge(members[i]!, members[j]!, w, bit, strong);
      return;
    }
    let seed = 0;
    for (let i = 0; i < g.key.length; i++) seed = Math.imul(seed ^ g.key.charCodeAt(i), 16777619);
    for (let i = 0; i < m; i++) {
      this.addEdge(members[i]!, members[(i + 1) % m]!, w, bit, strong);
      for (let c = 0; c < CHORDS; c++) {
        const j = mix32(seed ^ Math.imul(i + 1, 0x9e3779b1) ^ (c * 0x85ebca6b)) % m;
        this.addEdge(members[i]!, members[j]!, w, bit, strong);
      }
    }
  }

  /**
   * Clusters of accounts: components over edges whose strong (coordination) weight is ≥ minWeight, loosely joined
   * ones split by Louvain.
   */
  clusters(minWeight: number, minSize: number): number[][] {
    const parent = new Map<number, number>();
    const find = (x: number): number => {
      let r = x;
      while (parent.get(r)! !== r) r = parent.get(r)!;
      while (parent.get(x)! !== r) {
        const n = parent.get(x)!;
        parent.set(x, r);
        x = n;
      }
      return r;
    };
    for (const [k, e] of this.edges) {
      if (e.strong < minWeight) continue;
      const a = Math.floor(k / 67_108_864);
      const b = k % 67_108_864;
      if (!parent.has(a)) parent.set(a, a);
      if (!parent.has(b)) parent.set(b, b);
      const ra = find(a);
      const rb = find(b);
      if (ra !== rb) parent.set(ra, rb);
    }
    const comps = new Map<number, number[]>();
    for (const x of parent.keys()) {
      const r = find(x);
      let c = comps.get(r);
      if (!c) comps.set(r, (c = []));
      c.push(x);
    }
    const out: number[][] = [];
    for (const comp of comps.values()) {
      if (comp.length < minSize) continue;
      if (comp.length < 4 * minSize) out.push(comp);
      else for (const part of this.split(comp, minWeight)) if (part.length >= minSize) out.push(part);
    }
    return out;
  }

  /** Louvain inside one component; communities joined by a large share of their edge weight are merged back. */
  private split(comp: number[], minWeight: number): number[][] {
    const g = new UndirectedGraph();
    const inComp = new Set(comp);
    for (const a of comp) g.addNode(String(a));
    for (const a of comp) {
      for (const b of this.adjacency.get(a) ?? []) {
        if (b <= a || !inComp.has(b)) continue;
        const e = this.edge(a, b)!;
        if (e.strong >= minWeight) g.addEdge(String(a), String(b), { weight: e.strong });
      }
    }
    let state = 42;
    const rng = (): number => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return state / 4294967296;
    };
    const mapping = louvain(g, { getEdgeWeight: 'weight', rng, resolution: 0.5 });
    const ids = [...new Set(Object.values(mapping))];
    // Weight within and between communities.
    const within = new Map<number, number>();
    const between = new Map<string, number>();
    g.forEachEdge((_e: string, attr: Record<string, unknown>, s: string, t: string) => {
      const cs = mapping[s]!;
      const ct = mapping[t]!;
      const w = (attr as { weight: number }).weight;
      if (cs === ct) within.set(cs, (within.get(cs) ?? 0) + w);
      else {
        const key = cs < ct ? `${cs}|${ct}` : `${ct}|${cs}`;
        between.set(key, (between.get(key) ?? 0) + w);
      }
    });
    const parent = new Map(ids.map((i) => [i, i]));
    const find = (x: number): number => {
      while (parent.get(x)! !== x) x = parent.get(x)!;
      return x;
    };
    for (const [key, w] of between) {
      const [a, b] = key.split('|').map(Number) as [number, number];
      const wa = within.get(a) ?? 0;
      const wb = within.get(b) ?? 0;
      if (w >= 0.1 * Math.min(wa, wb)) parent.set(find(a), find(b));
    }
    const groups = new Map<number, number[]>();
    for (const [node, c] of Object.entries(mapping)) {
      const r = find(c);
      let arr = groups.get(r);
      if (!arr) groups.set(r, (arr = []));
      arr.push(Number(node));
    }
    return [...groups.values()];
  }
}
