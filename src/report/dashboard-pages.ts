/**
 * Server-rendered dashboard pages: overview, campaign, account, review queue and audit trail. Plain HTML with the
 * case file's SVG charts; review actions are ordinary forms (they work without script) that web/dashboard.js
 * upgrades to in-place updates.
 */
import type { Verdict } from '../dataset/types.js';
import type { AuditRow, ReviewRow } from '../store/store.js';
import type { CaseFile } from './case.js';
import { esc, hBars, histogram, lineChart, stackedBars } from './charts.js';
import type { AccountView, Overview } from './dashboard-data.js';
import { regionalSpikesSection } from './regional-spikes.js';
import { activitySection, campaignSpikesSection, contentSection, evidenceSection, graphSection, headlineSection, infrastructureSection, promptsSection, shortTs } from './html.js';
import { signalNote } from './methodology.js';

const int = (n: number): string => Math.round(n).toLocaleString('en-US');
export type QueueFilter = 'open' | 'confirmed' | 'dismissed' | 'allowlisted' | 'all';
export const QUEUE_FILTERS: readonly QueueFilter[] = ['open', 'confirmed', 'dismissed', 'allowlisted', 'all'];

export function layout(base: string, title: string, body: string, flash?: string | null): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} · distillguard</title><link rel="stylesheet" href="${base}/static/style.css"></head>
<body><nav class="top"><a href="${base}/"><b>distillguard</b></a><a href="${base}/">Overview</a><a href="${base}/queue" data-testid="nav-queue">Review queue</a><a href="${base}/audit">Audit trail</a></nav>
<main>${flash ? `<p class="flash" role="status" data-testid="flash">${esc(flash)}</p>` : '<p class="flash" role="status" data-testid="flash" hidden></p>'}
${body}</main><script src="${base}/static/dashboard.js" defer></script></body></html>
`;
}

function badge(state: string | null | undefined): string {
  const s = state ?? 'open';
  return `<span class="badge ${esc(s)}" data-testid="state">${esc(s)}</span>`;
}

function fig(k: string, v: string, id?: string): string {
  return `<div class="figure"${id ? ` data-figure="${id}"` : ''}><div class="v">${esc(v)}</div><div class="k">${esc(k)}</div></div>`;
}

export function overviewPage(base: string, o: Overview, reviews: Map<string, ReviewRow>, queueOpen: number): string {
  const counts = { confirmed: 0, dismissed: 0, allowlisted: 0, blocked: 0 };
  for (const r of reviews.values()) counts[r.state]++;
  const days = o.traffic.map((d) => d.day.slice(5));
  const body = `<h1>Overview</h1><p class="muted">Analysis ${esc(o.source)}</p>
