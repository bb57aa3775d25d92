/**
 * The self-contained HTML case file: one file, stylesheet inlined, charts as inline SVG, no script and no
 * network reference, so it opens offline, prints to PDF and can be attached to a letter. The section
 * renderers are exported because the dashboard's campaign page shows the same charts.
 */
import { formatPValue, provenanceSentence, type ProvenanceTest } from './provenance.js';
import { readFileSync } from 'node:fs';
import type { CaseFile } from './case.js';
import { compact, esc, graphPicture, hBars, hourHeatmap, lineChart, stackedBars } from './charts.js';
import { regionalSpikesSection } from './regional-spikes.js';
import { ARTEFACT_NAMES } from './link-graph.js';
import { bigNumber, longDate, money } from './summary.js';

let cssCache: string | null = null;
/** web/style.css, read from the repo (dist/src/report/ → three levels up). */
export function stylesheet(): string {
  return (cssCache ??= readFileSync(new URL('../../../web/style.css', import.meta.url), 'utf8'));
}

const int = (n: number): string => Math.round(n).toLocaleString('en-US');
const pct = (x: number): string => `${(x * 100).toFixed(x > 0 && x < 0.1 ? 1 : 0)}%`;
const shortDay = (d: string): string => d.slice(5);
/** '2026-04-26T15:00:00.000Z' → '2026-04-26 15:00' for figure boxes (exact times are in the JSON). */
export const shortTs = (iso: string | null): string => (iso ? iso.slice(0, 16).replace('T', ' ') : '–');
const MAX_MEMBER_ROWS = 500;

function figure(k: string, v: string, id?: string): string {
  return `<div class="figure"${id ? ` data-figure="${id}"` : ''}><div class="v">${esc(v)}</div><div class="k">${esc(k)}</div></div>`;
}

export function headlineSection(m: CaseFile): string {
  const h = m.headline;
  return `<div class="figures" data-testid="headline">
${figure('accounts', int(h.accounts), 'accounts')}
${figure('exchanges (requests)', int(h.exchanges), 'exchanges')}
${figure('input tokens', int(h.input_tokens), 'input_tokens')}
${figure('output tokens', int(h.output_tokens), 'output_tokens')}
${figure('reasoning tokens', int(h.reasoning_tokens), 'reasoning_tokens')}
${figure('first activity (UTC)', shortTs(h.first_activity), 'first_activity')}
${figure('last activity (UTC)', shortTs(h.last_activity), 'last_activity')}
${figure('requests per account per day', h.requests_per_account_day.toFixed(1), 'rate')}
${h.first_member_flagged_at ? figure('first account flagged (replay, UTC)', shortTs(h.first_member_flagged_at), 'first_member_flagged_at') : ''}
${figure('grouped as a campaign (replay, UTC)', shortTs(h.first_flagged_at), 'first_flagged_at')}
${figure('estimated value (USD, list prices)', money(m.value.total_usd), 'value')}
</div>
<table class="value"><caption class="estimate">${esc(m.value.label)}. An estimate, not a loss computation.</caption>
<tr><th></th><th class="num">tokens</th><th class="num">USD per million</th><th class="num">estimated USD</th></tr>
<tr><td>input</td><td class="num">${int(h.input_tokens)}</td><td class="num">${m.value.prices.input}</td><td class="num">${money(m.value.input_usd)}</td></tr>
<tr><td>output</td><td class="num">${int(h.output_tokens)}</td><td class="num">${m.value.prices.output}</td><td class="num">${money(m.value.output_usd)}</td></tr>
<tr><td>reasoning</td><td class="num">${int(h.reasoning_tokens)}</td><td class="num">${m.value.prices.reasoning}</td><td class="num">${money(m.value.reasoning_usd)}</td></tr>
<tr><th>total</th><th class="num">${int(h.total_tokens)}</th><th></th><th class="num">${money(m.value.total_usd)}</th></tr></table>`;
}

