/**
 * Who is watermarked: the policy's `watermark.lexical` and `watermark.marker` selectors applied to one request.
 * Pure and synchronous (it runs per request). Selection by tier or for all traffic is not a risk action and applies
 * in dry-run too; selection by risk or by policy action is, so in dry-run it is only reported (`shadow`).
 */
import type { Tier } from '../dataset/types.js';
import type { WatermarkSelect } from './config.js';
import { implies, type Decision } from './decide.js';

export interface WatermarkSubject {
  tier: Tier;
  /** The account's latest risk; null when unknown or when the account is allowlisted (risk actions never touch it). */
  risk: number | null;
  decision: Decision;
  dryRun: boolean;
}

/** `apply`: watermark this response; `shadow`: dry-run, would have; `skip`: not selected. */
export type Selection = 'apply' | 'shadow' | 'skip';

export function selectWatermark(sel: WatermarkSelect, s: WatermarkSubject): Selection {
  switch (sel.apply) {
    case 'none':
      return 'skip';
    case 'all':
      return 'apply';
    case 'tiers':
      return sel.tiers.includes(s.tier) ? 'apply' : 'skip';
    case 'risk':
      if (s.risk === null || s.risk < sel.min_risk) return 'skip';
      return s.dryRun ? 'shadow' : 'apply';
    case 'action':
      if (!implies(s.decision.action, sel.min_action)) return 'skip';
      return s.decision.enforce ? 'apply' : 'shadow';
  }
}
