/**
 * follow-up-turns: a share of harvested items get follow-up turns in the same conversation ("verify your answer",
 * "explain why"), so traffic looks multi-turn. Parameters: `share` (default 0.3), `max_turns` (extra turns, default 2).
 */
import { allow, numParam } from './params.js';
import type { Tactic } from './tactic.js';

export const followUpTurns: Tactic = {
  name: 'follow-up-turns',
  summary: 'follow-up turns on harvested items',
  validate(p, path) {
    allow(p, path, ['share', 'max_turns']);
    return { share: numParam(p, 'share', path, 0, 1, 0.3), max_turns: numParam(p, 'max_turns', path, 1, 20, 2) };
  },
  apply(plan, p) {
    plan.followUpShare = p.share as number;
    plan.followUpMax = Math.round(p.max_turns as number);
    plan.convKnownShare = Math.max(plan.convKnownShare, 0.8);
  },
};
