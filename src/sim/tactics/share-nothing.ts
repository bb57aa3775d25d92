/**
 * share-nothing: accounts share nothing but the work queue and the purpose — each has its own card and free-mail
 * address, its own client, temperature, max_tokens and conversation habits, and nothing is re-asked. Combine with
 * aged-accounts, residential-proxies (rotate: account) and randomised-tls for a quiet operation. No parameters.
 */
import { allow } from './params.js';
import type { Tactic } from './tactic.js';

export const shareNothing: Tactic = {
  name: 'share-nothing',
  summary: 'own card, address, client and habits per account',
  validate(p, path) {
    allow(p, path, []);
    return {};
  },
  apply(plan) {
    plan.isolated = true;
    plan.reissueShare = 0;
  },
};
