/**
 * STIX 2.1 export of a case file, for sharing indicators with other providers: the reporting identity, the
 * campaign, indicators for network prefixes, ASNs, JA4 TLS stacks and SHA-256-hashed payment instruments, and
 * `indicates` relationships. An indicator is exported only when the campaign dominates that attribute's traffic
 * (the share is in the description and sets the confidence), so a shared feed does not block ordinary users of a
 * large cloud or a popular SDK. IDs are UUIDv5 of stable keys, so re-exporting the same case gives the same ids.
 */
import { formatPValue, provenanceSentence } from './provenance.js';
import { createHash } from 'node:crypto';
import type { CaseFile } from './case.js';
import { hashFingerprint } from './case.js';

/**
 * How long each kind of indicator stays valid after the campaign's last request: addresses are reassigned and
 * proxy pools rotate within weeks, networks change hands more slowly, TLS stacks and templates last as long as the
 * toolkit, a payment instrument until it expires.
 */
export const VALID_DAYS = { prefix: 30, asn: 30, ja4: 90, template: 180, email: 180, payment: 365 } as const;

/**
 * How much an indicator of each kind can say on its own (0..1): the confidence is this times the campaign's share
 * of the attribute's traffic. A payment instrument shared by the campaign alone is strong evidence; a network or a
 * TLS stack only says where and with what software.
 */
export const INDICATOR_WEIGHT = { payment: 0.95, template: 0.8, email: 0.6, prefix: 0.7, asn: 0.5, ja4: 0.4 } as const;

/** Big clouds and carriers: their addresses serve everyone, so they are never shared as malicious, at most 20. */
const SHARED_NETWORK_ORG = /amazon|aws|google|microsoft|azure|cloudflare|akamai|linode|oracle|alibaba|tencent|huawei|digitalocean|ovh|hetzner|fastly|apple|meta|facebook|comcast|verizon|at&t|att-|t-mobile|vodafone|telekom|telefonica|orange|china (telecom|unicom|mobile)|chinanet|reliance|jio|airtel|bharti|sprint|charter|cox |spectrum|kddi|ntt|softbank|british telecom|\bbt\b|telstra|rogers|bell canada|telus|mobile|wireless|cellular|carrier/i;
const SHARED_NETWORK_CAP = 20;

export function isSharedNetwork(org: string | null | undefined): boolean {
  return !!org && SHARED_NETWORK_ORG.test(org);
}

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

