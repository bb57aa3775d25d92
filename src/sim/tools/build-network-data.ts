/**
 * One-off maintenance script: builds data/network/ip-pools.json, the small extract of real IPv4 ranges the
 * simulator draws addresses from. Run from the repo root after `npx tsc -p .`:
 *   node dist/src/sim/tools/build-network-data.js
 * It reads the @ip-location-db/asn(-country) CSVs from node_modules (CC BY 4.0: RouteViews, DB-IP, NRO; CC0) and
 * data/network/{datacenter,vpn}-ipv4.txt (X4BNet/lists_vpn, MIT). The simulator itself never reads the big CSVs,
 * so world generation starts in milliseconds.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const ROOT = new URL('../../../../', import.meta.url);

/** Pools by role: ASN, country, kind. Chosen as well-known consumer ISPs, mobile carriers, universities and business egress. */
const ASNS: { asn: number; cc: string; kind: 'residential' | 'mobile' | 'university' | 'business' }[] = [
  // residential broadband
  { asn: 7922, cc: 'US', kind: 'residential' }, { asn: 20115, cc: 'US', kind: 'residential' }, { asn: 7018, cc: 'US', kind: 'residential' },
  { asn: 701, cc: 'US', kind: 'residential' }, { asn: 22773, cc: 'US', kind: 'residential' }, { asn: 3320, cc: 'DE', kind: 'residential' },
  { asn: 3209, cc: 'DE', kind: 'residential' }, { asn: 2856, cc: 'GB', kind: 'residential' }, { asn: 5089, cc: 'GB', kind: 'residential' },
  { asn: 5607, cc: 'GB', kind: 'residential' }, { asn: 3215, cc: 'FR', kind: 'residential' }, { asn: 12322, cc: 'FR', kind: 'residential' },
  { asn: 15557, cc: 'FR', kind: 'residential' }, { asn: 4713, cc: 'JP', kind: 'residential' }, { asn: 2516, cc: 'JP', kind: 'residential' },
  { asn: 17676, cc: 'JP', kind: 'residential' }, { asn: 4766, cc: 'KR', kind: 'residential' }, { asn: 9318, cc: 'KR', kind: 'residential' },
  { asn: 24560, cc: 'IN', kind: 'residential' }, { asn: 27699, cc: 'BR', kind: 'residential' }, { asn: 28573, cc: 'BR', kind: 'residential' },
  { asn: 812, cc: 'CA', kind: 'residential' }, { asn: 577, cc: 'CA', kind: 'residential' }, { asn: 1221, cc: 'AU', kind: 'residential' },
  { asn: 7545, cc: 'AU', kind: 'residential' }, { asn: 3352, cc: 'ES', kind: 'residential' }, { asn: 3269, cc: 'IT', kind: 'residential' },
  { asn: 1136, cc: 'NL', kind: 'residential' }, { asn: 33915, cc: 'NL', kind: 'residential' }, { asn: 9506, cc: 'SG', kind: 'residential' },
  { asn: 5617, cc: 'PL', kind: 'residential' }, { asn: 8151, cc: 'MX', kind: 'residential' }, { asn: 9121, cc: 'TR', kind: 'residential' },
  { asn: 45899, cc: 'VN', kind: 'residential' }, { asn: 7552, cc: 'VN', kind: 'residential' }, { asn: 4134, cc: 'CN', kind: 'residential' },
  { asn: 4837, cc: 'CN', kind: 'residential' }, { asn: 12389, cc: 'RU', kind: 'residential' }, { asn: 17974, cc: 'ID', kind: 'residential' },
  // mobile carriers (CGNAT: many users share few addresses)
  { asn: 21928, cc: 'US', kind: 'mobile' }, { asn: 22394, cc: 'US', kind: 'mobile' }, { asn: 20057, cc: 'US', kind: 'mobile' },
  { asn: 25135, cc: 'GB', kind: 'mobile' }, { asn: 55836, cc: 'IN', kind: 'mobile' }, { asn: 45609, cc: 'IN', kind: 'mobile' },
  { asn: 9605, cc: 'JP', kind: 'mobile' }, { asn: 9644, cc: 'KR', kind: 'mobile' }, { asn: 26615, cc: 'BR', kind: 'mobile' },
  { asn: 6805, cc: 'DE', kind: 'mobile' }, { asn: 51207, cc: 'FR', kind: 'mobile' },
  // universities
  { asn: 3, cc: 'US', kind: 'university' }, { asn: 32, cc: 'US', kind: 'university' }, { asn: 25, cc: 'US', kind: 'university' },
  { asn: 786, cc: 'GB', kind: 'university' }, { asn: 680, cc: 'DE', kind: 'university' }, { asn: 4538, cc: 'CN', kind: 'university' },
  // business egress (corporate NAT, secure web gateways, cloud NAT)
  { asn: 16509, cc: 'US', kind: 'business' }, { asn: 8075, cc: 'US', kind: 'business' }, { asn: 53813, cc: 'US', kind: 'business' },
  { asn: 3356, cc: 'US', kind: 'business' },
];
const MAX_RANGES_PER_ASN = 40;
const DC_SAMPLE = 2500;
const VPN_SAMPLE = 1200;

