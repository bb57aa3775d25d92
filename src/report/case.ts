/**
 * The case-file model: everything the HTML, JSON, PDF and STIX outputs say about one campaign, built once from
 * an analysis directory. Renderers only format this object, so the three outputs can never disagree.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { IpIntel } from '../enrich/ip.js';
import { HUBS_PER_TYPE, type Analysis, type ArtefactType, type SharedArtefact, type ShareRow } from './analysis.js';
import { CASE_FILE_SCHEMA, type CaseFile, type Headline, type LinkEvidence } from './case-file.js';
import { artefactGraph } from './link-graph.js';
import { GENERAL_LIMITS, signalNote } from './methodology.js';
import { redactPrompt } from './redact.js';
import { regionSeries, type RegionSeries } from './regional-spikes.js';
import { summaryParagraph } from './summary.js';
import { estimateValue, type Prices } from './value.js';

export { CASE_FILE_SCHEMA, type CaseFile, type Headline, type LinkEvidence };

export interface CaseOptions {
  prices: Prices;
  redact: boolean;
  /** When the file is generated (RFC 3339); passed in so the model itself stays deterministic. */
  generatedAt: string;
  /** Members drawn in the link picture and hour heat map (the most active first). */
  graphNodes?: number;
  heatmapRows?: number;
}

const DAY = 86_400_000;

/** The campaign's sub-teams as campaigns.json lists them (ids only in files written before `subteam_groups`). */
function subteamRows(c: Analysis['campaignsFile']['campaigns'][number]): CaseFile['subteams'] {
  const groups: NonNullable<typeof c.subteam_groups> = c.subteam_groups ?? (c.subteams ?? []).map((id) => ({ id, accounts: 0, linked_by: 'campaign:subteam' }));
  return groups.map((g) => ({ id: g.id, accounts: g.accounts, linked_by: g.linked_by, title: signalNote(g.linked_by).title, detail: g.detail ?? null }));
}

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
  const [daily, signups, profiles, otherHours, prefixes, asnRows, clients, ja4, payments, artefacts] = [
    await analysis.dailySplit(campaignId),
    await analysis.signupsPerDay(campaignId),
    await analysis.hourProfiles(campaignId, opts.heatmapRows ?? 40),
    await analysis.otherHours(campaignId),
    await analysis.shares(campaignId, 'prefix', 50),
    await analysis.shares(campaignId, 'asn', 20),
    await analysis.shares(campaignId, 'client', 10),
    await analysis.shares(campaignId, 'ja4', 10),
    await analysis.sharedPayments(campaignId),
    await analysis.sharedArtefacts(campaignId, HUBS_PER_TYPE),
  ];
  const graphAccounts = [...members].sort((a, b) => b.interactions - a.interactions || a.account_id.localeCompare(b.account_id)).slice(0, opts.graphNodes ?? 250);
  const exchanges = c.exchanges ?? members.reduce((s, m) => s + m.interactions, 0);
  const tokens = { input: c.input_tokens ?? 0, output: c.output_tokens ?? 0, reasoning: c.reasoning_tokens ?? 0 };
  const first = c.first_activity ?? null, last = c.last_activity ?? null;
  const days = first && last ? Math.max(1, Math.ceil((Date.parse(last) - Date.parse(first)) / DAY)) : 0;
  const memberFlags = members.map((m) => m.first_flagged_at).filter((t): t is string => t !== null).sort();
  const firstMemberFlag = memberFlags[0] ?? null;
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
    first_member_flagged_at: firstMemberFlag,
    flagged_members: members.filter((m) => m.flagged).length,
    flag_delay_hours: first && firstMemberFlag ? Math.round(((Date.parse(firstMemberFlag) - Date.parse(first)) / 3_600_000) * 10) / 10 : null,
  };
  const value = estimateValue(tokens, opts.prices);
  const intel = asnRows.length || prefixes.length ? IpIntel.shared() : null;
  const asns = asnRows.map((a) => ({ ...a, org: intel?.lookup(a.sample_ip).asOrg ?? null }));
  const infra = c.infrastructure;
  const reasonCounts = new Map<string, number>();
  for (const m of members) for (const r of m.reasons) reasonCounts.set(r, (reasonCounts.get(r) ?? 0) + 1);
  const codes = new Set<string>([...c.reasons, ...reasonCounts.keys(), ...(c.subteam_groups ?? []).map((g) => g.linked_by)]);
  const label = (type: ArtefactType, key: string): string =>
    type === 'payment' ? `payment ${(opts.redact ? hashFingerprint(key).slice(7) : key).slice(0, 12)}` : type === 'template' ? `template ${key.slice(0, 8)}` : key;
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
      prefixes: prefixes.map((p) => ({ ...redactIp(p), org: p.sample_ip ? (intel?.lookup(p.sample_ip).asOrg ?? null) : null })),
      clients: clients.map(redactIp),
      ja4: ja4.map(redactIp),
      shared_payments: payments.map((p) => ({ ...p, fingerprint: opts.redact ? hashFingerprint(p.fingerprint) : p.fingerprint })),
      signup: c.signup,
    },
    links: linkEvidence(c.evidence.link_shares, artefacts, label),
    subteams: subteamRows(c),
    graph: artefactGraph(graphAccounts.map((m) => ({ id: m.account_id, risk: m.risk, flagged: m.flagged })), artefacts, c.accounts, label),
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

