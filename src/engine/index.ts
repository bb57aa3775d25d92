/**
 * The detection engine's public face. `createEngine()` is what the gateway's worker and `distillguard worker` run:
 * ingest interactions as they happen, step the cross-account clock, read back risk updates.
 */
import type { Account, Interaction } from '../dataset/types.js';
import { IpIntel } from '../enrich/ip.js';
import { Engine, type EngineOptions, type RiskUpdate } from './engine.js';

export { Engine, type EngineOptions, type RiskUpdate } from './engine.js';
export { analyze, type AnalyzeOptions, type AnalyzeSummary, type CampaignReport } from './analyze.js';
export { replay, type ReplayOptions, type ReplayResult } from './replay.js';
export type { Observation } from './observation.js';

export interface LiveEngine {
  /** `nowMs`: the present on a wall clock (the account is scored at sign-up at once; see Engine.registerAccount). */
  registerAccount(a: Account, nowMs?: number): void;
  ingest(i: Interaction): void;
  /** Runs the cross-account step as of nowMs and returns the accounts whose risk changed. */
  tick(nowMs: number): RiskUpdate[];
  /** Verdicts decided between steps (a new account joining a confirmed campaign), since the last call. */
  takeUpdates(): RiskUpdate[];
  readonly engine: Engine;
}

export function createEngine(options: EngineOptions & { intel?: IpIntel } = {}): LiveEngine {
  return liveEngine(new Engine(options.intel ?? IpIntel.shared(), options));
}

/** An engine as the gateway's worker drives it. */
export function liveEngine(engine: Engine): LiveEngine {
  return {
    engine,
    registerAccount: (a, nowMs) => engine.registerAccount(a, nowMs),
    ingest: (i) => engine.ingest(i),
    tick: (now) => engine.tick(now),
    takeUpdates: () => engine.takeUpdates(),
  };
}
