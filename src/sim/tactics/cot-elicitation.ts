/**
 * cot-elicitation: wraps a share of items in chain-of-thought elicitation phrasings (many variants), which makes
 * answers longer. Parameters: `share` (default 0.8).
 */
import { allow, numParam } from './params.js';
import type { Tactic } from './tactic.js';

export const cotElicitation: Tactic = {
  name: 'cot-elicitation',
  summary: 'chain-of-thought elicitation wrappers with varied phrasing',
  validate(p, path) {
    allow(p, path, ['share']);
    return { share: numParam(p, 'share', path, 0, 1, 0.8) };
  },
  apply(plan, p) {
    plan.cotShare = p.share as number;
    plan.outScale *= 1 + (p.share as number);
  },
};
