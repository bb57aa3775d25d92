/**
 * benchmark-sweep: a share of queue items is sent in light exam-style frames of the operation's grammar ("problem
 * 17 of the set", "give only the final answer"). Parameters: `share` (default 0.3).
 */
import { allow, numParam } from './params.js';
import type { Tactic } from './tactic.js';

export const benchmarkSweep: Tactic = {
  name: 'benchmark-sweep',
  summary: 'benchmark-style item frames',
  validate(p, path) {
    allow(p, path, ['share']);
    return { share: numParam(p, 'share', path, 0, 1, 0.3) };
  },
  apply(plan, p) {
    plan.benchmarkShare = p.share as number;
  },
};
