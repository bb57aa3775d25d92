/**
 * aged-accounts: a share of the cohort was created months earlier and left dormant, so account age does not give
 * the campaign away. Parameters: `share` (default 0.3), `min_months` (default 3), `max_months` (default 14).
 */
import { allow, bad, numParam } from './params.js';
import type { Tactic } from './tactic.js';

export const agedAccounts: Tactic = {
  name: 'aged-accounts',
  summary: 'accounts created months earlier and dormant',
  validate(p, path) {
    allow(p, path, ['share', 'min_months', 'max_months']);
    const min = numParam(p, 'min_months', path, 0.5, 120, 3);
    const max = numParam(p, 'max_months', path, 0.5, 120, 14);
    if (max < min) bad(`${path}.max_months`, 'must be >= min_months');
    return { share: numParam(p, 'share', path, 0, 1, 0.3), min_months: min, max_months: max };
  },
  apply(plan, p) {
    plan.aged = { share: p.share as number, minMonths: p.min_months as number, maxMonths: p.max_months as number };
  },
};
