/**
 * The letter-ready page of a case: what happened, scale, dates, the classes of evidence, the method and its measured
 * error rates, what the provider did and when, and who signed it off, in a few printed pages with a table of
 * contents and a TLP marking. Every figure comes from the case-file model, the evaluation report and the review
 * audit trail; full detail stays in case.html / case.json.
 */
import type { AuditRow } from '../store/store.js';
import type { EvalReport } from '../eval/types.js';
import type { CaseFile } from './case.js';
import { esc } from './charts.js';
import { provenanceSentence } from './provenance.js';
import { stylesheet } from './html.js';
import { bigNumber, dateTime, longDate, money } from './summary.js';

export const TLP_LEVELS = ['clear', 'green', 'amber', 'amber+strict', 'red'] as const;
export type Tlp = (typeof TLP_LEVELS)[number];

/** What the provider did about the campaign, from the review audit trail (one row per action and day). */
export interface ActionTaken { at: string; action: string; accounts: number; by: string }

export interface LetterContext {
  tlp: Tlp;
  /** `distillguard eval --json` output for the same analysis, when the dataset was labelled. */
  evaluation: EvalReport | null;
  /** The review actions on the campaign's members; null when no review log was supplied (nothing can be said). */
  actions: ActionTaken[] | null;
  signOff: { reviewer: string; at: string } | null;
}

const int = (n: number): string => Math.round(n).toLocaleString('en-US');
const pct = (x: number | null): string => (x === null ? '–' : `${(x * 100).toFixed(x > 0 && x < 0.01 ? 2 : 1)}%`);

/** TLP label as printed (FIRST TLP 2.0): `TLP:AMBER+STRICT`. */
export const tlpLabel = (t: Tlp): string => `TLP:${t.toUpperCase()}`;

/** Groups review audit rows about the campaign's members into actions per day, action and reviewer. */
export function actionsFromAudit(rows: AuditRow[], members: ReadonlySet<string>): ActionTaken[] {
  const by = new Map<string, ActionTaken>();
  for (const r of rows) {
    if (!r.account_id || !members.has(r.account_id) || !r.action.startsWith('review.')) continue;
    const reviewer = typeof r.detail?.reviewer === 'string' ? r.detail.reviewer : r.actor;
    const key = `${r.ts.slice(0, 10)}|${r.action}|${reviewer}`;
    const a = by.get(key);
    if (a) { a.accounts++; if (r.ts < a.at) a.at = r.ts; } else by.set(key, { at: r.ts, action: r.action.slice('review.'.length), accounts: 1, by: reviewer });
  }
  return [...by.values()].sort((a, b) => a.at.localeCompare(b.at) || a.action.localeCompare(b.action));
}

const SECTIONS = [
  ['what', 'What happened'], ['scale', 'Scale'], ['dates', 'Dates'], ['evidence', 'Evidence'],
  ['method', 'Method and error rates'], ['actions', 'What was done'], ['signoff', 'Sign-off'], ['detail', 'Full detail'],
] as const;

