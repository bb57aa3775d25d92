/**
 * What the gateway knows of one API request, carried from authentication to its record: who asked, from where, what
 * the policy decided and what the gateway did to the answer.
 */
import type { Tier } from '../dataset/types.js';
import type { Decision } from '../policy/decide.js';
import type { ActiveKey } from '../store/store.js';
import type { Api } from './api.js';
import type { RequestFacts } from './interaction.js';
import type { WatermarkNote } from './transforms.js';

export interface RequestContext {
  id: string;
  api: Api;
  /** `performance.now()` when the request arrived. */
  t0: number;
  ts: string;
  /** Time for limits: the wall clock, or the replayed event time when replay headers are trusted. */
  nowMs: number;
  key: ActiveKey;
  tier: Tier;
  ip: string;
  endpoint: string;
  userAgent: string | null;
  ja4: string | null;
  conversationId: string | null;
  req: RequestFacts | null;
  decision: Decision;
  /** Set when a watermarking transform applied (or, in dry-run, would have). */
  watermark: WatermarkNote | null;
  /** Set when a rate limit refused the request (enforced or, in dry-run, audited). */
  limited: { reason: string; enforced: boolean } | null;
  /** Set when step-up verification was required (enforced or, in dry-run, audited). */
  verify: { enforced: boolean; reasons: string[] } | null;
}

/** The decision of a request not yet decided (refused before the policy was asked). */
export const NO_DECISION: Decision = { action: 'allow', enforce: false, reasons: [] };
