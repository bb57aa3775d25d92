/**
 * randomised-tls: a share of accounts use a ClientHello-randomising stack, so each shows its own JA4 drawn from a
 * long-tailed family (tls-family.ts), usually under a browser User-Agent. Parameters: `share` (default 1).
 */
import { allow, numParam } from './params.js';
import type { Tactic } from './tactic.js';

export const randomisedTls: Tactic = {
  name: 'randomised-tls',
  summary: 'a JA4 of its own per account',
  validate(p, path) {
    allow(p, path, ['share']);
    return { share: numParam(p, 'share', path, 0, 1, 1) };
  },
  apply(plan, p) {
    plan.tlsRandomShare = p.share as number;
  },
};
