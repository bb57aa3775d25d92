/**
 * cot-elicitation: frames a share of items as chain-of-thought requests in the operation's own grammar, which makes
 * answers longer. Parameters: `share` (default 0.8).
 */
import { allow, numParam } from './params.js';
import type { Tactic } from './tactic.js';

export const cotElicitation: Tactic = {
  name: 'cot-elicitation',
  summary: "chain-of-thought elicitation in the operation's own wording",
  validate(p, path) {
    allow(p, path, ['share']);
    return { share: numParam(p, 'share', path, 0, 1, 0.8) };
  },
  apply(plan, p) {
    plan.cotShare = p.share as number;
    plan.outScale *= 1 + (p.share as number);
  },
};
