/**
 * spikes.json, written by `analyze` beside campaigns.json and read by the case file and the dashboard: the regional
 * spikes the replay found, each with the region's hourly counts and baseline for the hours before it (for charts).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Region, RegionalSpike, RegionalSpikeDetector, RegionalSpikeOptions } from './detector.js';

export const SPIKES_FILE = 'spikes.json';

export interface SpikeRecord {
  region: Region;
  hour_start: string;
  count: number;
  expected: number;
  z: number;
  accounts: number;
  new_accounts: number;
  /** Hourly counts and expected counts from `start`, the spike's hour last. */
  window: { start: string; counts: number[]; expected: number[] };
}

export interface SpikesFile {
  generated_by: string;
  dataset: string | null;
  thresholds: Pick<RegionalSpikeOptions, 'minHistoryHours' | 'minRatio' | 'minRise' | 'minZ' | 'minAccountRatio' | 'minAccountRise'>;
  regions_tracked: number;
  /** Spikes found; `spikes` holds the most recent `maxSpikes` of them. */
  spikes_total: number;
  spikes: SpikeRecord[];
}

const iso = (ms: number): string => new Date(ms).toISOString();

export function spikeRecord(s: RegionalSpike): SpikeRecord {
  return {
    region: s.region, hour_start: iso(s.hourStart), count: s.count, expected: s.expected, z: s.z, accounts: s.accounts,
    new_accounts: s.newAccounts, window: { start: iso(s.window.start), counts: s.window.counts, expected: s.window.expected },
  };
}

export function spikesFile(d: RegionalSpikeDetector, dataset: string | null): SpikesFile {
  const { minHistoryHours, minRatio, minRise, minZ, minAccountRatio, minAccountRise } = d.options;
  return {
    generated_by: 'distillguard analyze', dataset, thresholds: { minHistoryHours, minRatio, minRise, minZ, minAccountRatio, minAccountRise },
    regions_tracked: d.regionsTracked, spikes_total: d.total, spikes: d.spikes().map(spikeRecord),
  };
}

/** Writes the file with one spike per line: readable, and small beside a 48-number window per spike. */
export function writeSpikesFile(dir: string, file: SpikesFile): void {
  const { spikes, ...head } = file;
  const body = JSON.stringify(head, null, 2).replace(/\n}$/, `,\n  "spikes": [${spikes.map((s) => '\n    ' + JSON.stringify(s)).join(',')}${spikes.length ? '\n  ' : ''}]\n}\n`);
  writeFileSync(join(dir, SPIKES_FILE), body);
}

/** The analysis directory's spikes.json, or null for an analysis made before the detector existed. */
export function readSpikesFile(dir: string): SpikesFile | null {
  const p = join(dir, SPIKES_FILE);
  if (!existsSync(p)) return null;
  const f = JSON.parse(readFileSync(p, 'utf8')) as SpikesFile;
  return Array.isArray(f.spikes) ? f : null;
}
