/**
 * The review queue at provider scale: which accounts a reviewer sees (flagged ones only: a linked account the engine
 * did not flag is context on its campaign page, not a decision to make), how they group (campaign first, then the
 * campaign's core, sub-teams and attached accounts), filters, paging, and which accounts a one-step campaign decision
 * touches. Pure functions over the verdicts, review states and open appeals, so pages and APIs share them.
 */
import type { Verdict } from '../dataset/types.js';
import type { AppealRow, ReviewRow } from '../store/store.js';
import type { BulkAction } from './review.js';

/** Where an account sits in its campaign: the evidence that put it there. */
export type MemberGroup = 'core' | 'subteam' | 'attached' | 'individual';
export const MEMBER_GROUPS: readonly MemberGroup[] = ['core', 'subteam', 'attached', 'individual'];
export const GROUP_LABEL: Record<MemberGroup, string> = {
  core: 'linked core (shared artefacts)',
  subteam: 'sub-team (merged operation)',
  attached: 'attached by likeness',
  individual: 'no campaign',
};

export interface QueueRow extends Verdict {
  /** The account belongs to a verified organisation (null: unknown). Verified organisations are reviewed one by one. */
  verified: boolean | null;
}

export function memberGroup(v: Verdict): MemberGroup {
  if (v.campaign_id === null) return 'individual';
  if (v.reasons.includes('campaign:subteam')) return 'subteam';
  if (!v.reasons.some((r) => r.startsWith('link:')) && v.reasons.some((r) => r.startsWith('similar:'))) return 'attached';
  return 'core';
}

export type QueueFilter = 'open' | 'appealed' | 'confirmed' | 'dismissed' | 'allowlisted' | 'blocked' | 'all';
export const QUEUE_FILTERS: readonly QueueFilter[] = ['open', 'appealed', 'confirmed', 'dismissed', 'allowlisted', 'blocked', 'all'];

export interface QueueQuery {
  state: QueueFilter;
  campaign: string | null;
  group: MemberGroup | null;
  /** A reason code, or a prefix ending in `*` (`link:*`). */
  reason: string | null;
  minRisk: number | null;
  verified: 'yes' | 'no' | null;
  /** Part of an account id. */
  q: string | null;
  page: number;
  per: number;
}

export const PAGE_SIZES = [50, 100, 200, 500] as const;

/** Reads a queue query from URL parameters; anything unknown falls back to its default. */
export function parseQueueQuery(p: URLSearchParams): QueueQuery {
  const s = p.get('state') ?? 'open';
  const g = p.get('group');
  const v = p.get('verified');
  const risk = Number(p.get('risk'));
  const per = Number(p.get('per'));
  const page = Number(p.get('page'));
  return {
    state: (QUEUE_FILTERS as readonly string[]).includes(s) ? (s as QueueFilter) : 'open',
    campaign: p.get('campaign') || null,
    group: g && (MEMBER_GROUPS as readonly string[]).includes(g) ? (g as MemberGroup) : null,
    reason: p.get('reason')?.trim() || null,
    minRisk: p.get('risk') && Number.isFinite(risk) && risk > 0 ? Math.min(1, risk) : null,
    verified: v === 'yes' || v === 'no' ? v : null,
    q: p.get('q')?.trim() || null,
    page: Number.isInteger(page) && page > 1 ? page : 1,
    per: (PAGE_SIZES as readonly number[]).includes(per) ? per : 100,
  };
}

/**
 * What is wrong with a queue query's parameters, one plain sentence each (empty: nothing). parseQueueQuery drops
 * such values; the page says so instead of quietly showing an unfiltered queue.
 */
export function queueQueryProblems(p: URLSearchParams): string[] {
  const out: string[] = [];
  const got = (name: string) => `"${(p.get(name) ?? '').slice(0, 60)}"`;
  const s = p.get('state');
  if (s !== null && s !== '' && !(QUEUE_FILTERS as readonly string[]).includes(s)) out.push(`state must be one of ${QUEUE_FILTERS.join(', ')} (got ${got('state')})`);
  const g = p.get('group');
  if (g !== null && g !== '' && !(MEMBER_GROUPS as readonly string[]).includes(g)) out.push(`group must be one of ${MEMBER_GROUPS.join(', ')} (got ${got('group')})`);
  const risk = p.get('risk');
  if (risk !== null && risk !== '' && !(Number.isFinite(Number(risk)) && Number(risk) >= 0 && Number(risk) <= 1)) out.push(`minimum risk must be a number from 0 to 1 (got ${got('risk')})`);
  const v = p.get('verified');
  if (v !== null && v !== '' && v !== 'yes' && v !== 'no') out.push(`verified must be yes or no (got ${got('verified')})`);
  const page = p.get('page');
  if (page !== null && page !== '' && !(Number.isInteger(Number(page)) && Number(page) >= 1)) out.push(`page must be a whole number from 1 (got ${got('page')})`);
  const per = p.get('per');
  if (per !== null && per !== '' && !(PAGE_SIZES as readonly number[]).includes(Number(per))) out.push(`accounts per page must be one of ${PAGE_SIZES.join(', ')} (got ${got('per')})`);
  return out;
}