<div class="figures">${fig('accounts', int(o.accounts), 'accounts')}${fig('flagged accounts', int(o.flagged), 'flagged')}${o.exchanges !== null ? fig('exchanges', int(o.exchanges)) : ''}
${fig('campaigns', int(o.campaigns.length), 'campaigns')}${fig('awaiting review', int(queueOpen), 'open')}${fig('confirmed', int(counts.confirmed))}${fig('dismissed', int(counts.dismissed))}${fig('allowlisted', int(counts.allowlisted))}</div>
<h2>Traffic</h2>
${o.traffic.length ? stackedBars({ id: 'traffic', title: 'Exchanges per day', labels: days, series: [{ name: 'flagged accounts', cls: 's-campaign', values: o.traffic.map((d) => d.campaign) }, { name: 'other accounts', cls: 's-other', values: o.traffic.map((d) => d.other) }] }) : '<p class="muted">No traffic table (analysis without database).</p>'}
<h2>Risk distribution</h2>
${histogram({ id: 'risk', title: 'Accounts per risk score (log scale)', values: o.risks, log: true })}
${o.spikes ? `<h2>Regional spikes</h2><p>${int(o.spikes.total)} spiking region-hour${o.spikes.total === 1 ? '' : 's'} in this analysis${o.spikes.regions.length ? '; the strongest regions:' : '.'}</p>
${regionalSpikesSection(o.spikes.regions, 'No country or network rose far above its baseline.')}` : ''}
<h2>Campaigns</h2>
<table data-testid="campaigns"><tr><th>campaign</th><th class="num">accounts</th><th class="num">exchanges</th><th class="num">score</th><th>activity (UTC)</th><th>flagged at</th><th>reasons</th></tr>
${o.campaigns.map((c) => `<tr><td><a href="${base}/campaign/${encodeURIComponent(c.id)}">${esc(c.id)}</a></td><td class="num">${int(c.accounts)}</td><td class="num">${c.exchanges === null ? '–' : int(c.exchanges)}</td><td class="num">${c.score.toFixed(2)}</td>
<td>${esc((c.first_activity ?? '').slice(0, 10))} – ${esc((c.last_activity ?? '').slice(0, 10))}</td><td>${esc((c.first_flagged_at ?? '').slice(0, 16))}</td><td>${c.reasons.slice(0, 4).map((r) => `<span class="reason">${esc(r)}</span>`).join(' ')}</td></tr>`).join('\n') || '<tr><td colspan="7">No campaign detected.</td></tr>'}</table>`;
  return layout(base, 'Overview', body);
}

export function campaignPage(base: string, m: CaseFile, reviews: Map<string, ReviewRow>): string {
  const id = encodeURIComponent(m.campaign.id);
  const members = m.members.slice(0, 1000);
  const body = `<h1 data-testid="title">Campaign ${esc(m.campaign.id)}</h1>
<p><a href="${base}/campaign/${id}/case.html">Case file (HTML)</a> · <a href="${base}/campaign/${id}/case.json">JSON</a> · <a href="${base}/campaign/${id}/stix.json">STIX 2.1</a> · <a href="${base}/queue?campaign=${id}&amp;state=all">Review this campaign's accounts</a></p>
<p class="summary" data-testid="summary">${esc(m.summary)}</p>
${headlineSection(m)}
<h2>Activity</h2>${activitySection(m)}
<h2>What was asked</h2>${contentSection(m)}
<h2>Infrastructure</h2>${infrastructureSection(m)}
<h2>Regional spikes</h2>${campaignSpikesSection(m)}
<h2>Account-link graph</h2>${graphSection(m)}
<h2>Evidence</h2>${evidenceSection(m)}
<h2>Members</h2>
<table data-testid="members"><tr><th>account</th><th class="num">risk</th><th class="num">requests</th><th>review</th><th>reason codes</th></tr>
${members.map((r) => `<tr><td class="mono"><a href="${base}/account/${encodeURIComponent(r.account_id)}">${esc(r.account_id)}</a></td><td class="num">${r.risk.toFixed(2)}</td><td class="num">${int(r.interactions)}</td><td>${badge(reviews.get(r.account_id)?.state)}</td><td>${r.reasons.map((c) => `<span class="reason">${esc(c)}</span>`).join(' ')}</td></tr>`).join('\n')}</table>
${m.members.length > members.length ? `<p class="muted">${int(m.members.length - members.length)} more members in the JSON case file.</p>` : ''}
<h2>Sample prompts</h2>${promptsSection(m)}`;
  return layout(base, `Campaign ${m.campaign.id}`, body);
}

export function reviewForm(base: string, accountId: string, back: string): string {
  const hidden = `<input type="hidden" name="account_id" value="${esc(accountId)}"><input type="hidden" name="back" value="${esc(back)}">`;
  const btn = (action: string, label: string, cls = '') => `<form class="inline review" method="post" action="${base}/review">${hidden}<input type="hidden" name="action" value="${action}"><button type="submit" class="${cls}" data-action="${action}">${label}</button></form>`;
  return `<span class="actions">${btn('confirm', 'Confirm', 'confirm')} ${btn('dismiss', 'Dismiss')} ${btn('allowlist', 'Allowlist')} ${btn('reopen', 'Reopen')}
