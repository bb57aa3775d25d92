/**
 * fake-timezone: instead of running round the clock, the cohort follows an organic-looking daily and weekly rhythm
 * in one pretended time zone. Parameters: `tz` (UTC offset hours, default -5), `shape` (`consumer` | `developer` |
 * `office` | `student`, default `developer`), `spread` (hours of per-account jitter, default 1).
 */
import { DIURNAL_CUM, WEEKLY } from '../geo.js';
import { allow, enumParam, numParam } from './params.js';
import type { Tactic } from './tactic.js';

export const fakeTimezone: Tactic = {
  name: 'fake-timezone',
  summary: 'organic-looking diurnal/weekly cycle at one pretended time zone',
  validate(p, path) {
    allow(p, path, ['tz', 'shape', 'spread']);
    return { tz: numParam(p, 'tz', path, -12, 14, -5), shape: enumParam(p, 'shape', path, ['consumer', 'developer', 'office', 'student'] as const, 'developer'), spread: numParam(p, 'spread', path, 0, 12, 1) };
  },
  apply(plan, p) {
    const shape = p.shape as 'consumer' | 'developer' | 'office' | 'student';
    plan.diurnal = DIURNAL_CUM[shape];
    // Keep the weekly dip mild: the operator still wants its quota of items every day.
    plan.weekly = WEEKLY[shape].map((w) => 0.5 + 0.5 * w);
    plan.tz = p.tz as number;
    plan.tzSpread = p.spread as number;
  },
};
