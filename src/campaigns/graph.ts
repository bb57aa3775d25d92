/**
 * The account-link graph, built incrementally: each join of an account to a link group adds a few weighted edges
 * (to every member of a small group; to the previous joiner and two pseudo-random members of a large one, so a
 * group of m accounts costs O(m) edges yet stays one well-knit piece). Components over strong (coordination) edges
 * are kept by an incremental union-find; large components are split by Louvain where they are only loosely held
 * together (two campaigns sharing a wrapper library, organic accounts pulled in by camouflage). Degrees are bounded
 * (DEGREE_CAP), so memory grows with the number of accounts, not with the square of a campaign's size.
 */
import { createRequire } from 'node:module';
import type { LouvainOptions } from 'graphology-communities-louvain';
import { LINK_WEIGHTS, STRONG_LINKS, type LinkGroup, type LinkType } from './links.js';
import { LouvainGraph } from './louvain-graph.js';
import { NeighbourLists, type Neighbours } from './neighbours.js';
import { mix32 } from '../collections/hash-table.js';
import type { ReadonlyCounts } from '../collections/u32-counts.js';

// The package is CommonJS whose typings declare an ESM default; load it as what it is. It reads a LouvainGraph as it
// reads a graphology graph (see louvain-graph.ts).
const louvain = createRequire(import.meta.url)('graphology-communities-louvain') as (g: LouvainGraph, o?: LouvainOptions) => Record<string, number>;

const CLIQUE_MAX = 12;
const RESPLIT_MS = 6 * 3_600_000;
const CHORDS = 2;
/**
 * Degree bound. Accounts of one large operation meet in thousands of shared artefacts, and a graph that kept every
 * pair would grow with the square of the campaign (hundreds of millions of edges at tens of thousands of accounts).
 * Once one end of a new pair has DEGREE_CAP neighbours and the other DEGREE_FLOOR, the pair is kept only if it brings
 * a link type new to one of its ends; pairs already linked keep gaining weight. Every account thus keeps a few
 * hundred ties into its operation and one of each kind, which is what components, Louvain, peeling and the campaign
 * score read, at O(accounts) edges. (At 128 the campaigns of june-2026 --scale 0.05 were recovered with Jaccard 0.92
 * instead of 0.99: edges kept first, before the cap, then weigh too much; at 512 the figures do not move.)
 */
export const DEGREE_CAP = 512;
const DEGREE_FLOOR = 32;

export interface EdgeInfo {
  weight: number;
  /** Weight from strong (coordination) links only. */
  strong: number;
  /** Bit set of link types (index in LINK_TYPE_ORDER). */
  types: number;
}

export const LINK_TYPE_ORDER: LinkType[] = ['payment', 'signup-burst', 'signup-net', 'ip', 'prefix', 'client', 'frame', 'pivot', 'org', 'variant', 'spoof', 'intel'];
const TYPE_BIT = new Map<LinkType, number>(LINK_TYPE_ORDER.map((t, i) => [t, 1 << i]));

