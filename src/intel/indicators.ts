/**
 * Another provider's campaign indicators, read from a STIX 2.1 bundle into a flat list distillguard can match:
 * IPs and networks, ASNs, JA4 TLS stacks, SHA-256 payment fingerprints, e-mail domains and prompt-template hashes.
 * Each keeps its provenance (source, indicator id, campaign name), confidence and `valid_until`, so a match can be
 * explained and expires on time. Patterns outside these forms are skipped and counted, never guessed at.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DistillguardError } from '../errors.js';

export type IntelKind = 'network' | 'asn' | 'ja4' | 'payment' | 'email' | 'template';

export interface IntelIndicator {
  /** STIX indicator id. */
  id: string;
  /** Who shared it: a short name used in reason codes (`intel:<source>`). */
  source: string;
  kind: IntelKind;
  /** Network in CIDR form (a single address gets /32 or /128), ASN as digits, JA4 prefix, lower-case hex hash, domain. */
  value: string;
  confidence: number | null;
  valid_from: string | null;
  valid_until: string | null;
  campaign: string | null;
  /** The STIX object as received (the evidence of provenance). */
  pattern: string;
  /** When this installation imported it (TAXII `added_after` paging uses it). */
  added: string;
}

export interface ImportResult { indicators: IntelIndicator[]; skipped: { id: string; reason: string }[] }

type Obj = Record<string, unknown>;

const PATTERNS: { kind: IntelKind; re: RegExp; value: (m: RegExpExecArray) => string | null }[] = [
  { kind: 'network', re: /^\[ipv4-addr:value = '([0-9.]+(?:\/\d{1,2})?)'\]$/, value: (m) => (m[1]!.includes('/') ? m[1]! : m[1]! + '/32') },
  { kind: 'network', re: /^\[ipv6-addr:value = '([0-9a-fA-F:]+(?:\/\d{1,3})?)'\]$/, value: (m) => (m[1]!.includes('/') ? m[1]!.toLowerCase() : m[1]!.toLowerCase() + '/128') },
  { kind: 'asn', re: /^\[autonomous-system:number = (\d{1,10})\]$/, value: (m) => m[1]! },
  { kind: 'ja4', re: /^\[network-traffic:extensions\.'x-ja4'\.ja4 (?:LIKE '([a-z0-9]+_[0-9a-f]+)_%'|= '([a-z0-9]+_[0-9a-f]+)(?:_[0-9a-f]+)?')\]$/, value: (m) => m[1] ?? m[2] ?? null },
  { kind: 'payment', re: /^\[x-payment-instrument:fingerprint_sha256 = '([0-9a-f]{64})'\]$/, value: (m) => m[1]! },
  { kind: 'email', re: /^\[email-addr:value LIKE '%@([a-z0-9.-]+\.[a-z]{2,})'\]$/i, value: (m) => m[1]!.toLowerCase() },
  { kind: 'template', re: /^\[x-distillguard-prompt:frame_hash = '([0-9a-f]{1,16})'\]$/, value: (m) => m[1]!.replace(/^0+(?=.)/, '') },
];

/** A source name safe in a reason code: lower case, [a-z0-9-], at most 40 characters. */
export function sourceName(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'unknown';
}

/** Reads the indicators of a STIX 2.1 bundle. `source` defaults to the bundle's identity name. */
export function indicatorsFromBundle(bundle: unknown, opts: { source?: string; now: string }): ImportResult {
  const b = bundle as { type?: unknown; objects?: unknown };
  if (!b || b.type !== 'bundle' || !Array.isArray(b.objects)) throw new DistillguardError('FILE_FORMAT', 'not a STIX 2.1 bundle (no "type": "bundle" with an "objects" array)');
  const objects = b.objects.filter((o): o is Obj => !!o && typeof o === 'object');
  const byId = new Map(objects.map((o) => [String(o.id), o]));
  const campaignOf = new Map<string, string>();
  for (const r of objects) {
    if (r.type !== 'relationship' || r.relationship_type !== 'indicates') continue;
    const target = byId.get(String(r.target_ref));
    if (target?.type === 'campaign' && typeof target.name === 'string') campaignOf.set(String(r.source_ref), target.name);
  }
  const out: ImportResult = { indicators: [], skipped: [] };
  for (const o of objects) {
    if (o.type !== 'indicator') continue;
    const id = String(o.id);
    if (o.pattern_type !== 'stix' || typeof o.pattern !== 'string') { out.skipped.push({ id, reason: `pattern_type ${String(o.pattern_type)}` }); continue; }
    if (o.revoked === true) { out.skipped.push({ id, reason: 'revoked' }); continue; }
    const pattern = o.pattern.trim();
    let hit: { kind: IntelKind; value: string } | null = null;
    for (const p of PATTERNS) {
      const m = p.re.exec(pattern);
      const v = m ? p.value(m) : null;
      if (v) { hit = { kind: p.kind, value: v }; break; }
    }
    if (!hit) { out.skipped.push({ id, reason: `unsupported pattern ${pattern.slice(0, 80)}` }); continue; }
    const creator = byId.get(String(o.created_by_ref));
    const source = sourceName(opts.source ?? (typeof creator?.name === 'string' ? creator.name : 'unknown'));
    out.indicators.push({
      id, source, ...hit,
      confidence: typeof o.confidence === 'number' ? o.confidence : null,
      valid_from: typeof o.valid_from === 'string' ? o.valid_from : null,
      valid_until: typeof o.valid_until === 'string' ? o.valid_until : null,
      campaign: campaignOf.get(id) ?? null,
      pattern,
      added: opts.now,
    });
  }
  return out;
}

/** A directory holding imported indicators (indicators.jsonl), newest import of an id wins. */
export class IntelStore {
  constructor(readonly dir: string) {}

  get file(): string {
    return join(this.dir, 'indicators.jsonl');
  }

  list(): IntelIndicator[] {
    if (!existsSync(this.file)) return [];
    const out: IntelIndicator[] = [];
    readFileSync(this.file, 'utf8').split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      try {
        out.push(JSON.parse(line) as IntelIndicator);
      } catch (e) {
        throw new DistillguardError('FILE_FORMAT', `${this.file}:${i + 1}: ${(e as Error).message}`, { cause: e });
      }
    });
    return out;
  }

  /** Adds indicators (replacing same-id ones); returns how many were new. */
  add(indicators: IntelIndicator[]): { added: number; replaced: number } {
    const all = new Map(this.list().map((x) => [x.id, x]));
    let added = 0, replaced = 0;
    for (const x of indicators) {
      if (all.has(x.id)) replaced++; else added++;
      all.delete(x.id);
      all.set(x.id, x);
    }
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(this.file, [...all.values()].map((x) => JSON.stringify(x)).join('\n') + (all.size ? '\n' : ''));
    return { added, replaced };
  }
}
