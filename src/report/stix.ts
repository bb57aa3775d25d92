/**
 * STIX 2.1 export of a case file, for sharing indicators with other providers: the reporting identity, the
 * campaign, indicators for network prefixes, ASNs, JA4 TLS stacks and SHA-256-hashed payment instruments, and
 * `indicates` relationships. An indicator is exported only when the campaign dominates that attribute's traffic
 * (the share is in the description and sets the confidence), so a shared feed does not block ordinary users of a
 * large cloud or a popular SDK. IDs are UUIDv5 of stable keys, so re-exporting the same case gives the same ids.
 */
import { createHash } from 'node:crypto';
import type { CaseFile } from './case.js';
import { hashFingerprint } from './case.js';

export interface StixOptions {
  /** Name of the identity that produces the bundle (the provider). */
  identityName: string;
  /** Minimum campaign share of an attribute's traffic for an indicator (0..1). */
  minShare: number;
}

export const DEFAULT_STIX_OPTIONS: Readonly<StixOptions> = Object.freeze({ identityName: 'distillguard operator', minShare: 0.8 });

/** TLP:AMBER, the predefined STIX 2.1 marking: share with organisations that need to act on it. */
const TLP_AMBER = {
  type: 'marking-definition', spec_version: '2.1', id: 'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82',
  created: '2017-01-20T00:00:00.000Z', definition_type: 'tlp', name: 'TLP:AMBER', definition: { tlp: 'amber' },
} as const;

const NAMESPACE = '6f1c2b5e-3d4a-5b6c-8d7e-9f0a1b2c3d4e';

/** RFC 4122 version-5 UUID of `name` in the project's namespace. */
export function uuid5(name: string): string {
  const ns = Buffer.from(NAMESPACE.replaceAll('-', ''), 'hex');
  const h = createHash('sha1').update(ns).update(name).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/** STIX timestamps: RFC 3339 UTC with millisecond precision. */
const ts = (iso: string): string => new Date(iso).toISOString();
const quote = (s: string): string => `'${s.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: Record<string, unknown>[];
}

export function toStixBundle(m: CaseFile, options: Partial<StixOptions> = {}): StixBundle {
  const o = { ...DEFAULT_STIX_OPTIONS, ...options };
  const scope = `${m.source.dataset ?? ''}|${m.campaign.id}|${m.headline.first_activity ?? ''}`;
  const created = ts(m.generated_at);
  const validFrom = ts(m.headline.first_activity ?? m.generated_at);
  const identityId = `identity--${uuid5('identity|' + o.identityName)}`;
  const campaignId = `campaign--${uuid5('campaign|' + scope)}`;
  const common = { spec_version: '2.1', created, modified: created, created_by_ref: identityId, object_marking_refs: [TLP_AMBER.id] };
  const objects: Record<string, unknown>[] = [
    TLP_AMBER,
    { type: 'identity', spec_version: '2.1', id: identityId, created, modified: created, name: o.identityName, identity_class: 'organization', sectors: ['technology'] },
    {
      type: 'campaign', ...common, id: campaignId,
      name: `Distillation campaign ${m.campaign.id}`,
      description: m.summary,
      objective: 'Harvest model outputs (reasoning traces, coding and agentic skill) at scale to train a competing model (distillation attack).',
      ...(m.headline.first_activity ? { first_seen: ts(m.headline.first_activity) } : {}),
      ...(m.headline.last_activity ? { last_seen: ts(m.headline.last_activity) } : {}),
      labels: ['distillation', ...m.campaign.reasons.map((r) => r.replace(/[^a-z0-9-]+/g, '-'))],
      confidence: Math.round(m.campaign.score * 100),
    },
  ];
  const indicator = (key: string, name: string, pattern: string, description: string, share: number, types: string[]) => {
    const id = `indicator--${uuid5(`indicator|${scope}|${key}`)}`;
    objects.push({
      type: 'indicator', ...common, id, name, description, pattern, pattern_type: 'stix', pattern_version: '2.1', valid_from: validFrom,
      indicator_types: types, confidence: Math.max(1, Math.min(100, Math.round(share * 100))),
    });
    objects.push({
      type: 'relationship', ...common, id: `relationship--${uuid5(`rel|${id}|${campaignId}`)}`,
      relationship_type: 'indicates', source_ref: id, target_ref: campaignId,
    });
  };
  const share = (c: number, t: number) => (t > 0 ? c / t : 0);
  const inf = m.infrastructure;
  for (const p of inf.prefixes) {
    const s = share(p.campaign, p.total);
    if (s < o.minShare || !p.key) continue;
    const kind = p.key.includes(':') ? 'ipv6-addr' : 'ipv4-addr';
    indicator(`prefix|${p.key}`, `Network prefix ${p.key}`, `[${kind}:value = ${quote(p.key)}]`,
      `${p.accounts} accounts of campaign ${m.campaign.id} sent ${p.campaign} requests from ${p.key}, ${Math.round(s * 100)}% of all requests from it.`, s, ['malicious-activity']);
  }
  for (const a of inf.asns) {
    const s = share(a.campaign, a.total);
    const asn = Number(a.key);
    if (s < o.minShare || !Number.isInteger(asn)) continue;
    indicator(`asn|${asn}`, `AS${asn}${a.org ? ' ' + a.org : ''}`, `[autonomous-system:number = ${asn}]`,
      `${a.accounts} campaign accounts, ${a.campaign} requests, ${Math.round(s * 100)}% of the requests seen from this network.`, s, ['anomalous-activity']);
  }
  for (const c of inf.ja4) {
    const s = share(c.campaign, c.total);
    if (s < o.minShare || !/^[a-z0-9]+_[0-9a-f]+$/.test(c.key)) continue;
    // The analysis keeps JA4_a + JA4_b (the TLS stack without the extension hash): match it as a prefix.
    indicator(`ja4|${c.key}`, `JA4 TLS stack ${c.key}`, `[network-traffic:extensions.'x-ja4'.ja4 LIKE ${quote(c.key + '_%')}]`,
      `JA4 prefix ${c.key}: ${c.accounts} campaign accounts, ${Math.round(s * 100)}% of the requests with this TLS stack. Weak alone: a TLS stack identifies software, not an actor.`, s, ['anomalous-activity']);
  }
  for (const p of inf.shared_payments) {
    const s = share(p.members, p.members + p.others);
    if (s < o.minShare) continue;
    const h = p.fingerprint.startsWith('sha256:') ? p.fingerprint : hashFingerprint(p.fingerprint);
    indicator(`payment|${h}`, `Payment instrument ${h.slice(7, 19)}…`, `[x-payment-instrument:fingerprint_sha256 = ${quote(h.slice(7))}]`,
      `Payment instrument shared by ${p.members} campaign accounts (SHA-256 of the provider's payment fingerprint; comparable only between parties that agree on the fingerprint scheme).`, s, ['malicious-activity']);
  }
  return { type: 'bundle', id: `bundle--${uuid5('bundle|' + scope + '|' + created)}`, objects };
}
