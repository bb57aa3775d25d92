/**
 * Inline SVG charts, shared by the case file and the dashboard. Plain strings, no chart library and no
 * script, so a case file opens offline, prints to PDF and survives e-mail. Colours come from CSS classes
 * (web/style.css) so print and screen can differ; every chart has a <title> for screen readers.
 */
import type { Point } from './layout.js';

export const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const f1 = (x: number): string => (Math.round(x * 10) / 10).toString();

/** Round axis maximum and ticks: 0, 1/2/5 × 10^k steps. */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const ticks: number[] = [];
  for (let t = 0; t <= max + step * 0.999; t += step) ticks.push(Math.round(t * 1e6) / 1e6);
  return ticks;
}

export function compact(n: number): string {
  if (Math.abs(n) >= 1e6) return `${f1(n / 1e6)}M`;
  if (Math.abs(n) >= 1e3) return `${f1(n / 1e3)}k`;
  return f1(n);
}

/** `counts`, when given, is what each bar's tooltip states (bars drawn on a log scale still tell the count). */
export interface Series { name: string; cls: string; values: number[]; counts?: number[] }

const W = 720, H = 240, L = 56, R = 12, T = 16, B = 40;

function frame(title: string, body: string, id: string, w = W, h = H): string {
  return `<svg class="chart" data-chart="${esc(id)}" viewBox="0 0 ${w} ${h}" width="100%" role="img" aria-label="${esc(title)}" xmlns="http://www.w3.org/2000/svg"><title>${esc(title)}</title>${body}</svg>`;
}

/** Legend entries side by side, each as wide as its name needs (about 6.5 px a character), so long names never overprint. */
function legend(series: { name: string; cls: string }[], x: number, y: number): string {
  let at = x;
  return series.map((s) => {
    const entry = `<rect class="${s.cls}" x="${at}" y="${y - 9}" width="12" height="10"/><text class="lbl" x="${at + 17}" y="${y}">${esc(s.name)}</text>`;
    at += Math.max(170, 17 + s.name.length * 6.5 + 24);
    return entry;
  }).join('');
}

/**
 * Lines over categorical x (days, hours). `share: true` plots each series as its share of its own total; `marks`
 * draws a vertical line at each of those x indices (e.g. the hours a region spiked).
 */
export function lineChart(opts: { id: string; title: string; labels: string[]; series: Series[]; share?: boolean; labelEvery?: number; marks?: number[] }): string {
  const n = opts.labels.length;
  const series = opts.series.map((s) => {
    const tot = s.values.reduce((a, b) => a + b, 0) || 1;
    return { ...s, values: opts.share ? s.values.map((v) => v / tot) : s.values };
  });
  const max = Math.max(0, ...series.flatMap((s) => s.values));
  const ticks = niceTicks(max);
  const top = ticks[ticks.length - 1] || 1;
  const x = (i: number) => L + (n <= 1 ? (W - L - R) / 2 : (i * (W - L - R)) / (n - 1));
  const y = (v: number) => T + (H - T - B) * (1 - v / top);
  let body = ticks.map((t) => `<line class="grid" x1="${L}" x2="${W - R}" y1="${f1(y(t))}" y2="${f1(y(t))}"/><text class="tick" x="${L - 6}" y="${f1(y(t) + 4)}" text-anchor="end">${opts.share ? `${Math.round(t * 100)}%` : compact(t)}</text>`).join('');
  const every = opts.labelEvery ?? Math.max(1, Math.ceil(n / 8));
  body += opts.labels.map((l, i) => (i % every === 0 ? `<text class="tick" x="${f1(x(i))}" y="${H - B + 16}" text-anchor="middle">${esc(l)}</text>` : '')).join('');
  for (const i of opts.marks ?? []) body += `<line class="mark" x1="${f1(x(i))}" x2="${f1(x(i))}" y1="${T}" y2="${H - B}"><title>${esc(opts.labels[i] ?? '')}</title></line>`;
  for (const s of series) {
    const pts = s.values.map((v, i) => `${f1(x(i))},${f1(y(v))}`).join(' ');
    body += `<polyline class="line ${s.cls}" fill="none" points="${pts}"><title>${esc(s.name)}</title></polyline>`;
  }
  body += legend(series, L, H - 6);
  return frame(opts.title, body, opts.id);
}

