/**
 * human-pacing: accounts ask in sittings — a few items in a row with reading and typing time between them, and
 * follow-ups at the same pace — instead of single scripted requests. Parameters: `session_items` (mean items per
 * sitting, default 4), `think_seconds` (median pause between requests, default 75).
 */
import { allow, numParam } from './params.js';
import type { Tactic } from './tactic.js';

export const humanPacing: Tactic = {
  name: 'human-pacing',
  summary: 'items asked in human-paced sittings',
  validate(p, path) {
    allow(p, path, ['session_items', 'think_seconds']);
    return { session_items: numParam(p, 'session_items', path, 1, 100, 4), think_seconds: numParam(p, 'think_seconds', path, 1, 3600, 75) };
  },
  apply(plan, p) {
    plan.pacing = { sessionItems: p.session_items as number, thinkMs: (p.think_seconds as number) * 1000 };
  },
};
