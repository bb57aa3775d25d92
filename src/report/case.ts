/**
 * The case-file model: everything the HTML, JSON, PDF and STIX outputs say about one campaign, built once from
 * an analysis directory. Renderers only format this object, so the three outputs can never disagree.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { IpIntel } from '../enrich/ip.js';
import type { Analysis, DaySplit, GraphData, MemberRow, ShareRow } from './analysis.js';
import { forceLayout, type Point } from './layout.js';
import { GENERAL_LIMITS, signalNote, type SignalNote } from './methodology.js';
import { redactPrompt } from './redact.js';
import { regionSeries, type RegionSeries } from './regional-spikes.js';
import { summaryParagraph } from './summary.js';
import { estimateValue, type Prices, type ValueEstimate } from './value.js';

export const CASE_FILE_SCHEMA = 'distillguard.case-file/1';

export interface CaseOptions {
  prices: Prices;
  redact: boolean;
  /** When the file is generated (RFC 3339); passed in so the model itself stays deterministic. */
  generatedAt: string;
  /** Members drawn in the link picture and hour heat map (the most active first). */
  graphNodes?: number;
  heatmapRows?: number;
}

export interface Headline {
  accounts: number;
  exchanges: number;
  input_tokens: number;
  output_tokens: number;
  reasoning_tokens: number;
  total_tokens: number;
  first_activity: string | null;
  last_activity: string | null;
  days: number;
  requests_per_account_day: number;
  first_flagged_at: string;
  days_to_flag: number | null;
}

export interface CaseFile {
  schema: typeof CASE_FILE_SCHEMA;
  generated_at: string;
  generated_by: string;
  source: { analysis: string; dataset: string | null };
  redacted: boolean;
  campaign: { id: string; score: number; reasons: string[] };
  headline: Headline;
  value: ValueEstimate;
  summary: string;
  charts: {
    daily: DaySplit[];
    signups: DaySplit[];
    hours: { campaign: number[]; other: number[]; profiles: { account_id: string; hours: number[] }[] };
    capabilities: Record<string, number>;
    models: Record<string, number>;
    intent_kinds: Record<string, number>;
  };
  infrastructure: {
    distinct_ips: number;
    distinct_prefixes: number;
    datacenter_share: number;
    vpn_share: number;
    ua_tls_mismatch_share: number;
    asns: (ShareRow & { org: string | null })[];
    countries: { country: string | null; exchanges: number }[];
    prefixes: ShareRow[];
    clients: ShareRow[];
    /** JA4 TLS stacks (ja4_a_ja4_b), whatever client family claimed them. */
    ja4: ShareRow[];
    shared_payments: { fingerprint: string; members: number; others: number }[];
    signup: { first_created_at: string | null; last_created_at: string | null; email_domains: Record<string, number>; shared_payment_instruments: number; verified_share: number; tiers: Record<string, number> };
  };
  graph: GraphData & { positions: Point[] };
  /** Regions whose spike hours held the campaign members' requests, with the members' share (absent before spikes.json). */
  regional_spikes?: RegionSeries[];
  evidence: { terms: Record<string, number>; link_shares: Record<string, number> };
  reason_counts: { code: string; accounts: number }[];
  members: (MemberRow & { reasons_explained: string[] })[];
  sample_prompts: { account_id: string; prompt: string }[];
  methodology: { signals: SignalNote[]; limits: readonly string[] };
}

const DAY = 86_400_000;

/** Regions charted in a case file at most. */
const SPIKE_REGIONS = 6;

/** Spiking regions where the campaign's members sent requests in a spike hour, those with most member requests first. */
async function campaignSpikes(analysis: Analysis, campaignId: string): Promise<RegionSeries[]> {
  const file = analysis.spikes();
  if (!file || !analysis.hasDatabase) return [];
  const out: { r: RegionSeries; members: number }[] = [];
  for (const r of regionSeries(file.spikes, Number.POSITIVE_INFINITY)) {
    const campaign = await analysis.campaignRegionHours(campaignId, r);
    const members = r.spike_hours.reduce((t, k) => t + (campaign[k] ?? 0), 0);
    if (members > 0) out.push({ r: { ...r, campaign }, members });
  }
  return out.sort((a, b) => b.members - a.members).slice(0, SPIKE_REGIONS).map((x) => x.r);
}

/** Payment fingerprints are hashed again before they leave the provider, so a shared file never holds the raw value. */
export function hashFingerprint(fp: string): string {
  return 'sha256:' + createHash('sha256').update(fp).digest('hex');
}

