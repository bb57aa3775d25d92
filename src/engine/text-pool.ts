/**
 * A pool of worker threads computing per-request text signals (text-signals.ts), for machines with cores to spare
 * beyond the engine thread and the observe worker: the observe worker hands each batch's prompts to one text worker
 * and posts the batch once its signals are back, in read order. The signals travel as numbers (TEXT_STRIDE per
 * request, exact doubles), so the receiver gets the very values `textSignals` returns. A text worker that fails or
 * stops fails every batch it holds and every later one: the run stops with an error, never with blank signals.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { DistillguardError } from '../errors.js';
import type { TextSignals } from './text-signals.js';

/** Numbers per request in a packed batch of text signals. */
export const TEXT_STRIDE = 11;

/** Most text workers a pool starts by default, whatever the core count (batches are ≈ 4k requests each). */
const MAX_DEFAULT_TEXT_WORKERS = 8;

/**
 * Text workers worth starting on this machine: one core each for the engine thread and the observe worker, the rest
 * for text signals. 0 on two cores, where the observe worker and the engine thread share the text signals already.
 */
export function defaultTextWorkers(cores = availableParallelism()): number {
  return Math.max(0, Math.min(MAX_DEFAULT_TEXT_WORKERS, cores - 2));
}

export function packTextSignals(signals: readonly TextSignals[]): Float64Array {
  const out = new Float64Array(signals.length * TEXT_STRIDE);
  for (let k = 0; k < signals.length; k++) {
    const t = signals[k]!;
    const p = k * TEXT_STRIDE;
    out[p] = t.intent;
    out[p + 1] = t.intentKinds;
    out[p + 2] = t.capability;
    out[p + 3] = t.frame;
    out[p + 4] = t.frameTail;
    out[p + 5] = t.item;
    out[p + 6] = t.variant;
    out[p + 7] = t.exactItem;
    out[p + 8] = t.reflective ? 1 : 0;
    out[p + 9] = t.core;
    out[p + 10] = t.line;
  }
  return out;
}

/** The k-th request's signals of a packed batch. */
export function unpackTextSignals(packed: Float64Array, k: number): TextSignals {
  const p = k * TEXT_STRIDE;
  return {
    intent: packed[p]!,
    intentKinds: packed[p + 1]!,
    capability: packed[p + 2]!,
    frame: packed[p + 3]!,
    frameTail: packed[p + 4]!,
    item: packed[p + 5]!,
    variant: packed[p + 6]!,
    exactItem: packed[p + 7]!,
    reflective: packed[p + 8] === 1,
    core: packed[p + 9]!,
    line: packed[p + 10]!,
  };
}

export interface TextJob {
  id: number;
  prompts: string[];
  systems: (string | null)[];
}
export type TextReply = { id: number; signals: Float64Array } | { id: number; error: string };

interface Pending {
  resolve: (signals: Float64Array) => void;
  reject: (e: Error) => void;
}

export interface TextPoolOptions {
  size: number;
  /** The worker's script (tests start a failing one); default text-worker.js. */
  script?: URL;
}

export class TextPool {
  readonly size: number;
  private readonly workers: Worker[] = [];
  /** Jobs sent to each worker and not answered yet. */
  private readonly pending: Map<number, Pending>[] = [];
  private failure: Error | null = null;
  private nextId = 0;
  private closing = false;

  constructor(options: TextPoolOptions) {
    if (!(Number.isInteger(options.size) && options.size >= 1)) throw new DistillguardError('USAGE', `a text pool needs at least one worker, got ${options.size}`);
    this.size = options.size;
    const script = options.script ?? new URL('./text-worker.js', import.meta.url);
    for (let w = 0; w < options.size; w++) {
      const jobs = new Map<number, Pending>();
      const worker = new Worker(script);
      worker.on('message', (m: TextReply) => {
        const job = jobs.get(m.id);
        if (!job) return;
        jobs.delete(m.id);
        if (jobs.size === 0) worker.unref();
        if ('error' in m) this.fail(new DistillguardError('INTERNAL', `text worker ${w}: ${m.error}`));
        else job.resolve(m.signals);
      });
      worker.on('error', (e) => this.fail(new DistillguardError('INTERNAL', `text worker ${w} failed: ${e.message}`, { cause: e })));
      worker.on('exit', (code) => {
        if (!this.closing) this.fail(new DistillguardError('INTERNAL', `text worker ${w} stopped (exit code ${code}) with ${jobs.size} batch(es) in hand`));
      });
      // An idle worker does not keep the process alive; one with a batch in hand does (see compute).
      worker.unref();
      this.workers.push(worker);
      this.pending.push(jobs);
    }
  }

  /** Fails every job in flight and every later one with `e` (the first failure wins). */
  private fail(e: Error): void {
    this.failure ??= e;
    for (const jobs of this.pending) {
      for (const job of jobs.values()) job.reject(this.failure);
      jobs.clear();
    }
  }

  /** Text signals of each (prompt, system), packed (TEXT_STRIDE numbers per request), computed by the least busy worker. */
  compute(prompts: string[], systems: (string | null)[]): Promise<Float64Array> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closing) return Promise.reject(new DistillguardError('INTERNAL', 'text pool closed'));
    let w = 0;
    for (let k = 1; k < this.workers.length; k++) if (this.pending[k]!.size < this.pending[w]!.size) w = k;
    const id = this.nextId++;
    return new Promise<Float64Array>((resolve, reject) => {
      this.pending[w]!.set(id, { resolve, reject });
      this.workers[w]!.ref();
      this.workers[w]!.postMessage({ id, prompts, systems } satisfies TextJob);
    });
  }

  /** Jobs sent and not answered, over all workers. */
  inFlight(): number {
    let n = 0;
    for (const jobs of this.pending) n += jobs.size;
    return n;
  }

  /** The pool's workers, for tests that stop one. */
  threads(): readonly Worker[] {
    return this.workers;
  }

  async close(): Promise<void> {
    this.closing = true;
    this.fail(new DistillguardError('INTERNAL', 'text pool closed'));
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