<form class="inline review" method="post" action="${base}/review">${hidden}<input type="hidden" name="action" value="appeal"><input type="text" name="note" placeholder="appeal: who, what they said" aria-label="appeal note" required><button type="submit" data-action="appeal">Note appeal</button></form></span>`;
}

export function queuePage(base: string, rows: Verdict[], reviews: Map<string, ReviewRow>, filter: QueueFilter, campaign: string | null, flash: string | null, self: string): string {
  const LIMIT = 200;
  const selected = rows.filter((v) => (campaign === null || v.campaign_id === campaign) && (filter === 'all' || (reviews.get(v.account_id)?.state ?? 'open') === filter));
  const tabs = QUEUE_FILTERS.map((f) => `<a href="${base}/queue?state=${f}${campaign ? `&amp;campaign=${encodeURIComponent(campaign)}` : ''}"${f === filter ? ' aria-current="page"><b>' + f + '</b></a>' : `>${f}</a>`}`).join(' · ');
  const body = `<h1>Review queue</h1>
<p class="muted">Flagged and linked accounts, highest risk first. A flag is a reason to review: confirm to act, dismiss a false positive, allowlist a legitimate heavy user, note an appeal. Every action is written to the audit trail.</p>
<p>${tabs}${campaign ? ` · campaign <b>${esc(campaign)}</b> (<a href="${base}/queue?state=${filter}">all campaigns</a>)` : ''}</p>
<p data-testid="queue-count">${int(selected.length)} account${selected.length === 1 ? '' : 's'}${selected.length > LIMIT ? `, showing the first ${LIMIT}` : ''}</p>
<table data-testid="queue"><tr><th>account</th><th class="num">risk</th><th>campaign</th><th>reasons</th><th>state</th><th>actions</th></tr>
${selected.slice(0, LIMIT).map((v) => `<tr data-account="${esc(v.account_id)}"><td class="mono"><a href="${base}/account/${encodeURIComponent(v.account_id)}">${esc(v.account_id)}</a></td><td class="num">${v.risk.toFixed(2)}</td>
<td>${v.campaign_id ? `<a href="${base}/campaign/${encodeURIComponent(v.campaign_id)}">${esc(v.campaign_id)}</a>` : '–'}</td><td>${v.reasons.slice(0, 3).map((r) => `<span class="reason">${esc(r)}</span>`).join(' ')}</td>
<td>${badge(reviews.get(v.account_id)?.state)}</td><td>${reviewForm(base, v.account_id, self)}</td></tr>`).join('\n')}</table>`;
  return layout(base, 'Review queue', body, flash);
}

function auditTable(rows: AuditRow[], base: string): string {
  return `<table data-testid="audit"><tr><th>time (UTC)</th><th>actor</th><th>action</th><th>account</th><th>detail</th></tr>
${rows.map((a) => `<tr><td class="mono">${esc(a.ts)}</td><td>${esc(a.actor)}</td><td>${esc(a.action)}</td><td class="mono">${a.account_id ? `<a href="${base}/account/${encodeURIComponent(a.account_id)}">${esc(a.account_id)}</a>` : ''}</td><td>${esc(detailText(a.detail))}</td></tr>`).join('\n') || '<tr><td colspan="5">No entries yet.</td></tr>'}</table>`;
}

function detailText(d: Record<string, unknown> | null): string {
  if (!d) return '';
  return Object.entries(d).filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => `${k}: ${typeof v === 'number' ? Math.round(v * 1000) / 1000 : String(v)}`).join(' · ');
}

export function auditPage(base: string, rows: AuditRow[]): string {
  return layout(base, 'Audit trail', `<h1>Audit trail</h1><p class="muted">Newest first. Review decisions are never edited: a change of mind is a new entry.</p>${auditTable(rows, base)}`);
}

export function accountPage(base: string, a: AccountView, review: ReviewRow | undefined, audit: AuditRow[], flash: string | null, self: string): string {
  const v = a.verdict;
  const row = a.row;
  const act = a.activity;
  const feats = row ? Object.entries(row.features) : [];
  const body = `<h1 data-testid="title">Account <span class="mono">${esc(v.account_id)}</span></h1>
