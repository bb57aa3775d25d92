/**
 * instruction-sweep: a share of queue items are instruction-generation prompts (the Alpaca/self-instruct template
 * with seed tasks) walking systematically over a capability/topic taxonomy. Parameters: `share` (default 0.15).
 */
import { allow, numParam } from './params.js';
import type { Tactic } from './tactic.js';
import { addSource } from './sources.js';

export const instructionSweep: Tactic = {
  name: 'instruction-sweep',
  summary: 'instruction-generation sweeps over a topic taxonomy',
  validate(p, path) {
    allow(p, path, ['share']);
    return { share: numParam(p, 'share', path, 0.001, 0.95, 0.15) };
  },
  apply(plan, p) {
    addSource(plan, 'instruction-sweep', p.share as number);
  },
};
