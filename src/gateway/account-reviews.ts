/**
 * Reviewers' decisions and identity verifications per account, as the gateway enforces them: held in memory for the
 * hot path, written to the node's store, and shared with the other nodes through the shared state (Redis).
 *
 * Every change is a row with a time; across nodes the last writer wins, and equal times are broken by the row's
 * content so every node keeps the same row. Removals are rows too (tombstones), so a lifted review cannot come back
 * from a node that missed the lift. A periodic sync re-reads the shared rows and writes back ours where the shared
 * copy is missing or older (Redis restarted empty, or a write failed while it was down).
 */
import type { ReviewState } from '../policy/decide.js';
import type { GatewayStore, ReviewRow, SharedReviewRow, SharedState, SharedVerificationRow, VerificationRow } from '../store/store.js';

export interface AccountReviewsOptions {
  store: GatewayStore;
  /** Absent on a single node: nothing is shared and nothing syncs. */
  shared?: SharedState;
  clock: () => number;
  log: (line: string) => void;
  /** Called with every review row applied, local or remote (the gateway lifts a policy-file allowlist entry). */
  onReview: (row: SharedReviewRow) => void;
  /** Called when an account's verification is withdrawn (the gateway may ask it to verify again). */
  onVerificationWithdrawn: (accountId: string) => void;
}

export class AccountReviews {
  private readonly reviews = new Map<string, ReviewState>();
  /** The row behind each review state, tombstones included. */
  private readonly reviewRows = new Map<string, SharedReviewRow>();
  /** Accounts that passed the provider's identity check. */
  private readonly verified = new Map<string, VerificationRow>();
  /** The latest verification change per account (a lift, or a tombstone: verify again). */
  private readonly verificationRows = new Map<string, SharedVerificationRow>();
  private syncTimer: NodeJS.Timeout | null = null;

  constructor(private readonly options: AccountReviewsOptions) {}

  /** Loads the store's rows, then (with shared state) subscribes to other nodes' changes and syncs once. */
  async load(): Promise<void> {
    const { store, shared } = this.options;
    for (const r of await store.listReviews()) {
      this.reviews.set(r.account_id, reviewFromRow(r));
      this.reviewRows.set(r.account_id, r);
    }
    for (const v of await store.listVerifications()) {
      this.verified.set(v.account_id, v);
      this.verificationRows.set(v.account_id, { account_id: v.account_id, updated_at: v.verified_at, verified: v });
    }
    if (shared) {
      shared.onReview((row) => this.applySharedReview(row));
      shared.onVerification((row) => this.applySharedVerification(row));
      await this.sync();
    }
  }

  /** Re-syncs with the shared state every `ms` until `stop()`. */
  syncEvery(ms: number): void {
    if (!this.options.shared || this.syncTimer) return;
    this.syncTimer = setInterval(() => void this.sync(), ms);
    this.syncTimer.unref();
  }

  stop(): void {
    if (this.syncTimer) clearInterval(this.syncTimer);
    this.syncTimer = null;
  }

  reviewOf(accountId: string): ReviewState | undefined {
    return this.reviews.get(accountId);
  }

  verificationOf(accountId: string): VerificationRow | undefined {
    return this.verified.get(accountId);
  }

  /** Sets (or, with `null`, lifts) a reviewer's decision on this node, in its store and on every other node. */
  async setReview(accountId: string, state: ReviewState | null, note: string | null): Promise<void> {
    const updated_at = this.now();
    const row: SharedReviewRow = state === null
      ? { account_id: accountId, state: null, updated_at, note }
      : {
          account_id: accountId, state: state.state, note, updated_at,
          risk: state.state === 'dismissed' ? state.risk : null,
          campaign_id: state.state === 'dismissed' || state.state === 'confirmed' ? state.campaignId : null,
        };
    this.applyReviewRow(row);
    await this.options.store.setReview(row.state === null ? { account_id: accountId, state: null } : row);
    // Other nodes learn it now, or at the next sync if the shared state is unreachable.
    await this.options.shared?.putReview(row).catch((e: unknown) => this.options.log(`shared state: review not shared yet (${(e as Error).message}); retried at the next sync`));
  }

  /** The store's row changed behind our back (the dashboard writes it): take it and share it. */
  async reloadFromStore(accountId: string): Promise<void> {
    const row = (await this.options.store.listReviews()).find((r) => r.account_id === accountId);
    const shared: SharedReviewRow = row ?? { account_id: accountId, state: null, updated_at: this.now() };
    this.applyReviewRow(shared);
    await this.options.shared?.putReview(shared).catch((e: unknown) => this.options.log(`shared state: review not shared yet (${(e as Error).message}); retried at the next sync`));
  }

