/**
 * high-max-tokens: requests ask for long outputs and extended thinking, to harvest full reasoning.
 * Parameters: `values` (max_tokens values, default [8192, 16000, 32000, 64000]), `thinking_share` (default 0.5).
 */
import { allow, numListParam, numParam } from './params.js';
import type { Tactic } from './tactic.js';

export const highMaxTokens: Tactic = {
  name: 'high-max-tokens',
  summary: 'high max_tokens and extended thinking',
  validate(p, path) {
    allow(p, path, ['values', 'thinking_share']);
    return { values: numListParam(p, 'values', path, [8192, 16000, 32000, 64000]), thinking_share: numParam(p, 'thinking_share', path, 0, 1, 0.5) };
  },
  apply(plan, p) {
    plan.maxTokens = (p.values as number[]).map((v) => [Math.round(v), 1]);
    plan.thinkingShare = p.thinking_share as number;
    plan.outScale *= 1.5;
  },
};
