/**
 * model-pivot: when the scenario's new model is released, the cohort moves its traffic to it within hours.
 * Parameters: `within_hours` (default 18), `share` (of accounts that pivot, default 0.95).
 */
import { allow, numParam } from './params.js';
import type { Tactic } from './tactic.js';

export const modelPivot: Tactic = {
  name: 'model-pivot',
  summary: 'traffic pivots to a newly released model within a day',
  validate(p, path) {
    allow(p, path, ['within_hours', 'share']);
    return { within_hours: numParam(p, 'within_hours', path, 0.5, 240, 18), share: numParam(p, 'share', path, 0, 1, 0.95) };
  },
  apply(plan, p) {
    plan.pivot = { withinHours: p.within_hours as number, share: p.share as number };
  },
};
