/**
 * IP intelligence: IP → ASN, AS organisation, country, datacenter and VPN flags, and the /24 (IPv4) or /48
 * (IPv6) prefix used to link accounts that share infrastructure.
 *
 * Sources (all shipped, nothing downloads at run time):
 * - ASN + organisation: `@ip-location-db/asn` (RouteViews + DB-IP, CC-BY-4.0), `asn-ipv{4,6}-num.csv`.
 * - Country: `@ip-location-db/asn-country` (NRO delegation data) — the country of the *registrant* of the
 *   block, not geolocation of the user; good enough to spot "accounts declare FR but traffic is from a
 *   CN-registered hosting block".
 * - Datacenter / VPN: X4BNet/lists_vpn ranges and ASN list copied to `data/network/`.
 *
 * `datacenter` is true when the address is inside a listed datacenter range OR its origin ASN is on the
 * datacenter ASN list. The ASN list is broad (it includes transit/hosting carriers such as Hurricane
 * Electric), so treat the flag as "hosting-like network", a feature for scoring, never a verdict alone.
 * `vpn` comes from the IPv4 VPN list only (the source publishes no IPv6 VPN list).
 *
 * Evasion: residential proxy networks route through consumer ISP addresses, which none of these lists
 * flag; the /24 prefix and ASN still let the campaign step see many accounts converging on few networks.
 *
 * Load once (`IpIntel.load()` ≈ a few hundred ms, ~30 MB of typed arrays) and share the instance. Lookups
 * are cached in a two-generation map (approximate LRU without per-hit bookkeeping); returned objects are
 * shared and frozen — never mutate them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DistillguardError } from '../errors.js';
import { decimalToWords, ipv4Prefix24, ipv6Prefix48, parseIpInto } from './ipaddr.js';
import { mergeRanges4, mergeRanges6, Ranges4, Ranges6 } from './ranges.js';

export interface NetworkInfo {
  readonly asn: number | null;
  readonly asOrg: string | null;
  readonly country: string | null;
  readonly datacenter: boolean;
  readonly vpn: boolean;
  /** '203.0.113.0/24' for IPv4, '2001:db8:1::/48' for IPv6, '' for an invalid address. */
  readonly prefix: string;
}

/** Where the tables come from; defaults to the shipped data. Tests may point at small fixture files. */
export interface IpIntelSources {
  asnV4Csv: string;
  asnV6Csv: string;
  countryV4Csv: string;
  countryV6Csv: string;
  datacenterV4: string;
  datacenterV6: string;
  datacenterAsn: string;
  vpnV4: string;
}

export const INVALID_NETWORK: NetworkInfo = Object.freeze({
  asn: null,
  asOrg: null,
  country: null,
  datacenter: false,
  vpn: false,
  prefix: '',
});

/** Default file locations: npm packages via module resolution, lists under the repo's data/network/. */
export function defaultIpIntelSources(): IpIntelSources {
  const require = createRequire(import.meta.url);
  const asnDir = dirname(require.resolve('@ip-location-db/asn/package.json'));
  const ccDir = dirname(require.resolve('@ip-location-db/asn-country/package.json'));
  // Compiled to dist/src/enrich/ip.js: the repo root is three levels up.
  const net = fileURLToPath(new URL('../../../data/network/', import.meta.url));
  return {
    asnV4Csv: join(asnDir, 'asn-ipv4-num.csv'),
    asnV6Csv: join(asnDir, 'asn-ipv6-num.csv'),
    countryV4Csv: join(ccDir, 'asn-country-ipv4-num.csv'),
    countryV6Csv: join(ccDir, 'asn-country-ipv6-num.csv'),
    datacenterV4: join(net, 'datacenter-ipv4.txt'),
    datacenterV6: join(net, 'datacenter-ipv6.txt'),
    datacenterAsn: join(net, 'datacenter-asn.txt'),
    vpnV4: join(net, 'vpn-ipv4.txt'),
  };
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new DistillguardError('IO', `cannot read IP intelligence table ${path}`, { cause: e });
  }
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n + 1;
}

/** Parses an unsigned decimal integer at [a, b) without allocating (exact up to 2^53). */
function parseUint(s: string, a: number, b: number): number {
  let v = 0;
  for (let i = a; i < b; i++) v = v * 10 + (s.charCodeAt(i) - 48);
  return v;
}

/** Interns strings so 400k rows share ~80k organisation names. */
class Interner {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();
  id(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.values.length;
      // A copy: a slice of the table's text would keep the whole file (tens of megabytes) alive.
      s = Buffer.from(s, 'utf8').toString('utf8');
      this.values.push(s);
      this.index.set(s, i);
    }
    return i;
  }
}