export async function buildCaseFile(analysis: Analysis, campaignId: string, opts: CaseOptions): Promise<CaseFile> {
  const c = analysis.campaign(campaignId);
  if (!c) throw new Error(`no campaign ${campaignId}`);
  const members = await analysis.members(campaignId, 1_000_000);
  const [daily, signups, profiles, otherHours, prefixes, asnRows, clients, ja4, payments, graph] = [
    await analysis.dailySplit(campaignId),
    await analysis.signupsPerDay(campaignId),
    await analysis.hourProfiles(campaignId, opts.heatmapRows ?? 40),
    await analysis.otherHours(campaignId),
    await analysis.shares(campaignId, 'prefix', 50),
    await analysis.shares(campaignId, 'asn', 20),
    await analysis.shares(campaignId, 'client', 10),
    await analysis.shares(campaignId, 'ja4', 10),
    await analysis.sharedPayments(campaignId),
    await analysis.linkGraph(campaignId, opts.graphNodes ?? 250),
  ];
  const exchanges = c.exchanges ?? members.reduce((s, m) => s + m.interactions, 0);
  const tokens = { input: c.input_tokens ?? 0, output: c.output_tokens ?? 0, reasoning: c.reasoning_tokens ?? 0 };
  const first = c.first_activity ?? null, last = c.last_activity ?? null;
  const days = first && last ? Math.max(1, Math.ceil((Date.parse(last) - Date.parse(first)) / DAY)) : 0;
  const headline: Headline = {
    accounts: c.accounts,
    exchanges,
    input_tokens: tokens.input,
    output_tokens: tokens.output,
    reasoning_tokens: tokens.reasoning,
    total_tokens: tokens.input + tokens.output + tokens.reasoning,
    first_activity: first,
    last_activity: last,
    days,
    requests_per_account_day: days && c.accounts ? exchanges / c.accounts / days : 0,
    first_flagged_at: c.first_flagged_at,
    days_to_flag: first ? Math.round(((Date.parse(c.first_flagged_at) - Date.parse(first)) / DAY) * 10) / 10 : null,
  };
  const value = estimateValue(tokens, opts.prices);
  const intel = asnRows.length ? IpIntel.shared() : null;
  const asns = asnRows.map((a) => ({ ...a, org: intel?.lookup(a.sample_ip).asOrg ?? null }));
  const infra = c.infrastructure;
  const reasonCounts = new Map<string, number>();
  for (const m of members) for (const r of m.reasons) reasonCounts.set(r, (reasonCounts.get(r) ?? 0) + 1);
  const codes = new Set<string>([...c.reasons, ...reasonCounts.keys()]);
  const redactIp = (r: ShareRow): ShareRow => (opts.redact ? { ...r, sample_ip: '' } : r);
  const model: CaseFile = {
    schema: CASE_FILE_SCHEMA,
    generated_at: opts.generatedAt,
    generated_by: 'distillguard report',
    // A redacted file leaves the provider: keep directory names, not the internal paths.
    source: opts.redact ? { analysis: basename(analysis.dir), dataset: analysis.campaignsFile.dataset ? basename(analysis.campaignsFile.dataset) : null } : { analysis: analysis.dir, dataset: analysis.campaignsFile.dataset ?? null },
    redacted: opts.redact,
    campaign: { id: c.id, score: c.score, reasons: c.reasons },
    headline,
    value,
    summary: '',
    charts: {
      daily,
      signups,
      hours: { campaign: c.hour_of_day ?? new Array<number>(24).fill(0), other: otherHours, profiles },
      capabilities: c.capabilities ?? {},
      models: c.models ?? {},
      intent_kinds: c.intent_kinds ?? {},
    },
    infrastructure: {
      distinct_ips: infra?.distinct_ips ?? 0,
      distinct_prefixes: infra?.distinct_prefixes ?? 0,
      datacenter_share: infra?.datacenter_share ?? 0,
      vpn_share: infra?.vpn_share ?? 0,
      ua_tls_mismatch_share: infra?.ua_tls_mismatch_share ?? 0,
      asns: asns.map((a) => ({ ...redactIp(a), org: a.org })),
      countries: infra?.countries ?? [],
      prefixes: prefixes.map(redactIp),
      clients: clients.map(redactIp),
      ja4: ja4.map(redactIp),
      shared_payments: payments.map((p) => ({ ...p, fingerprint: opts.redact ? hashFingerprint(p.fingerprint) : p.fingerprint })),
      signup: c.signup,
    },
    graph: { ...graph, positions: forceLayout(graph.nodes.length, graph.edges) },
    evidence: c.evidence,
    reason_counts: [...reasonCounts.entries()].map(([code, accounts]) => ({ code, accounts })).sort((a, b) => b.accounts - a.accounts || a.code.localeCompare(b.code)),
    members: members.map((m) => ({
      ...m,
      payment_fingerprint: m.payment_fingerprint && opts.redact ? hashFingerprint(m.payment_fingerprint) : m.payment_fingerprint,
      reasons_explained: m.reasons.map((r) => signalNote(r).title),
    })),
    sample_prompts: c.sample_prompts.map((p) => ({ account_id: p.account_id, prompt: opts.redact ? redactPrompt(p.prompt) : p.prompt })),
    methodology: { signals: [...codes].sort().map(signalNote), limits: GENERAL_LIMITS },
  };
  model.regional_spikes = await campaignSpikes(analysis, campaignId);
  model.summary = summaryParagraph(model);
  return model;
}
