/**
 * Shared state of one world being generated: the window, loaded data, model table and the account type that
 * behaviours (organic personas, attack campaigns) plan traffic for.
 */
import type { Account, Label } from '../dataset/types.js';
import type { Corpora } from './corpora.js';
import type { FrameRegistry } from './grammar/frame-registry.js';
import type { Ev } from './event.js';
import type { IpPools } from './network.js';
import type { Rng } from './rng.js';
import type { Traces } from './traces.js';

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

export interface WorldCtx {
  seed: number;
  scale: number;
  /** Window start and end, epoch ms. */
  start: number;
  end: number;
  days: number;
  pools: IpPools;
  corpora: Corpora;
  traces: Traces;
  /** Literal prompt edges owned by each operation (no two share one). */
  frames: FrameRegistry;
  /** Model names; index 0.. base models, then the release (if any). */
  models: string[];
  modelJ: string[];
  baseModelWeights: Float64Array;
  /** Index of the newly released model, or -1. */
  releaseModel: number;
  releaseAt: number;
  adoptionDays: number;
  releaseMaxShare: number;
}

export interface DayCtx {
  index: number;
  start: number;
  end: number;
}

/** Where behaviours put the sessions they plan: a start time and one behaviour-defined integer. */
export interface SessionSink {
  add(t: number, acct: SimAccount, arg: number): void;
}

/**
 * An account's behaviour in two steps. `planDay` decides only when sessions start (cheap numbers, kept in typed
 * arrays); `expand` builds a session's requests when the generator reaches its start time, so request objects live
 * for minutes of simulated time, not a whole day (memory and GC stay small at tens of millions of requests).
 */
export interface Behaviour {
  planDay(acct: SimAccount, day: DayCtx, sessions: SessionSink): void;
  /** Appends the session's requests (times >= t, increasing) to `out`. */
  expand(acct: SimAccount, t: number, arg: number, out: Ev[]): void;
}

export type SimLabel = Label & { subteam?: string; tactics?: string[] };

export interface SimAccount {
  idx: number;
  id: string;
  /** Pre-serialised `"account_id":…,"api_key_id":…` fragment. */
  headJ: string;
  record: Account;
  label: SimLabel;
  rng: Rng;
  country: string;
  /** UTC offset in hours of the account's (real or pretended) local time. */
  tz: number;
  /** No traffic before this time (sign-up, or activation of a dormant account). */
  activeFrom: number;
  behaviour: Behaviour;
  /** Behaviour-specific per-account state. */
  state: unknown;
}

/** Start (epoch ms) of the local day planned during UTC day `day`: always at or after the UTC day's start. */
export function localDayStart(dayStart: number, tz: number): number {
  return dayStart - tz * HOUR_MS + (tz > 0 ? DAY_MS : 0);
}

/** Local weekday (0 = Sunday) of a local day starting at `localStart`. */
export function localWeekday(localStart: number, tz: number): number {
  return new Date(localStart + tz * HOUR_MS + HOUR_MS).getUTCDay();
}
