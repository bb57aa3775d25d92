/** Each baseline on an input where it must fire and one where it must not. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { percentileNearestRank, rateLimitBaseline, sharedIpBaseline, volumeBaseline } from './baselines.js';
import type { IpUsage } from './scan.js';

const T0 = Date.parse('2026-04-22T00:00:00.000Z');
const MIN = 60_000;
const H = 3_600_000;
const iso = (ms: number): string => new Date(ms).toISOString();

test('percentile by nearest rank', () => {
  assert.equal(percentileNearestRank([5, 1, 3, 2, 4], 50), 3);
  assert.equal(percentileNearestRank([5, 1, 3, 2, 4], 100), 5);
  assert.equal(percentileNearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 99), 10);
  assert.equal(percentileNearestRank([], 99), null);
});

test('volume fires on the account whose day exceeds the p99 of account-days', () => {
  // 99 accounts with one request, one with 50 requests on one day: 100 account-days, p99 = 1.
  const ids = Array.from({ length: 100 }, (_, i) => `acc${i}`);
  const times = ids.map((_, i) => (i === 7 ? Float64Array.from({ length: 50 }, (_, k) => T0 + (49 - k) * MIN) : Float64Array.of(T0 + i * MIN)));
  const r = volumeBaseline(ids, times, 99);
  assert.equal(r.threshold, 1);
  assert.equal(r.accountDays, 100);
  const flagged = [...r.verdicts.values()].filter((v) => v.flagged);
  assert.deepEqual(flagged.map((v) => v.account_id), ['acc7']);
  // The second request of the day takes it above 1 (times were given unsorted).
  assert.equal(flagged[0]?.first_flagged_at, iso(T0 + MIN));
});

test('volume does not fire when every account-day is the same', () => {
  const ids = Array.from({ length: 20 }, (_, i) => `acc${i}`);
  // 5 requests a day for 3 days each.
  const times = ids.map(() => Float64Array.from({ length: 15 }, (_, k) => T0 + Math.floor(k / 5) * 24 * H + (k % 5) * H));
  const r = volumeBaseline(ids, times, 99);
  assert.equal(r.threshold, 5);
  assert.equal(r.accountDays, 60);
  assert.equal([...r.verdicts.values()].filter((v) => v.flagged).length, 0);
});

function usage(rows: [ip: number, account: number, first: number][]): IpUsage {
  return {
    ip: Uint32Array.from(rows.map((r) => r[0])),
    account: Uint32Array.from(rows.map((r) => r[1])),
    first: Float64Array.from(rows.map((r) => r[2])),
    length: rows.length,
  };
}

test('shared IP fires from the 5th distinct account, later for later arrivals', () => {
  const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
  // IP 0: a..e arrive at hours 5,1,4,2,3 (5th distinct arrival at hour 5); f arrives at hour 9. IP 1: only g.
  const r = sharedIpBaseline(ids, usage([[0, 0, T0 + 5 * H], [0, 1, T0 + H], [0, 2, T0 + 4 * H], [0, 3, T0 + 2 * H], [0, 4, T0 + 3 * H], [0, 5, T0 + 9 * H], [1, 6, T0]]), 5);
  assert.equal(r.qualifyingIps, 1);
  const v = (id: string) => r.verdicts.get(id);
  for (const id of ['a', 'b', 'c', 'd', 'e']) assert.equal(v(id)?.first_flagged_at, iso(T0 + 5 * H), id);
  assert.equal(v('f')?.first_flagged_at, iso(T0 + 9 * H));
  assert.equal(v('g')?.flagged, false);
  // All accounts linked by the IP form one detected campaign.
  const campaigns = new Set(['a', 'b', 'c', 'd', 'e', 'f'].map((id) => v(id)?.campaign_id));
  assert.equal(campaigns.size, 1);
  assert.notEqual([...campaigns][0], null);
});

test('shared IP takes the earliest qualifying IP and joins components across IPs', () => {
  const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
  const rows: [number, number, number][] = [];
  for (let a = 0; a < 5; a++) rows.push([0, a, T0 + 10 * H + a]); // IP 0 qualifies at 10h+4ms
  for (let a = 4; a < 9; a++) rows.push([1, a, T0 + a * H]); // IP 1: e..i, qualifies at 8h
  const r = sharedIpBaseline(ids, usage(rows), 5);
  assert.equal(r.qualifyingIps, 2);
  assert.equal(r.verdicts.get('e')?.first_flagged_at, iso(T0 + 8 * H));
  assert.equal(r.verdicts.get('a')?.first_flagged_at, iso(T0 + 10 * H + 4));
  assert.equal(new Set([...r.verdicts.values()].map((v) => v.campaign_id)).size, 1);
});

test('shared IP does not fire with 4 accounts on an IP', () => {
  const r = sharedIpBaseline(['a', 'b', 'c', 'd'], usage([[0, 0, T0], [0, 1, T0], [0, 2, T0], [0, 3, T0]]), 5);
  assert.equal(r.qualifyingIps, 0);
  assert.equal([...r.verdicts.values()].filter((v) => v.flagged).length, 0);
});

test('rate limit: 61 requests in one minute reject the 61st; the account stays served', () => {
  const burst = Float64Array.from({ length: 61 }, (_, k) => T0 + k * 500); // 0 .. 30 s
  const later = Float64Array.from({ length: 10 }, (_, k) => T0 + H + k * MIN);
  const times = [Float64Array.from([...later, ...burst])]; // unsorted on purpose
  const r = rateLimitBaseline(['a'], times, { perMinute: 60, perDay: 2000 });
  const v = r.verdicts.get('a');
  assert.equal(r.rejected, 1);
  assert.equal(v?.flagged, true);
  assert.equal(v?.first_flagged_at, iso(T0 + 60 * 500));
  assert.equal(v?.leaked_interactions, 70);
});

test('rate limit window slides: 60 in the first minute then one at exactly +60 s is allowed', () => {
  const t = Float64Array.from({ length: 61 }, (_, k) => T0 + k * 1000); // 0,1,..,60 s: the window (0 s, 60 s] holds 59
  const r = rateLimitBaseline(['a'], [t], { perMinute: 60, perDay: 2000 });
  assert.equal(r.rejected, 0);
  assert.equal(r.verdicts.get('a')?.flagged, false);
  assert.equal(r.verdicts.get('a')?.leaked_interactions, 61);
  // One more at 59.5 s would be the 61st inside (−0.5 s, 59.5 s].
  const r2 = rateLimitBaseline(['a'], [Float64Array.from([...t.subarray(0, 60), T0 + 59_500])], { perMinute: 60, perDay: 2000 });
  assert.equal(r2.rejected, 1);
});

test('rate limit daily quota resets at UTC midnight; rejected requests do not use quota', () => {
  // 12 requests an hour apart from 10:00 to 21:00, then 3 the next day; 10 per day allowed.
  const t = Float64Array.from([...Array.from({ length: 12 }, (_, k) => T0 + (10 + k) * H), T0 + 25 * H, T0 + 26 * H, T0 + 27 * H]);
  const r = rateLimitBaseline(['a'], [t], { perMinute: 60, perDay: 10 });
  assert.equal(r.rejected, 2);
  assert.equal(r.verdicts.get('a')?.first_flagged_at, iso(T0 + 20 * H));
  assert.equal(r.verdicts.get('a')?.leaked_interactions, 13);
});
