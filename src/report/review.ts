/**
 * The review workflow behind the dashboard's queue: confirm, dismiss, allowlist, note an appeal, reopen — one account
 * at a time or a whole campaign (or one of its groups) with one action. State, appeals and the audit trail live in the
 * gateway's store (src/store: `reviews`, `appeals` and `audit` tables), so `distillguard ui` and `distillguard serve`
 * keep one format and one audit log; `onChange` lets a running gateway apply a decision at once.
 *
 * Every audit row names the person: actor `reviewer` with `detail.reviewer` (a named token, the authenticating proxy's
 * user, or the dashboard's `--reviewer`), or actor `appeal` for an owner's appeal relayed by the support tool.
 */
import { randomBytes } from 'node:crypto';
import type { AppealRow, AuditRow, GatewayStore, ReviewRow, ReviewStateName } from '../store/store.js';
import { DistillguardError } from '../errors.js';

export const REVIEW_ACTIONS = ['confirm', 'dismiss', 'allowlist', 'appeal', 'reopen'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];
/** Actions a campaign can take in one step (an appeal is one owner's). */
export const BULK_ACTIONS = ['confirm', 'dismiss', 'allowlist', 'reopen'] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];

export type ReviewRequest =
  | { action: 'confirm' | 'dismiss' | 'allowlist'; accountId: string; note: string | null; reviewer: string }
  | { action: 'appeal'; accountId: string; note: string; reviewer: string }
  | { action: 'reopen'; accountId: string; note: string | null; reviewer: string };

const STATE_OF: Record<'confirm' | 'dismiss' | 'allowlist', ReviewStateName> = { confirm: 'confirmed', dismiss: 'dismissed', allowlist: 'allowlisted' };

export function isReviewAction(s: string): s is ReviewAction {
  return (REVIEW_ACTIONS as readonly string[]).includes(s);
}

export function isBulkAction(s: string): s is BulkAction {
  return (BULK_ACTIONS as readonly string[]).includes(s);
}

export interface ReviewContext {
  risk: number | null;
  campaignId: string | null;
}

/** An appeal as the provider's support tool sends it. */
export interface AppealRequest {
  accountId: string;
  message: string;
  contact: string | null;
  channel: string;
}

const clean = (s: string | null | undefined, max: number): string | null => s?.trim().slice(0, max) || null;

export class ReviewService {
  constructor(
    private readonly store: GatewayStore,
    private readonly options: { onChange?: (accountId: string, state: ReviewStateName | null) => void; now?: () => string } = {},
  ) {}

  private now(): string {
    return this.options.now?.() ?? new Date().toISOString();
  }

  /** Applies one action and appends its audit row; returns the account's review row afterwards (null = open). */
  async apply(req: ReviewRequest, ctx: ReviewContext): Promise<ReviewRow | null> {
    const note = clean(req.note, 2000);
    if (req.action === 'appeal' && !note) throw new DistillguardError('USAGE', 'an appeal needs a note (who appealed and what they said)');
    const ts = this.now();
    const current = (await this.store.listReviews()).find((r) => r.account_id === req.accountId) ?? null;
    let next: ReviewRow | null = current;
    if (req.action === 'reopen') {
      next = null;
      await this.store.setReview({ account_id: req.accountId, state: null });
    } else if (req.action !== 'appeal') {
      next = { account_id: req.accountId, state: STATE_OF[req.action], risk: ctx.risk, campaign_id: ctx.campaignId, note, updated_at: ts };
      await this.store.setReview(next);
    } else {
      // An appeal does not change the decision; it puts the account before a reviewer again (the appeals tab).
      if (current) {
        next = { ...current, note: `appeal: ${note}`, updated_at: ts };
        await this.store.setReview(next);
      }
      await this.store.addAppeal(appealRow({ accountId: req.accountId, message: note!, contact: null, channel: `noted by ${req.reviewer}` }, ts));
    }
    if (req.action !== 'appeal') await this.store.closeAppeals([req.accountId], req.reviewer, ts);
    await this.store.appendAudit([reviewAudit(ts, req.action, req.accountId, req.reviewer, note, ctx, current?.state ?? null, next?.state ?? null)]);
    if (req.action !== 'appeal') this.options.onChange?.(req.accountId, next?.state ?? null);
    return next;
  }

