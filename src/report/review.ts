/**
 * The review workflow behind the dashboard's queue: confirm, dismiss, allowlist, note an appeal, reopen. State and
 * audit trail live in the gateway's store (src/store: `reviews` and `audit` tables), so `distillguard ui` and
 * `distillguard serve` keep one format and one audit log; `onChange` lets a running gateway apply a decision at once.
 */
import type { AuditRow, GatewayStore, ReviewRow, ReviewStateName } from '../store/store.js';
import { DistillguardError } from '../errors.js';

export const REVIEW_ACTIONS = ['confirm', 'dismiss', 'allowlist', 'appeal', 'reopen'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

export type ReviewRequest =
  | { action: 'confirm' | 'dismiss' | 'allowlist'; accountId: string; note: string | null; reviewer: string }
  | { action: 'appeal'; accountId: string; note: string; reviewer: string }
  | { action: 'reopen'; accountId: string; note: string | null; reviewer: string };

const STATE_OF: Record<'confirm' | 'dismiss' | 'allowlist', ReviewStateName> = { confirm: 'confirmed', dismiss: 'dismissed', allowlist: 'allowlisted' };

export function isReviewAction(s: string): s is ReviewAction {
  return (REVIEW_ACTIONS as readonly string[]).includes(s);
}

export interface ReviewContext {
  risk: number | null;
  campaignId: string | null;
}

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
    const note = req.note?.trim().slice(0, 2000) || null;
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
    } else if (current) {
      // An appeal does not change the decision; it re-opens the question for the reviewer, recorded on the row.
      next = { ...current, note: `appeal: ${note}`, updated_at: ts };
      await this.store.setReview(next);
    }
    const audit: AuditRow = {
      ts, actor: 'admin', action: `review.${req.action}`, account_id: req.accountId, request_id: null, key_id: null,
      reasons: [`review_${req.action}`], enforced: true,
      detail: { reviewer: req.reviewer, note, risk: ctx.risk, campaign_id: ctx.campaignId, previous: current?.state ?? null, state: next?.state ?? null },
    };
    await this.store.appendAudit([audit]);
    if (req.action !== 'appeal') this.options.onChange?.(req.accountId, next?.state ?? null);
    return next;
  }

  async states(): Promise<Map<string, ReviewRow>> {
    return new Map((await this.store.listReviews()).map((r) => [r.account_id, r]));
  }

  audit(accountId: string | undefined, limit: number): Promise<AuditRow[]> {
    return this.store.listAudit({ ...(accountId !== undefined ? { accountId } : {}), limit });
  }
}