function methodSection(m: CaseFile, e: EvalReport | null): string {
  const intro = `<p>The provider's request logs were replayed in time order through distillguard's detection engine, the same engine its gateway runs live. The engine links accounts by what they share (see Evidence), clusters the links, and scores each cluster on the pooled evidence of its members; an account is flagged when its campaign's score or its own reaches the policy threshold.</p>`;
  if (!e) return `${intro}<p data-testid="no-evaluation">No evaluation on labelled data was supplied with this case (<span class="mono">distillguard eval DATASET ANALYSIS --json</span>, passed with <span class="mono">--evaluation</span>), so no error rate is stated here.</p>`;
  const a = e.methods.analyzer;
  const match = a.campaigns.filter((c) => c.best_match?.campaign_id === m.campaign.id).sort((x, y) => (y.best_match?.jaccard ?? 0) - (x.best_match?.jaccard ?? 0))[0];
  return `${intro}
<p>Measured on the labelled dataset <span class="mono">${esc(e.dataset.split('/').pop() ?? e.dataset)}</span> (${int(e.counts.labelled_accounts)} accounts: ${int(e.counts.attack_accounts)} attack, ${int(e.counts.organic_accounts)} organic):</p>
<table data-testid="error-rates"><tr><th>measure</th><th class="num">value</th><th>meaning</th></tr>
<tr><td>recall</td><td class="num">${pct(a.recall)}</td><td>attack accounts flagged (${int(a.flagged_attack)} of ${int(a.attack)})</td></tr>
<tr><td>precision</td><td class="num">${pct(a.precision)}</td><td>flagged accounts that were attack accounts (${int(a.flagged_attack)} of ${int(a.flagged)})</td></tr>
<tr><td>false-positive rate</td><td class="num">${pct(a.organic_fpr)}</td><td>organic accounts flagged (${int(a.flagged_organic)} of ${int(a.organic)})</td></tr>
${a.worst_persona_fpr ? `<tr><td>worst group</td><td class="num">${pct(a.worst_persona_fpr.fpr)}</td><td>false-positive rate of the organic group most often flagged (${esc(a.worst_persona_fpr.persona)})</td></tr>` : ''}
${match ? `<tr><td>this campaign</td><td class="num">${pct(match.best_match?.jaccard ?? null)}</td><td>overlap (Jaccard) of campaign ${esc(m.campaign.id)} with the labelled campaign ${esc(match.campaign)} of ${int(match.size)} accounts</td></tr>` : ''}
</table>`;
}

export function renderLetterHtml(m: CaseFile, ctx: LetterContext): string {
  const h = m.headline;
  const tlp = tlpLabel(ctx.tlp);
  const toc = SECTIONS.map(([id, title], i) => `<li><a href="#${id}">${i + 1}. ${esc(title)}</a></li>`).join('');
  const sec = (id: (typeof SECTIONS)[number][0]): string => {
    const i = SECTIONS.findIndex((s) => s[0] === id);
    return `<h2 id="${id}">${i + 1}. ${esc(SECTIONS[i]![1])}</h2>`;
  };
  const evidence = m.links.map((l) => `<tr><td>${esc(l.name)}</td><td class="num">${pct(l.share)}</td><td>${l.strength === 'strong' ? 'links accounts on its own' : 'supporting only (unrelated users share it too)'}</td><td class="muted">${esc(l.example?.text ?? '–')}</td></tr>`).join('\n');
  const content = Object.entries(m.charts.intent_kinds).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  const actions = ctx.actions === null
    ? '<p data-testid="actions">No review log was supplied with this case (<code>report --review-dir</code>), so the actions taken on these accounts are not stated here.</p>'
    : ctx.actions.length
    ? `<table data-testid="actions"><tr><th>when (UTC)</th><th>action</th><th class="num">accounts</th><th>by</th></tr>${ctx.actions.map((a) => `<tr><td>${esc(a.at.slice(0, 16).replace('T', ' '))}</td><td>${esc(a.action)}</td><td class="num">${int(a.accounts)}</td><td>${esc(a.by)}</td></tr>`).join('')}</table>`
    : '<p data-testid="actions">No review action on these accounts is recorded in the review log supplied with this case.</p>';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(tlp)} · Case ${esc(m.campaign.id)}: distillation campaign</title>
