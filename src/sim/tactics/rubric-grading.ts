/**
 * rubric-grading: a share of queue items ask the model to grade an answer against a rubric (reward-model harvesting).
 * Parameters: `share` (of queue items, default 0.15). Apply after work-queue (the plan builder orders it so).
 */
import { allow, numParam } from './params.js';
import type { Tactic } from './tactic.js';
import { addSource } from './sources.js';

export const rubricGrading: Tactic = {
  name: 'rubric-grading',
  summary: 'rubric-grading prompts (reward-model harvesting)',
  validate(p, path) {
    allow(p, path, ['share']);
    return { share: numParam(p, 'share', path, 0.001, 0.95, 0.15) };
  },
  apply(plan, p) {
    addSource(plan, 'rubric-grading', p.share as number);
  },
};
