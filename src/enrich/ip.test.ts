/**
 * IpIntel against the shipped tables: expectations are computed in the test from the raw files (naive scans),
 * never hard-coded, so a wrong binary search, merge or parse fails.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { defaultIpIntelSources, IpIntel } from './ip.js';
import { parseIpInto } from './ipaddr.js';
import { Rng } from '../sim/rng.js';

const src = defaultIpIntelSources();
const intel = IpIntel.load(src);

/** The project's seeded PRNG, for picking rows. */
function rng(seed: number): () => number {
  const r = new Rng(seed);
  return () => r.next();
}

function v4str(v: number): string {
  return `${v >>> 24}.${(v >>> 16) & 255}.${(v >>> 8) & 255}.${v & 255}`;
}

const v4rows = readFileSync(src.asnV4Csv, 'utf8').split('\n').filter(Boolean);
const dcCidrs = readFileSync(src.datacenterV4, 'utf8').split('\n').filter(Boolean).map((l) => {
  const [a, b] = l.trim().split('/');
  const w = new Uint32Array(4);
  parseIpInto(a!, w);
  const size = 2 ** (32 - Number(b));
  return [w[0]!, w[0]! + size - 1] as const;
});
const dcAsns = new Set([...readFileSync(src.datacenterAsn, 'utf8').matchAll(/^AS(\d+)/gm)].map((m) => Number(m[1])));

function naiveDc(v: number, asn: number | null): boolean {
  return dcCidrs.some(([s, e]) => v >= s && v <= e) || (asn !== null && dcAsns.has(asn));
}

test('IPv4 ASN and organisation match sampled CSV rows', () => {
  const r = rng(1);
  for (let k = 0; k < 300; k++) {
    const row = v4rows[Math.floor(r() * v4rows.length)]!;
    const m = /^(\d+),(\d+),(\d+),(.*)$/.exec(row)!;
    const s = Number(m[1]);
    const e = Number(m[2]);
    const v = s + Math.floor(r() * (e - s + 1));
    const info = intel.lookup(v4str(v));
    assert.equal(info.asn, Number(m[3]), row);
    const org = m[4]!.startsWith('"') ? m[4]!.slice(1, -1).replaceAll('""', '"') : m[4]!;
    assert.equal(info.asOrg, org === '' ? null : org, row);
    assert.equal(info.prefix, `${v >>> 24}.${(v >>> 16) & 255}.${(v >>> 8) & 255}.0/24`);
  }
});

test('IPv4 datacenter flag agrees with a naive scan of the lists', () => {
  const r = rng(2);
  let flagged = 0;
  for (let k = 0; k < 400; k++) {
    // Half the probes inside a listed datacenter CIDR, half uniformly random.
    const v = k % 2 === 0
      ? (() => { const [s, e] = dcCidrs[Math.floor(r() * dcCidrs.length)]!; return s + Math.floor(r() * (e - s + 1)); })()
      : Math.floor(r() * 0xffffffff);
    const info = intel.lookup(v4str(v));
    assert.equal(info.datacenter, naiveDc(v, info.asn), v4str(v));
    if (info.datacenter) flagged++;
  }
  assert.ok(flagged >= 200, 'every in-range probe is flagged');
});

test('a consumer ISP address is not datacenter; a hosting one is', () => {
  // First Comcast Cable row (a residential ISP) whose start is in no datacenter list.
  const row = v4rows.find((l) => l.includes('Comcast Cable') && !naiveDc(Number(l.split(',')[0]) + 1, Number(l.split(',')[2])))!;
  assert.ok(row, 'found a Comcast row');
  const ip = v4str(Number(row.split(',')[0]) + 1);
  const info = intel.lookup(ip);
  assert.equal(info.datacenter, false);
  assert.equal(info.vpn, false);
  assert.match(info.asOrg ?? '', /Comcast/);
  assert.equal(info.country, 'US');
  const hetzner = v4rows.find((l) => l.includes('Hetzner Online'))!;
  const hv = Number(hetzner.split(',')[0]) + 10;
  assert.equal(intel.lookup(v4str(hv)).datacenter, true, 'Hetzner is a hosting network');
});

test('VPN flag for an address in a listed VPN range', () => {
  const first = readFileSync(src.vpnV4, 'utf8').split('\n').find((l) => l.includes('/24'))!;
  const base = first.split('/')[0]!.replace(/\.0$/, '.77');
  assert.equal(intel.lookup(base).vpn, true, base);
});

test('IPv6: ASN from sampled rows, /48 prefix, mapped IPv4', () => {
  const rows = readFileSync(src.asnV6Csv.replace('-num', ''), 'utf8').split('\n').filter(Boolean);
  const r = rng(3);
  for (let k = 0; k < 100; k++) {
    const row = rows[Math.floor(r() * rows.length)]!;
    const [start, , asn] = row.split(',');
    const info = intel.lookup(start!);
    assert.equal(info.asn, Number(asn), row);
    assert.ok(info.prefix.endsWith('::/48'), info.prefix);
  }
  assert.equal(intel.lookup('2001:db8:abcd:12::1').prefix, '2001:db8:abcd::/48');
  assert.equal(intel.lookup('2001:DB8:0:1::5').prefix, '2001:db8::/48');
  const direct = intel.lookup('8.8.8.8');
  const mapped = intel.lookup('::ffff:8.8.8.8');
  assert.deepEqual(mapped, direct);
});

test('IPv6 datacenter range is flagged', () => {
  const cidr = readFileSync(src.datacenterV6, 'utf8').split('\n').find((l) => l.endsWith('/32'))!;
  const addr = cidr.replace('::/32', ':1234::9');
  assert.equal(intel.lookup(addr).datacenter, true, addr);
});

test('invalid input never throws and yields nulls', () => {
  for (const bad of ['', 'x', '1.2.3', '1.2.3.4.5', '256.1.1.1', '01.2.3.4', '1:2:3', ':::', '1::2::3', 'g::1', '1.2.3.4 ', null as unknown as string, 42 as unknown as string]) {
    const info = intel.lookup(bad);
    assert.equal(info.asn, null);
    assert.equal(info.prefix, '');
    assert.equal(info.datacenter, false);
  }
});

test('parseIpInto accepts exactly what node:net accepts (sample forms)', () => {
  const w = new Uint32Array(4);
  const forms = ['::', '::1', '1::', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7::', '::2:3:4:5:6:7:8', 'fe80::1%eth0', '::ffff:1.2.3.4', '64:ff9b::1.2.3.4',
    '1:2:3:4:5:6:7:8:9', '1::2::3', '12345::', ':1::', '1:::2', '1.2.3.4', '0.0.0.0', '255.255.255.255', '1.2.3.256'];
  for (const f of forms) {
    const ours = parseIpInto(f, w);
    assert.equal(ours !== 0, isIP(f) !== 0, f);
  }
  parseIpInto('2001:db8::ff00:42:8329', w);
  assert.deepEqual([...w], [0x20010db8, 0, 0x0000ff00, 0x00428329]);
});