interface Range { s: number; e: number; asn: number; org: string }

function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (q) {
      if (c === '"') { if (line[i + 1] === '"') { cur += '"'; i++; } else q = false; } else cur += c;
    } else if (c === '"') q = true;
    else if (c === ',') { out.push(cur); cur = ''; } else cur += c;
  }
  out.push(cur);
  return out;
}

function ipToNum(ip: string): number {
  const p = ip.split('.').map(Number);
  return ((p[0]! << 24) >>> 0) + (p[1]! << 16) + (p[2]! << 8) + p[3]!;
}

function lookup<T extends { s: number; e: number }>(rows: T[], ip: number): T | null {
  let lo = 0, hi = rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = rows[mid]!;
    if (ip < r.s) hi = mid - 1; else if (ip > r.e) lo = mid + 1; else return r;
  }
  return null;
}

const asnRows: Range[] = readFileSync(new URL('node_modules/@ip-location-db/asn/asn-ipv4-num.csv', ROOT), 'utf8').split('\n').filter(Boolean).map((l) => {
  const f = parseCsvLine(l);
  return { s: Number(f[0]), e: Number(f[1]), asn: Number(f[2]), org: f[3] ?? '' };
});
const ccRows = readFileSync(new URL('node_modules/@ip-location-db/asn-country/asn-country-ipv4-num.csv', ROOT), 'utf8').split('\n').filter(Boolean).map((l) => {
  const f = l.split(',');
  return { s: Number(f[0]), e: Number(f[1]), cc: f[2] ?? '' };
});

type Pool = { asn: number; org: string; cc: string; kind: string; ranges: [number, number][] };
const pools: Pool[] = [];
for (const a of ASNS) {
  const rows = asnRows.filter((r) => r.asn === a.asn && r.e - r.s >= 255);
  if (rows.length === 0) { console.error(`no ranges for AS${a.asn}`); continue; }
  // Deterministic spread over the ASN's address space rather than the first N rows.
  const step = Math.max(1, Math.floor(rows.length / MAX_RANGES_PER_ASN));
  const picked = rows.filter((_, i) => i % step === 0).slice(0, MAX_RANGES_PER_ASN);
  pools.push({ asn: a.asn, org: rows[0]!.org, cc: a.cc, kind: a.kind, ranges: picked.map((r) => [r.s, r.e]) });
}

function cidrPool(file: string, sample: number, kind: string): Pool[] {
  const cidrs = readFileSync(new URL(file, ROOT), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const step = Math.max(1, Math.floor(cidrs.length / sample));
  const byAsn = new Map<string, Pool>();
  for (let i = 0; i < cidrs.length; i += step) {
    const [net, bits] = cidrs[i]!.split('/');
    const b = Number(bits);
    if (!(b >= 12 && b <= 28)) continue;
    const s = ipToNum(net!);
    const e = s + 2 ** (32 - b) - 1;
    const asn = lookup(asnRows, s + 1);
    const cc = lookup(ccRows, s + 1);
    if (!asn) continue;
    const key = `${asn.asn}`;
    let p = byAsn.get(key);
    if (!p) { p = { asn: asn.asn, org: asn.org, cc: cc?.cc ?? 'ZZ', kind, ranges: [] }; byAsn.set(key, p); }
    if (p.ranges.length < 20) p.ranges.push([s, e]);
  }
  return [...byAsn.values()];
}

pools.push(...cidrPool('data/network/datacenter-ipv4.txt', DC_SAMPLE, 'datacenter'));
pools.push(...cidrPool('data/network/vpn-ipv4.txt', VPN_SAMPLE, 'vpn'));

const out = {
  note: 'Extract of real IPv4 ranges for the simulator. Sources: @ip-location-db/asn (RouteViews, DB-IP, NRO; CC BY 4.0), @ip-location-db/asn-country (CC0), X4BNet/lists_vpn (MIT). Built by src/sim/tools/build-network-data.ts.',
  pools,
};
writeFileSync(new URL('data/network/ip-pools.json', ROOT), JSON.stringify(out) + '\n');
const counts: Record<string, number> = {};
for (const p of pools) counts[p.kind] = (counts[p.kind] ?? 0) + 1;
console.log(JSON.stringify(counts));
