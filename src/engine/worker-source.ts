/**
 * An ObservationSource driven by a worker thread (observe-worker.ts): reading, parsing, validation and the per-request
 * signals run on another core while this thread applies the observations and runs the cross-account step. Batches,
 * their order, rejected lines (file, line, reason) and counts are exactly those of the in-process source.
 */
import { Worker } from 'node:worker_threads';
import type { QuarantineSink, ReadStats } from '../dataset/index.js';
import { DistillguardError, errorFromData, type ErrorData } from '../errors.js';
import { ObservationDecoder, type ObservationRun, type PackedObservations } from './observation-batch.js';
import { DEFAULT_READER, type ObservationSource, type ReaderKind, type SourceOptions } from './observation-source.js';
import type { NetworkLookup } from './observe.js';
import type { PromptSampleOptions } from './prompt-samples.js';
import { defaultTextWorkers } from './text-pool.js';
import { TextSignalCache } from './text-signals.js';

/**
 * Batches the worker may have posted and not yet seen consumed: enough slack for both threads to stay busy through a
 * long cross-account step on this side (≈1 MB per batch).
 */
const AHEAD = 16;
/**
 * Young-generation size of the worker's heap. Its records (a batch of parsed lines and their prompts) die young but
 * outlive V8's default nursery, so they were promoted and piled up in the old generation between full collections:
 * a larger nursery lowered the worker's heap by a third and its GC time with it (measured on 1.9 M interactions).
 */
const WORKER_YOUNG_GENERATION_MB = 192;

export type RejectedLine = Parameters<QuarantineSink['add']>;

export interface ObserveWorkerData {
  path: string;
  samplePrompts: PromptSampleOptions | null;
  ahead: number;
  maxTimeSkewDays: number | null;
  reader: ReaderKind;
  /** Text workers the observe worker starts (text-pool.ts); 0: it computes text signals itself. */
  textWorkers: number;
}

export type ToObserveWorker = { type: 'credit' };
export type FromObserveWorker =
  | { type: 'batch'; packed: PackedObservations; rejected: RejectedLine[]; fraction: number | null }
  | { type: 'end'; stats: ReadStats; rejected: RejectedLine[] }
  | { type: 'error'; error: ErrorData; rejected: RejectedLine[] };

export class WorkerSource implements ObservationSource {
  stats: ReadStats;
  readonly samplesFile: string | null;
  private readonly worker: Worker;
  private readonly inbox: FromObserveWorker[] = [];
  private wake: (() => void) | null = null;
  private failure: Error | null = null;
  private finished = false;
  /** Share of the file the worker had read at the last batch. */
  private read: number | null = null;
  private closed: Promise<void> | null = null;

  /**
   * `network` gives the IP tables that fill in the observations' network facts; it is called when the first batch
   * arrives, so the tables may still be loading while the worker starts.
   */
  constructor(private readonly options: SourceOptions, private readonly network: () => NetworkLookup) {
    if (options.onRecord) throw new DistillguardError('INTERNAL', 'onRecord needs the in-process source');
    this.stats = { file: options.path, read: 0, accepted: 0, quarantined: 0 };
    this.samplesFile = options.samplePrompts?.file ?? null;
    const workerData: ObserveWorkerData = { path: options.path, samplePrompts: options.samplePrompts ?? null, ahead: AHEAD, maxTimeSkewDays: options.maxTimeSkewDays ?? null, reader: options.reader ?? DEFAULT_READER, textWorkers: options.textWorkers ?? defaultTextWorkers() };
    this.worker = new Worker(new URL('./observe-worker.js', import.meta.url), { workerData, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
    this.worker.on('message', (m: FromObserveWorker) => {
      this.inbox.push(m);
      this.notify();
    });
    this.worker.on('error', (e) => {
      this.failure ??= e;
      this.notify();
    });
    this.worker.on('exit', (code) => {
      if (!this.finished) this.failure ??= new DistillguardError('INTERNAL', `observe worker stopped (exit code ${code}) before the end of ${options.path}`);
      this.notify();
    });
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  private async next(): Promise<FromObserveWorker> {
    for (;;) {
      const m = this.inbox.shift();
      if (m) return m;
      if (this.failure) throw this.failure;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  async *batches(): AsyncGenerator<ObservationRun> {
    let decoder: ObservationDecoder | null = null;
    try {
      for (;;) {
        const m = await this.next();
        for (const line of m.rejected) await this.options.quarantine.add(...line);
        if (m.type === 'error') throw errorFromData(m.error);
        if (m.type === 'end') {
          this.finished = true;
          this.stats = m.stats;
          return;
        }
        decoder ??= new ObservationDecoder(this.network(), new TextSignalCache());
        this.read = m.fraction;
        yield decoder.run(m.packed);
        this.worker.postMessage({ type: 'credit' } satisfies ToObserveWorker);
      }
    } finally {
      await this.close();
    }
  }

  fraction(): number | null {
    return this.read;
  }

  close(): Promise<void> {
    this.finished = true;
    return (this.closed ??= this.worker.terminate().then(() => undefined));
  }
}