  /**
   * One decision for many accounts (a campaign or one of its groups): one transaction, one audit row per account with
   * the bulk's size, and their open appeals answered. Returns the ids changed.
   */
  async applyMany(action: BulkAction, accounts: readonly ({ accountId: string } & ReviewContext)[], note: string | null, reviewer: string): Promise<string[]> {
    if (accounts.length === 0) return [];
    const ts = this.now();
    const text = clean(note, 2000);
    const current = await this.states();
    const rows = accounts.map((a) => (action === 'reopen'
      ? { account_id: a.accountId, state: null }
      : { account_id: a.accountId, state: STATE_OF[action], risk: a.risk, campaign_id: a.campaignId, note: text, updated_at: ts }));
    await this.store.setReviews(rows);
    const ids = accounts.map((a) => a.accountId);
    await this.store.closeAppeals(ids, reviewer, ts);
    await this.store.appendAudit(accounts.map((a, i) => {
      const row = reviewAudit(ts, action, a.accountId, reviewer, text, a, current.get(a.accountId)?.state ?? null, rows[i]!.state);
      return { ...row, detail: { ...row.detail, bulk: accounts.length } };
    }));
    for (const r of rows) this.options.onChange?.(r.account_id, r.state);
    return ids;
  }

  /** Records an owner's appeal (the support tool's call): it lands in the queue's appeals tab until a reviewer decides. */
  async fileAppeal(req: AppealRequest, ctx: ReviewContext): Promise<AppealRow> {
    const message = clean(req.message, 4000);
    if (!message) throw new DistillguardError('USAGE', 'an appeal needs a message (what the account owner said)');
    const ts = this.now();
    const row = appealRow({ ...req, message, contact: clean(req.contact, 200), channel: clean(req.channel, 100) ?? 'support' }, ts);
    await this.store.addAppeal(row);
    await this.store.appendAudit([{
      ts, actor: 'appeal', action: 'review.appeal', account_id: req.accountId, request_id: null, key_id: null, reasons: ['review_appeal'], enforced: true,
      detail: { appeal_id: row.id, channel: row.channel, contact: row.contact, note: message, risk: ctx.risk, campaign_id: ctx.campaignId },
    }]);
    return row;
  }

  /** Open appeals by account, newest first. */
  async openAppeals(): Promise<Map<string, AppealRow[]>> {
    const out = new Map<string, AppealRow[]>();
    for (const a of await this.store.listAppeals({ open: true, limit: 100_000 })) {
      const l = out.get(a.account_id);
      if (l) l.push(a);
      else out.set(a.account_id, [a]);
    }
    return out;
  }

  appeals(accountId: string): Promise<AppealRow[]> {
    return this.store.listAppeals({ accountId, limit: 100 });
  }

  async states(): Promise<Map<string, ReviewRow>> {
    return new Map((await this.store.listReviews()).map((r) => [r.account_id, r]));
  }

  audit(accountId: string | undefined, limit: number): Promise<AuditRow[]> {
    return this.store.listAudit({ ...(accountId !== undefined ? { accountId } : {}), limit });
  }
}

function appealRow(req: AppealRequest, ts: string): AppealRow {
  return { id: `apl_${randomBytes(8).toString('hex')}`, account_id: req.accountId, ts, message: req.message, contact: req.contact, channel: req.channel, closed_by: null, closed_at: null };
}

function reviewAudit(ts: string, action: ReviewAction, accountId: string, reviewer: string, note: string | null, ctx: ReviewContext, previous: ReviewStateName | null, state: ReviewStateName | null): AuditRow {
  return {
    ts, actor: 'reviewer', action: `review.${action}`, account_id: accountId, request_id: null, key_id: null, reasons: [`review_${action}`], enforced: true,
    detail: { reviewer, note, risk: ctx.risk, campaign_id: ctx.campaignId, previous, state },
  };
}
