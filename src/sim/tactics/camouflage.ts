/**
 * camouflage: a share of each account's requests are organic-looking (real user prompts, sometimes a follow-up),
 * diluting content signals. Parameters: `share` (default 0.25).
 */
import { allow, numParam } from './params.js';
import type { Tactic } from './tactic.js';

export const camouflage: Tactic = {
  name: 'camouflage',
  summary: 'organic-looking requests mixed in',
  validate(p, path) {
    allow(p, path, ['share']);
    return { share: numParam(p, 'share', path, 0, 0.95, 0.25) };
  },
  apply(plan, p) {
    plan.camouflageShare = p.share as number;
  },
};
