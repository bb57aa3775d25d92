/**
 * An append-only weighted undirected graph that graphology-communities-louvain reads as it reads a graphology
 * UndirectedGraph. Louvain on a large component (a thousand accounts, a few hundred thousand strong edges) spent
 * most of its time building the graphology graph (≈3 µs an edge: keys, adjacency objects, events) while the
 * algorithm only walks the nodes and the edges once, in insertion order. This class stores them in arrays and offers
 * exactly what graphology-communities-louvain 2.0 and graphology-indices 0.17 read: `order`, `size`,
 * `selfLoopCount`, `type`, `multi`, `forEachNode`, `forEachEdge` and `undirectedDegreeWithoutSelfLoops`, plus the
 * two methods graphology-utils' `isGraph` looks for. Same nodes and edges in the same order give the same
 * communities as a graphology graph (graph.test.ts checks this).
 */

type Attributes = Record<string, unknown>;

export class LouvainGraph {
  readonly type = 'undirected';
  readonly multi = false;
  readonly selfLoopCount = 0;
  private readonly nodes: string[] = [];
  private readonly nodeAttributes: Attributes[] = [];
  private readonly index = new Map<string, number>();
  private readonly degree: number[] = [];
  private readonly keys: string[] = [];
  /** Edge ends as node positions (names are in `nodes`). */
  private readonly sources: number[] = [];
  private readonly targets: number[] = [];
  private readonly edgeAttributes: Attributes[] = [];

  get order(): number {
    return this.nodes.length;
  }

  get size(): number {
    return this.keys.length;
  }

  addNode(node: string, attributes: Attributes = {}): string {
    if (this.index.has(node)) throw new Error(`LouvainGraph: node ${node} already exists`);
    this.index.set(node, this.nodes.length);
    this.nodes.push(node);
    this.nodeAttributes.push(attributes);
    this.degree.push(0);
    return node;
  }

  /** Adds an edge between two existing, distinct nodes (no self-loops, no parallel edges: the caller's pairs are unique). */
  addUndirectedEdgeWithKey(key: string, source: string, target: string, attributes: Attributes = {}): string {
    const s = this.index.get(source);
    const t = this.index.get(target);
    if (s === undefined || t === undefined || s === t) throw new Error(`LouvainGraph: cannot link ${source} and ${target}`);
    this.keys.push(key);
    this.sources.push(s);
    this.targets.push(t);
    this.edgeAttributes.push(attributes);
    this.degree[s]!++;
    this.degree[t]!++;
    return key;
  }

  dropNode(): never {
    throw new Error('LouvainGraph is append-only');
  }

  undirectedDegreeWithoutSelfLoops(node: string): number {
    const i = this.index.get(node);
    if (i === undefined) throw new Error(`LouvainGraph: no node ${node}`);
    return this.degree[i]!;
  }

  forEachNode(callback: (node: string, attributes: Attributes) => void): void {
    for (let i = 0; i < this.nodes.length; i++) callback(this.nodes[i]!, this.nodeAttributes[i]!);
  }

  forEachEdge(
    callback: (edge: string, attributes: Attributes, source: string, target: string, sourceAttributes: Attributes, targetAttributes: Attributes, undirected: boolean) => void,
  ): void {
    for (let e = 0; e < this.keys.length; e++) {
      const s = this.sources[e]!;
      const t = this.targets[e]!;
      callback(this.keys[e]!, this.edgeAttributes[e]!, this.nodes[s]!, this.nodes[t]!, this.nodeAttributes[s]!, this.nodeAttributes[t]!, true);
    }
  }
}