<div class="figures">${fig('risk', v.risk.toFixed(3), 'risk')}${fig('flagged', v.flagged ? 'yes' : 'no', 'flagged')}${fig('campaign', v.campaign_id ?? '–')}${fig('first flagged (UTC)', shortTs(v.first_flagged_at))}
${row ? fig('requests', int(row.interactions)) + fig('created (UTC)', shortTs(row.created_at)) + fig('tier', row.tier ?? '–') + fig('verified', row.verified ? 'yes' : 'no') : ''}</div>
<h2>Review</h2>
<p>State: ${badge(review?.state)}${review?.note ? ` <span class="muted" data-testid="review-note">${esc(review.note)}</span>` : ''}</p>
<div data-account="${esc(v.account_id)}">${reviewForm(base, v.account_id, self)}</div>
<h2>Reason codes</h2>
<table data-testid="reasons"><tr><th>reason</th><th>meaning</th><th>limits</th></tr>
${v.reasons.map((r) => { const n = signalNote(r); return `<tr><td><span class="reason">${esc(r)}</span></td><td>${esc(n.meaning)}</td><td class="muted">${esc(n.limits)}</td></tr>`; }).join('\n') || '<tr><td colspan="3">No reason codes.</td></tr>'}</table>
${act ? `<h2>Timeline</h2>
${lineChart({ id: 'timeline', title: 'Requests per day', labels: act.daily.map((d) => d.day.slice(5)), series: [{ name: 'requests', cls: 's-campaign', values: act.daily.map((d) => d.exchanges) }] })}
${stackedBars({ id: 'account-hours', title: 'Requests per hour of day (UTC)', labels: act.hours.map((_, i) => String(i).padStart(2, '0')), series: [{ name: 'requests', cls: 's-campaign', values: act.hours }], labelEvery: 3 })}
<h3>Capabilities</h3>${hBars({ id: 'account-capabilities', title: 'Requests per capability', rows: Object.entries(act.capabilities).map(([label, value]) => ({ label, value })) })}
<h3>Networks and clients</h3><table><tr><th>prefix</th><th class="num">requests</th></tr>${act.prefixes.map((p) => `<tr><td class="mono">${esc(p.key)}</td><td class="num">${int(p.n)}</td></tr>`).join('')}</table>
<table><tr><th>client</th><th class="num">requests</th></tr>${act.clients.map((p) => `<tr><td class="mono">${esc(p.key)}</td><td class="num">${int(p.n)}</td></tr>`).join('')}</table>` : ''}
${feats.length ? `<h2>Features</h2><table data-testid="features"><tr><th>feature</th><th class="num">value</th></tr>${feats.map(([k, x]) => `<tr><td>${esc(k)}</td><td class="num">${Number.isInteger(x) ? int(x) : x.toFixed(3)}</td></tr>`).join('')}</table>` : ''}
${row ? `<h2>Sign-up</h2><p>E-mail domain <b>${esc(row.email_domain ?? '–')}</b> · payment fingerprint <span class="mono">${esc(row.payment_fingerprint ?? '–')}</span> · declared country ${esc(row.country ?? '–')}</p>` : ''}
<h2>Sample prompts</h2>
${a.prompts.length ? a.prompts.map((p) => `<div class="prompt" data-testid="prompt">${esc(p)}</div>`).join('\n') : '<p class="muted">No sample prompt kept for this account (samples are kept for a few members per campaign).</p>'}
<h2>Audit trail</h2>${auditTable(audit, base)}`;
  return layout(base, `Account ${v.account_id}`, body, flash);
}
