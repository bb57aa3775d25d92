/**
 * Builds a world's context and its accounts from a scenario: organic personas by share (with floors for the hard
 * negatives), eval-harness org, and each campaign's cohort. Counts multiply by `scale`; per-account volumes do not.
 */
import { createCampaignAccounts, buildPlan, type CampaignInfo } from './campaign.js';
import { DAY_MS, type SimAccount, type WorldCtx } from './context.js';
import { loadCorpora } from './corpora.js';
import { createEvalAccount, createEvalOrg } from './eval-harness.js';
import { FrameRegistry } from './grammar/frame-registry.js';
import { CoordinatedGroups } from './coordinated-groups.js';
import { GroupState } from './groups.js';
import { IpPools } from './network.js';
import { createOrganicAccount } from './organic.js';
import { cumulative, hash32, Rng } from './rng.js';
import { ORGANIC_PERSONAS, type OrganicPersona, type Scenario } from './scenario.js';
import { loadTraces } from './traces.js';

export type { SimAccount };

export interface Population {
  ctx: WorldCtx;
  accounts: SimAccount[];
  campaigns: CampaignInfo[];
  personaCounts: Record<string, number>;
}

export function buildContext(s: Scenario, seed: number, scale: number): WorldCtx {
  const start = Date.parse(s.start);
  const models = s.models.map((m) => m.name);
  let releaseModel = -1;
  if (s.release) {
    models.push(s.release.model);
    releaseModel = models.length - 1;
  }
  return {
    seed, scale, start, end: start + s.days * DAY_MS, days: s.days,
    pools: new IpPools(new Rng(seed, 3)),
    corpora: loadCorpora(),
    traces: loadTraces(),
    frames: new FrameRegistry(),
    models, modelJ: models.map((m) => JSON.stringify(m)),
    baseModelWeights: cumulative(s.models.map((m) => m.share)),
    releaseModel,
    releaseAt: s.release ? Date.parse(s.release.at) : Infinity,
    adoptionDays: s.release?.adoption_days ?? 10,
    releaseMaxShare: s.release?.max_share ?? 0,
  };
}

/** Number of organic accounts per persona at the given scale. */
export function personaCounts(s: Scenario, scale: number): Record<OrganicPersona, number> {
  const total = s.organic.accounts * scale;
  // Shares are relative weights: they are normalised to fill organic.accounts (after personas given as counts).
  let shareSum = 0;
  let fixed = 0;
  for (const p of ORGANIC_PERSONAS) {
    const spec = s.organic.personas[p];
    if (spec?.accounts !== undefined) fixed += spec.accounts * scale;
    else shareSum += spec?.share ?? 0;
  }
  const perShare = shareSum > 0 ? Math.max(0, total - fixed) / shareSum : 0;
  const out = {} as Record<OrganicPersona, number>;
  for (const p of ORGANIC_PERSONAS) {
    const spec = s.organic.personas[p];
    if (!spec) { out[p] = 0; continue; }
    const n = spec.accounts !== undefined ? spec.accounts * scale : (spec.share ?? 0) * perShare;
    out[p] = Math.max(spec.min ?? 0, Math.round(n));
  }
  return out;
}

export function campaignAccounts(s: Scenario, scale: number): number[] {
  return s.campaigns.map((c) => Math.max(1, Math.round(c.accounts * scale)));
}

export function buildPopulation(s: Scenario, seed: number, scale: number): Population {
  const ctx = buildContext(s, seed, scale);
  const groups = new GroupState(ctx, new Rng(seed, 2));
  const coordinated = new CoordinatedGroups(ctx, new Rng(seed, 6));
  const used = new Set<string>();
  const idRng = new Rng(seed, 4);
  const ids = (): [string, string] => {
    let id: string;
    do id = `acct_${idRng.token(14)}`; while (used.has(id));
    used.add(id);
    return [id, `key_${idRng.token(18)}`];
  };
  const accountRng = (i: number): Rng => new Rng(seed ^ 0x5bd1e995, 1000 + i);
  const accounts: SimAccount[] = [];
  const counts = personaCounts(s, scale);
  for (const persona of ORGANIC_PERSONAS) {
    const n = counts[persona];
    if (persona === 'eval-harness') {
      if (n > 0) {
        const org = createEvalOrg(ctx, new Rng(seed ^ hash32('eval'), 5));
        for (let i = 0; i < n; i++) {
          const [id, key] = ids();
          accounts.push(createEvalAccount(ctx, org, accounts.length, id, key, accountRng(accounts.length)));
        }
      }
      continue;
    }
    for (let i = 0; i < n; i++) {
      const [id, key] = ids();
      const env = { groups, coordinated, quirks: s.organic.quirks, groupSize: s.organic.personas[persona]?.group_size ?? (persona === 'classroom' ? 30 : 60) };
      accounts.push(createOrganicAccount(ctx, persona, accounts.length, id, key, accountRng(accounts.length), env));
    }
  }
  const campaigns: CampaignInfo[] = [];
  const sizes = campaignAccounts(s, scale);
  s.campaigns.forEach((spec, i) => {
    const plan = buildPlan(ctx, spec, seed);
    const info = createCampaignAccounts(plan, seed, ids, accounts.length, sizes[i]!, accountRng);
    accounts.push(...info.accounts);
    campaigns.push(info);
  });
  return { ctx, accounts, campaigns, personaCounts: counts };
}