export function activitySection(m: CaseFile): string {
  const c = m.charts;
  const days = c.daily.map((d) => shortDay(d.day));
  const hours = Array.from({ length: 24 }, (_, i) => String(i).padStart(2, '0'));
  return `<h3>Daily exchanges: campaign against all other traffic</h3>
${lineChart({ id: 'daily', title: 'Exchanges per day, campaign vs other accounts', labels: days, series: [{ name: `campaign ${m.campaign.id}`, cls: 's-campaign', values: c.daily.map((d) => d.campaign) }, { name: 'all other accounts', cls: 's-other', values: c.daily.map((d) => d.other) }] })}
<h3>Accounts created per day</h3>
${stackedBars({ id: 'signups', title: 'Accounts created per day', labels: c.signups.map((d) => shortDay(d.day)), series: [{ name: 'campaign members', cls: 's-campaign', values: c.signups.map((d) => d.campaign) }, { name: 'other accounts', cls: 's-other', values: c.signups.map((d) => d.other) }] })}
<h3>Hour of day (UTC): share of each group's requests</h3>
<p class="muted">People sleep: organic traffic follows the day. A flat campaign line means a scheduler spread the work evenly around the clock; matching stripes in the heat map below mean the accounts were driven by one scheduler.</p>
${lineChart({ id: 'hours', title: 'Share of requests per hour of day', labels: hours, share: true, labelEvery: 3, series: [{ name: `campaign ${m.campaign.id}`, cls: 's-campaign', values: c.hours.campaign }, { name: 'all other accounts', cls: 's-other', values: c.hours.other }] })}
${c.hours.profiles.length ? hourHeatmap({ id: 'heatmap', title: 'Hour-of-day profile of the most active members', rows: c.hours.profiles.map((p) => ({ label: p.account_id, hours: p.hours })) }) : ''}`;
}

function ranked(obj: Record<string, number>): { label: string; value: number }[] {
  return Object.entries(obj).filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([label, value]) => ({ label, value }));
}

export function contentSection(m: CaseFile): string {
  const caps = ranked(m.charts.capabilities);
  const total = caps.reduce((t, r) => t + r.value, 0) || 1;
  return `<h3>Capabilities targeted</h3>
${hBars({ id: 'capabilities', title: 'Requests per capability', cls: 'bar-campaign', rows: caps.map((r) => ({ ...r, note: pct(r.value / total) })) })}
<h3>Extraction patterns</h3>
${hBars({ id: 'intent-kinds', title: 'Requests per extraction pattern', cls: 'bar-campaign', rows: ranked(m.charts.intent_kinds).map((r) => ({ ...r, note: pct(r.value / Math.max(1, m.headline.exchanges)) })) })}
<h3>Models</h3>${hBars({ id: 'models', title: 'Requests per model', rows: ranked(m.charts.models) })}`;
}