/** Vertical bars, stacked when several series are given (e.g. campaign sign-ups over everyone else's). */
/** `tips` names each bar in its tooltip where the axis label is short (a bin's range, not its start). */
export function stackedBars(opts: { id: string; title: string; labels: string[]; series: Series[]; labelEvery?: number; tickFormat?: (v: number) => string; tips?: string[] }): string {
  const n = opts.labels.length;
  const totals = opts.labels.map((_, i) => opts.series.reduce((t, s) => t + (s.values[i] ?? 0), 0));
  const ticks = niceTicks(Math.max(0, ...totals));
  const top = ticks[ticks.length - 1] || 1;
  const bw = (W - L - R) / Math.max(1, n);
  const y = (v: number) => T + (H - T - B) * (1 - v / top);
  const tf = opts.tickFormat ?? compact;
  let body = ticks.map((t) => `<line class="grid" x1="${L}" x2="${W - R}" y1="${f1(y(t))}" y2="${f1(y(t))}"/><text class="tick" x="${L - 6}" y="${f1(y(t) + 4)}" text-anchor="end">${tf(t)}</text>`).join('');
  const every = opts.labelEvery ?? Math.max(1, Math.ceil(n / 8));
  for (let i = 0; i < n; i++) {
    let base = 0;
    for (const s of opts.series) {
      const v = s.values[i] ?? 0;
      if (v > 0) body += `<rect class="${s.cls}" x="${f1(L + i * bw + bw * 0.1)}" y="${f1(y(base + v))}" width="${f1(bw * 0.8)}" height="${f1(y(base) - y(base + v))}"><title>${esc(`${opts.tips?.[i] ?? opts.labels[i]}: ${s.counts?.[i] ?? v} ${s.name}`)}</title></rect>`;
      base += v;
    }
    if (i % every === 0) body += `<text class="tick" x="${f1(L + i * bw + bw / 2)}" y="${H - B + 16}" text-anchor="middle">${esc(opts.labels[i]!)}</text>`;
  }
  body += legend(opts.series, L, H - 6);
  return frame(opts.title, body, opts.id);
}

/** Horizontal bars for a ranked breakdown (capabilities, ASNs, countries). */
export function hBars(opts: { id: string; title: string; rows: { label: string; value: number; note?: string }[]; cls?: string; format?: (v: number) => string }): string {
  const rows = opts.rows;
  const rh = 22, h = T + rows.length * rh + 8, lw = 220;
  const max = Math.max(1e-12, ...rows.map((r) => r.value));
  const fmt = opts.format ?? compact;
  let body = '';
  rows.forEach((r, i) => {
    const yy = T + i * rh;
    const w = ((W - lw - R - 70) * r.value) / max;
    body += `<text class="lbl" x="${lw - 8}" y="${yy + 14}" text-anchor="end">${esc(r.label.length > 34 ? r.label.slice(0, 33) + '…' : r.label)}</text>`;
    body += `<rect class="${opts.cls ?? 'bar'}" x="${lw}" y="${yy + 3}" width="${f1(Math.max(1, w))}" height="${rh - 7}"><title>${esc(`${r.label}: ${fmt(r.value)}${r.note ? ' — ' + r.note : ''}`)}</title></rect>`;
    body += `<text class="tick" x="${f1(lw + w + 6)}" y="${yy + 14}">${esc(fmt(r.value) + (r.note ? `  ${r.note}` : ''))}</text>`;
  });
  return frame(opts.title, body, opts.id, W, Math.max(h, 40));
}

