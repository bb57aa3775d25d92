/**
 * Imported indicators (src/intel) as a source of evidence for detection: an account whose traffic or sign-up matches
 * another provider's campaign indicator gets the reason `intel:<source>`, so the verdict says whose report it matched.
 * An indicator matches only a request made before its `valid_until` (a replay judges each request at its own time). Networks match by CIDR containment, the rest by exact value.
 */
import { createHash } from 'node:crypto';
import type { IntelIndicator } from '../intel/indicators.js';
import { parseIpInto } from '../enrich/ipaddr.js';

/** What one account shows that an indicator can match. */
export interface IntelProbe {
  ip?: string | null;
  asn?: number | null;
  /** JA4 TLS stack (`ja4_a_ja4_b`). */
  tlsStack?: string | null;
  /** Raw payment fingerprint (hashed here with SHA-256, as the export does). */
  payment?: string | null;
  emailDomain?: string | null;
  /** Frame hash of a prompt (Observation.frame). */
  frame?: number | null;
}

interface Net { bytes: Uint8Array; bits: number; v6: boolean; ind: IntelIndicator }

/** An address as big-endian bytes (4 or 16), or null. */
function ipBytes(ip: string): { bytes: Uint8Array; v6: boolean } | null {
  const words = new Uint32Array(4);
  const v = parseIpInto(ip, words);
  if (v === 0) return null;
  const n = v === 6 ? 4 : 1;
  const bytes = new Uint8Array(n * 4);
  for (let i = 0; i < n; i++) new DataView(bytes.buffer).setUint32(i * 4, words[i]!);
  return { bytes, v6: v === 6 };
}

const parseCidr = (cidr: string): { bytes: Uint8Array; bits: number; v6: boolean } | null => {
  const [addr, len] = cidr.split('/');
  const ip = ipBytes(addr ?? '');
  if (!ip) return null;
  const bits = Number(len ?? (ip.v6 ? 128 : 32));
  return Number.isInteger(bits) && bits >= 0 && bits <= ip.bytes.length * 8 ? { ...ip, bits } : null;
};

function contains(net: Net, ip: Uint8Array, v6: boolean): boolean {
  if (net.v6 !== v6) return false;
  for (let b = 0; b < net.bits; b += 8) {
    const n = Math.min(8, net.bits - b);
    const mask = (0xff << (8 - n)) & 0xff;
    if (((net.bytes[b / 8]! ^ ip[b / 8]!) & mask) !== 0) return false;
  }
  return true;
}

export class IntelMatcher {
  private readonly nets: Net[] = [];
  private readonly exact = new Map<string, IntelIndicator[]>();
  /** The indicators kept (plain objects: a sharded engine sends them to its account shards' threads). */
  readonly indicators: readonly IntelIndicator[];

  /** Indicators still valid at `notBefore` (epoch ms; the replay's first request, or now when serving). */
  constructor(indicators: readonly IntelIndicator[], notBefore = Number.NEGATIVE_INFINITY) {
    this.indicators = indicators.filter((ind) => !ind.valid_until || Date.parse(ind.valid_until) > notBefore);
    for (const ind of this.indicators) {
      if (ind.kind === 'network') {
        const c = parseCidr(ind.value);
        if (c) this.nets.push({ ...c, ind });
        continue;
      }
      const key = `${ind.kind}|${ind.value}`;
      this.exact.set(key, [...(this.exact.get(key) ?? []), ind]);
    }
  }

  get size(): number {
    return this.nets.length + [...this.exact.values()].reduce((t, l) => t + l.length, 0);
  }

  /** Indicators the probe matches, valid at `at` (epoch ms). */
  match(p: IntelProbe, at: number): IntelIndicator[] {
    const out: IntelIndicator[] = [];
    const look = (kind: string, v: string | null | undefined) => { if (v) out.push(...(this.exact.get(`${kind}|${v}`) ?? [])); };
    if (p.ip && this.nets.length) {
      const ip = ipBytes(p.ip);
      if (ip) for (const n of this.nets) if (contains(n, ip.bytes, ip.v6)) out.push(n.ind);
    }
    look('asn', p.asn === null || p.asn === undefined ? null : String(p.asn));
    look('ja4', p.tlsStack);
    look('payment', p.payment ? createHash('sha256').update(p.payment).digest('hex') : null);
    look('email', p.emailDomain?.toLowerCase());
    look('template', p.frame ? p.frame.toString(16) : null);
    return out.filter((i) => !i.valid_until || Date.parse(i.valid_until) > at);
  }

  /** The reason codes of a set of matches: `intel:<source>`, one per source, sorted. */
  static reasons(matches: readonly IntelIndicator[]): string[] {
    return [...new Set(matches.map((m) => `intel:${m.source}`))].sort();
  }
}
