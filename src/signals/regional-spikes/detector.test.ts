import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Observation } from '../../engine/observation.js';
import { RegionalSpikeDetector, REGIONAL_SPIKE_REASON, type RegionalSpike } from './detector.js';

const HOUR = 3_600_000;
/** A Monday, 00:00 UTC. */
const T0 = Date.parse('2026-04-20T00:00:00Z');

function obs(ts: number, account: string, country: string | null, asn: number | null): Observation {
  return {
    id: `r${ts}`, ts, account, ip: '198.51.100.7', prefix: '198.51.100.0/24', asn, country, datacenter: false, vpn: false, client: 'sdk:x|t13',
    uaTlsMismatch: false, model: 'm', conversation: null, turn: null, intent: 0, intentKinds: 0, capability: 0, frame: 0, frameTail: 0, item: 0,
    variant: 0, exactItem: 0, core: 0, reflective: false, maxTokens: null, inputTokens: 10, outputTokens: 10, reasoningTokens: 0, tools: false, status: 200,
  };
}

/** Deterministic generator (mulberry32) and Poisson draws, so the worlds are the same on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function poisson(lambda: number, r: () => number): number {
  const limit = Math.exp(-lambda);
  let k = 0;
  for (let p = r(); p > limit; p *= r()) k++;
  return k;
}

interface Stream { country: string | null; asn: number | null; rate: (hourOfDay: number, hour: number) => number; accounts: string[] }

/** Requests of every stream, hour by hour for `hours`, in time order, through the detector; returns all spikes. */
function run(d: RegionalSpikeDetector, streams: Stream[], hours: number, seed = 1): RegionalSpike[] {
  const r = rng(seed);
  const spikes: RegionalSpike[] = [];
  const seen = new Set<string>();
  for (let h = 0; h < hours; h++) {
    const batch: Observation[] = [];
    for (const s of streams) {
      const n = poisson(s.rate(h % 24, h), r);
      for (let i = 0; i < n; i++) batch.push(obs(T0 + h * HOUR + Math.floor(r() * HOUR), s.accounts[Math.floor(r() * s.accounts.length)]!, s.country, s.asn));
    }
    batch.sort((a, b) => a.ts - b.ts);
    for (const o of batch) {
      d.observe(o, !seen.has(o.account));
      seen.add(o.account);
    }
    spikes.push(...d.tick(T0 + (h + 1) * HOUR));
  }
  return spikes;
}

const pool = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
/** A diurnal cycle: quiet at night (UTC), busy in the afternoon. */
const daily = (peak: number, trough: number) => (hod: number): number => trough + (peak - trough) * Math.max(0, Math.sin(((hod - 6) / 24) * 2 * Math.PI));

test('a steady region with a daily cycle raises no spike', () => {
  const d = new RegionalSpikeDetector();
  const spikes = run(d, [
    { country: 'DE', asn: 3320, rate: daily(120, 15), accounts: pool('de', 80) },
    { country: 'US', asn: 7922, rate: daily(300, 40), accounts: pool('us', 200) },
  ], 14 * 24);
  assert.deepEqual(spikes, []);
});

test('the ordinary daily peak is no spike: the hour-of-day baseline expects it', () => {
  const d = new RegionalSpikeDetector();
  // Three busy hours a day at 12× the rest: against the overall level alone (about 2.4× below the peak) they would alert.
  const spikes = run(d, [{ country: 'FR', asn: 3215, rate: (hod) => (hod >= 13 && hod < 16 ? 180 : 15), accounts: pool('fr', 100) }], 10 * 24, 3);
  assert.deepEqual(spikes, []);
  // The same busy hours at night, once, do alert: the peak passes because it is expected, not because thresholds are loose.
  const moved = run(new RegionalSpikeDetector(), [{ country: 'FR', asn: 3215, rate: (hod, h) => (h >= 9 * 24 ? hod >= 2 && hod < 5 : hod >= 13 && hod < 16) ? 180 : 15, accounts: pool('fr', 100) }], 10 * 24, 3);
  assert.ok(moved.some((s) => s.region.kind === 'country' && s.hourStart === T0 + (9 * 24 + 2) * HOUR), JSON.stringify(moved.map((s) => [s.region.key, s.hourStart])));
});