/** Rows × 24 hours, each row scaled to its own maximum: synchronised accounts show as matching stripes. */
export function hourHeatmap(opts: { id: string; title: string; rows: { label: string; hours: number[] }[] }): string {
  const rows = opts.rows;
  const lw = 150, cw = (W - lw - R) / 24, rh = Math.max(6, Math.min(16, 480 / Math.max(1, rows.length)));
  const h = T + rows.length * rh + 24;
  let body = '';
  for (let hr = 0; hr < 24; hr += 3) body += `<text class="tick" x="${f1(lw + hr * cw + cw / 2)}" y="${T - 3}" text-anchor="middle">${String(hr).padStart(2, '0')}h</text>`;
  rows.forEach((r, i) => {
    const max = Math.max(1, ...r.hours);
    const yy = T + i * rh;
    if (rh >= 10) body += `<text class="tick" x="${lw - 6}" y="${f1(yy + rh - 2)}" text-anchor="end">${esc(r.label)}</text>`;
    r.hours.forEach((v, hr) => {
      body += `<rect class="heat" x="${f1(lw + hr * cw)}" y="${f1(yy)}" width="${f1(cw - 1)}" height="${f1(rh - 1)}" fill-opacity="${(0.06 + 0.94 * (v / max)).toFixed(2)}"><title>${esc(`${r.label} ${hr}:00 UTC: ${v}`)}</title></rect>`;
    });
  });
  body += `<text class="tick" x="${lw}" y="${h - 6}">hour of day (UTC); each row is one account, darker = more of its requests</text>`;
  return frame(opts.title, body, opts.id, W, h);
}

/** Plain names of the edge kinds in the link picture's legend. */
const EDGE_NAMES: Record<string, string> = {
  template: 'prompt template', spoof: 'spoofed client', pivot: 'model switch', payment: 'payment instrument',
  'signup-net': 'sign-up network', prefix: 'network prefix', client: 'client software',
};

/**
 * The link picture: member accounts (filled: flagged; ring colour: core, attached, unlinked) and diamond hubs for
 * the artefacts they share, each line coloured by its link type. Hubs carry a label; every shape a tooltip.
 */
