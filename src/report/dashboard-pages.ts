/**
 * Server-rendered dashboard pages: overview, campaign, account, review queue and audit trail. Plain HTML with the
 * case file's SVG charts; review actions are ordinary forms (they work without script) that web/dashboard.js
 * upgrades to in-place updates.
 */
import type { AppealRow, AuditRow, ReviewRow } from '../store/store.js';
import type { CaseFile } from './case.js';
import { esc, hBars, histogram, lineChart, stackedBars } from './charts.js';
import type { AccountView, Overview } from './dashboard-data.js';
import { regionalSpikesSection } from './regional-spikes.js';
import { activitySection, campaignSpikesSection, contentSection, evidenceSection, graphSection, headlineSection, infrastructureSection, promptsSection, shortTs, subteamsSection } from './html.js';
import { signalNote } from './methodology.js';
import { featureLabel, formatFeature } from './feature-names.js';
import { bulkTargets, GROUP_LABEL, MEMBER_GROUPS, memberGroup, PAGE_SIZES, QUEUE_FILTERS, queueSearch, stateOf, type CampaignQueue, type QueuePage, type QueueQuery, type QueueRow } from './review-queue.js';

const int = (n: number): string => Math.round(n).toLocaleString('en-US');

/** An error the page reports: its catalogue code and a plain message (src/errors.ts). */
export interface PageError {
  code: string;
  message: string;
}

/** The error line a page (or web/dashboard.js, after a failed action) shows: the message, then its code. */
export function errorLine(e: PageError): string {
  return `<p class="error" role="alert" data-testid="error" data-code="${esc(e.code)}">${esc(e.message)} <code>${esc(e.code)}</code></p>`;
}

