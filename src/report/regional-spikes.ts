/**
 * Regional spikes in the dashboard and the case file: each spiking region's hourly requests against the baseline it
 * was judged by (from spikes.json windows, merged per region), with its spike hours marked and, in a case file, the
 * campaign members' share of them.
 */
import type { Region } from '../signals/regional-spikes/detector.js';
import type { SpikeRecord } from '../signals/regional-spikes/spikes-file.js';
import { esc, lineChart } from './charts.js';

const HOUR = 3_600_000;

export interface RegionSeries {
  region: Region;
  spikes: number;
  peak_z: number;
  /** First hour of the series (RFC 3339); one value per hour from it. */
  start: string;
  counts: number[];
  expected: number[];
  /** Indices of the spike hours. */
  spike_hours: number[];
  /** Campaign members' requests from the region per hour (case files only). */
  campaign?: number[];
}

const regionLabel = (r: Region): string => (r.kind === 'asn' ? `AS${r.key}${r.name ? ' ' + r.name : ''}` : `country ${r.key}`);

/** One hourly series per spiking region (the union of its spikes' windows), strongest spike first, at most `limit`. */
export function regionSeries(spikes: readonly SpikeRecord[], limit: number): RegionSeries[] {
  const byRegion = new Map<string, SpikeRecord[]>();
  for (const s of spikes) {
    const k = `${s.region.kind}:${s.region.key}`;
    let l = byRegion.get(k);
    if (!l) byRegion.set(k, (l = []));
    l.push(s);
  }
  const out: RegionSeries[] = [];
  for (const list of byRegion.values()) {
    const hours = new Map<number, { count: number; expected: number }>();
    for (const s of list) {
      const start = Date.parse(s.window.start);
      s.window.counts.forEach((count, i) => hours.set(start + i * HOUR, { count, expected: s.window.expected[i] ?? 0 }));
    }
    const first = Math.min(...hours.keys());
    const last = Math.max(...hours.keys());
    const counts: number[] = [];
    const expected: number[] = [];
    // Hours between two windows are unknown: drawn as zero requests against a zero baseline.
    for (let t = first; t <= last; t += HOUR) {
      const h = hours.get(t);
      counts.push(h?.count ?? 0);
      expected.push(h?.expected ?? 0);
    }
    out.push({
      region: list[0]!.region, spikes: list.length, peak_z: Math.max(...list.map((s) => s.z)), start: new Date(first).toISOString(), counts, expected,
      spike_hours: list.map((s) => (Date.parse(s.hour_start) - first) / HOUR),
    });
  }
  return out.sort((a, b) => b.peak_z - a.peak_z || regionLabel(a.region).localeCompare(regionLabel(b.region))).slice(0, limit);
}

export function regionChart(r: RegionSeries, i: number): string {
  const start = Date.parse(r.start);
  const labels = r.counts.map((_, k) => new Date(start + k * HOUR).toISOString().slice(5, 13).replace('T', ' ') + 'h');
  const series = [
    { name: `requests from ${regionLabel(r.region)}`, cls: 's-region', values: r.counts },
    { name: 'baseline (expected)', cls: 's-baseline', values: r.expected },
    ...(r.campaign ? [{ name: 'campaign members', cls: 's-campaign', values: r.campaign }] : []),
  ];
  return lineChart({ id: `spike-${i}`, title: `Requests per hour from ${regionLabel(r.region)} against its baseline; spike hours marked`, labels, series, marks: r.spike_hours });
}

/** Charts and a table of the regions; `empty` is said when there are none. */
export function regionalSpikesSection(regions: readonly RegionSeries[], empty: string): string {
  if (!regions.length) return `<p class="muted">${esc(empty)}</p>`;
  const campaign = regions.some((r) => r.campaign);
  const memberShare = (r: RegionSeries): string => {
    const spiked = r.spike_hours.reduce((t, k) => t + (r.counts[k] ?? 0), 0);
    const members = r.spike_hours.reduce((t, k) => t + (r.campaign?.[k] ?? 0), 0);
    return `${Math.round((100 * members) / Math.max(1, spiked))}%`;
  };
  return `<p class="muted">An hour spikes when a country or network (ASN) sends several times the requests its own baseline expects for that hour of the week, from many more accounts than usual. The dashed line is that baseline; shaded marks are the spike hours (UTC).</p>
<table data-testid="regional-spikes"><tr><th>region</th><th class="num">spike hours</th><th class="num">peak z</th>${campaign ? '<th class="num">campaign share of spike-hour requests</th>' : ''}</tr>
${regions.map((r) => `<tr><td>${esc(regionLabel(r.region))}</td><td class="num">${r.spikes}</td><td class="num">${r.peak_z.toFixed(1)}</td>${campaign ? `<td class="num">${memberShare(r)}</td>` : ''}</tr>`).join('\n')}</table>
${regions.map(regionChart).join('\n')}`;
}