/** Engine link types in the order a case file lists them, with plain names and the artefact that gives an example. */
const LINK_TYPES: { type: string; name: string; strength: LinkEvidence['strength']; artefact: ArtefactType | null }[] = [
  { type: 'frame', name: 'a shared prompt template', strength: 'strong', artefact: 'template' },
  { type: 'spoof', name: 'a spoofed client (a user agent over a TLS stack that program never sends)', strength: 'strong', artefact: 'spoof' },
  { type: 'pivot', name: 'a switch to a new model in the same 6-hour window', strength: 'strong', artefact: 'pivot' },
  { type: 'variant', name: 'numeric variants of the same questions', strength: 'strong', artefact: null },
  { type: 'payment', name: 'a shared payment instrument', strength: 'strong', artefact: 'payment' },
  { type: 'signup-burst', name: 'accounts created in one sign-up burst', strength: 'strong', artefact: null },
  { type: 'signup-net', name: 'sign-ups from one network', strength: 'strong', artefact: 'signup-net' },
  { type: 'org', name: 'an organisation', strength: 'coincidence', artefact: null },
  { type: 'ip', name: 'IP addresses', strength: 'coincidence', artefact: null },
  { type: 'prefix', name: 'network prefixes', strength: 'coincidence', artefact: 'prefix' },
  { type: 'client', name: 'network and client pairs', strength: 'coincidence', artefact: 'client' },
];

const others = (n: number): string => (n === 0 ? 'no account outside the campaign' : `${n.toLocaleString('en-US')} account${n === 1 ? '' : 's'} outside it`);

function exampleText(type: ArtefactType, a: SharedArtefact, label: string): string {
  const n = a.members.length.toLocaleString('en-US');
  switch (type) {
    case 'template': return `${n} members used ${label} (hash of a prompt's opening and closing words), as did ${others(a.others)}`;
    case 'spoof': return `${n} members sent a browser user agent over TLS stack ${a.key}, as did ${others(a.others)}`;
    case 'pivot': {
      const [model, from] = a.key.split(' from ');
      return `${n} members began using ${model ?? a.key} in the 6 hours from ${from ?? '?'}, as did ${others(a.others)}`;
    }
    case 'payment': return `${n} members paid with one instrument (${label}), held by ${others(a.others)}`;
    case 'signup-net': return `${n} members signed up from ${a.key}, as did ${others(a.others)}`;
    case 'prefix': return `${n} members sent requests from ${a.key}, as did ${others(a.others)}`;
    case 'client': return `${n} members sent requests with client ${a.key}, as did ${others(a.others)}`;
  }
}

/** The link types the engine found among members (its shares), each with the most widely shared artefact as example. */
export function linkEvidence(shares: Record<string, number>, artefacts: Record<ArtefactType, SharedArtefact[]>, label: (t: ArtefactType, k: string) => string): LinkEvidence[] {
  const out: LinkEvidence[] = [];
  for (const t of LINK_TYPES) {
    const share = shares[t.type] ?? 0;
    if (share <= 0) continue;
    const top = t.artefact ? artefacts[t.artefact]?.[0] : undefined;
    out.push({
      type: t.type, name: t.name, strength: t.strength, share,
      example: top && t.artefact ? { key: label(t.artefact, top.key), members: top.members.length, others: top.others, text: exampleText(t.artefact, top, label(t.artefact, top.key)) } : null,
    });
  }
  return out.sort((a, b) => (a.strength === b.strength ? 0 : a.strength === 'strong' ? -1 : 1) || b.share - a.share);
}