<style>${stylesheet()}
@page { size: A4; margin: 22mm 16mm 20mm 16mm; }
.tlp { display: inline-block; background: #000; color: #ffc000; font-weight: 700; padding: 1px 8px; letter-spacing: 0.05em; }
.tlp-red { color: #ff2b2b; } .tlp-green { color: #33ff00; } .tlp-clear { color: #fff; }
.letter h2 { break-after: avoid; } .letter table { break-inside: avoid; } .toc { columns: 2; }
</style></head>
<body class="letter"><main>
<p><span class="tlp tlp-${esc(ctx.tlp.split('+')[0]!)}" data-testid="tlp">${esc(tlp)}</span> <span class="muted">distillguard case ${esc(m.campaign.id)} · generated ${esc(m.generated_at)}${m.redacted ? ' · redacted' : ''}</span></p>
<h1 data-testid="title">Distillation campaign ${esc(m.campaign.id)}</h1>
<nav><h3>Contents</h3><ol class="toc" data-testid="toc" style="list-style: none">${toc}</ol></nav>
${sec('what')}<p class="summary" data-testid="summary">${esc(m.summary)}</p>
${sec('scale')}
<table data-testid="scale"><tr><td>accounts</td><td class="num">${int(h.accounts)}</td></tr><tr><td>requests</td><td class="num">${int(h.exchanges)}</td></tr>
<tr><td>output and reasoning tokens received</td><td class="num">${int(h.output_tokens + h.reasoning_tokens)}</td></tr><tr><td>estimated value at list prices</td><td class="num">${money(m.value.total_usd)}</td></tr></table>
<p class="muted">${esc(m.value.label)}. An estimate, not a loss computation.</p>
${sec('dates')}
<table data-testid="dates"><tr><td>first request</td><td>${h.first_activity ? esc(dateTime(h.first_activity)) : '–'}</td></tr><tr><td>last request</td><td>${h.last_activity ? esc(dateTime(h.last_activity)) : '–'}</td></tr>
<tr><td>accounts created</td><td>${esc(createdRange(m.infrastructure.signup.first_created_at, m.infrastructure.signup.last_created_at))}</td></tr>
<tr><td>first account flagged (replay)</td><td>${h.first_member_flagged_at ? esc(dateTime(h.first_member_flagged_at)) : '–'}</td></tr><tr><td>grouped as campaign ${esc(m.campaign.id)}</td><td>${esc(dateTime(h.first_flagged_at))}</td></tr></table>
${sec('evidence')}
<p>Links between the accounts (share of the ${int(h.accounts)} members linked by each kind, as the engine found them; the example is one shared item):</p>
<table data-testid="links"><tr><th>kind of link</th><th class="num">members</th><th>weight</th><th>example</th></tr>${evidence}</table>
<p>What the accounts asked: ${content.length ? content.map(([k, n]) => `${esc(k)} in ${pct(n / Math.max(1, h.exchanges))} of requests`).join(', ') : 'no extraction pattern was recognised'}. Networks: ${pct(Math.min(1, m.infrastructure.datacenter_share + m.infrastructure.vpn_share))} of requests through datacenter or VPN addresses, ${int(m.infrastructure.distinct_ips)} IP addresses.</p>
${m.provenance?.length ? m.provenance.map((t) => `<p data-testid="provenance">${esc(provenanceSentence(t))}</p>`).join('') : ''}
${sec('method')}${methodSection(m, ctx.evaluation)}
${sec('actions')}${actions}
${sec('signoff')}<p data-testid="signoff">${ctx.signOff ? `Reviewed and signed off by <b>${esc(ctx.signOff.reviewer)}</b> on ${esc(dateTime(ctx.signOff.at))}.` : '<b>Not signed off.</b> This is a draft: no reviewer has signed this case off.'}</p>
${sec('detail')}<p>The full case file (every chart, the member list with each account's reason codes, the networks and clients, sample prompts and the methodology) is in <span class="mono">case.html</span> and <span class="mono">case.json</span> beside this document; shareable indicators are in <span class="mono">stix.json</span> (STIX 2.1). ${esc(bigNumber(h.exchanges))} requests are summarised here.</p>
</main></body></html>
`;
}

/** "April 23, 2026" when every account was created that day, else "first – last". */
function createdRange(first: string | null, last: string | null): string {
  const [a, b] = [longDate(first), longDate(last)];
  return a === b ? a : `${a} – ${b}`;
}
