/** The shape of an attack tactic: validates its scenario parameters and transforms a campaign's plan. */
import type { CampaignPlan } from '../plan.js';
import type { Params } from './params.js';

export interface Tactic {
  name: string;
  summary: string;
  validate(params: Params, path: string): Params;
  apply(plan: CampaignPlan, params: Params): void;
}
