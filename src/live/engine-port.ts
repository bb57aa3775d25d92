/**
 * The seam between the gateway and the detection engine. The gateway submits every interaction
 * (never awaiting) and reads each account's latest risk from memory; the engine runs elsewhere —
 * a worker thread here (WorkerEnginePort), worker processes behind NATS in multi-node mode
 * (nats-port.ts) — and pushes risk updates (the engine's `RiskUpdate`) back. Nothing on the
 * request path ever waits for the engine.
 */
import { Worker } from 'node:worker_threads';
import type { Account, Interaction } from '../dataset/types.js';
import type { RiskUpdate } from '../engine/engine.js';
import { DistillguardError } from '../errors.js';
import type { StepClock } from './engine-clock.js';
import { DETECTOR, type EngineChoice } from './engines.js';

/** An account's latest risk as the gateway keeps it and the admin API shows it. */
export interface AccountRisk {
  /** 0..1 */
  risk: number;
  flagged: boolean;
  campaignId: string | null;
  /** Reason codes, strongest first. */
  reasons: string[];
  /** RFC 3339 time of the engine clock when this risk was computed. */
  updatedAt: string;
}

/** The engine as /healthz reports it: only `running` is healthy. */
export type EngineHealth =
  | { state: 'starting' }
  | { state: 'running'; engine: string }
  | { state: 'failed'; reason: string }
  | { state: 'closed' };

/** A risk update as the gateway keeps it. */
export function accountRiskOf(u: RiskUpdate): AccountRisk {
  return { risk: u.risk, flagged: u.flagged, campaignId: u.campaignId, reasons: u.reasons, updatedAt: new Date(u.at).toISOString() };
}

/** For risk that arrives from outside the process (the NATS risk stream, the shared state): is it a RiskUpdate? */
export function isRiskUpdate(x: unknown): x is RiskUpdate {
  if (typeof x !== 'object' || x === null) return false;
  const u = x as Record<string, unknown>;
  return typeof u.account === 'string' && typeof u.risk === 'number' && typeof u.flagged === 'boolean'
    && (u.campaignId === null || typeof u.campaignId === 'string')
    && Array.isArray(u.reasons) && u.reasons.every((r) => typeof r === 'string')
    && typeof u.at === 'number' && Number.isFinite(u.at);
}

export type RiskListener = (updates: RiskUpdate[]) => void;

export interface EnginePort {
  /**
   * Hands one interaction to the engine. Ports with a durable transport return a promise that resolves true once
   * the event is durable (at-least-once: the gateway completes the response only then) or false when it could not
   * be kept (a full spool); in-process ports return nothing.
   */
  submit(i: Interaction): void | Promise<boolean>;
  /** Tells the engine an account's metadata (sign-up time, org, tier...) before its traffic. */
  registerAccount(a: Account): void;
  /** Latest risk known for an account (undefined = never scored). */
  riskOf(accountId: string): AccountRisk | undefined;
  /** Called with every batch of risk updates, after riskOf reflects them. */
  onRisk(cb: RiskListener): void;
  /** Flushes pending interactions, stops the engine and releases its resources. */
  close(): Promise<void>;
  /** Events accepted but not yet handed safely to the engine's transport (queued, in flight, spooled). */
  backlog?(): number;
  /** False while the port refuses new events (a fail-closed spool at its cap): the gateway answers 503. */
  accepting?(): boolean;
  /** Spool figures for metrics (ports with a spool). */
  spoolStats?(): { bytes: number; events: number; maxBytes: number; segments: number; dropped: number; refused: number; resent: number; full: boolean };
  /** Fills in risk known from elsewhere (the shared state) where this port knows none or older. */
  seedRisk?(updates: RiskUpdate[]): void;
  /** The engine's state, for ports that run it (absent: the engine runs elsewhere and the gateway is healthy). */
  health?(): EngineHealth;
}

/** Shared bookkeeping for ports: the risk map and the listeners. */
export abstract class RiskTable {
  protected readonly risks = new Map<string, AccountRisk>();
  private readonly listeners: RiskListener[] = [];

