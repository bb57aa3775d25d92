/**
 * Record types of the dataset and verdict contracts (docs/dataset-format.md).
 * Field names are the wire names; only optional fields may ever be added.
 */

export interface Interaction {
  id: string;
  /** RFC 3339 UTC with `Z`. */
  ts: string;
  account_id: string;
  api_key_id: string | null;
  ip: string;
  user_agent: string | null;
  tls_ja4: string | null;
  endpoint: string;
  model: string;
  conversation_id: string | null;
  turn: number | null;
  system: string | null;
  prompt: string;
  tool_names: string[] | null;
  response: string | null;
  input_tokens: number;
  output_tokens: number;
  reasoning_tokens: number | null;
  max_tokens: number | null;
  temperature: number | null;
  stream: boolean | null;
  status: number;
  latency_ms: number | null;
  /** Optional: set by the gateway when the response was watermarked (the key id, never the key). */
  watermark?: InteractionWatermark;
}

export interface InteractionWatermark {
  key_id: string;
  /** The keyed lexical watermark was applied to the response text (and reasoning, per policy). */
  lexical: boolean;
  /** The interaction-layer marker (keyed opener and closing) was added. */
  marker: boolean;
  /** Words the lexical watermark saw and how many it changed. */
  words: number;
  changed: number;
}

export type Tier = 'free' | 'build' | 'scale' | 'enterprise';
export const TIERS: readonly Tier[] = ['free', 'build', 'scale', 'enterprise'];

export interface Account {
  account_id: string;
  created_at: string;
  org_id: string | null;
  email_domain: string;
  payment_fingerprint: string | null;
  signup_ip: string | null;
  country: string | null;
  tier: Tier;
  verified: boolean;
}

export type LabelKind = 'organic' | 'attack';

export interface Label {
  account_id: string;
  label: LabelKind;
  campaign: string | null;
  persona: string | null;
}

export interface Verdict {
  account_id: string;
  risk: number;
  flagged: boolean;
  campaign_id: string | null;
  first_flagged_at: string | null;
  reasons: string[];
}

/** The kinds of record a dataset directory holds, by file stem. */
export type RecordKind = 'interactions' | 'accounts' | 'labels' | 'verdicts';

export interface RecordOf {
  interactions: Interaction;
  accounts: Account;
  labels: Label;
  verdicts: Verdict;
}
