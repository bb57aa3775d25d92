/**
 * The seam between the gateway and the detection engine. The gateway submits every interaction
 * (never awaiting) and reads each account's latest risk from memory; the engine runs elsewhere —
 * a worker thread here (WorkerEnginePort), worker processes behind NATS in multi-node mode — and
 * pushes risk updates back. Nothing on the request path ever waits for the engine.
 */
import { Worker } from 'node:worker_threads';
import type { Account, Interaction } from '../dataset/types.js';
import type { StepClock } from './engine-clock.js';

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

export interface RiskUpdate extends AccountRisk {
  accountId: string;
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
      const cur = this.risks.get(u.accountId);
      if (cur && cur.updatedAt >= u.updatedAt) continue;
      this.risks.set(u.accountId, { risk: u.risk, flagged: u.flagged, campaignId: u.campaignId, reasons: u.reasons, updatedAt: u.updatedAt });
    }
  }

  /** Applies updates to the map, then tells listeners. */
  protected applyRisk(updates: RiskUpdate[]): void {
    for (const u of updates) {
      this.risks.set(u.accountId, { risk: u.risk, flagged: u.flagged, campaignId: u.campaignId, reasons: u.reasons, updatedAt: u.updatedAt });
    }
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
  /** Interactions are posted to the worker in batches of up to this many... */
  batchSize?: number;
  /** ...or after this many ms, whichever comes first. */
  flushMs?: number;
  /** How often the worker runs the engine's periodic (cross-account) step (ms of wall time). */
  tickMs?: number;
  /** When the cross-account step runs; overrides tickMs. Default: wall clock every tickMs. */
  clock?: StepClock;
  /**
   * Module exporting `createEngine(options?)`. Default: the project's src/engine/index.js, or a
   * placeholder engine when that module does not exist yet.
   */
  engineModule?: string;
  /** Passed to createEngine. Must be structured-cloneable. */
  engineOptions?: unknown;
}

/** Messages between the port and engine-worker.ts. */
export type ToWorker = { type: 'batch'; items: Interaction[] } | { type: 'account'; account: Account } | { type: 'close' };
export type FromWorker = { type: 'risk'; updates: RiskUpdate[] } | { type: 'ready'; engine: string } | { type: 'error'; message: string } | { type: 'closed' };

/**
 * In-process engine: a worker thread runs the engine; interactions go to it in batches and risk
 * updates come back as messages. The cross-account step runs in the worker, never on the
 * request path.
 */
export class WorkerEnginePort extends RiskTable implements EnginePort {
  private readonly worker: Worker;
  private pending: Interaction[] = [];
  private timer: NodeJS.Timeout | null = null;
  private readonly batchSize: number;
  private readonly flushMs: number;
  private closing: Promise<void> | null = null;
  /** Name of the engine the worker loaded (`placeholder` until src/engine lands). */
  engineName = 'starting';
  readonly ready: Promise<string>;
  lastError: string | null = null;

  constructor(options: WorkerEnginePortOptions = {}) {
    super();
    this.batchSize = options.batchSize ?? 512;
    this.flushMs = options.flushMs ?? 50;
    this.worker = new Worker(new URL('./engine-worker.js', import.meta.url), {
      workerData: { clock: options.clock ?? { kind: 'wall', stepMs: options.tickMs ?? 1000 }, engineModule: options.engineModule ?? null, engineOptions: options.engineOptions ?? null },
    });
    let onReady: (name: string) => void = () => undefined;
    this.ready = new Promise((r) => (onReady = r));
    this.worker.on('message', (m: FromWorker) => {
      if (m.type === 'risk') this.applyRisk(m.updates);
      else if (m.type === 'ready') {
        this.engineName = m.engine;
        onReady(m.engine);
      } else if (m.type === 'error') this.lastError = m.message;
    });
    this.worker.on('error', (e) => {
      this.lastError = e.message;
      onReady('failed');
    });
  }

  submit(i: Interaction): void {
    if (this.closing) return;
    this.pending.push(i);
    if (this.pending.length >= this.batchSize) this.flush();
    else if (this.timer === null) {
      this.timer = setTimeout(() => this.flush(), this.flushMs);
      this.timer.unref();
    }
  }

  registerAccount(a: Account): void {
    if (this.closing) return;
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
    this.closing = new Promise<void>((resolve) => {
      const done = () => resolve();
      this.worker.once('exit', done);
      this.worker.on('message', (m: FromWorker) => {
        if (m.type === 'closed') void this.worker.terminate();
      });
      this.worker.postMessage({ type: 'close' } satisfies ToWorker);
      // A wedged engine must not hang shutdown.
      setTimeout(() => void this.worker.terminate(), 5000).unref();
    });
    return this.closing;
  }
}