export function graphPicture(opts: { id: string; title: string; nodes: GraphNodeView[]; edges: { a: number; b: number; kinds: string[] }[]; positions: Point[] }): string {
  const size = 560, pad = 26, legend = 230;
  const p = (i: number): Point => {
    const q = opts.positions[i] ?? { x: 0.5, y: 0.5 };
    return { x: pad + q.x * (size - 2 * pad), y: pad + q.y * (size - 2 * pad) };
  };
  const hubDegree = new Map<number, number>();
  for (const e of opts.edges) hubDegree.set(e.b, (hubDegree.get(e.b) ?? 0) + 1);
  let body = '';
  // Lines to core hubs (held by many) first and faint, so a sub-team's own links stay readable on top.
  const edges = [...opts.edges].sort((x, y) => (hubDegree.get(y.b) ?? 0) - (hubDegree.get(x.b) ?? 0));
  const accounts = opts.nodes.filter((n) => n.kind !== 'artefact').length || 1;
  for (const e of edges) {
    const a = p(e.a), b = p(e.b);
    const faint = (hubDegree.get(e.b) ?? 0) >= 0.5 * accounts ? ' edge-core' : '';
    body += `<line class="edge edge-${esc(e.kinds[0] ?? 'link')}${faint}" data-kind="${esc(e.kinds[0] ?? '')}" x1="${f1(a.x)}" y1="${f1(a.y)}" x2="${f1(b.x)}" y2="${f1(b.y)}"/>`;
  }
  opts.nodes.forEach((n, i) => {
    const q = p(i);
    if (n.kind === 'artefact') {
      const r = 7;
      body += `<path class="hub edge-${esc(n.type ?? '')}" data-hub="${esc(n.type ?? '')}" d="M${f1(q.x)} ${f1(q.y - r)}L${f1(q.x + r)} ${f1(q.y)}L${f1(q.x)} ${f1(q.y + r)}L${f1(q.x - r)} ${f1(q.y)}Z"><title>${esc(`${n.label ?? n.id}: ${hubDegree.get(i) ?? 0} drawn accounts`)}</title></path>`;
      if ((hubDegree.get(i) ?? 0) >= 0.5 * accounts) body += `<text class="lbl hub-label" x="${f1(q.x)}" y="${f1(q.y + (i % 2 ? 20 : -10))}" text-anchor="middle">${esc((n.label ?? '').slice(0, 24))}</text>`;
      return;
    }
    body += `<circle class="node ${n.flagged ? 'node-high' : 'node-low'} role-${esc(n.role ?? 'unlinked')}" data-account="${esc(n.id)}" data-role="${esc(n.role ?? '')}" data-team="${n.team ?? 0}" cx="${f1(q.x)}" cy="${f1(q.y)}" r="4"><title>${esc(`${n.id} risk ${n.risk.toFixed(2)}${n.flagged ? ' flagged' : ''}${n.role ? ` · ${n.role}` : ''}${n.team ? ` · sub-team ${n.team}` : ''}`)}</title></circle>`;
  });
  // Each sub-team gets a caption above its topmost account.
  const tops = new Map<number, { x: number; y: number; n: number }>();
  opts.nodes.forEach((n, i) => {
    if (n.kind === 'artefact' || !n.team) return;
    const q = p(i), t = tops.get(n.team);
    if (!t) tops.set(n.team, { x: q.x, y: q.y, n: 1 });
    else { t.n++; if (q.y < t.y) { t.y = q.y; t.x = q.x; } }
  });
  // Captions of neighbouring sub-teams would overprint: a caption that meets one already placed moves up a line.
  const placed: { x: number; y: number; w: number }[] = [];
  for (const [team, t] of tops) {
    const text = `sub-team ${team} · ${t.n}`;
    const w = text.length * 6.5;
    let y = Math.max(28, t.y - 8);
    while (placed.some((o) => Math.abs(o.x - t.x) < (o.w + w) / 2 + 4 && Math.abs(o.y - y) < 14)) y -= 14;
    placed.push({ x: t.x, y, w });
    body += `<text class="lbl team-label" data-team-label="${team}" x="${f1(t.x)}" y="${f1(y)}" text-anchor="middle">${text}</text>`;
  }
  const kinds = [...new Set(opts.edges.flatMap((e) => e.kinds.slice(0, 1)))];
  let y = 24;
  const x0 = size + 10;
  body += `<text class="lbl" x="${x0}" y="${y}">links (◆ = shared artefact)</text>`;
  for (const k of kinds) {
    y += 20;
    body += `<line class="edge edge-${esc(k)}" x1="${x0}" x2="${x0 + 24}" y1="${y - 4}" y2="${y - 4}"/><text class="lbl" x="${x0 + 30}" y="${y}">${esc(EDGE_NAMES[k] ?? k)}</text>`;
  }
  y += 30;
  body += `<text class="lbl" x="${x0}" y="${y}">accounts</text>`;
  for (const [cls, name] of [['node-high role-core', 'flagged, two or more links'], ['node-high role-attached', 'flagged, one link (attached)'], ['node-low role-unlinked', 'not flagged / unlinked']] as const) {
    y += 20;
    body += `<circle class="node ${cls}" cx="${x0 + 12}" cy="${y - 4}" r="4"/><text class="lbl" x="${x0 + 30}" y="${y}">${esc(name)}</text>`;
  }
  return frame(opts.title, body, opts.id, size + legend, size);
}

export interface GraphNodeView {
  id: string; risk: number; flagged: boolean; kind?: 'account' | 'artefact'; type?: string; label?: string; role?: string; team?: number;
}

/** Histogram with fixed bins over [0, 1] (risk distribution). */
export function histogram(opts: { id: string; title: string; values: number[]; bins?: number; log?: boolean }): string {
  const bins = opts.bins ?? 20;
  const counts = new Array<number>(bins).fill(0);
  for (const v of opts.values) counts[Math.min(bins - 1, Math.max(0, Math.floor(v * bins)))]!++;
  const labels = counts.map((_, i) => (i / bins).toFixed(2));
  const tips = counts.map((_, i) => `risk ${(i / bins).toFixed(2)}–${((i + 1) / bins).toFixed(2)}`);
  // Log scale: a bar of height 1 + log10(count), so a single account still shows; ticks read as counts.
  const logTick = (t: number): string => (t <= 0 ? '0' : Number.isInteger(t) ? compact(10 ** (t - 1)) : '');
  return stackedBars({
    id: opts.id, title: opts.title, labels, tips, labelEvery: Math.max(1, bins / 5),
    // On a log scale the bar heights are logarithms; the tooltip still counts accounts.
    series: [{ name: 'accounts', cls: 'bar', values: opts.log ? counts.map((c) => (c > 0 ? Math.log10(c) + 1 : 0)) : counts, counts }],
    ...(opts.log ? { tickFormat: logTick } : {}),
  });
}