/** The query as URL parameters, defaults left out; `over` replaces fields (a pager link, a tab). */
export function queueSearch(q: QueueQuery, over: Partial<QueueQuery> = {}): string {
  const x = { ...q, ...over };
  const p = new URLSearchParams();
  if (x.state !== 'open') p.set('state', x.state);
  if (x.campaign) p.set('campaign', x.campaign);
  if (x.group) p.set('group', x.group);
  if (x.reason) p.set('reason', x.reason);
  if (x.minRisk !== null) p.set('risk', String(x.minRisk));
  if (x.verified) p.set('verified', x.verified);
  if (x.q) p.set('q', x.q);
  if (x.per !== 100) p.set('per', String(x.per));
  if (x.page > 1) p.set('page', String(x.page));
  const s = p.toString();
  return s ? `?${s}` : '';
}

export function stateOf(id: string, reviews: Map<string, ReviewRow>): Exclude<QueueFilter, 'appealed' | 'all'> {
  return reviews.get(id)?.state ?? 'open';
}

function reasonMatches(code: string, reasons: readonly string[]): boolean {
  return code.endsWith('*') ? reasons.some((r) => r.startsWith(code.slice(0, -1))) : reasons.includes(code);
}

export interface QueuePage {
  total: number;
  page: number;
  pages: number;
  rows: QueueRow[];
}

/** The accounts matching a query, highest risk first, and the requested page of them. */
export function selectQueue(rows: readonly QueueRow[], reviews: Map<string, ReviewRow>, appeals: Map<string, AppealRow[]>, q: QueueQuery): QueuePage {
  const needle = q.q?.toLowerCase() ?? null;
  const hit = rows.filter((v) =>
    (q.state === 'all' || (q.state === 'appealed' ? appeals.has(v.account_id) : stateOf(v.account_id, reviews) === q.state))
    && (q.campaign === null || v.campaign_id === q.campaign)
    && (q.group === null || memberGroup(v) === q.group)
    && (q.reason === null || reasonMatches(q.reason, v.reasons))
    && (q.minRisk === null || v.risk >= q.minRisk)
    && (q.verified === null || (q.verified === 'yes') === (v.verified === true))
    && (needle === null || v.account_id.toLowerCase().includes(needle)));
  const pages = Math.max(1, Math.ceil(hit.length / q.per));
  const page = Math.min(q.page, pages);
  return { total: hit.length, page, pages, rows: hit.slice((page - 1) * q.per, page * q.per) };
}

export interface GroupCounts {
  flagged: number;
  open: number;
  confirmed: number;
  dismissed: number;
  allowlisted: number;
  blocked: number;
  appealed: number;
  verified: number;
  maxRisk: number;
}

export interface CampaignQueue {
  campaign: string;
  counts: GroupCounts;
  groups: { group: MemberGroup; counts: GroupCounts }[];
}

const zero = (): GroupCounts => ({ flagged: 0, open: 0, confirmed: 0, dismissed: 0, allowlisted: 0, blocked: 0, appealed: 0, verified: 0, maxRisk: 0 });

/** Flagged accounts per campaign and per group within it, by review state: the first thing a reviewer decides on. */
export function campaignQueues(rows: readonly QueueRow[], reviews: Map<string, ReviewRow>, appeals: Map<string, AppealRow[]>): CampaignQueue[] {
  const by = new Map<string, { counts: GroupCounts; groups: Map<MemberGroup, GroupCounts> }>();
  for (const v of rows) {
    if (v.campaign_id === null) continue;
    let c = by.get(v.campaign_id);
    if (!c) by.set(v.campaign_id, (c = { counts: zero(), groups: new Map() }));
    const g = memberGroup(v);
    let gc = c.groups.get(g);
    if (!gc) c.groups.set(g, (gc = zero()));
    for (const x of [c.counts, gc]) {
      x.flagged++;
      x[stateOf(v.account_id, reviews)]++;
      if (appeals.has(v.account_id)) x.appealed++;
      if (v.verified) x.verified++;
      x.maxRisk = Math.max(x.maxRisk, v.risk);
    }
  }
  return [...by].map(([campaign, c]) => ({ campaign, counts: c.counts, groups: MEMBER_GROUPS.filter((g) => c.groups.has(g)).map((g) => ({ group: g, counts: c.groups.get(g)! })) }))
    .sort((a, b) => b.counts.open - a.counts.open || b.counts.flagged - a.counts.flagged || a.campaign.localeCompare(b.campaign));
}

/**
 * The accounts one campaign decision applies to: the campaign's (or group's) flagged accounts still open — decisions
 * already taken one by one are the exceptions and stay — or, to reopen, those decided. A confirmation skips accounts
 * of verified organisations: they are reviewed one by one, never blocked in bulk.
 */
export function bulkTargets(rows: readonly QueueRow[], reviews: Map<string, ReviewRow>, action: BulkAction, campaign: string, group: MemberGroup | null): { targets: QueueRow[]; skippedVerified: number } {
  const inScope = rows.filter((v) => v.campaign_id === campaign && (group === null || memberGroup(v) === group));
  if (action === 'reopen') return { targets: inScope.filter((v) => reviews.has(v.account_id)), skippedVerified: 0 };
  const open = inScope.filter((v) => !reviews.has(v.account_id));
  if (action !== 'confirm') return { targets: open, skippedVerified: 0 };
  const targets = open.filter((v) => v.verified !== true);
  return { targets, skippedVerified: open.length - targets.length };
}
