/**
 * The structured request log: one JSON line per API request, for log pipelines (Loki, CloudWatch, jq). It names the
 * key by its id, never the key itself, and holds no prompt text unless `prompts` is set.
 */
import type { Api } from './api.js';

export interface RequestLogOptions {
  /** Receives each line (no trailing newline), e.g. stderr or an append stream. */
  write: (line: string) => void;
  /** Also log the last user message (truncated to the policy's `record.max_text_chars`). Default false. */
  prompts?: boolean;
}

export interface RequestLogLine {
  ts: string;
  request_id: string | null;
  account_id: string | null;
  key_id: string | null;
  api: Api;
  endpoint: string;
  model: string | null;
  stream: boolean | null;
  status: number;
  /** What the policy decided (`allow` … `block`), `rate_limit` when a limit refused, null before authentication. */
  action: string | null;
  /** False when the action was only audited (dry-run). */
  enforced: boolean;
  /** Why: the decision's or the refusing limit's reason codes. */
  reasons: string[];
  latency_ms: number;
  input_tokens: number;
  output_tokens: number;
  reasoning_tokens: number | null;
  tier: string | null;
  ip: string | null;
  prompt?: string;
}