test('a sudden 10x rise in one country at an ordinary hour raises one spike, and its accounts carry the reason', () => {
  const d = new RegionalSpikeDetector();
  const at = 7 * 24 + 3; // day 8, 03:00 UTC: a quiet hour
  const attackers = pool('atk', 30);
  const spikes = run(d, [
    { country: 'DE', asn: 3320, rate: daily(120, 15), accounts: pool('de', 80) },
    { country: 'BR', asn: 28573, rate: (hod, h) => (h === at ? 10 : 1) * daily(60, 20)(hod), accounts: pool('br', 60) },
    { country: 'BR', asn: 64512, rate: (_hod, h) => (h === at ? 250 : 0), accounts: attackers },
  ], 9 * 24);
  const countrySpikes = spikes.filter((s) => s.region.kind === 'country');
  assert.equal(countrySpikes.length, 1, JSON.stringify(spikes.map((s) => [s.region, s.count, s.expected, s.z])));
  const s = countrySpikes[0]!;
  assert.equal(s.region.key, 'BR');
  assert.equal(s.hourStart, T0 + at * HOUR);
  assert.ok(s.count > 5 * s.expected && s.z > 10 && s.accounts >= 30 && s.newAccounts === 30, JSON.stringify(s));
  assert.equal(s.window.counts.length, 48);
  assert.equal(s.window.counts.at(-1), s.count);
  assert.equal(d.activeSpike({ kind: 'country', key: 'BR' }, T0 + at * HOUR + 1234), s);
  assert.equal(d.activeSpike({ kind: 'country', key: 'DE' }, T0 + at * HOUR), undefined);
  assert.equal(d.activeSpike({ kind: 'country', key: 'BR' }, T0 + (at - 24) * HOUR), undefined);
  // A brand-new network has no history of its own: it cannot spike (the country catches it).
  assert.equal(spikes.filter((x) => x.region.key === '64512').length, 0);
  assert.equal(d.reasonFor('atk3', 9), REGIONAL_SPIKE_REASON);
  assert.ok(d.spikedRequestsOf('atk3') > 0);
  assert.equal(d.reasonFor('de1', 300), null);
});

test('a sudden 10x rise in one ASN raises a spike of that network', () => {
  const d = new RegionalSpikeDetector({ regionName: (r) => (r.kind === 'asn' ? `AS${r.key} Example` : undefined) });
  const at = 6 * 24 + 10;
  const spikes = run(d, [
    { country: 'US', asn: 7922, rate: daily(300, 40), accounts: pool('us', 200) },
    { country: 'US', asn: 16509, rate: (_hod, h) => (h === at ? 200 : 20), accounts: pool('cloud', 40) },
  ], 8 * 24, 5);
  const asn = spikes.filter((s) => s.region.kind === 'asn');
  assert.equal(asn.length, 1, JSON.stringify(spikes.map((s) => [s.region, s.count, s.expected])));
  assert.deepEqual(asn[0]!.region, { kind: 'asn', key: '16509', name: 'AS16509 Example' });
  assert.equal(asn[0]!.hourStart, T0 + at * HOUR);
});

test('a small region rising from 1 to 4 requests an hour is no spike', () => {
  const d = new RegionalSpikeDetector();
  const spikes = run(d, [{ country: 'IS', asn: 6677, rate: (_hod, h) => (h >= 6 * 24 && h < 6 * 24 + 6 ? 4 : 1), accounts: pool('is', 10) }], 8 * 24, 7);
  assert.deepEqual(spikes, []);
});

test('memory is bounded: regions are capped and idle ones forgotten', () => {
  const d = new RegionalSpikeDetector({ maxRegions: 16, idleHours: 48 });
  for (let i = 0; i < 200; i++) d.observe(obs(T0 + i * 1000, `a${i}`, `C${i}`, 1000 + i));
  assert.equal(d.regionsTracked, 32);
  d.tick(T0 + 10 * HOUR);
  assert.equal(d.regionsTracked, 32);
  d.observe(obs(T0 + 40 * HOUR, 'b', 'ZZ', 1));
  d.tick(T0 + 60 * HOUR);
  assert.equal(d.regionsTracked, 2, 'regions idle for more than 48 hours are forgotten');
  d.observe(obs(T0 + 10_000 * HOUR, 'c', 'YY', 2));
  assert.equal(d.regionsTracked, 2, 'a long gap starts afresh');
});