  riskOf(accountId: string): AccountRisk | undefined {
    return this.risks.get(accountId);
  }

  onRisk(cb: RiskListener): void {
    this.listeners.push(cb);
  }

  seedRisk(updates: RiskUpdate[]): void {
    for (const u of updates) {
      if (!isRiskUpdate(u)) continue;
      const risk = accountRiskOf(u);
      const cur = this.risks.get(u.account);
      if (cur && cur.updatedAt >= risk.updatedAt) continue;
      this.risks.set(u.account, risk);
    }
  }

  /** Applies updates to the map, then tells listeners. */
  protected applyRisk(updates: RiskUpdate[]): void {
    for (const u of updates) this.risks.set(u.account, accountRiskOf(u));
    for (const l of this.listeners) {
      try {
        l(updates);
      } catch {
        // A failing listener (e.g. a webhook formatting bug) must not stop risk from flowing.
      }
    }
  }
}

/**
 * A port with no engine: risk is set by hand. For tests, and for running the gateway as a plain
 * policy proxy. `submitted` keeps what was submitted when `keep` is set.
 */
export class ManualEnginePort extends RiskTable implements EnginePort {
  readonly submitted: Interaction[] = [];
  constructor(private readonly keep = false) {
    super();
  }
  submit(i: Interaction): void {
    if (this.keep) this.submitted.push(i);
  }
  registerAccount(): void {}
  setRisk(updates: RiskUpdate[]): void {
    this.applyRisk(updates);
  }
  async close(): Promise<void> {}
}

export interface WorkerEnginePortOptions {
  /** The engine the thread runs. Default: the detector (src/engine). */
  engine?: EngineChoice;
  /** Interactions are posted to the worker in batches of up to this many... */
  batchSize?: number;
  /** ...or after this many ms, whichever comes first. */
  flushMs?: number;
  /** How often the worker runs the engine's periodic (cross-account) step (ms of wall time). */
  tickMs?: number;
  /** When the cross-account step runs; overrides tickMs. Default: wall clock every tickMs. */
  clock?: StepClock;
}

/** Messages between the port and engine-worker.ts. */
export interface WorkerData {
  engine: EngineChoice;
  clock: StepClock;
}
export type ToWorker = { type: 'batch'; items: Interaction[] } | { type: 'account'; account: Account } | { type: 'close' };
export type FromWorker =
  | { type: 'ready'; engine: string }
  /** The engine could not start; the thread ends. */
  | { type: 'failed'; message: string }
  | { type: 'risk'; updates: RiskUpdate[] }
  /** One call into the engine failed (an interaction it could not ingest); the engine runs on. */
  | { type: 'error'; message: string }
  | { type: 'closed' };

/**
 * In-process engine: a worker thread runs the engine; interactions go to it in batches and risk
 * updates come back as messages. The cross-account step runs in the worker, never on the
 * request path.
 *
 * `ready` resolves with the engine's name once it runs, or rejects with ENGINE_START when it cannot start. A thread
 * that ends later without being closed (an uncaught error, out of memory) is ENGINE_STOPPED, told to `onFailure`
 * listeners; either way `health()` then says `failed` with the reason and what is submitted goes nowhere.
 */
export class WorkerEnginePort extends RiskTable implements EnginePort {
  private readonly worker: Worker;
  private pending: Interaction[] = [];
  private timer: NodeJS.Timeout | null = null;
  private readonly batchSize: number;
  private readonly flushMs: number;
  private closing: Promise<void> | null = null;
  private exited = false;
  private state: EngineHealth = { state: 'starting' };
  private readonly failureListeners: ((e: DistillguardError) => void)[] = [];
  private stopped: DistillguardError | null = null;
  readonly ready: Promise<string>;
  private readonly rejectReady: (e: Error) => void;
  /** The last error of one call into the engine (it kept running). */
  lastError: string | null = null;

