/**
 * signup-burst: accounts are created in a few short bursts (scripted sign-ups) shortly before or early in the
 * campaign, and put to work a day or two later.
 * Parameters: `bursts` (default 4), `hours` (burst length, default 3), `before_days` (earliest burst before the
 * campaign start, default 10).
 */
import { DAY_MS, HOUR_MS } from '../context.js';
import { allow, numParam } from './params.js';
import type { Tactic } from './tactic.js';

export const signupBurst: Tactic = {
  name: 'signup-burst',
  summary: 'accounts created in short scripted bursts',
  validate(p, path) {
    allow(p, path, ['bursts', 'hours', 'before_days']);
    return { bursts: numParam(p, 'bursts', path, 1, 1000, 4), hours: numParam(p, 'hours', path, 0.1, 72, 3), before_days: numParam(p, 'before_days', path, 0, 365, 10) };
  },
  apply(plan, p) {
    const start = plan.ctx.start + plan.spec.start_day * DAY_MS;
    const centers: number[] = [];
    for (let i = 0; i < (p.bursts as number); i++) centers.push(start - plan.rng.uniform(0.5, p.before_days as number) * DAY_MS);
    const width = (p.hours as number) * HOUR_MS;
    plan.createdAt = (_i, rng) => rng.pick(centers) + rng.next() * width;
    plan.activationDelay = (rng) => rng.uniform(0.5, 2.5) * DAY_MS;
  },
};
