/**
 * Feeds one engine and steps it on its step clock (engine-clock.ts: every N ms of wall time for live traffic, every N
 * minutes of the interactions' own time for replays; the engine itself only sees the `nowMs` it is given). Shared by
 * the gateway's engine thread (engine-worker.ts) and `distillguard worker` (nats-worker.ts).
 */
import type { Account, Interaction } from '../dataset/types.js';
import type { RiskUpdate } from '../engine/engine.js';
import { EventStepper, type StepClock } from './engine-clock.js';

/** What a live worker drives; the detector's `LiveEngine` is one. */
export interface EngineLike {
  /** `nowMs` is given on a wall clock only: an event-clock engine dates a sign-up by its own clock. */
  registerAccount?(a: Account, nowMs?: number): void;
  ingest(i: Interaction): void;
  /** Runs the cross-account step as of nowMs and returns the accounts whose risk changed. */
  tick(nowMs: number): RiskUpdate[];
  /** Updates decided between steps, emitted as soon as the interaction that caused them is ingested. */
  takeUpdates?(): RiskUpdate[];
}

/** Wall time without traffic after which an event-clock engine scores what it has (end of a replay). */
export const EVENT_IDLE_MS = 1500;

/**
 * Feeds one engine and steps it on its clock. Wall clock: `start()` runs a step every `stepMs`.
 * Event clock: each interaction first runs the steps whose boundaries its timestamp passed, and a
 * step as of the latest interaction runs once the traffic has been idle for EVENT_IDLE_MS.
 */
export class EngineRunner {
  private readonly stepper: EventStepper | null;
  private timer: NodeJS.Timeout | null = null;
  private lastIngest = 0;
  ingested = 0;
  steps = 0;

  constructor(
    readonly engine: EngineLike,
    readonly clock: StepClock,
    private readonly emit: (updates: RiskUpdate[]) => void,
    private readonly onError: (message: string) => void,
  ) {
    this.stepper = clock.kind === 'event' ? new EventStepper(clock.stepMs) : null;
  }

  start(): void {
    if (this.timer) return;
    if (this.stepper) {
      this.timer = setInterval(() => {
        if (Date.now() - this.lastIngest < EVENT_IDLE_MS) return;
        const at = this.stepper!.flush();
        if (at !== null) this.step(at);
      }, Math.min(500, EVENT_IDLE_MS));
    } else this.timer = setInterval(() => this.step(Date.now()), this.clock.stepMs);
  }

  step(nowMs: number): void {
    let updates: RiskUpdate[];
    try {
      updates = this.engine.tick(nowMs);
    } catch (e) {
      this.onError(`engine tick failed: ${(e as Error).message}`);
      return;
    }
    this.steps++;
    if (updates.length > 0) this.emit(updates);
  }

  /** Registers an account; a verdict decided at sign-up (a known operation's new account) is emitted at once. */
  register(a: Account): void {
    try {
      this.engine.registerAccount?.(a, this.stepper ? undefined : Date.now());
      const atSignup = this.engine.takeUpdates?.();
      if (atSignup && atSignup.length > 0) this.emit(atSignup);
    } catch (e) {
      this.onError(`engine registerAccount failed on ${a.account_id}: ${(e as Error).message}`);
    }
  }

  ingest(i: Interaction): void {
    if (this.stepper) {
      this.lastIngest = Date.now();
      for (const at of this.stepper.due(Date.parse(i.ts))) this.step(at);
    }
    try {
      this.engine.ingest(i);
      this.ingested++;
      const between = this.engine.takeUpdates?.();
      if (between && between.length > 0) this.emit(between);
    } catch (e) {
      this.onError(`engine ingest failed on ${i.id}: ${(e as Error).message}`);
    }
  }

  /** Stops the timer and runs a last step (as of the latest interaction on the event clock). */
  finish(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (this.stepper) {
      const at = this.stepper.flush();
      if (at !== null) this.step(at);
    } else this.step(Date.now());
  }
}
