/**
 * An append-only weighted undirected graph that graphology-communities-louvain reads as it reads a graphology
 * UndirectedGraph. Louvain on a large component (a thousand accounts, a few hundred thousand strong edges) spent
 * most of its time building the graphology graph (≈3 µs an edge: keys, adjacency objects, events) while the
 * algorithm only walks the nodes and the edges once, in insertion order. This class stores them in typed arrays and
 * offers exactly what graphology-communities-louvain 2.0 and graphology-indices 0.17 read: `order`, `size`,
 * `selfLoopCount`, `type`, `multi`, `forEachNode`, `forEachEdge` and `undirectedDegreeWithoutSelfLoops`, plus the
 * two methods graphology-utils' `isGraph` looks for. Same nodes and edges in the same order give the same
 * communities as a graphology graph (graph.test.ts checks this).
 *
 * Edge keys and attribute objects are made as `forEachEdge` hands them out (Louvain reads the weight and drops them):
 * kept per edge they cost ≈ 100 bytes an edge, hundreds of megabytes at once when a scale-1 campaign is split.
 */

type Attributes = Record<string, unknown>;

const NO_ATTRIBUTES: Attributes = Object.freeze({});

export class LouvainGraph {
  readonly type = 'undirected';
  readonly multi = false;
  readonly selfLoopCount = 0;
  private readonly nodes: string[] = [];
  private readonly index = new Map<string, number>();
  private readonly degree: number[] = [];
  private edges = 0;
  /** Edge ends as node positions, and weights, by edge. */
  private sources = new Int32Array(1024);
  private targets = new Int32Array(1024);
  private weights = new Float64Array(1024);

  get order(): number {
    return this.nodes.length;
  }

  get size(): number {
    return this.edges;
  }

  /** Adds a node; returns its position (what addEdge takes). */
  addNode(node: string): number {
    if (this.index.has(node)) throw new Error(`LouvainGraph: node ${node} already exists`);
    this.index.set(node, this.nodes.length);
    this.nodes.push(node);
    this.degree.push(0);
    return this.nodes.length - 1;
  }

  /** Adds an edge between two distinct nodes, by position (no parallel edges: the caller's pairs are unique). */
  addEdge(source: number, target: number, weight: number): void {
    if (source === target || source < 0 || target < 0 || source >= this.nodes.length || target >= this.nodes.length) {
      throw new Error(`LouvainGraph: cannot link ${source} and ${target}`);
    }
    if (this.edges === this.sources.length) {
      const grow = <T extends Int32Array | Float64Array>(a: T, next: T): T => (next.set(a), next);
      const n = this.edges * 2;
      this.sources = grow(this.sources, new Int32Array(n));
      this.targets = grow(this.targets, new Int32Array(n));
      this.weights = grow(this.weights, new Float64Array(n));
    }
    const e = this.edges++;
    this.sources[e] = source;
    this.targets[e] = target;
    this.weights[e] = weight;
    this.degree[source]!++;
    this.degree[target]!++;
  }

  /** For graphology-utils' isGraph only: edges are added by position (addEdge). */
  addUndirectedEdgeWithKey(): never {
    throw new Error('LouvainGraph: use addEdge');
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
    for (let i = 0; i < this.nodes.length; i++) callback(this.nodes[i]!, NO_ATTRIBUTES);
  }

  /** Edges in insertion order, keyed by position, each with a fresh `{ weight }`. */
  forEachEdge(
    callback: (edge: string, attributes: Attributes, source: string, target: string, sourceAttributes: Attributes, targetAttributes: Attributes, undirected: boolean) => void,
  ): void {
    for (let e = 0; e < this.edges; e++) {
      callback(String(e), { weight: this.weights[e]! }, this.nodes[this.sources[e]!]!, this.nodes[this.targets[e]!]!, NO_ATTRIBUTES, NO_ATTRIBUTES, true);
    }
  }
}
