/**
 * Deterministic force-directed layout (Fruchterman–Reingold) for the account-link picture. Nodes start on a
 * golden-angle spiral instead of random points, so the same graph always draws the same picture without a PRNG.
 * O(n² · iterations): the caller caps the graph (a few hundred nodes) before layout.
 */

export interface Point { x: number; y: number }

export function forceLayout(nodeCount: number, edges: readonly { a: number; b: number }[], iterations = 120): Point[] {
  const n = nodeCount;
  if (n === 0) return [];
  const golden = Math.PI * (3 - Math.sqrt(5));
  const pos: Point[] = Array.from({ length: n }, (_, i) => {
    const r = Math.sqrt((i + 0.5) / n);
    return { x: r * Math.cos(i * golden), y: r * Math.sin(i * golden) };
  });
  const k = Math.sqrt(1 / n);
  const disp = Array.from({ length: n }, () => ({ x: 0, y: 0 }));
  let temp = 0.1;
  for (let it = 0; it < iterations; it++) {
    for (const d of disp) d.x = d.y = 0;
    for (let i = 0; i < n; i++) {
      const pi = pos[i]!;
      for (let j = i + 1; j < n; j++) {
        const pj = pos[j]!;
        let dx = pi.x - pj.x, dy = pi.y - pj.y;
        let d2 = dx * dx + dy * dy;
        if (d2 < 1e-9) { dx = 1e-3 * ((i % 7) - 3); dy = 1e-3 * ((j % 5) - 2); d2 = dx * dx + dy * dy + 1e-9; }
        const f = (k * k) / d2; // repulsion k²/d, applied along the unit vector (dx/d)
        disp[i]!.x += dx * f; disp[i]!.y += dy * f;
        disp[j]!.x -= dx * f; disp[j]!.y -= dy * f;
      }
    }
    for (const e of edges) {
      const a = pos[e.a]!, b = pos[e.b]!;
      const dx = a.x - b.x, dy = a.y - b.y;
      const d = Math.sqrt(dx * dx + dy * dy) + 1e-9;
      const f = d / k; // attraction d²/k along the unit vector
      disp[e.a]!.x -= dx * f; disp[e.a]!.y -= dy * f;
      disp[e.b]!.x += dx * f; disp[e.b]!.y += dy * f;
    }
    for (let i = 0; i < n; i++) {
      const d = disp[i]!, p = pos[i]!;
      const len = Math.sqrt(d.x * d.x + d.y * d.y) + 1e-12;
      const step = Math.min(len, temp);
      p.x += (d.x / len) * step;
      p.y += (d.y / len) * step;
      // Weak gravity keeps disconnected parts on the canvas.
      p.x *= 0.995; p.y *= 0.995;
    }
    temp *= 0.97;
  }
  // Unlinked nodes drift far and would squash the picture: lay them in a row along the bottom instead, and
  // normalise the linked ones into [0, 1] × [0, 0.9] (all of [0, 1]² when there is no isolated node).
  const degree = new Array<number>(n).fill(0);
  for (const e of edges) { degree[e.a]!++; degree[e.b]!++; }
  const isolated = degree.map((d, i) => (d === 0 ? i : -1)).filter((i) => i >= 0);
  const linked = isolated.length === n ? pos.map((_, i) => i) : degree.map((d, i) => (d > 0 ? i : -1)).filter((i) => i >= 0);
  const height = isolated.length && isolated.length < n ? 0.9 : 1;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const i of linked) { const p = pos[i]!; minX = Math.min(minX, p.x); maxX = Math.max(maxX, p.x); minY = Math.min(minY, p.y); maxY = Math.max(maxY, p.y); }
  const sx = maxX - minX || 1, sy = maxY - minY || 1;
  const out = pos.map((p) => ({ x: (p.x - minX) / sx, y: ((p.y - minY) / sy) * height }));
  if (height < 1) isolated.forEach((i, k) => { out[i] = { x: isolated.length === 1 ? 0.5 : k / (isolated.length - 1), y: 1 }; });
  return out;
}
