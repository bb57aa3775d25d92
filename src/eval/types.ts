/**
 * Types of the evaluator: the verdict shape it scores (the spec's verdict plus one optional in-memory
 * field), the per-account interaction times it needs, and the report it produces. Field names of
 * the report are stable: the README and later tests consume `distillguard eval --json`.
 */
import type { Label, Verdict } from '../dataset/types.js';

/** A label as the evaluator reads it: the spec's label plus the optional `tactics` field. */
export interface EvalLabel extends Label {
  tactics?: string[] | null;
}

/**
 * A verdict as scored. Baselines produce the same shape in memory. `leaked_interactions`, when set,
 * overrides the leak count of that account: the rate limiter never stops an account, it only rejects
 * over-limit requests, so what leaks is every request it serves, not the ones before its first violation.
 */
export interface EvalVerdict extends Verdict {
  leaked_interactions?: number;
}

/** Interaction times (epoch ms) per account id. Order inside an array does not matter for scoring. */
export type AccountTimes = ReadonlyMap<string, Float64Array>;

export interface Ratio {
  /** Numerator. */
  k: number;
  /** Denominator. */
  n: number;
  /** k / n, or null when n is 0. */
  value: number | null;
}

export interface PersonaScore {
  persona: string;
  n: number;
  flagged: number;
  fpr: number | null;
}

export interface TacticScore {
  tactic: string;
  n: number;
  flagged: number;
  recall: number | null;
}

export interface LeakScore {
  /** Attack interactions considered. */
  interactions: number;
  /** Of which served before the account was stopped. */
  leaked: number;
  share: number | null;
}

export interface CampaignMatch {
  campaign_id: string;
  size: number;
  intersection: number;
  jaccard: number;
}

export interface CampaignScore {
  campaign: string;
  size: number;
  flagged: number;
  recall: number | null;
  interactions: number;
  first_interaction_at: string | null;
  /** Detected campaign maximising Jaccard with this campaign's members; null when no member is in any detected campaign. */
  best_match: CampaignMatch | null;
  leak: LeakScore;
  /** Hours from the campaign's first interaction until its first account / 50% / 90% of its accounts were flagged; null if never. */
  time_to_detect_hours: { first: number | null; p50: number | null; p90: number | null };
}

export interface MethodScore {
  accounts: number;
  attack: number;
  organic: number;
  flagged: number;
  flagged_attack: number;
  flagged_organic: number;
  recall: number | null;
  precision: number | null;
  organic_fpr: number | null;
  /** Organic persona with the highest FPR (ties: more accounts first); null when there are no organic accounts. */
  worst_persona_fpr: PersonaScore | null;
  per_persona: PersonaScore[];
  per_tactic: TacticScore[];
  /** What the method lets through (for the rate limiter: every request it serves). */
  leak: LeakScore;
  /** Served before first_flagged_at: what would leak if the account were stopped at its first flag. */
  leak_before_flag: LeakScore;
  campaigns: CampaignScore[];
  /** Mean over true campaigns of the best-match Jaccard (0 when unmatched); null when there are no campaigns. */
  campaign_jaccard_mean: number | null;
  detected_campaigns: number;
  /** Flagged verdicts with no first_flagged_at: counted as flagged, but leak everything (no evidence of when). */
  flagged_without_time: number;
  /** Labelled accounts with no verdict (counted as not flagged). */
  missing_verdicts: number;
}

export interface MethodReport extends MethodScore {
  name: 'analyzer' | 'volume' | 'shared_ip' | 'rate_limit';
  description: string;
}

export interface BaselineConfig {
  volume: { percentile: number };
  sharedIp: { minAccounts: number };
  rateLimit: { perMinute: number; perDay: number };
}

export const DEFAULT_BASELINES: BaselineConfig = {
  volume: { percentile: 99 },
  sharedIp: { minAccounts: 5 },
  rateLimit: { perMinute: 60, perDay: 2000 },
};

export interface FileCounts {
  file: string | null;
  read: number;
  accepted: number;
  quarantined: number;
}

export interface EvalReport {
  dataset: string;
  verdicts_path: string;
  files: { labels: FileCounts; verdicts: FileCounts; interactions: FileCounts };
  quarantine: { path: string | null; count: number; reasons: Record<string, number> };
  counts: {
    labelled_accounts: number;
    attack_accounts: number;
    organic_accounts: number;
    campaigns: number;
    interactions: number;
    attack_interactions: number;
    /** Accounts seen in interactions but absent from labels (used by the baselines, not scored). */
    unlabelled_accounts_with_interactions: number;
    /** Verdict lines whose account is not in labels. */
    verdicts_unknown_accounts: number;
    /** Verdict lines repeating an account already seen (the last one wins). */
    verdicts_duplicate: number;
    /** Labelled accounts with no verdict line (counted as not flagged). */
    verdicts_missing: number;
  };
  baselines: {
    volume: { percentile: number; threshold_requests_per_day: number | null; account_days: number; rule: string };
    shared_ip: { min_accounts: number; qualifying_ips: number; rule: string };
    rate_limit: { per_minute: number; per_day: number; rejected_requests: number; rule: string };
  };
  methods: { analyzer: MethodReport; volume: MethodReport; shared_ip: MethodReport; rate_limit: MethodReport };
}
