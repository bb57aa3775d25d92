/**
 * Worker-thread side of WorkerEnginePort: receives interaction batches, feeds them to the engine,
 * runs the engine's periodic cross-account step on its step clock (engine-clock.ts: every N ms of
 * wall time for live traffic, every N minutes of the interactions' own time for replays; the engine
 * itself only sees the `nowMs` it is given) and posts risk updates back. `EngineRunner` is the part
 * shared with `distillguard worker`.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import type { Account, Interaction } from '../dataset/types.js';
import type { FromWorker, RiskUpdate, ToWorker } from './engine-port.js';
import { EventStepper, type StepClock } from './engine-clock.js';

/** What the gateway needs from an engine; src/engine/index.ts exports `createEngine` returning this. */
export interface EngineLike {
  /** `nowMs` is given on a wall clock only: an event-clock engine dates a sign-up by its own clock. */
  registerAccount?(a: Account, nowMs?: number): void;
  ingest(i: Interaction): void;
  tick(nowMs: number): EngineRiskUpdate[];
  /** Updates decided between steps, emitted as soon as the interaction that caused them is ingested. */
  takeUpdates?(): EngineRiskUpdate[];
}

/** The engine may name fields `account`/`at` (src/engine) or `accountId`/`updatedAt` (the port's own shape). */
export type EngineRiskUpdate = Omit<RiskUpdate, 'accountId' | 'updatedAt'> & ({ accountId: string } | { account: string }) & ({ updatedAt: string } | { at: number });

export function normalizeUpdate(u: EngineRiskUpdate): RiskUpdate {
  return {
    accountId: 'accountId' in u ? u.accountId : u.account,
    risk: u.risk, flagged: u.flagged, campaignId: u.campaignId, reasons: u.reasons,
    updatedAt: 'updatedAt' in u ? u.updatedAt : new Date(u.at).toISOString(),
  };
}

type CreateEngine = (options?: unknown) => EngineLike;

// PLACEHOLDER until src/engine lands: scores nothing, so every account stays at "unknown risk".
function createPlaceholderEngine(): EngineLike {
  return { ingest() {}, tick: () => [] };
}

export async function loadEngine(moduleSpec: string | null, options: unknown): Promise<{ engine: EngineLike; name: string }> {
  const url = moduleSpec ?? new URL('../engine/index.js', import.meta.url).href;
  // Only a missing default engine falls back; a broken or explicitly named one is an error.
  if (moduleSpec === null && !existsSync(fileURLToPath(url))) return { engine: createPlaceholderEngine(), name: 'placeholder' };
  const mod = (await import(url)) as { createEngine?: CreateEngine };
  if (typeof mod.createEngine !== 'function') {
    if (moduleSpec === null) return { engine: createPlaceholderEngine(), name: 'placeholder' };
    throw new Error(`${url} does not export createEngine`);
  }
  return { engine: options === null ? mod.createEngine() : mod.createEngine(options), name: moduleSpec ?? 'src/engine' };
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
      updates = this.engine.tick(nowMs).map(normalizeUpdate);
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
      if (atSignup && atSignup.length > 0) this.emit(atSignup.map(normalizeUpdate));
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
      if (between && between.length > 0) this.emit(between.map(normalizeUpdate));
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

const port = parentPort;
if (port) {
  const data = workerData as { clock: StepClock; engineModule: string | null; engineOptions: unknown };
  const post = (m: FromWorker) => port.postMessage(m);
  let runner: EngineRunner | null = null;
  const queue: Interaction[][] = [];
  const accounts: Account[] = [];
  let closing = false;
  const onError = (message: string) => post({ type: 'error', message });

  port.on('message', (m: ToWorker) => {
    if (m.type === 'batch') {
      if (!runner) queue.push(m.items);
      else for (const i of m.items) runner.ingest(i);
    } else if (m.type === 'account') {
      if (!runner) accounts.push(m.account);
      else runner.register(m.account);
    } else if (m.type === 'close') {
      closing = true;
      if (runner) finish(runner);
    }
  });
  const finish = (r: EngineRunner) => {
    r.finish();
    post({ type: 'closed' });
    port.close();
  };
  const begin = (engine: EngineLike, name: string) => {
    const r = new EngineRunner(engine, data.clock, (updates) => post({ type: 'risk', updates }), onError);
    runner = r;
    for (const a of accounts.splice(0)) r.register(a);
    for (const items of queue.splice(0)) for (const i of items) r.ingest(i);
    r.start();
    post({ type: 'ready', engine: name });
    if (closing) finish(r);
  };
  loadEngine(data.engineModule, data.engineOptions).then(
    ({ engine, name }) => begin(engine, name),
    (e: unknown) => {
      onError(`engine failed to load: ${(e as Error).message}`);
      begin(createPlaceholderEngine(), 'failed');
    },
  );
}