  /**
   * The provider's identity check passed (`by` = who says so): lifts the requirement on every later request, on this
   * node and (through the shared state) on every other.
   */
  async setVerified(accountId: string, by: string, note: string | null): Promise<VerificationRow> {
    const row: VerificationRow = { account_id: accountId, verified_at: this.now(), verified_by: by, note };
    await this.options.store.setVerification(row);
    this.verified.set(accountId, row);
    await this.shareVerification({ account_id: accountId, updated_at: row.verified_at, verified: row });
    return row;
  }

  /** Asks the account to verify again (a verification found to be wrong), on every node. */
  async clearVerified(accountId: string): Promise<boolean> {
    const had = this.verified.delete(accountId);
    this.options.onVerificationWithdrawn(accountId);
    await this.options.store.setVerification({ account_id: accountId, verified: false });
    await this.shareVerification({ account_id: accountId, updated_at: this.now(), verified: null });
    return had;
  }

  /** Takes the shared rows that are newer than ours, then writes back ours where the shared copy is missing or older. */
  async sync(): Promise<void> {
    const shared = this.options.shared;
    if (!shared) return;
    await this.syncRows('review', () => shared.loadReviews(), (r) => this.applySharedReview(r),
      this.reviewRows, newerReview, (r) => shared.putReview(r));
    await this.syncRows('verification', () => shared.loadVerifications(), (r) => this.applySharedVerification(r),
      this.verificationRows, newerVerification, (r) => shared.putVerification(r));
  }

  private now(): string {
    return new Date(this.options.clock()).toISOString();
  }

  private async syncRows<R extends { account_id: string }>(kind: string, load: () => Promise<R[]>, apply: (r: R) => void,
    local: ReadonlyMap<string, R>, newer: (a: R, b: R) => boolean, put: (r: R) => Promise<void>): Promise<void> {
    try {
      const remote = new Map<string, R>();
      for (const r of await load()) {
        remote.set(r.account_id, r);
        apply(r);
      }
      for (const [id, mine] of local) {
        const r = remote.get(id);
        if (!r || newer(mine, r)) await put(mine);
      }
    } catch (e) {
      this.options.log(`shared state: ${kind} sync failed: ${(e as Error).message}`);
    }
  }

  /** Takes a review row from another node when it is newer than ours, and keeps it in our store. */
  private applySharedReview(row: SharedReviewRow): void {
    const cur = this.reviewRows.get(row.account_id);
    if (cur && !newerReview(row, cur)) return;
    this.applyReviewRow(row);
    const persisted: ReviewRow | { account_id: string; state: null } = row.state === null ? { account_id: row.account_id, state: null } : row;
    this.options.store.setReview(persisted).catch((e: unknown) => this.options.log(`review write failed: ${(e as Error).message}`));
  }

  private applyReviewRow(row: SharedReviewRow): void {
    this.reviewRows.set(row.account_id, row);
    if (row.state === null) this.reviews.delete(row.account_id);
    else this.reviews.set(row.account_id, reviewFromRow(row));
    this.options.onReview(row);
  }

  private async shareVerification(row: SharedVerificationRow): Promise<void> {
    this.verificationRows.set(row.account_id, row);
    // Other nodes learn it now, or at the next sync if the shared state is unreachable.
    await this.options.shared?.putVerification(row).catch((e: unknown) => this.options.log(`shared state: verification not shared yet (${(e as Error).message}); retried at the next sync`));
  }

  /** Takes a verification change from another node when it is newer than ours, and keeps it in our store. */
  private applySharedVerification(row: SharedVerificationRow): void {
    const cur = this.verificationRows.get(row.account_id);
    if (cur && !newerVerification(row, cur)) return;
    this.verificationRows.set(row.account_id, row);
    if (row.verified) this.verified.set(row.account_id, row.verified);
    else {
      this.verified.delete(row.account_id);
      this.options.onVerificationWithdrawn(row.account_id);
    }
    this.options.store.setVerification(row.verified ?? { account_id: row.account_id, verified: false })
      .catch((e: unknown) => this.options.log(`verification write failed: ${(e as Error).message}`));
  }
}

/** Last writer wins; equal times are broken by content so every node picks the same row. */
function newerRow<R extends { updated_at: string }>(a: R, b: R): boolean {
  if (a.updated_at !== b.updated_at) return a.updated_at > b.updated_at;
  return JSON.stringify(a) > JSON.stringify(b);
}

const newerReview: (a: SharedReviewRow, b: SharedReviewRow) => boolean = newerRow;
const newerVerification: (a: SharedVerificationRow, b: SharedVerificationRow) => boolean = newerRow;

function reviewFromRow(r: ReviewRow): ReviewState {
  switch (r.state) {
    case 'allowlisted':
      return { state: 'allowlisted' };
    case 'blocked':
      return { state: 'blocked' };
    case 'confirmed':
      return { state: 'confirmed', campaignId: r.campaign_id };
    case 'dismissed':
      return { state: 'dismissed', risk: r.risk ?? 0, campaignId: r.campaign_id };
  }
}
