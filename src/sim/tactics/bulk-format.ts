/**
 * bulk-format: a share of requests carries several queue items at once, numbered, with a bulk answer format
 * ("answer each of the 5 questions below", "one JSON line per item"). Parameters: `share` (default 0.2), `max_items`
 * (default 6).
 */
import { allow, numParam } from './params.js';
import type { Tactic } from './tactic.js';

export const bulkFormat: Tactic = {
  name: 'bulk-format',
  summary: 'several items per request in a bulk answer format',
  validate(p, path) {
    allow(p, path, ['share', 'max_items']);
    return { share: numParam(p, 'share', path, 0, 1, 0.2), max_items: numParam(p, 'max_items', path, 2, 50, 6) };
  },
  apply(plan, p) {
    plan.bulkShare = p.share as number;
    plan.bulkMax = Math.round(p.max_items as number);
  },
};