export function layout(base: string, title: string, body: string, flash?: string | null, error?: PageError | null): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} · distillguard</title><link rel="stylesheet" href="${base}/static/style.css"></head>
<body><nav class="top"><a href="${base}/"><b>distillguard</b></a><a href="${base}/">Overview</a><a href="${base}/queue" data-testid="nav-queue">Review queue</a><a href="${base}/audit">Audit trail</a></nav>
<main>${flash ? `<p class="flash" role="status" data-testid="flash">${esc(flash)}</p>` : '<p class="flash" role="status" data-testid="flash" hidden></p>'}${error ? errorLine(error) : ''}
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
${o.traffic.length ? stackedBars({ id: 'traffic', title: 'Exchanges per day', labels: days, series: [{ name: 'exchanges by flagged accounts', cls: 's-campaign', values: o.traffic.map((d) => d.campaign) }, { name: 'exchanges by other accounts', cls: 's-other', values: o.traffic.map((d) => d.other) }] }) : '<p class="muted">No traffic table (analysis without database).</p>'}
<h2>Risk distribution</h2>
${histogram({ id: 'risk', title: 'Accounts per risk score (bar height on a log scale; hover for the count)', values: o.risks, log: true })}
${o.spikes ? `<h2>Regional spikes</h2><p>${int(o.spikes.total)} spiking region-hour${o.spikes.total === 1 ? '' : 's'} in this analysis${o.spikes.regions.length ? '; the strongest regions:' : '.'}</p>
${regionalSpikesSection(o.spikes.regions, 'No country or network rose far above its baseline.')}` : ''}
<h2>Campaigns</h2>
<table data-testid="campaigns"><tr><th>campaign</th><th class="num">accounts</th><th class="num">exchanges</th><th class="num">score</th><th>activity (UTC)</th><th>flagged at</th><th>reasons</th></tr>
${o.campaigns.map((c) => `<tr><td><a href="${base}/campaign/${encodeURIComponent(c.id)}">${esc(c.id)}</a>${c.subteams ? ` <span class="muted">· ${int(c.subteams + 1)} sub-teams</span>` : ''}</td><td class="num">${int(c.accounts)}</td><td class="num">${c.exchanges === null ? '–' : int(c.exchanges)}</td><td class="num">${c.score.toFixed(2)}</td>
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
${subteamsSection(m)}
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

/** Bulk form: one decision for a campaign (or one group of it); the accounts decided one by one stay as they are. */
function bulkForm(base: string, campaign: string, group: string | null, action: 'confirm' | 'dismiss', n: number, back: string, skipped: number): string {
  if (n === 0) return '';
  const label = `${action === 'confirm' ? 'Confirm' : 'Dismiss'} ${int(n)} open`;
  const title = action === 'confirm' ? `Block ${int(n)} open flagged accounts${skipped ? ` (${int(skipped)} of verified organisations are left for one-by-one review)` : ''}` : `Mark ${int(n)} open flagged accounts as false positives`;
  return `<form class="inline bulk" method="post" action="${base}/review/bulk"><input type="hidden" name="campaign" value="${esc(campaign)}">${group ? `<input type="hidden" name="group" value="${esc(group)}">` : ''}<input type="hidden" name="action" value="${action}"><input type="hidden" name="back" value="${esc(back)}"><button type="submit" class="${action === 'confirm' ? 'confirm' : ''}" title="${esc(title)}" data-bulk="${action}">${label}</button></form>`;
}

function countsCells(c: CampaignQueue['counts']): string {
  return `<td class="num">${int(c.flagged)}</td><td class="num" data-testid="open">${int(c.open)}</td><td class="num">${int(c.confirmed + c.blocked)}</td><td class="num">${int(c.dismissed + c.allowlisted)}</td><td class="num">${c.appealed ? `<b>${int(c.appealed)}</b>` : '0'}</td><td class="num">${int(c.verified)}</td><td class="num">${c.maxRisk.toFixed(2)}</td>`;
}

/** Campaigns first: each campaign and its groups with counts by state and one-step decisions. */
function campaignQueueTable(base: string, campaigns: CampaignQueue[], rows: readonly QueueRow[], reviews: Map<string, ReviewRow>, q: QueueQuery, self: string): string {
  if (campaigns.length === 0) return '<p class="muted">No campaign among the flagged accounts.</p>';
  const actions = (campaign: string, group: string | null) => {
    const g = group as Parameters<typeof bulkTargets>[4];
    const confirm = bulkTargets(rows, reviews, 'confirm', campaign, g);
    const dismiss = bulkTargets(rows, reviews, 'dismiss', campaign, g);
    return `${bulkForm(base, campaign, group, 'confirm', confirm.targets.length, self, confirm.skippedVerified)} ${bulkForm(base, campaign, group, 'dismiss', dismiss.targets.length, self, 0)}`;
  };
  const body = campaigns.map((c) => {
    const link = `${base}/queue${queueSearch(q, { campaign: c.campaign, group: null, page: 1 })}`;
    const head = `<tr class="campaign-row" data-campaign="${esc(c.campaign)}"><td><a href="${link}"><b>${esc(c.campaign)}</b></a> · <a href="${base}/campaign/${encodeURIComponent(c.campaign)}">case</a></td><td>${c.groups.length > 1 ? 'all members' : esc(GROUP_LABEL[c.groups[0]!.group])}</td>${countsCells(c.counts)}<td>${actions(c.campaign, null)}</td></tr>`;
    // A campaign of one group shows it on its own row; groups get rows of their own when there are several.
    const groups = c.groups.length > 1
      ? c.groups.map((g) => `<tr class="group-row" data-campaign="${esc(c.campaign)}" data-group="${g.group}"><td></td><td><a href="${base}/queue${queueSearch(q, { campaign: c.campaign, group: g.group, page: 1 })}">${esc(GROUP_LABEL[g.group])}</a></td>${countsCells(g.counts)}<td>${actions(c.campaign, g.group)}</td></tr>`).join('\n')
      : '';
    return head + groups;
  }).join('\n');
  return `<table data-testid="campaign-queue"><tr><th>campaign</th><th>group</th><th class="num">flagged</th><th class="num">open</th><th class="num">confirmed</th><th class="num">dismissed</th><th class="num">appeals</th><th class="num">verified org</th><th class="num">max risk</th><th>decide the open ones</th></tr>
${body}</table>`;
}

function filterForm(base: string, q: QueueQuery, campaigns: string[], reasons: string[]): string {
  const opt = (v: string, label: string, cur: string | null) => `<option value="${esc(v)}"${v === (cur ?? '') ? ' selected' : ''}>${esc(label)}</option>`;
  return `<form class="filters" method="get" action="${base}/queue" data-testid="filters">
<input type="hidden" name="state" value="${q.state}">
<label>account <input type="search" name="q" value="${esc(q.q ?? '')}" placeholder="part of an id" aria-label="search account"></label>
<label>campaign <select name="campaign" aria-label="campaign">${opt('', 'any', q.campaign)}${campaigns.map((c) => opt(c, c, q.campaign)).join('')}</select></label>
<label>group <select name="group" aria-label="group">${opt('', 'any', q.group)}${MEMBER_GROUPS.map((g) => opt(g, GROUP_LABEL[g], q.group)).join('')}</select></label>
<label>reason <input type="text" name="reason" value="${esc(q.reason ?? '')}" list="reason-codes" placeholder="link:* or a code" aria-label="reason"></label>
<datalist id="reason-codes">${reasons.map((r) => `<option value="${esc(r)}">`).join('')}</datalist>
<label>risk ≥ <input type="number" name="risk" min="0" max="1" step="0.05" value="${q.minRisk ?? ''}" aria-label="minimum risk"></label>
<label>verified org <select name="verified" aria-label="verified organisation">${opt('', 'any', q.verified)}${opt('yes', 'yes', q.verified)}${opt('no', 'no', q.verified)}</select></label>
<label>per page <select name="per" aria-label="per page">${PAGE_SIZES.map((n) => opt(String(n), String(n), String(q.per))).join('')}</select></label>
<button type="submit">Filter</button> <a href="${base}/queue">clear</a></form>`;
}

function pager(base: string, q: QueueQuery, p: QueuePage): string {
  if (p.pages <= 1) return '';
  const link = (page: number, label: string, rel: string) => `<a href="${base}/queue${queueSearch(q, { page })}" rel="${rel}" data-page="${page}">${label}</a>`;
  const parts = [p.page > 1 ? link(1, '« first', 'first') + ' ' + link(p.page - 1, '‹ previous', 'prev') : '', `page <b data-testid="page">${p.page}</b> of <span data-testid="pages">${p.pages}</span>`, p.page < p.pages ? link(p.page + 1, 'next ›', 'next') + ' ' + link(p.pages, 'last »', 'last') : ''];
  return `<nav class="pager" data-testid="pager">${parts.filter(Boolean).join(' · ')}</nav>`;
}

export interface QueueView {
  rows: readonly QueueRow[];
  reviews: Map<string, ReviewRow>;
  appeals: Map<string, AppealRow[]>;
  campaigns: CampaignQueue[];
  page: QueuePage;
  query: QueueQuery;
}

export function queuePage(base: string, v: QueueView, flash: string | null, self: string, error?: PageError | null): string {
  const { query: q, page: p, reviews, appeals } = v;
  const tabs = QUEUE_FILTERS.map((f) => {
    const n = f === 'appealed' ? appeals.size : null;
    const label = `${f}${n ? ` (${int(n)})` : ''}`;
    return `<a href="${base}/queue${queueSearch(q, { state: f, page: 1 })}"${f === q.state ? ` aria-current="page"><b>${label}</b></a>` : `>${label}</a>`}`;
  }).join(' · ');
  const reasons = [...new Set(v.rows.flatMap((r) => r.reasons.filter((x) => !/^campaign:C\d/.test(x))))].sort();
  const shownCampaigns = q.campaign ? v.campaigns.filter((c) => c.campaign === q.campaign) : v.campaigns;
  const body = `<h1>Review queue</h1>
<p class="muted">Flagged accounts only. Decide by campaign first — one action confirms or dismisses every open account of a campaign or of one of its groups (its linked core, a sub-team, the accounts attached by likeness) — then handle the exceptions account by account. Decisions already taken are never overwritten by a campaign action; accounts of verified organisations are left out of a campaign confirmation and reviewed one by one. Every action is written to the audit trail with your name.</p>
<h2>By campaign</h2>
${campaignQueueTable(base, shownCampaigns, v.rows, reviews, q, self)}
<h2>Accounts</h2>
<p>${tabs}</p>
${filterForm(base, q, v.campaigns.map((c) => c.campaign).sort(), reasons)}
<p data-testid="queue-count">${int(p.total)} account${p.total === 1 ? '' : 's'}${p.pages > 1 ? `, ${int((p.page - 1) * q.per + 1)}–${int(Math.min(p.total, p.page * q.per))} shown` : ''}</p>
${pager(base, q, p)}
<table data-testid="queue"><tr><th>account</th><th class="num">risk</th><th>campaign</th><th>group</th><th>reasons</th><th>state</th><th>actions</th></tr>
${p.rows.map((r) => { const ap = appeals.get(r.account_id); return `<tr data-account="${esc(r.account_id)}"><td class="mono"><a href="${base}/account/${encodeURIComponent(r.account_id)}">${esc(r.account_id)}</a>${r.verified ? ' <span class="badge verified" title="account of a verified organisation">verified org</span>' : ''}${ap ? ` <span class="badge appeal" data-testid="appeal" title="${esc(ap[0]!.message)}">appeal</span>` : ''}</td><td class="num">${r.risk.toFixed(2)}</td>
<td>${r.campaign_id ? `<a href="${base}/campaign/${encodeURIComponent(r.campaign_id)}">${esc(r.campaign_id)}</a>` : '–'}</td><td>${esc(r.campaign_id ? GROUP_LABEL[memberGroup(r)] : '–')}</td><td>${r.reasons.filter((x) => !x.startsWith('campaign:C')).slice(0, 3).map((x) => `<span class="reason">${esc(x)}</span>`).join(' ')}</td>
<td>${badge(stateOf(r.account_id, reviews))}</td><td>${reviewForm(base, r.account_id, self)}</td></tr>`; }).join('\n') || '<tr><td colspan="7">No account matches.</td></tr>'}</table>
${pager(base, q, p)}`;
  return layout(base, 'Review queue', body, flash, error);
}

function auditTable(rows: AuditRow[], base: string): string {
  return `<table data-testid="audit"><tr><th>time (UTC)</th><th>actor</th><th>action</th><th>account</th><th>detail</th></tr>
${rows.map((a) => `<tr><td class="mono">${esc(a.ts)}</td><td>${esc(actorText(a))}</td><td>${esc(a.action)}</td><td class="mono">${a.account_id ? `<a href="${base}/account/${encodeURIComponent(a.account_id)}">${esc(a.account_id)}</a>` : ''}</td><td>${esc(detailText(a.detail))}</td></tr>`).join('\n') || '<tr><td colspan="5">No entries yet.</td></tr>'}</table>`;
}

/** The person behind an audit row: the named reviewer, or the support channel of an appeal. */
function actorText(a: AuditRow): string {
  const d = a.detail ?? {};
  if (a.actor === 'reviewer' && typeof d.reviewer === 'string') return d.reviewer;
  if (a.actor === 'appeal') return `account owner (${typeof d.channel === 'string' ? d.channel : 'appeal'})`;
  return a.actor;
}

function detailText(d: Record<string, unknown> | null): string {
  if (!d) return '';
  return Object.entries(d).filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => `${k}: ${typeof v === 'number' ? Math.round(v * 1000) / 1000 : String(v)}`).join(' · ');
}

export function auditPage(base: string, rows: AuditRow[]): string {
  return layout(base, 'Audit trail', `<h1>Audit trail</h1><p class="muted">Newest first. Review decisions are never edited: a change of mind is a new entry.</p>${auditTable(rows, base)}`);
}

const VIA_LABEL: Record<string, string> = { payment: 'same payment instrument', 'signup-network': 'same sign-up network', 'email-domain': 'same small e-mail domain', networks: 'shared network prefixes', templates: 'shared prompt templates' };

function linksSection(base: string, a: AccountView): string {
  const v = a.verdict;
  const campaign = v.campaign_id ? `<p>Member of campaign <a href="${base}/campaign/${encodeURIComponent(v.campaign_id)}">${esc(v.campaign_id)}</a> (${esc(GROUP_LABEL[memberGroup(v)])}).</p>` : '';
  if (a.links.length === 0) return `${campaign}<p class="muted" data-testid="links-none">No other account shares a payment instrument, sign-up network, small e-mail domain, two network prefixes or two uncommon prompt templates with this one${a.row ? '' : ' (links need the analysis database)'}.</p>`;
  return `${campaign}<table data-testid="links"><tr><th>account</th><th class="num">risk</th><th>flagged</th><th>campaign</th><th>linked through</th></tr>
${a.links.map((l) => `<tr><td class="mono"><a href="${base}/account/${encodeURIComponent(l.account_id)}">${esc(l.account_id)}</a></td><td class="num">${l.risk.toFixed(2)}</td><td>${l.flagged ? 'yes' : 'no'}</td><td>${l.campaign_id ? esc(l.campaign_id) : '–'}</td><td>${l.via.map((x) => `<span class="reason" title="${esc(x.detail)}">${esc(VIA_LABEL[x.kind] ?? x.kind)}</span> <span class="muted">${esc(x.detail)}</span>`).join('<br>')}</td></tr>`).join('\n')}</table>`;
}

export function accountPage(base: string, a: AccountView & { appeals: AppealRow[] }, review: ReviewRow | undefined, audit: AuditRow[], flash: string | null, self: string): string {
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
${a.appeals.length ? `<h2>Appeals</h2><table data-testid="appeals"><tr><th>received (UTC)</th><th>channel</th><th>contact</th><th>message</th><th>answered</th></tr>${a.appeals.map((x) => `<tr><td class="mono">${esc(x.ts)}</td><td>${esc(x.channel)}</td><td>${esc(x.contact ?? '–')}</td><td>${esc(x.message)}</td><td>${x.closed_at ? `${esc(x.closed_by ?? '')} ${esc(shortTs(x.closed_at))}` : '<b>open</b>'}</td></tr>`).join('')}</table>` : ''}
<h2>Linked accounts</h2>
${linksSection(base, a)}
<h2>Reason codes</h2>
<table data-testid="reasons"><tr><th>reason</th><th>meaning</th><th>limits</th></tr>
${v.reasons.map((r) => { const n = signalNote(r); return `<tr><td><span class="reason">${esc(r)}</span></td><td>${esc(n.meaning)}</td><td class="muted">${esc(n.limits)}</td></tr>`; }).join('\n') || '<tr><td colspan="3">No reason codes.</td></tr>'}</table>
${act ? `<h2>Timeline</h2>
${lineChart({ id: 'timeline', title: 'Requests per day', labels: act.daily.map((d) => d.day.slice(5)), series: [{ name: 'requests', cls: 's-campaign', values: act.daily.map((d) => d.exchanges) }] })}
${stackedBars({ id: 'account-hours', title: 'Requests per hour of day (UTC)', labels: act.hours.map((_, i) => String(i).padStart(2, '0')), series: [{ name: 'requests', cls: 's-campaign', values: act.hours }], labelEvery: 3 })}
<h3>Capabilities</h3>${hBars({ id: 'account-capabilities', title: 'Requests per capability', rows: Object.entries(act.capabilities).map(([label, value]) => ({ label, value })) })}
<h3>Networks and clients</h3><table><tr><th>prefix</th><th class="num">requests</th></tr>${act.prefixes.map((p) => `<tr><td class="mono">${esc(p.key)}</td><td class="num">${int(p.n)}</td></tr>`).join('')}</table>
<table><tr><th>client</th><th class="num">requests</th></tr>${act.clients.map((p) => `<tr><td class="mono">${esc(p.key)}</td><td class="num">${int(p.n)}</td></tr>`).join('')}</table>` : ''}
${feats.length ? `<h2>Features</h2><table data-testid="features"><tr><th>feature</th><th class="num">value</th><th>how to read it</th></tr>${feats.map(([k, x]) => { const f = featureLabel(k); return `<tr><td title="${esc(k)}">${esc(f.label)}</td><td class="num">${esc(formatFeature(k, x))}</td><td class="muted">${esc(f.note ?? '')}</td></tr>`; }).join('')}</table>` : ''}
${row ? `<h2>Sign-up</h2><p>E-mail domain <b>${esc(row.email_domain ?? '–')}</b> · payment fingerprint <span class="mono">${esc(row.payment_fingerprint ?? '–')}</span> · declared country ${esc(row.country ?? '–')}</p>` : ''}
<h2>Sample prompts</h2>
${a.prompts.length ? a.prompts.map((p) => `<div class="prompt" data-testid="prompt">${esc(p)}</div>`).join('\n') : '<p class="muted">No sample prompt kept for this account (samples are kept for a few members per campaign).</p>'}
<h2>Audit trail</h2>${auditTable(audit, base)}`;
  return layout(base, `Account ${v.account_id}`, body, flash);
}
