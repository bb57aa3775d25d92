import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { toStixBundle, uuid5 } from './stix.js';
import { stixBundleValidator, STIX_SCHEMA_DIR } from './stix-schema.js';
import { sampleCase } from './test-fixtures.js';

const validate = stixBundleValidator();
type Obj = Record<string, unknown>;

test('the validator accepts the official examples and rejects broken bundles', () => {
  const example = JSON.parse(readFileSync(new URL('../../../test/fixtures/stix2.1/examples/indicator-to-campaign-relationship.json', import.meta.url), 'utf8')) as { objects: Obj[] };
  assert.ok(validate(example).valid, STIX_SCHEMA_DIR);
  const noPattern = structuredClone(example);
  delete noPattern.objects.find((o) => o.type === 'indicator')!.pattern;
  assert.equal(validate(noPattern).valid, false, 'an indicator without pattern is invalid');
  const badId = structuredClone(example);
  badId.objects[0]!.id = 'campaign--not-a-uuid';
  assert.equal(validate(badId).valid, false, 'a malformed id is invalid');
});

test('a case file exports a valid STIX 2.1 bundle with identity, campaign, indicators and relationships', () => {
  const b = toStixBundle(sampleCase());
  const v = validate(b);
  assert.ok(v.valid, v.errors.join('; '));
  const types = b.objects.map((o) => o.type);
  for (const t of ['identity', 'campaign', 'indicator', 'relationship', 'marking-definition']) assert.ok(types.includes(t), t);
  const ids = b.objects.map((o) => String(o.id));
  assert.equal(new Set(ids).size, ids.length, 'ids are unique');
  const campaign = b.objects.find((o) => o.type === 'campaign')!;
  const indicators = b.objects.filter((o) => o.type === 'indicator');
  const rels = b.objects.filter((o) => o.type === 'relationship');
  assert.equal(rels.length, indicators.length);
  for (const r of rels) {
    assert.equal(r.target_ref, campaign.id);
    assert.ok(ids.includes(String(r.source_ref)));
  }
  const patterns = indicators.map((o) => String(o.pattern));
  assert.ok(patterns.includes("[ipv4-addr:value = '192.0.2.0/24']"));
  assert.ok(patterns.includes("[ipv6-addr:value = '2001:db8:1::/48']"));
  assert.ok(patterns.includes('[autonomous-system:number = 64500]'));
  assert.ok(patterns.some((p) => p.includes("LIKE 't13d1812h2_85036bcba153_%'")), 'JA4 stack');
  assert.ok(patterns.some((p) => p.startsWith('[x-payment-instrument:fingerprint_sha256 = ')), 'hashed payment instrument');
  // Attributes the campaign does not dominate are not shared: a big cloud, a popular TLS stack, a family card.
  assert.ok(!patterns.some((p) => p.includes('198.51.100.0/24') || p.includes('64501') || p.includes('t13d1516h2')));
  assert.equal(patterns.filter((p) => p.startsWith('[x-payment')).length, 1);
  assert.ok(!JSON.stringify(b).includes('pf_1'), 'raw payment fingerprints never leave');
});

test('bundle ids are stable across exports and the threshold is configurable', () => {
  const a = toStixBundle(sampleCase()), b = toStixBundle(sampleCase());
  assert.deepEqual(a.objects.map((o) => o.id), b.objects.map((o) => o.id));
  const all = toStixBundle(sampleCase(), { minShare: 0 });
  assert.ok(all.objects.filter((o) => o.type === 'indicator').length > a.objects.filter((o) => o.type === 'indicator').length);
  assert.ok(validate(all).valid);
  assert.match(uuid5('x'), /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.notEqual(uuid5('x'), uuid5('y'));
});

test('indicators expire (valid_until by kind) and their confidence follows the evidence, never 100 for a cloud or carrier', () => {
  const m = sampleCase({
    prefixes: [
      { key: '192.0.2.0/24', campaign: 290, total: 290, accounts: 3, sample_ip: '192.0.2.1', org: 'Example Hosting' },
      { key: '203.0.113.0/24', campaign: 100, total: 100, accounts: 3, sample_ip: '203.0.113.9', org: 'AMAZON-02' },
    ],
    asns: [{ key: '16509', campaign: 300, total: 300, accounts: 3, sample_ip: '203.0.113.9', org: 'AMAZON-02' }, { key: '64500', campaign: 300, total: 300, accounts: 3, sample_ip: '192.0.2.1', org: 'Example Hosting' }],
  });
  const b = toStixBundle(m);
  assert.ok(validate(b).valid, validate(b).errors.join('; '));
  const ind = (frag: string) => b.objects.find((o) => o.type === 'indicator' && String(o.pattern).includes(frag))!;
  const last = Date.parse(m.headline.last_activity!);
  const days = (o: Obj) => (Date.parse(String(o.valid_until)) - last) / 86_400_000;
  for (const o of b.objects.filter((x) => x.type === 'indicator')) {
    assert.ok(typeof o.valid_until === 'string' && Date.parse(String(o.valid_until)) > Date.parse(String(o.valid_from)), `${String(o.pattern)} has valid_until after valid_from`);
    assert.ok(Number(o.confidence) < 100, `${String(o.pattern)}: no indicator is certain on its own`);
  }
  assert.equal(days(ind('192.0.2.0/24')), 30);
  assert.equal(days(ind('x-payment')), 365);
  assert.equal(days(ind('x-ja4')), 90);
  // A prefix the campaign alone used in a small hosting network: malicious; in a big cloud: anomalous, low confidence.
  assert.deepEqual(ind('192.0.2.0/24').indicator_types, ['malicious-activity']);
  assert.equal(ind('192.0.2.0/24').confidence, 70);
  assert.deepEqual(ind('203.0.113.0/24').indicator_types, ['anomalous-activity']);
  assert.ok(Number(ind('203.0.113.0/24').confidence) <= 20);
  assert.ok(Number(ind('autonomous-system:number = 16509').confidence) <= 20, 'a cloud ASN is never shared with high confidence');
  assert.ok(Number(ind('autonomous-system:number = 64500').confidence) > 20);
  assert.deepEqual(ind('autonomous-system:number = 64500').indicator_types, ['anomalous-activity'], 'an ASN is never malicious in itself');
  // Shared templates are exported as hashes, e-mail domains when most members used one that is not webmail.
  assert.ok(ind("x-distillguard-prompt:frame_hash = '0a1b2c3d'"));
  assert.ok(ind("email-addr:value LIKE '%@example.com'"));
});