function hashKey(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

export interface GraphOptions {
  /** Strong weight between two accounts that joins their components (default 1). */
  minStrong?: number;
  /**
   * Louvain communities are merged back when their operational profiles (software: templates used or the spoofed
   * client sent through; networks used; hours of activity) are at least this similar (mean cosine): Louvain also cuts
   * one homogeneous campaign into chunks (any sparse random graph has positive-modularity splits), and chunks of one
   * operation share one toolkit, one proxy pool and one schedule, while two operations that merely share a public
   * wrapper library do not.
   */
  mergeSimilarity?: number;
}

/** What an account's operation looks like: the templates, networks and hours it uses (AccountState fits). */
export interface AccountProfile {
  readonly frames: ReadonlyCounts;
  readonly asns: readonly number[];
  readonly hourOfDay: ArrayLike<number>;
}
export type ProfileSource = (account: number) => AccountProfile | undefined;

/** A sparse vector scaled to unit length, keys ascending (dot products by one merge walk). */
interface UnitVector {
  keys: number[];
  values: number[];
}

function unitVector(m: Map<number, number>): UnitVector {
  const keys = [...m.keys()].sort((a, b) => a - b);
  let norm = 0;
  for (const v of m.values()) norm += v * v;
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  return { keys, values: keys.map((k) => m.get(k)! * scale) };
}

/**
 * The vector without one key, still scaled by the norm that key was part of: members without a spoofed client weigh
 * down a community's spoofed-client share, but two communities are never alike for what their members do *not* send
 * (two operations' chunks, each mostly honest clients with a stray spoofer, had a toolkit cosine of 1).
 */
function withoutKey(v: UnitVector, key: number): UnitVector {
  const i = v.keys.indexOf(key);
  if (i < 0) return v;
  return { keys: v.keys.filter((_, j) => j !== i), values: v.values.filter((_, j) => j !== i) };
}

/** Cosine of two unit vectors (0 when either is empty). */
function dot(a: UnitVector, b: UnitVector): number {
  let sum = 0;
  for (let i = 0, j = 0; i < a.keys.length && j < b.keys.length; ) {
    const x = a.keys[i]!;
    const y = b.keys[j]!;
    if (x === y) sum += a.values[i++]! * b.values[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

/**
 * The members an account newly joined to a group is linked to: all of them in a small group, else the one before it
 * and CHORDS others picked by a hash of the key and the group's size (the same picks wherever the group is kept).
 */
export function joinPartners(g: LinkGroup): number[] {
  const m = g.list.length - 1;
  if (m <= 0) return [];
  if (m <= CLIQUE_MAX) return g.list.slice(0, m);
  const out = [g.list[m - 1]!];
  const seed = hashKey(g.key);
  for (let c = 0; c < CHORDS; c++) out.push(g.list[mix32(seed ^ Math.imul(m, 0x9e3779b1) ^ (c * 0x85ebca6b)) % m]!);
  return out;
}

interface OperationProfile {
  frames: UnitVector;
  /** Spoofed clients of the members, members without one under NO_TOOLKIT (empty when no member has one). */
  toolkits: UnitVector;
  asns: UnitVector;
  hours: UnitVector;
}

/** Edges per page of the edge table (LinkGraph): 320 KiB a page. */
const EDGE_PAGE_BITS = 15;
const EDGE_PAGE = 1 << EDGE_PAGE_BITS;
const EDGE_PAGE_MASK = EDGE_PAGE - 1;
/** An edge's floats in its page: weight and strong weight. Its link types are a 16-bit word after the page's floats. */
const EDGE_FLOATS = 2;
const WEIGHT = 0;
const STRONG = 1;
/** Link types are bits of a 16-bit word (edges) or an account's word (`nodeTypes`). */
if (LINK_TYPE_ORDER.length > 16) throw new Error(`graph: ${LINK_TYPE_ORDER.length} link types do not fit the 16-bit type words`);

export class LinkGraph {
  /**
   * Each account's neighbours, in the order their edges appeared, with the id of the edge (both ends share one id);
   * the edge's weights and types are in typed arrays by id (`weight`, `strong`, `types`). A scale-1 replay holds
   * millions of edges: an object per edge cost four times the memory, a Map per account twice. Weights are single
   * precision (sums of a few link weights; the sums that meet the strong-link bar exactly are of binary fractions,
   * exact in either precision). An edge's two weights sit side by side in pages of EDGE_PAGE edges that never move,
   * its link types (a bit each: 12 types) in 16 bits after the page's weights, 10 bytes an edge (a Float32Array and a
   * Uint16Array over one buffer): the table grows without a copy, which, grown by half, held 2.5 times its data while
   * the old arrays waited to be collected (a scale-1 replay had 6.2M edges by its 8th day).
   */
  private readonly lists = new NeighbourLists();
  private readonly edgeFloats: Float32Array[] = [];
  private readonly edgeTypes: Uint16Array[] = [];
  private edgeTotal = 0;
  /**
   * Link types each account has an edge of (an account keeps at least one edge of every type it is linked by), by
   * account index (grown on demand).
   */
  private nodeTypes = new Uint16Array(1024);
  private readonly parent = new Map<number, number>();
  private readonly members = new Map<number, number[]>();
  /** Louvain result per component root: the size it was computed at, how many members it has placed since, its parts. */
  private readonly splitCache = new Map<number, { splitAt: number; placed: number; at: number; parts: number[][] }>();
  private readonly minStrong: number;
  private readonly mergeSimilarity: number;
  /**
   * The spoofed client (hashed 'spoof' key: the TLS stack under a user agent foreign to it) each account sends
   * through, the latest if several: the operation's software on the wire, known from its first such request, hours or
   * days before its accounts have used a template often enough to share it (see mergeSimilar).
   */
  private readonly toolkits = new Map<number, number>();

  constructor(options: GraphOptions = {}) {
    this.minStrong = options.minStrong ?? 1;
    this.mergeSimilarity = options.mergeSimilarity ?? 0.7;
  }

  /** JoinListener for LinkIndex: links the newest member of a group to some of those already there. */
  readonly onJoin = (g: LinkGroup, account: number): void => {
    const m = g.list.length - 1; // members before this one
    if (m <= 0) return;
    this.link(g.type, g.key, account, joinPartners(g), m);
  };

  /**
   * Links `account`, newly joined to the group (type, key) that held `before` members, to `partners` (joinPartners):
   * the same edges as onJoin, for a group kept elsewhere (an artefact shard, cluster/artefact-shard.ts).
   */
  link(type: LinkType, key: string, account: number, partners: readonly number[], before: number): void {
    if (type === 'spoof') {
      // The group's first member joined alone (no call): it is recorded with the second.
      const t = hashKey(key);
      this.toolkits.set(account, t);
      if (before === 1 && partners.length > 0) this.toolkits.set(partners[0]!, t);
    }
    const w = LINK_WEIGHTS[type];
    const bit = TYPE_BIT.get(type)!;
    const strong = STRONG_LINKS.has(type);
    for (const p of partners) this.addEdge(p, account, w, bit, strong);
  }

  /** An account's neighbours (none for an account without edges). */
  neighbours(a: number): Neighbours {
    return this.lists.of(a);
  }

  private addEdge(a: number, b: number, w: number, typeBit: number, strong: boolean): void {
    if (a === b) return;
    const lists = this.lists;
    let id = lists.get(a, b);
    if (id >= 0) {
      // Several artefacts of one type between the same pair add little; a new type adds fully.
      const f = this.edgeFloats[id >>> EDGE_PAGE_BITS]!;
      const t = this.edgeTypes[id >>> EDGE_PAGE_BITS]!;
      const at = (id & EDGE_PAGE_MASK) * EDGE_FLOATS;
      const add = t[id & EDGE_PAGE_MASK]! & typeBit ? w * 0.25 : w;
      f[at + WEIGHT]! += add;
      if (strong) f[at + STRONG]! += add;
      t[id & EDGE_PAGE_MASK]! |= typeBit;
    } else {
      const da = lists.size(a);
      const db = lists.size(b);
      if (Math.max(da, db) >= DEGREE_CAP && Math.min(da, db) >= DEGREE_FLOOR && this.hasType(a, typeBit) && this.hasType(b, typeBit)) return;
      id = this.edgeTotal++;
      if ((id & EDGE_PAGE_MASK) === 0) {
        const page = new ArrayBuffer(EDGE_PAGE * (EDGE_FLOATS * 4 + 2));
        this.edgeFloats.push(new Float32Array(page, 0, EDGE_PAGE * EDGE_FLOATS));
        this.edgeTypes.push(new Uint16Array(page, EDGE_PAGE * EDGE_FLOATS * 4, EDGE_PAGE));
      }
      const at = (id & EDGE_PAGE_MASK) * EDGE_FLOATS;
      const f = this.edgeFloats[id >>> EDGE_PAGE_BITS]!;
      f[at + WEIGHT] = w;
      f[at + STRONG] = strong ? w : 0;
      this.edgeTypes[id >>> EDGE_PAGE_BITS]![id & EDGE_PAGE_MASK] = typeBit;
      lists.add(a, b, id);
      lists.add(b, a, id);
    }
    if (Math.max(a, b) >= this.nodeTypes.length) {
      const next = new Uint16Array(Math.max(Math.max(a, b) + 1, Math.ceil(this.nodeTypes.length * 1.5)));
      next.set(this.nodeTypes);
      this.nodeTypes = next;
    }
    this.nodeTypes[a]! |= typeBit;
    this.nodeTypes[b]! |= typeBit;
    if (strong && this.strong(id) >= this.minStrong) this.union(a, b);
  }

  private hasType(a: number, typeBit: number): boolean {
    return a < this.nodeTypes.length && (this.nodeTypes[a]! & typeBit) !== 0;
  }

  /** Total weight of an edge (by id, from `neighbours`). */
  weight(id: number): number {
    return this.edgeFloats[id >>> EDGE_PAGE_BITS]![(id & EDGE_PAGE_MASK) * EDGE_FLOATS + WEIGHT]!;
  }

  /** Weight of an edge from strong (coordination) links only. */
  strong(id: number): number {
    return this.edgeFloats[id >>> EDGE_PAGE_BITS]![(id & EDGE_PAGE_MASK) * EDGE_FLOATS + STRONG]!;
  }

  /** Bit set of an edge's link types (index in LINK_TYPE_ORDER). */
  types(id: number): number {
    return this.edgeTypes[id >>> EDGE_PAGE_BITS]![id & EDGE_PAGE_MASK]!;
  }

  /** The edge between two accounts, as a copy (for tests and evidence; the hot paths read by id). */
  edge(a: number, b: number): EdgeInfo | undefined {
    const id = this.lists.get(a, b);
    return id < 0 ? undefined : { weight: this.weight(id), strong: this.strong(id), types: this.types(id) };
  }

  /** Number of distinct linked pairs. */
  get edgeCount(): number {
    return this.edgeTotal;
  }

  /** The accounts of the component (over strong edges) holding `a`, or null when it has none. */
  componentOf(a: number): readonly number[] | null {
    if (!this.parent.has(a)) return null;
    return this.members.get(this.find(a)) ?? null;
  }

  private find(x: number): number {
    let r = x;
    for (let p = this.parent.get(r); p !== undefined && p !== r; p = this.parent.get(r)) r = p;
    while (x !== r) {
      const n = this.parent.get(x)!;
      this.parent.set(x, r);
      x = n;
    }
    return r;
  }

  private union(a: number, b: number): void {
    if (!this.parent.has(a)) {
      this.parent.set(a, a);
      this.members.set(a, [a]);
    }
    if (!this.parent.has(b)) {
      this.parent.set(b, b);
      this.members.set(b, [b]);
    }
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return;
    let ma = this.members.get(ra)!;
    let mb = this.members.get(rb)!;
    if (ma.length < mb.length) {
      [ra, rb] = [rb, ra];
      [ma, mb] = [mb, ma];
    }
    for (const x of mb) ma.push(x);
    this.members.delete(rb);
    this.parent.set(rb, ra);
  }

  /** Clusters: components over strong edges, large ones split by Louvain (cached until they grow by 10%). */
  clusters(minSize: number, profile?: ProfileSource, now = 0): number[][] {
    const out: number[][] = [];
    for (const [root, comp] of this.members) {
      if (comp.length < minSize) continue;
      if (comp.length < 4 * minSize) {
        out.push(comp);
        continue;
      }
      let cached = this.splitCache.get(root);
      // Louvain again when the component has grown by 5%, or by 1% over six hours; newcomers in between go to the
      // part they are most tied to (a component of tens of thousands costs seconds to split).
      if (!cached || comp.length > cached.splitAt * 1.05 || (comp.length > cached.splitAt * 1.01 && now - cached.at >= RESPLIT_MS)) {
        cached = { splitAt: comp.length, placed: comp.length, at: now, parts: this.split(comp, profile) };
        this.splitCache.set(root, cached);
      } else if (comp.length > cached.placed) {
        this.assignNewcomers(comp, cached.parts);
        cached.placed = comp.length;
      }
      for (const part of cached.parts) if (part.length >= minSize) out.push(part);
    }
    return out;
  }

  /** Members that joined a component since its last split go to the part they are most strongly tied to. */
  private assignNewcomers(comp: number[], parts: number[][]): void {
    const partOf = new Map<number, number>();
    parts.forEach((p, i) => p.forEach((a) => partOf.set(a, i)));
    for (const a of comp) {
      if (partOf.has(a)) continue;
      const w = new Array<number>(parts.length).fill(0);
      const nb = this.neighbours(a);
      for (let k = 0; k < nb.size; k++) {
        const i = partOf.get(nb.neighbour(k));
        if (i !== undefined) w[i]! += this.strong(nb.edge(k));
      }
      let best = 0;
      for (let i = 1; i < w.length; i++) if (w[i]! > w[best]!) best = i;
      parts[best]?.push(a);
      partOf.set(a, best);
    }
  }

  /** Louvain inside one component; communities with one operational profile are merged back. */
  private split(comp: number[], profile?: ProfileSource): number[][] {
    const g = new LouvainGraph();
    // Node positions by account: an edge names two, and the lookup also tests membership of the component.
    const position = new Map<number, number>();
    for (const a of comp) position.set(a, g.addNode(String(a)));
    for (const a of comp) {
      const source = position.get(a)!;
      const nb = this.neighbours(a);
      for (let k = 0; k < nb.size; k++) {
        const b = nb.neighbour(k);
        const strong = this.strong(nb.edge(k));
        if (b <= a || strong < this.minStrong) continue;
        const target = position.get(b);
        if (target !== undefined) g.addEdge(source, target, strong);
      }
    }
    let state = 42;
    const rng = (): number => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return state / 4294967296;
    };
    const mapping = louvain(g, { getEdgeWeight: 'weight', rng, resolution: 1 });
    const communities = new Map<number, number[]>();
    for (const [node, c] of Object.entries(mapping)) {
      let arr = communities.get(c);
      if (!arr) communities.set(c, (arr = []));
      arr.push(Number(node));
    }
    const ids = [...communities.keys()];
    const parent = new Map(ids.map((i) => [i, i]));
    const find = (x: number): number => {
      while (parent.get(x)! !== x) x = parent.get(x)!;
      return x;
    };
    if (profile && ids.length > 1) this.mergeSimilar(ids, communities, profile, (a, b) => parent.set(find(a), find(b)));
    const groups = new Map<number, number[]>();
    for (const [c, nodes] of communities) {
      const r = find(c);
      const arr = groups.get(r);
      if (arr) for (const x of nodes) arr.push(x);
      else groups.set(r, [...nodes]);
    }
    return [...groups.values()];
  }

  /**
   * Calls `merge` for each pair of communities whose operational profiles are at least mergeSimilarity alike (mean
   * cosine of software, networks and hours). Hours alone reach at most a third, so a similar pair shares a template,
   * a spoofed client or a network: only such pairs are compared (an inverted index), which keeps the step near-linear
   * when Louvain cuts a large campaign into many chunks.
   *
   * Software is the templates' cosine or the spoofed clients', whichever is higher. Louvain cuts a group held by one
   * spoofed client (its first dozen joiners a clique, later ones a chain with chords) where the edges thin out, hours
   * after the group forms and a day or more before its accounts share templates; with templates alone the chunks
   * stayed apart (one operation, two clusters each too small for its evidence to show) until templates formed. Members
   * without a spoofed client count in its vector's norm, so a community that merely holds a few spoofing accounts is
   * not alike, but not as a dimension of their own (see withoutKey). Evade: a different spoofed stack per chunk of
   * accounts (then each chunk is a spoof group of its own), or a TLS-impersonation library (no spoof link at all).
   */
  private mergeSimilar(ids: number[], communities: Map<number, number[]>, profile: ProfileSource, merge: (a: number, b: number) => void): void {
    const profiles = ids.map((c) => this.communityProfile(communities.get(c)!, profile));
    // Templates, networks and spoofed clients as one key space: the community lists of each key, and each community's
    // keys.
    const keys = profiles.map((p) => [...p.frames.keys.map((k) => `f${k}`), ...p.asns.keys.map((k) => `a${k}`), ...p.toolkits.keys.filter((k) => k !== NO_TOOLKIT).map((k) => `t${k}`)]);
    const holders = new Map<string, number[]>();
    keys.forEach((list, i) => {
      for (const key of list) pushTo(holders, key, i);
    });
    const need = 3 * this.mergeSimilarity;
    const compared = new Int32Array(ids.length).fill(-1);
    for (let i = 0; i < ids.length; i++) {
      const a = profiles[i]!;
      compared[i] = i;
      for (const key of keys[i]!) {
        for (const j of holders.get(key)!) {
          if (j <= i || compared[j] === i) continue;
          compared[j] = i;
          const b = profiles[j]!;
          const software = Math.max(dot(a.frames, b.frames), dot(a.toolkits, b.toolkits));
          if (software + dot(a.asns, b.asns) + dot(a.hours, b.hours) >= need) merge(ids[i]!, ids[j]!);
        }
      }
    }
  }

  /** Summed per-account profiles, each account weighted equally (spoofed clients from the graph's own record). */
  private communityProfile(nodes: number[], profile: ProfileSource): OperationProfile {
    const frames = new Map<number, number>();
    const asns = new Map<number, number>();
    const hours = new Map<number, number>();
    const toolkits = new Map<number, number>();
    let spoofing = false;
    for (const a of nodes) {
      const t = this.toolkits.get(a) ?? NO_TOOLKIT;
      if (t !== NO_TOOLKIT) spoofing = true;
      toolkits.set(t, (toolkits.get(t) ?? 0) + 1);
      const p = profile(a);
      if (!p) continue;
      let total = 0;
      p.frames.forEach((c) => (total += c));
      p.frames.forEach((c, f) => {
        if (c >= 3) frames.set(f, (frames.get(f) ?? 0) + c / total);
      });
      for (const asn of p.asns) asns.set(asn, (asns.get(asn) ?? 0) + 1 / p.asns.length);
      const hourOfDay = p.hourOfDay;
      let h = 0;
      for (let i = 0; i < 24; i++) h += hourOfDay[i]!;
      for (let i = 0; i < 24; i++) if (hourOfDay[i]! > 0) hours.set(i, (hours.get(i) ?? 0) + hourOfDay[i]! / h);
    }
    return { frames: unitVector(frames), toolkits: spoofing ? withoutKey(unitVector(toolkits), NO_TOOLKIT) : unitVector(new Map()), asns: unitVector(asns), hours: unitVector(hours) };
  }
}

/** Toolkit key of members that send through no spoofed client (hashKey is never negative). */
const NO_TOOLKIT = -1;

function pushTo(m: Map<string, number[]>, key: string, v: number): void {
  const list = m.get(key);
  if (list) list.push(v);
  else m.set(key, [v]);
}
