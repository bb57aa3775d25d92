/**
 * shared-payment: many accounts pay with a small set of payment instruments.
 * Parameters: `instruments` (default 20), `share` (of accounts on the shared set, default 0.9; the rest pay uniquely).
 */
import { allow, numParam } from './params.js';
import type { Tactic } from './tactic.js';

export const sharedPayment: Tactic = {
  name: 'shared-payment',
  summary: 'a few payment instruments shared across many accounts',
  validate(p, path) {
    allow(p, path, ['instruments', 'share']);
    return { instruments: numParam(p, 'instruments', path, 1, 1e6, 20), share: numParam(p, 'share', path, 0, 1, 0.9) };
  },
  apply(plan, p) {
    const fps: string[] = [];
    for (let i = 0; i < (p.instruments as number); i++) fps.push(`pf_${plan.rng.token(16, '0123456789abcdef')}`);
    const share = p.share as number;
    plan.payment = (_i, rng) => (rng.chance(share) ? rng.pick(fps) : `pf_${rng.token(16, '0123456789abcdef')}`);
    plan.tier = (rng) => (rng.chance(0.85) ? 'build' : 'scale');
  },
};
