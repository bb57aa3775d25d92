/**
 * The plan of one attack campaign: what `defaultPlan` (campaign.ts) sets and each tactic (tactics/*) transforms.
 * Its own file so that tactics and the work queue depend on the plan's shape, not on the code that runs it.
 */
import type { Account } from '../dataset/types.js';
import type { ClientName } from './clients.js';
import type { WorldCtx } from './context.js';
import type { GrammarOptions, OperationGrammar } from './grammar/operation-grammar.js';
import type { ItemSource } from './items.js';
import type { NetKind } from './network.js';
import type { Rng } from './rng.js';
import type { CampaignSpec } from './scenario.js';

/** How one account reaches the API. */
export interface NetChoice {
  kind: NetKind;
  share: number;
  /** Fixed provider pools (ASNs) the operator rents; empty = any pool of the kind. */
  pools: ReturnType<WorldCtx['pools']['pool']>[];
  /** Countries to draw residential exits from (null = any). */
  countries: string[] | null;
  /** New address for every request (rotating proxy) or a sticky address per account-day. */
  rotate: 'request' | 'day' | 'account';
}

/** One sub-team's way of working (the whole cohort is one team unless the scenario splits it). */
export interface TeamPlan {
  /** Written to labels as `subteam`; null when the operation is not split. */
  name: string | null;
  share: number;
  clients: [ClientName, number][];
  spoofUa: boolean;
  net: NetChoice[];
  /** Range of per-account cover-traffic shares. */
  cover: [number, number];
  /** Share of accounts with a randomised TLS fingerprint of their own. */
  tlsRandomShare: number;
}

export interface CampaignPlan {
  id: string;
  ctx: WorldCtx;
  spec: CampaignSpec;
  rng: Rng;
  tacticNames: string[];
  // schedule
  diurnal: Float64Array;
  weekly: readonly number[];
  tz: number;
  /** Spread of per-account time zones around `tz` (hours); 0 = all accounts pretend the same zone. */
  tzSpread: number;
  rate: number;
  activeDayShare: number;
  // accounts
  createdAt(i: number, rng: Rng): number;
  /** Delay between sign-up and first use. */
  activationDelay(rng: Rng): number;
  /** Share of accounts created long before and dormant until the campaign (set by aged-accounts). */
  aged: { share: number; minMonths: number; maxMonths: number } | null;
  payment(i: number, rng: Rng): string | null;
  emailDomain(rng: Rng): string;
  tier(rng: Rng): Account['tier'];
  // network and client
  net: NetChoice[];
  clients: [ClientName, number][];
  spoofUa: boolean;
  tlsRandomShare: number;
  /** Accounts share nothing but the queue: own card, free-mail address, own habits (share-nothing). */
  isolated: boolean;
  teams: TeamPlan[];
  // content
  grammar: OperationGrammar | null;
  grammarOptions: GrammarOptions;
  benchmarkShare: number;
  bulkShare: number;
  bulkMax: number;
  /** Human-paced threads: items asked in sittings with reading and typing time between them. */
  pacing: { sessionItems: number; thinkMs: number } | null;
  sources: [ItemSource, number][];
  cotShare: number;
  camouflageShare: number;
  followUpShare: number;
  followUpMax: number;
  maxTokens: [number, number][];
  /** The operator script's temperature (stealthy operators with ua-spoofing vary it per account). */
  tempJ: string;
  thinkingShare: number;
  outScale: number;
  /** Share of queue items handed out again (retries after errors, re-asks). */
  reissueShare: number;
  pivot: { withinHours: number; share: number } | null;
  convKnownShare: number;
}
