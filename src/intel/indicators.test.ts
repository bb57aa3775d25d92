import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { indicatorsFromBundle, IntelStore } from './indicators.js';
import { toStixBundle } from '../report/stix.js';
import { sampleCase } from '../report/test-fixtures.js';
import { IntelMatcher } from '../campaigns/intel.js';

const NOW = '2026-06-10T00:00:00.000Z';

test('a distillguard STIX export imports back: every indicator kind, with source, campaign and valid_until', () => {
  const bundle = toStixBundle(sampleCase(), { identityName: 'Provider A, Inc.' });
  const r = indicatorsFromBundle(bundle, { now: NOW });
  assert.deepEqual(r.skipped, []);
  const kinds = new Set(r.indicators.map((i) => i.kind));
  for (const k of ['network', 'asn', 'ja4', 'payment', 'template', 'email']) assert.ok(kinds.has(k as never), k);
  for (const i of r.indicators) {
    assert.equal(i.source, 'provider-a-inc');
    assert.equal(i.campaign, 'Distillation campaign C0001');
    assert.ok(i.valid_until && i.confidence !== null && i.confidence < 100);
  }
  assert.ok(r.indicators.some((i) => i.kind === 'network' && i.value === '192.0.2.0/24'));
  assert.ok(r.indicators.some((i) => i.kind === 'ja4' && i.value === 't13d1812h2_85036bcba153'));
});

test('unknown patterns and malformed bundles are reported, not guessed', () => {
  const r = indicatorsFromBundle({ type: 'bundle', id: 'bundle--x', objects: [
    { type: 'indicator', id: 'indicator--1', pattern_type: 'stix', pattern: "[file:hashes.'SHA-256' = 'ab']" },
    { type: 'indicator', id: 'indicator--2', pattern_type: 'sigma', pattern: 'x' },
    { type: 'indicator', id: 'indicator--3', pattern_type: 'stix', pattern: "[ipv4-addr:value = '198.51.100.7']" },
  ] }, { source: 'peer', now: NOW });
  assert.equal(r.indicators.length, 1);
  assert.equal(r.indicators[0]!.value, '198.51.100.7/32', 'one address is a /32');
  assert.deepEqual(r.skipped.map((s) => s.id), ['indicator--1', 'indicator--2']);
  assert.throws(() => indicatorsFromBundle({ objects: [] }, { now: NOW }), /not a STIX 2.1 bundle/);
});

test('the store keeps one row per indicator id; the matcher finds accounts by network, stack, card, domain, template', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dg-intel-'));
  try {
    const store = new IntelStore(dir);
    const r = indicatorsFromBundle(toStixBundle(sampleCase()), { source: 'peer-a', now: NOW });
    assert.deepEqual(store.add(r.indicators), { added: r.indicators.length, replaced: 0 });
    assert.deepEqual(store.add(r.indicators), { added: 0, replaced: r.indicators.length });
    const m = new IntelMatcher(store.list());
    const during = Date.parse('2026-05-01T00:00:00Z');
    const hit = (p: Parameters<IntelMatcher['match']>[0], at = during) => m.match(p, at).map((i) => i.kind);
    assert.deepEqual(hit({ ip: '192.0.2.77' }), ['network']);
    assert.deepEqual(hit({ ip: '192.0.3.77' }), []);
    assert.deepEqual(hit({ ip: '2001:db8:1:ffff::5' }), ['network'], 'IPv6 /48');
    assert.deepEqual(hit({ tlsStack: 't13d1812h2_85036bcba153' }), ['ja4']);
    assert.deepEqual(hit({ payment: 'pf_1' }), ['payment'], 'raw fingerprint hashed as the export does');
    assert.deepEqual(hit({ payment: 'pf_family' }), [], 'a card shared with outsiders was never exported');
    assert.deepEqual(hit({ emailDomain: 'Example.com' }), ['email']);
    assert.deepEqual(hit({ frame: 0x0a1b2c3d }), ['template']);
    // Past valid_until (30 days after the campaign's last request) a network no longer matches.
    assert.deepEqual(hit({ ip: '192.0.2.77' }, Date.parse('2026-08-01T00:00:00Z')), []);
    assert.deepEqual(IntelMatcher.reasons(m.match({ ip: '192.0.2.1', tlsStack: 't13d1812h2_85036bcba153' }, during)), ['intel:peer-a']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
