/**
 * work-queue: the campaign's source of requests — one pool of harvest items (by capability) handed out about once
 * each, in time order, to whichever account asks next. Required in every campaign.
 * Parameters: `mix` (weights by source: maths, coding, agentic, reasoning, creative), `reissue` (share re-asked).
 */
import { ITEM_SOURCES, type ItemSource } from '../items.js';
import { allow, bad, numParam, type Params } from './params.js';
import type { Tactic } from './tactic.js';

const MIXABLE = ['maths', 'coding', 'agentic', 'reasoning', 'creative'] as const;

export const workQueue: Tactic = {
  name: 'work-queue',
  summary: 'shared queue of unique harvest items handed round-robin to the cohort',
  validate(p, path) {
    allow(p, path, ['mix', 'reissue']);
    const mix = (p.mix ?? { maths: 1, coding: 1, reasoning: 1, agentic: 1 }) as Params;
    if (typeof mix !== 'object' || mix === null || Array.isArray(mix)) bad(`${path}.mix`, 'expected a mapping of source to weight');
    allow(mix, `${path}.mix`, [...MIXABLE]);
    const out: Params = {};
    for (const k of Object.keys(mix)) out[k] = numParam(mix, k, `${path}.mix`, 0, 1e6, 0);
    if (Object.values(out).every((w) => w === 0)) bad(`${path}.mix`, 'at least one weight must be positive');
    return { mix: out, reissue: numParam(p, 'reissue', path, 0, 0.5, 0.01) };
  },
  apply(plan, p) {
    const mix = p.mix as Record<string, number>;
    plan.sources = Object.entries(mix).filter(([k, w]) => w > 0 && (ITEM_SOURCES as readonly string[]).includes(k)).map(([k, w]) => [k as ItemSource, w]);
    plan.reissueShare = p.reissue as number;
  },
};