/** Public webmail: a shared domain there links nobody. */
const WEBMAIL = /^(gmail|googlemail|outlook|hotmail|live|yahoo|icloud|me|aol|proton|protonmail|gmx|mail|yandex|qq|163|126|zoho|fastmail|tutanota|web)\./i;

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
  const lastSeen = Date.parse(m.headline.last_activity ?? m.generated_at);
  const until = (kind: keyof typeof VALID_DAYS): string => new Date(lastSeen + VALID_DAYS[kind] * 86_400_000).toISOString();
  const confidence = (kind: keyof typeof INDICATOR_WEIGHT, share: number, cap = 100): number => Math.max(1, Math.min(cap, Math.round(share * INDICATOR_WEIGHT[kind] * 100)));
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
  const indicator = (key: string, name: string, pattern: string, description: string, conf: number, types: string[], validUntil: string) => {
    const id = `indicator--${uuid5(`indicator|${scope}|${key}`)}`;
    objects.push({
      type: 'indicator', ...common, id, name, description, pattern, pattern_type: 'stix', pattern_version: '2.1', valid_from: validFrom,
      valid_until: validUntil, indicator_types: types, confidence: conf,
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
    const shared = isSharedNetwork(p.org);
    indicator(`prefix|${p.key}`, `Network prefix ${p.key}`, `[${kind}:value = ${quote(p.key)}]`,
      `${p.accounts} accounts of campaign ${m.campaign.id} sent ${p.campaign} requests from ${p.key}, ${Math.round(s * 100)}% of all requests from it.${shared ? ` The prefix belongs to ${p.org}, a cloud or carrier network serving many customers: anomalous, not malicious.` : ''}`,
      confidence('prefix', s, shared ? SHARED_NETWORK_CAP : 100), [shared ? 'anomalous-activity' : 'malicious-activity'], until('prefix'));
  }
  for (const a of inf.asns) {
    const s = share(a.campaign, a.total);
    const asn = Number(a.key);
    if (s < o.minShare || !Number.isInteger(asn)) continue;
    const shared = isSharedNetwork(a.org);
    indicator(`asn|${asn}`, `AS${asn}${a.org ? ' ' + a.org : ''}`, `[autonomous-system:number = ${asn}]`,
      `${a.accounts} campaign accounts, ${a.campaign} requests, ${Math.round(s * 100)}% of the requests seen from this network.${shared ? ' A cloud or carrier network serving many customers.' : ''}`,
      confidence('asn', s, shared ? SHARED_NETWORK_CAP : 100), ['anomalous-activity'], until('asn'));
  }
  for (const c of inf.ja4) {
    const s = share(c.campaign, c.total);
    if (s < o.minShare || !/^[a-z0-9]+_[0-9a-f]+$/.test(c.key)) continue;
    // The analysis keeps JA4_a + JA4_b (the TLS stack without the extension hash): match it as a prefix.
    indicator(`ja4|${c.key}`, `JA4 TLS stack ${c.key}`, `[network-traffic:extensions.'x-ja4'.ja4 LIKE ${quote(c.key + '_%')}]`,
      `JA4 prefix ${c.key}: ${c.accounts} campaign accounts, ${Math.round(s * 100)}% of the requests with this TLS stack. Weak alone: a TLS stack identifies software, not an actor.`, confidence('ja4', s), ['anomalous-activity'], until('ja4'));
  }
  for (const p of inf.shared_payments) {
    const s = share(p.members, p.members + p.others);
    if (s < o.minShare) continue;
    const h = p.fingerprint.startsWith('sha256:') ? p.fingerprint : hashFingerprint(p.fingerprint);
    indicator(`payment|${h}`, `Payment instrument ${h.slice(7, 19)}…`, `[x-payment-instrument:fingerprint_sha256 = ${quote(h.slice(7))}]`,
      `Payment instrument shared by ${p.members} campaign accounts (SHA-256 of the provider's payment fingerprint; comparable only between parties that agree on the fingerprint scheme).`, confidence('payment', s), ['malicious-activity'], until('payment'));
  }
  // Prompt templates the members share, as distillguard frame hashes (comparable between distillguard operators).
  for (const l of m.links) {
    if (l.type !== 'frame' || !l.example) continue;
    const hash = l.example.key.replace(/^template /, '');
    const s = share(l.example.members, l.example.members + l.example.others);
    if (s < o.minShare || !/^[0-9a-f]+$/.test(hash)) continue;
    indicator(`template|${hash}`, `Prompt template ${hash}`, `[x-distillguard-prompt:frame_hash = ${quote(hash)}]`,
      `${l.example.text}. distillguard frame hash (opening and closing words of the prompt, normalised); no prompt text leaves the provider.`, confidence('template', s), ['malicious-activity'], until('template'));
  }
  // E-mail domains most members signed up with, when no webmail: a domain registered for the operation.
  const members = Math.max(1, m.headline.accounts);
  for (const [domain, n] of Object.entries(m.infrastructure.signup.email_domains)) {
    const s = n / members;
    if (s < 0.5 || n < 2 || WEBMAIL.test(domain) || !/^[a-z0-9.-]+\.[a-z]{2,}$/i.test(domain)) continue;
    indicator(`email|${domain}`, `E-mail domain ${domain}`, `[email-addr:value LIKE ${quote('%@' + domain)}]`,
      `${n} of the campaign's ${members} accounts signed up with an address at ${domain}.`, confidence('email', s), ['anomalous-activity'], until('email'));
  }
  // Watermark tests of a suspect model: a report on the campaign (STIX 2.1 §4.14; the OASIS bundle schema has no
  // place for a note), the statement and the numbers it rests on.
  for (const t of m.provenance ?? []) {
    objects.push({
      type: 'report', ...common, id: `report--${uuid5(`provenance|${scope}|${t.subject}|${t.tested_at ?? ''}|${t.key_id ?? ''}`)}`,
      name: `Output watermark test of ${t.subject}: p = ${formatPValue(t)} over ${t.scored} scored contexts`,
      description: `${provenanceSentence(t)} Method: ${t.method}. Statistic (z) ${t.statistic.toFixed(2)}; hits ${t.hits}; expected ${t.expected.toFixed(2)}.`,
      report_types: ['threat-report'],
      published: ts(t.tested_at ?? m.generated_at),
      object_refs: [campaignId],
    });
  }
  return { type: 'bundle', id: `bundle--${uuid5('bundle|' + scope + '|' + created)}`, objects };
}
