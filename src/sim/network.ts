/**
 * Client IP addresses drawn from real ranges (data/network/ip-pools.json: consumer ISPs, mobile carriers,
 * universities, business egress, datacenters and VPNs; built by tools/build-network-data.ts). An `Address` keeps
 * its ASN, country and kind so the world manifest can report exactly which networks a campaign used.
 */
import { readFileSync } from 'node:fs';
import { dataPath } from './paths.js';
import type { Rng } from './rng.js';

export type NetKind = 'residential' | 'mobile' | 'university' | 'business' | 'datacenter' | 'vpn';

export interface Address {
  ip: string;
  asn: number;
  country: string;
  kind: NetKind;
}

interface Pool {
  asn: number;
  org: string;
  cc: string;
  kind: NetKind;
  ranges: [number, number][];
}

export class IpPools {
  private readonly byKind = new Map<NetKind, Pool[]>();
  private readonly byKindCountry = new Map<string, Pool[]>();
  /** Shared CGNAT egress addresses per mobile carrier: many subscribers appear behind few IPs. */
  private readonly cgnat = new Map<number, Address[]>();
  /** Commercial VPN exit addresses: many unrelated customers share each exit. */
  private readonly vpnExits: Address[] = [];

  constructor(private readonly rng: Rng) {
    const raw = JSON.parse(readFileSync(dataPath('network/ip-pools.json'), 'utf8')) as { pools: Pool[] };
    for (const p of raw.pools) {
      if (!this.byKind.has(p.kind)) this.byKind.set(p.kind, []);
      this.byKind.get(p.kind)!.push(p);
      const key = `${p.kind}:${p.cc}`;
      if (!this.byKindCountry.has(key)) this.byKindCountry.set(key, []);
      this.byKindCountry.get(key)!.push(p);
    }
    for (const p of this.byKind.get('mobile') ?? []) {
      const addrs: Address[] = [];
      for (let i = 0; i < 48; i++) addrs.push(this.fromPool(p, this.rng));
      this.cgnat.set(p.asn, addrs);
    }
    for (const p of this.byKind.get('vpn') ?? []) for (let i = 0; i < 12; i++) this.vpnExits.push(this.fromPool(p, this.rng));
  }

  /** A shared commercial VPN exit address. */
  vpnExit(rng: Rng): Address {
    return rng.pick(this.vpnExits);
  }

  countries(kind: NetKind): string[] {
    return [...new Set((this.byKind.get(kind) ?? []).map((p) => p.cc))];
  }

  private fromPool(p: Pool, rng: Rng): Address {
    const [s, e] = rng.pick(p.ranges);
    // Avoid network and broadcast-looking addresses (x.x.x.0 / x.x.x.255).
    let n = s + 1 + rng.int(Math.max(1, e - s - 1));
    if ((n & 255) === 0) n++;
    if ((n & 255) === 255) n--;
    const ip = `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
    return { ip, asn: p.asn, country: p.cc, kind: p.kind };
  }

  private pools(kind: NetKind, country: string | null): Pool[] {
    if (country) {
      const local = this.byKindCountry.get(`${kind}:${country}`);
      if (local && local.length) return local;
    }
    const all = this.byKind.get(kind);
    if (!all || all.length === 0) throw new Error(`no ${kind} address pools`);
    return all;
  }

  /** A fresh address of the given kind, preferring the country when the extract has pools there. */
  address(kind: NetKind, country: string | null, rng: Rng): Address {
    if (kind === 'mobile') return this.mobile(country, rng);
    if (kind === 'vpn') return this.vpnExit(rng);
    return this.fromPool(rng.pick(this.pools(kind, country)), rng);
  }

  /** A pool (one ASN) of the given kind, for cohorts that stay inside one provider. */
  pool(kind: NetKind, country: string | null, rng: Rng): Pool {
    return rng.pick(this.pools(kind, country));
  }

  addressIn(pool: Pool, rng: Rng): Address {
    return this.fromPool(pool, rng);
  }

  /** A shared carrier-grade NAT egress address of a mobile carrier in the country. */
  mobile(country: string | null, rng: Rng): Address {
    const p = rng.pick(this.pools('mobile', country));
    return rng.pick(this.cgnat.get(p.asn)!);
  }
}