/** Reads the CSV field at [a, b): unquotes "…" with "" escapes (organisation names contain commas). */
function csvField(s: string, a: number, b: number): string {
  if (s.charCodeAt(a) === 34 && b - a >= 2 && s.charCodeAt(b - 1) === 34) return s.slice(a + 1, b - 1).replaceAll('""', '"');
  return s.slice(a, b);
}

interface KeyedTable4 { ranges: Ranges4; a: Uint32Array; b: Uint32Array }
interface KeyedTable6 { ranges: Ranges6; a: Uint32Array; b: Uint32Array }

/**
 * Parses `start,end,X[,Y]` rows. For v4 the bounds are plain numbers; for v6 they are 128-bit decimals.
 * `field` maps the 3rd (and 4th, rest of line) columns to two uint32 payloads.
 */
function parseNumCsv4(text: string, field: (s: string, a: number, b: number, lineEnd: number) => [number, number]): KeyedTable4 {
  const cap = countLines(text);
  const starts = new Uint32Array(cap);
  const ends = new Uint32Array(cap);
  const pa = new Uint32Array(cap);
  const pb = new Uint32Array(cap);
  let n = 0;
  let pos = 0;
  const len = text.length;
  while (pos < len) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = len;
    let lineEnd = eol;
    if (lineEnd > pos && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    const c1 = text.indexOf(',', pos);
    const c2 = c1 < 0 ? -1 : text.indexOf(',', c1 + 1);
    if (c1 > pos && c2 > c1 && c2 < lineEnd) {
      starts[n] = parseUint(text, pos, c1);
      ends[n] = parseUint(text, c1 + 1, c2);
      const [x, y] = field(text, c2 + 1, lineEnd, lineEnd);
      pa[n] = x;
      pb[n] = y;
      n++;
    }
    pos = eol + 1;
  }
  return { ranges: new Ranges4(starts, ends, n), a: pa, b: pb };
}

function parseNumCsv6(text: string, field: (s: string, a: number, b: number, lineEnd: number) => [number, number]): KeyedTable6 {
  const cap = countLines(text);
  const starts = new Uint32Array(cap * 4);
  const ends = new Uint32Array(cap * 4);
  const pa = new Uint32Array(cap);
  const pb = new Uint32Array(cap);
  let n = 0;
  let pos = 0;
  const len = text.length;
  while (pos < len) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = len;
    let lineEnd = eol;
    if (lineEnd > pos && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    const c1 = text.indexOf(',', pos);
    const c2 = c1 < 0 ? -1 : text.indexOf(',', c1 + 1);
    if (c1 > pos && c2 > c1 && c2 < lineEnd) {
      decimalToWords(text, pos, c1, starts, n * 4);
      decimalToWords(text, c1 + 1, c2, ends, n * 4);
      const [x, y] = field(text, c2 + 1, lineEnd, lineEnd);
      pa[n] = x;
      pb[n] = y;
      n++;
    }
    pos = eol + 1;
  }
  return { ranges: new Ranges6(starts, ends, n), a: pa, b: pb };
}

/** Parses CIDR lines (`a.b.c.d/len` or `x::/len`), skipping blanks and `#` comments. */
function parseCidrs(text: string): { v4s: number[]; v4e: number[]; v6s: Uint32Array; v6e: Uint32Array; v6n: number } {
  const v4s: number[] = [];
  const v4e: number[] = [];
  const lines = text.split('\n');
  const v6s = new Uint32Array(lines.length * 4);
  const v6e = new Uint32Array(lines.length * 4);
  let v6n = 0;
  const w = new Uint32Array(4);
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const slash = line.indexOf('/');
    const addr = slash < 0 ? line : line.slice(0, slash);
    const version = parseIpInto(addr, w);
    if (version === 4) {
      const bits = slash < 0 ? 32 : Number(line.slice(slash + 1));
      if (!(bits >= 0 && bits <= 32)) continue;
      const size = 2 ** (32 - bits);
      const start = Math.floor(w[0]! / size) * size;
      v4s.push(start);
      v4e.push(start + size - 1);
    } else if (version === 6) {
      const bits = slash < 0 ? 128 : Number(line.slice(slash + 1));
      if (!(bits >= 0 && bits <= 128)) continue;
      for (let k = 0; k < 4; k++) {
        const keep = Math.max(0, Math.min(32, bits - 32 * k));
        const mask = keep === 0 ? 0 : keep === 32 ? 0xffffffff : (0xffffffff << (32 - keep)) >>> 0;
        v6s[v6n * 4 + k] = (w[k]! & mask) >>> 0;
        v6e[v6n * 4 + k] = ((w[k]! & mask) | (~mask >>> 0)) >>> 0;
      }
      v6n++;
    }
  }
  return { v4s, v4e, v6s, v6e, v6n };
}

function parseAsnList(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(/^\s*AS(\d+)/gim)) out.add(Number(m[1]));
  return out;
}

