/**
 * The gateway's persistent store contract: keys and accounts, interaction events, verdicts,
 * review state and the audit log. The embedded implementation is DuckDB (duckdb-store.ts); the
 * gateway only sees this interface, so a shared store for many nodes can replace it.
 */
import type { Account, Interaction, Tier, Verdict } from '../dataset/types.js';
import type { RiskUpdate } from '../engine/engine.js';

export interface KeyRecord {
  key_id: string;
  account_id: string;
  label: string | null;
  created_at: string;
  revoked_at: string | null;
}

/** What the gateway's in-memory auth map holds per key hash. */
export interface ActiveKey {
  key_hash: string;
  key_id: string;
  account_id: string;
  tier: Tier | null;
  org_id: string | null;
  account_created_at: string;
}

/** Sign-up facts a provider may attach to an account (dataset spec `accounts` fields) for the engine. */
export type AccountMeta = Partial<Pick<Account, 'created_at' | 'email_domain' | 'payment_fingerprint' | 'signup_ip' | 'country' | 'verified'>>;

export interface AccountRow {
  account_id: string;
  tier: Tier | null;
  org_id: string | null;
  created_at: string;
  meta: AccountMeta | null;
}

/**
 * Who acted: the policy, the engine, the gateway, the shared admin token (`admin`), a named reviewer (`reviewer`, the
 * name in `detail.reviewer`), or an account owner's appeal relayed by the provider's support tool (`appeal`).
 */
export type AuditActor = 'policy' | 'admin' | 'engine' | 'gateway' | 'reviewer' | 'appeal';

export interface AuditRow {
  ts: string;
  actor: AuditActor;
  /** e.g. `block`, `throttle`, `withhold_reasoning`, `flag`, `rate_limit`, `review.confirm`, `key.create`. */
  action: string;
  account_id: string | null;
  request_id: string | null;
  key_id: string | null;
  reasons: string[];
  /** false when the action was decided but not applied (dry-run). */
  enforced: boolean;
  detail: Record<string, unknown> | null;
}

export interface VerdictRow extends Verdict {
  updated_at: string;
}

export type ReviewStateName = 'allowlisted' | 'blocked' | 'confirmed' | 'dismissed';

export interface ReviewRow {
  account_id: string;
  state: ReviewStateName;
  risk: number | null;
  campaign_id: string | null;
  note: string | null;
  updated_at: string;
}

/** An account that passed the provider's identity check (step-up verification): no longer asked to verify. */
export interface VerificationRow {
  account_id: string;
  verified_at: string;
  /** Who lifted the requirement (the admin token's or reviewer's name). */
  verified_by: string;
  note: string | null;
}

/** An account owner's appeal, relayed by the provider's support tool; open until a reviewer decides on the account. */
export interface AppealRow {
  id: string;
  account_id: string;
  ts: string;
  message: string;
  /** How to reach the owner (a ticket id or an e-mail), as the support tool gives it. */
  contact: string | null;
  /** Where the appeal came from (e.g. `support-tool`, `dashboard`). */
  channel: string;
  /** null while open; the reviewer whose decision answered it and when. */
  closed_by: string | null;
  closed_at: string | null;
}

/** A review row as shared between nodes; `state: null` is a lifted review (a tombstone). */
export type SharedReviewRow = ReviewRow | { account_id: string; state: null; updated_at: string; note?: string | null };

/**
 * A step-up verification as shared between nodes: `verified` is the lift, or null when the account was asked to
 * verify again (a tombstone, so an older lift does not come back). Last writer wins by `updated_at`.
 */
export interface SharedVerificationRow {
  account_id: string;
  updated_at: string;
  verified: VerificationRow | null;
}

/**
 * State many gateway nodes share (src/store/redis-shared.ts): review state and step-up verification lifts,
 * last-writer-wins by `updated_at`, announced to every node; and a mirror of each account's latest risk.
 */
export interface SharedState {
  loadReviews(): Promise<SharedReviewRow[]>;
  putReview(row: SharedReviewRow): Promise<void>;
  onReview(cb: (row: SharedReviewRow) => void): void;
  loadVerifications(): Promise<SharedVerificationRow[]>;
  putVerification(row: SharedVerificationRow): Promise<void>;
  onVerification(cb: (row: SharedVerificationRow) => void): void;
  putRisk(updates: RiskUpdate[]): void;
  loadRisk(): Promise<RiskUpdate[]>;
  close(): Promise<void>;
}

export interface CreateKeyOptions {
  accountId: string;
  tier?: Tier;
  orgId?: string;
  label?: string;
  meta?: AccountMeta;
  nowIso: string;
}

export interface GatewayStore {
  createKey(opts: CreateKeyOptions): Promise<{ key: string; record: KeyRecord }>;
  /** Many keys at once (one transaction): the replay driver provisions thousands of accounts. */
  createKeys(batch: CreateKeyOptions[]): Promise<{ key: string; record: KeyRecord }[]>;
  revokeKey(keyId: string, nowIso: string): Promise<boolean>;
  listKeys(accountId?: string): Promise<KeyRecord[]>;
  activeKeys(): Promise<ActiveKey[]>;
  getAccount(accountId: string): Promise<AccountRow | null>;
  listAccounts(limit: number): Promise<AccountRow[]>;
  appendEvents(batch: Interaction[]): Promise<void>;
  countEvents(accountId?: string): Promise<number>;
  appendAudit(batch: AuditRow[]): Promise<void>;
  listAudit(opts: { accountId?: string; limit: number }): Promise<AuditRow[]>;
  upsertVerdicts(rows: VerdictRow[]): Promise<void>;
  listVerdicts(opts: { flagged?: boolean; campaignId?: string; limit: number }): Promise<VerdictRow[]>;
  setReview(row: ReviewRow | { account_id: string; state: null }): Promise<void>;
  listReviews(): Promise<ReviewRow[]>;
  /** Marks an account verified (a row) or asks it to verify again (`verified: false`). */
  setVerification(row: VerificationRow | { account_id: string; verified: false }): Promise<void>;
  listVerifications(): Promise<VerificationRow[]>;
  /** Many review rows in one transaction (a campaign reviewed with one action). */
  setReviews(rows: (ReviewRow | { account_id: string; state: null })[]): Promise<void>;
  addAppeal(row: AppealRow): Promise<void>;
  listAppeals(opts: { open?: boolean; accountId?: string; limit: number }): Promise<AppealRow[]>;
  /** Closes the open appeals of these accounts (a reviewer decided); returns how many were closed. */
  closeAppeals(accountIds: string[], by: string, ts: string): Promise<number>;
  close(): Promise<void>;
}
