import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SpikeRecord } from '../signals/regional-spikes/spikes-file.js';
import { overviewPage } from './dashboard-pages.js';
import { renderCaseHtml } from './html.js';
import { regionalSpikesSection, regionSeries } from './regional-spikes.js';
import { sampleCase } from './test-fixtures.js';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-04-27T00:00:00Z');

function spike(key: string, hour: number, count: number, z: number): SpikeRecord {
  const counts = [10, 12, 9, count];
  return {
    region: { kind: 'asn', key, name: 'Example <Net>' }, hour_start: new Date(T0 + hour * HOUR).toISOString(), count, expected: 10, z, accounts: 40, new_accounts: 3,
    window: { start: new Date(T0 + (hour - 3) * HOUR).toISOString(), counts, expected: [10, 10, 10, 10] },
  };
}

test('spikes of one region merge into one hourly series with its spike hours marked', () => {
  const [r, other] = regionSeries([spike('64500', 10, 120, 30), spike('64500', 14, 90, 20), spike('64501', 5, 60, 9)], 5);
  assert.equal(r!.region.key, '64500', 'strongest region first');
  assert.equal(r!.start, new Date(T0 + 7 * HOUR).toISOString());
  assert.deepEqual(r!.counts, [10, 12, 9, 120, 10, 12, 9, 90]);
  assert.deepEqual(r!.spike_hours, [3, 7]);
  assert.equal(r!.spikes, 2);
  assert.equal(other!.region.key, '64501');
  assert.equal(regionSeries([spike('1', 5, 60, 9), spike('2', 5, 60, 8)], 1).length, 1, 'at most `limit` regions');
});

test('the spike chart renders in the dashboard overview and the case file when spikes exist', () => {
  const regions = regionSeries([spike('64500', 10, 120, 30)], 4);
  const section = regionalSpikesSection(regions, 'none');
  assert.match(section, /<svg class="chart" data-chart="spike-0"/);
  assert.match(section, /class="mark"/);
  assert.ok(section.includes('AS64500 Example &lt;Net&gt;') && !section.includes('<Net>'), 'region names are escaped');
  const overview = overviewPage('/ui', { source: 't', accounts: 1, flagged: 0, exchanges: null, traffic: [], risks: [0], campaigns: [], spikes: { total: 1, regions } }, new Map(), 0);
  assert.match(overview, /data-chart="spike-0"/);
  assert.match(overview, /1 spiking region-hour in this analysis/);

  const m = sampleCase();
  m.regional_spikes = regions.map((r) => ({ ...r, campaign: r.counts.map((c, i) => (i === 3 ? 90 : 0)) }));
  const html = renderCaseHtml(m);
  assert.match(html, /data-chart="spike-0"/);
  assert.match(html, /campaign members/);
  assert.match(html, /<td class="num">75%<\/td>/, 'the campaign share of the spike hour');
  assert.match(renderCaseHtml(sampleCase()), /No regional spike coincided with this campaign/);
});