const CACHE_GENERATION = 1 << 16;

export class IpIntel {
  private readonly words = new Uint32Array(4);
  private cacheNew = new Map<string, NetworkInfo>();
  private cacheOld = new Map<string, NetworkInfo>();

  private constructor(
    private readonly asn4: KeyedTable4,
    private readonly asn6: KeyedTable6,
    private readonly cc4: KeyedTable4,
    private readonly cc6: KeyedTable6,
    private readonly orgs: readonly string[],
    private readonly countries: readonly string[],
    private readonly dc4: Ranges4,
    private readonly dc6: Ranges6,
    private readonly dcAsn: ReadonlySet<number>,
    private readonly vpn4: Ranges4,
  ) {}

  /** Loads every table synchronously (a few hundred ms). Throws DistillguardError('IO') if a file is missing. */
  static load(sources: IpIntelSources = defaultIpIntelSources()): IpIntel {
    const orgs = new Interner();
    const countries = new Interner();
    const asnField = (s: string, a: number, b: number): [number, number] => {
      const c = s.indexOf(',', a);
      if (c < 0 || c >= b) return [parseUint(s, a, b), orgs.id('')];
      return [parseUint(s, a, c), orgs.id(csvField(s, c + 1, b))];
    };
    const ccField = (s: string, a: number, b: number): [number, number] => [countries.id(s.slice(a, b)), 0];
    const asn4 = parseNumCsv4(readText(sources.asnV4Csv), asnField);
    const asn6 = parseNumCsv6(readText(sources.asnV6Csv), asnField);
    const cc4 = parseNumCsv4(readText(sources.countryV4Csv), ccField);
    const cc6 = parseNumCsv6(readText(sources.countryV6Csv), ccField);
    const dc = parseCidrs(readText(sources.datacenterV4) + '\n' + readText(sources.datacenterV6));
    const vpn = parseCidrs(readText(sources.vpnV4));
    return new IpIntel(
      asn4, asn6, cc4, cc6, orgs.values, countries.values,
      mergeRanges4(dc.v4s, dc.v4e), mergeRanges6(dc.v6s, dc.v6e, dc.v6n),
      parseAsnList(readText(sources.datacenterAsn)),
      mergeRanges4(vpn.v4s, vpn.v4e),
    );
  }

  private static sharedInstance: IpIntel | null = null;
  /** Process-wide instance loaded from the default sources on first use. */
  static shared(): IpIntel {
    return (IpIntel.sharedInstance ??= IpIntel.load());
  }

  /** Enriches one client address. Never throws; an invalid address yields {@link INVALID_NETWORK}. */
  lookup(ip: string): NetworkInfo {
    let info = this.cacheNew.get(ip);
    if (info !== undefined) return info;
    info = this.cacheOld.get(ip);
    if (info === undefined) info = this.compute(ip);
    if (this.cacheNew.size >= CACHE_GENERATION) {
      this.cacheOld = this.cacheNew;
      this.cacheNew = new Map();
    }
    this.cacheNew.set(ip, info);
    return info;
  }

  private compute(ip: string): NetworkInfo {
    const w = this.words;
    const version = typeof ip === 'string' ? parseIpInto(ip, w) : 0;
    if (version === 0) return INVALID_NETWORK;
    let asn: number | null = null;
    let asOrg: string | null = null;
    let country: string | null = null;
    let dc = false;
    let vpn = false;
    let prefix: string;
    if (version === 4) {
      const v = w[0]!;
      const i = this.asn4.ranges.find(v);
      if (i >= 0) { asn = this.asn4.a[i]!; asOrg = this.orgs[this.asn4.b[i]!] || null; }
      const c = this.cc4.ranges.find(v);
      if (c >= 0) country = this.countries[this.cc4.a[c]!] ?? null;
      dc = this.dc4.find(v) >= 0;
      vpn = this.vpn4.find(v) >= 0;
      prefix = ipv4Prefix24(v);
    } else {
      const i = this.asn6.ranges.find(w);
      if (i >= 0) { asn = this.asn6.a[i]!; asOrg = this.orgs[this.asn6.b[i]!] || null; }
      const c = this.cc6.ranges.find(w);
      if (c >= 0) country = this.countries[this.cc6.a[c]!] ?? null;
      dc = this.dc6.find(w) >= 0;
      prefix = ipv6Prefix48(w);
    }
    if (!dc && asn !== null && this.dcAsn.has(asn)) dc = true;
    return Object.freeze({ asn, asOrg, country, datacenter: dc, vpn, prefix });
  }

  /** Whether an ASN is on the datacenter ASN list (for explaining a `datacenter` flag). */
  isDatacenterAsn(asn: number): boolean {
    return this.dcAsn.has(asn);
  }
}