export function infrastructureSection(m: CaseFile): string {
  const inf = m.infrastructure;
  const s = inf.signup;
  return `<div class="figures">
${figure('distinct IP addresses', int(inf.distinct_ips))}
${figure('distinct network prefixes', int(inf.distinct_prefixes))}
${figure('datacenter share of traffic', pct(inf.datacenter_share), 'datacenter_share')}
${figure('VPN share of traffic', pct(inf.vpn_share), 'vpn_share')}
${figure('user agent / TLS mismatch', pct(inf.ua_tls_mismatch_share))}
${figure('shared payment instruments', int(s.shared_payment_instruments), 'shared_payments')}
${figure('verified accounts', pct(s.verified_share))}
</div>
<h3>Networks (ASNs)</h3>
${hBars({ id: 'asns', title: 'Campaign requests per ASN', cls: 'bar-campaign', rows: inf.asns.map((a) => ({ label: `AS${a.key}${a.org ? ' ' + a.org : ''}`, value: a.campaign, note: `${pct(a.campaign / Math.max(1, a.total))} of the ASN's traffic` })) })}
<h3>Countries (by IP)</h3>
${hBars({ id: 'countries', title: 'Campaign requests per country', rows: inf.countries.map((c) => ({ label: c.country ?? 'unknown', value: c.exchanges })) })}
<h3>Network prefixes</h3>
<table data-testid="prefixes"><tr><th>prefix</th><th class="num">campaign requests</th><th class="num">members</th><th class="num">campaign share of prefix traffic</th></tr>
${inf.prefixes.slice(0, 20).map((p) => `<tr><td class="mono">${esc(p.key)}</td><td class="num">${int(p.campaign)}</td><td class="num">${int(p.accounts)}</td><td class="num">${pct(p.campaign / Math.max(1, p.total))}</td></tr>`).join('\n')}</table>
<h3>Clients (user agent family | JA4 TLS stack)</h3>
<table><tr><th>client</th><th class="num">members</th><th class="num">campaign share of this client's traffic</th></tr>
${inf.clients.map((c) => `<tr><td class="mono">${esc(c.key)}</td><td class="num">${int(c.accounts)}</td><td class="num">${pct(c.campaign / Math.max(1, c.total))}</td></tr>`).join('\n')}</table>
<h3>Shared payment instruments</h3>
${inf.shared_payments.length ? `<table data-testid="payments"><tr><th>payment fingerprint${m.redacted ? ' (SHA-256)' : ''}</th><th class="num">members</th><th class="num">other accounts</th></tr>
${inf.shared_payments.slice(0, 30).map((p) => `<tr><td class="mono">${esc(p.fingerprint.length > 40 ? p.fingerprint.slice(0, 40) + '…' : p.fingerprint)}</td><td class="num">${p.members}</td><td class="num">${p.others}</td></tr>`).join('\n')}</table>` : '<p class="muted">No payment instrument is shared by two members.</p>'}
<h3>Sign-up</h3>
<p>Accounts created between <b>${esc(s.first_created_at ?? '–')}</b> and <b>${esc(s.last_created_at ?? '–')}</b>. Tiers: ${Object.entries(s.tiers).filter(([, n]) => n).map(([t, n]) => `${esc(t)} ${int(n)}`).join(', ') || '–'}.
E-mail domains: ${Object.entries(s.email_domains).filter(([, n]) => n).sort((a, b) => b[1] - a[1]).slice(0, 12).map(([d, n]) => `${esc(d)} ${int(n)}`).join(', ') || '–'}.</p>`;
}

export function campaignSpikesSection(m: CaseFile): string {
  return regionalSpikesSection(m.regional_spikes ?? [], 'No regional spike coincided with this campaign\'s traffic.');
}

export function graphSection(m: CaseFile): string {
  const g = m.graph;
  if (!g.nodes.length) return '<p class="muted">No link data (analysis without database).</p>';
  const members = g.nodes.filter((n) => n.kind !== 'artefact');
  const hubs = g.nodes.filter((n) => n.kind === 'artefact');
  const kinds = [...new Set(hubs.map((n) => (n.type ? ARTEFACT_NAMES[n.type] : null)).filter((k): k is string => k !== null))];
  const shown = g.omitted ? `the ${int(members.length)} most active of ${int(members.length + g.omitted)} members` : `all ${int(members.length)} members`;
  return `<p class="muted">Each dot is a member account (red: flagged); each diamond is an item members share${kinds.length ? ` (${esc(kinds.join(', '))})` : ''}, with a line to every drawn member holding it. Items most members hold are along the top (the core); items a few hold group them into sub-teams; an account with one link hangs at the bottom (attached).
Showing ${shown}, ${int(hubs.length)} shared item${hubs.length === 1 ? '' : 's'} and ${int(g.edges.length)} lines${g.omitted_edges ? ` (the strongest; ${int(g.omitted_edges)} not drawn)` : ''}.</p>
${graphPicture({ id: 'graph', title: 'Account-link graph', nodes: g.nodes, edges: g.edges, positions: g.positions })}`;
}

/** The groups joined to the campaign as sub-teams of one operation, and what links each (empty when none). */
export function subteamsSection(m: CaseFile): string {
  if (m.subteams.length === 0) return '';
  const joined = m.members.filter((r) => r.reasons.includes('campaign:subteam')).length;
  return `<h2>Sub-teams</h2>
<p>This operation was found as ${int(m.subteams.length + 1)} groups, on their own cards, networks or clients, and reported as one campaign: ${int(m.members.length - joined)} member${m.members.length - joined === 1 ? '' : 's'} in the group first found, ${int(joined)} in the sub-teams joined to it (reason <span class="reason">campaign:subteam</span>). Each group was flagged on its own evidence before it was joined; the link says only that they are one operation.</p>
<table data-testid="subteams"><tr><th>found as</th><th class="num">accounts when joined</th><th>linked by</th><th>on</th></tr>
${m.subteams.map((t) => `<tr><td class="mono">${esc(t.id)}</td><td class="num">${t.accounts ? int(t.accounts) : '–'}</td><td><span class="reason">${esc(t.linked_by)}</span> ${esc(t.title)}</td><td>${esc(t.detail ?? '')}</td></tr>`).join('\n')}</table>`;
}

export function evidenceSection(m: CaseFile): string {
  const terms = Object.entries(m.evidence.terms).filter(([, v]) => v !== 0).sort((a, b) => b[1] - a[1]);
  return `<p>Campaign score <b>${m.campaign.score.toFixed(2)}</b> (0–1). Terms of the score (positive: evidence of harvesting; negative: exculpatory):</p>
<table data-testid="terms"><tr><th>reason</th><th class="num">weight</th><th>share of members linked</th></tr>
${terms.map(([k, v]) => `<tr><td><span class="reason">${esc(k)}</span></td><td class="num">${v.toFixed(2)}</td><td class="muted">${esc(linkShareNote(m, k))}</td></tr>`).join('\n')}</table>
<h3>Reason codes across members</h3>
<table data-testid="reason-counts"><tr><th>reason</th><th class="num">accounts</th><th>meaning</th></tr>
${m.reason_counts.map((r) => `<tr><td><span class="reason">${esc(r.code)}</span></td><td class="num">${int(r.accounts)}</td><td>${esc(m.methodology.signals.find((s) => s.code === r.code)?.title ?? '')}</td></tr>`).join('\n')}</table>`;
}

function linkShareNote(m: CaseFile, term: string): string {
  const map: Record<string, string[]> = { 'link:shared-payment': ['payment'], 'link:signup-burst': ['signup-burst', 'signup-net'], 'link:shared-template': ['frame'], 'link:model-pivot': ['pivot'], 'link:perturbed-items': ['variant'], 'link:spoofed-client': ['spoof'] };
  const keys = map[term];
  if (!keys) return '';
  return keys.map((k) => `${k}: ${pct(m.evidence.link_shares[k] ?? 0)}`).join(', ');
}

export function membersTable(rows: CaseFile['members'], link?: (id: string) => string): string {
  const feat = (r: CaseFile['members'][number], k: string, f: (v: number) => string) => (r.features[k] === undefined ? '–' : f(r.features[k]!));
  return `<table data-testid="members"><tr><th>account</th><th class="num">risk</th><th class="num">requests</th><th class="num">intent</th><th class="num">hour entropy</th><th class="num">datacenter</th><th>created</th><th>reason codes (evidence)</th></tr>
${rows.map((r) => `<tr><td class="mono">${link ? `<a href="${esc(link(r.account_id))}">${esc(r.account_id)}</a>` : esc(r.account_id)}</td><td class="num">${r.risk.toFixed(2)}</td><td class="num">${int(r.interactions)}</td>
<td class="num">${feat(r, 'intent', (v) => v.toFixed(2))}</td><td class="num">${feat(r, 'hourEntropy', (v) => v.toFixed(2))}</td><td class="num">${feat(r, 'datacenterShare', pct)}</td>
<td>${esc((r.created_at ?? '').slice(0, 16))}</td><td>${r.reasons.map((c) => `<span class="reason" title="${esc(c)}">${esc(c)}</span>`).join(' ')}</td></tr>`).join('\n')}</table>`;
}

export function promptsSection(m: CaseFile): string {
  if (!m.sample_prompts.length) return '<p class="muted">No prompt text was kept (analysis run with --privacy).</p>';
  return `${m.redacted ? '<p class="muted">Redacted: every word is reduced to its first letter; e-mail addresses, URLs and IP addresses are replaced.</p>' : ''}
${m.sample_prompts.map((p) => `<h3 class="mono">${esc(p.account_id)}</h3><div class="prompt" data-testid="prompt">${esc(p.prompt)}</div>`).join('\n')}`;
}

export function methodologySection(m: CaseFile): string {
  return `<p>distillguard replays the provider's request logs in time order through the same detection engine the gateway runs live. Each request is enriched (network owner, datacenter/VPN ranges, client and TLS fingerprint) and scored for extraction patterns; each account keeps mergeable counters; periodically the engine links accounts that share payment instruments, sign-up bursts, networks, prompt templates or model switches, clusters the link graph, and scores each cluster on the pooled evidence of its members. The signals behind this case:</p>
<table data-testid="methodology"><tr><th>signal</th><th>what it means</th><th>limits</th></tr>
${m.methodology.signals.map((s) => `<tr><td><span class="reason">${esc(s.code)}</span><br>${esc(s.title)}</td><td>${esc(s.meaning)}</td><td class="muted">${esc(s.limits)}</td></tr>`).join('\n')}</table>
<h3>General limits</h3><ul>${m.methodology.limits.map((l) => `<li>${esc(l)}</li>`).join('')}</ul>`;
}

export function renderCaseHtml(m: CaseFile): string {
  const h = m.headline;
  const memberRows = m.members.slice(0, MAX_MEMBER_ROWS);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="distillguard report">
<title>Case file ${esc(m.campaign.id)}: distillation campaign, ${esc(bigNumber(h.exchanges))} exchanges</title>
<style>${stylesheet()}</style></head>
<body><main>
<p class="muted">distillguard case file · generated ${esc(m.generated_at)}${m.redacted ? ' · <b>redacted</b>' : ''}</p>
<h1 data-testid="title">Distillation campaign ${esc(m.campaign.id)}</h1>
<p class="muted">${esc(longDate(h.first_activity))} – ${esc(longDate(h.last_activity))} · ${int(h.accounts)} accounts · ${int(h.exchanges)} exchanges · score ${m.campaign.score.toFixed(2)}</p>
<h2>Summary</h2>
<p class="summary" data-testid="summary">${esc(m.summary)}</p>
<h2>Headline figures</h2>
${headlineSection(m)}
<h2>Activity</h2>
${activitySection(m)}
<h2>What was asked</h2>
${contentSection(m)}
<h2>Infrastructure</h2>
${infrastructureSection(m)}
<h2>Regional spikes</h2>
${campaignSpikesSection(m)}
<h2>Account-link graph</h2>
${graphSection(m)}
${subteamsSection(m)}
<h2>Evidence</h2>
${evidenceSection(m)}
${m.provenance?.length ? `<h2>Output watermark</h2>\n${provenanceSection(m.provenance)}\n` : ''}<h2>Member accounts</h2>
<p class="muted">${m.members.length > MAX_MEMBER_ROWS ? `The ${MAX_MEMBER_ROWS} highest-risk of ${int(m.members.length)} members; all are in the JSON case file.` : `All ${int(m.members.length)} members, highest risk first.`} Features: intent = mean extraction-intent score, hour entropy = 1 for perfectly even round-the-clock activity.</p>
${membersTable(memberRows)}
<h2>Sample prompts</h2>
${promptsSection(m)}
<h2>Methodology</h2>
${methodologySection(m)}
<p class="muted">Source: ${esc(m.source.dataset ?? 'unknown dataset')} analysed into ${esc(m.source.analysis)}. Tokens as billed: ${esc(compact(h.total_tokens))} in total.</p>
</main></body></html>
`;
}

/** Watermark tests of a suspect model: the sentence a reader can check, then the numbers it rests on. */
export function provenanceSection(tests: readonly ProvenanceTest[]): string {
  return `${tests.map((t) => `<p data-testid="provenance">${esc(provenanceSentence(t))}</p>`).join('\n')}
<table><tr><th>subject</th><th class="num">texts</th><th class="num">scored contexts</th><th class="num">hits</th><th class="num">expected</th><th class="num">z</th><th class="num">p-value</th></tr>
${tests.map((t) => `<tr><td class="mono">${esc(t.subject)}</td><td class="num">${t.texts ?? '–'}</td><td class="num">${int(t.scored)}</td><td class="num">${int(t.hits)}</td><td class="num">${t.expected.toFixed(1)}</td><td class="num">${t.statistic.toFixed(1)}</td><td class="num">${esc(formatPValue(t))}</td></tr>`).join('\n')}</table>
<p class="muted">Method: ${esc(tests[0]!.method)}. The p-value is the chance of at least this many hits for a source that never saw the key; see docs/watermark.md for what the test can and cannot prove.</p>`;
}
