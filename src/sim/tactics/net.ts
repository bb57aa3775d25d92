/** Shared helper of the network tactics: the first one replaces the plan's default (one datacenter per account). */
import type { CampaignPlan } from '../plan.js';

const claimed = new WeakSet<CampaignPlan>();

export function claimNetwork(plan: CampaignPlan): void {
  if (claimed.has(plan)) return;
  claimed.add(plan);
  plan.net = [];
}