  constructor(options: WorkerEnginePortOptions = {}) {
    super();
    this.batchSize = options.batchSize ?? 512;
    this.flushMs = options.flushMs ?? 50;
    const data: WorkerData = { engine: options.engine ?? DETECTOR, clock: options.clock ?? { kind: 'wall', stepMs: options.tickMs ?? 1000 } };
    let settle: { resolve: (name: string) => void; reject: (e: Error) => void } = { resolve: () => undefined, reject: () => undefined };
    this.ready = new Promise<string>((resolve, reject) => (settle = { resolve, reject }));
    this.rejectReady = settle.reject;
    // Callers await `ready`; one that does not must not turn a failed start into an unhandled rejection.
    this.ready.catch(() => undefined);
    const fail = (reason: string) => {
      const was = this.state.state;
      if (was === 'failed' || was === 'closed') return;
      this.state = { state: 'failed', reason };
      this.pending = [];
      if (was === 'starting') settle.reject(new DistillguardError('ENGINE_START', `the detection engine did not start: ${reason}`));
      else {
        const e = new DistillguardError('ENGINE_STOPPED', `the detection engine stopped: ${reason}`);
        this.stopped = e;
        for (const l of this.failureListeners) {
          try {
            l(e);
          } catch {
            // A failing listener must not hide the failure from the others.
          }
        }
      }
    };
    this.worker = new Worker(new URL('./engine-worker.js', import.meta.url), { workerData: data });
    this.worker.on('message', (m: FromWorker) => {
      if (m.type === 'risk') this.applyRisk(m.updates);
      else if (m.type === 'ready') {
        this.state = { state: 'running', engine: m.engine };
        settle.resolve(m.engine);
      } else if (m.type === 'failed') fail(m.message);
      else if (m.type === 'error') this.lastError = m.message;
    });
    this.worker.on('error', (e) => fail(e.message.split('\n')[0] || e.name));
    this.worker.on('exit', (code) => {
      this.exited = true;
      if (!this.closing) fail(`the engine thread exited (code ${code})`);
    });
  }

  /** The engine's name while it runs, else its state. */
  get engineName(): string {
    return this.state.state === 'running' ? this.state.engine : this.state.state;
  }

  health(): EngineHealth {
    return this.state;
  }

  /** Called once if the engine stops after it started (at once if it already has; a failed start rejects `ready`). */
  onFailure(cb: (e: DistillguardError) => void): void {
    if (this.stopped) cb(this.stopped);
    else this.failureListeners.push(cb);
  }

  submit(i: Interaction): void {
    if (this.closing || this.state.state === 'failed') return;
    this.pending.push(i);
    if (this.pending.length >= this.batchSize) this.flush();
    else if (this.timer === null) {
      this.timer = setTimeout(() => this.flush(), this.flushMs);
      this.timer.unref();
    }
  }

  registerAccount(a: Account): void {
    if (this.closing || this.state.state === 'failed') return;
    // Ordered before any later batch: flush first so the engine sees the account before its traffic.
    this.flush();
    this.worker.postMessage({ type: 'account', account: a } satisfies ToWorker);
  }

  private flush(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.pending.length === 0) return;
    const items = this.pending;
    this.pending = [];
    this.worker.postMessage({ type: 'batch', items } satisfies ToWorker);
  }

  close(): Promise<void> {
    if (this.closing) return this.closing;
    this.flush();
    const failed = this.state.state === 'failed';
    this.closing = new Promise<void>((resolve) => {
      if (this.exited) return resolve();
      this.worker.once('exit', () => resolve());
      if (failed) return void this.worker.terminate();
      this.worker.on('message', (m: FromWorker) => {
        if (m.type === 'closed') void this.worker.terminate();
      });
      this.worker.postMessage({ type: 'close' } satisfies ToWorker);
      // A wedged engine must not hang shutdown.
      setTimeout(() => void this.worker.terminate(), 5000).unref();
    }).then(() => {
      if (this.state.state === 'starting') this.rejectReady(new DistillguardError('ENGINE_START', 'the detection engine was closed before it started'));
      if (this.state.state !== 'failed') this.state = { state: 'closed' };
    });
    return this.closing;
  }
}
