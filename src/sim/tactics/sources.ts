/** Adds an item source to a plan's queue mix at a given share of all items. */
import type { CampaignPlan } from '../plan.js';
import type { ItemSource } from '../items.js';

export function addSource(plan: CampaignPlan, src: ItemSource, share: number): void {
  const total = plan.sources.reduce((s, [, w]) => s + w, 0);
  const w = total > 0 ? (total * share) / (1 - share) : 1;
  plan.sources = plan.sources.filter(([s]) => s !== src).concat([[src, w]]);
}
