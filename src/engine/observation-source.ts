/**
 * Where a replay's observations come from: the interactions file read, validated (bad lines quarantined) and turned
 * into Observations by the per-request step, in file order and in the reader's batches. Two drivers of the same
 * reader and the same `Observer.observe`: in this thread, or in a worker thread (observe-worker.ts) so that reading
 * and the per-request signals run beside the engine on another core. Both yield identical batches.
 */
import type { Interaction } from '../dataset/types.js';
import { RecordReader, type QuarantineSink, type ReadStats } from '../dataset/index.js';
import type { EngineRecord } from '../dataset/columnar.js';
import type { Observation } from './observation.js';
import type { Observer } from './observe.js';
import type { ObservationBatch } from './time-order.js';
import { PromptSamples, type PromptSampleOptions } from './prompt-samples.js';

export interface ObservationSource {
  /** Observations of the accepted records in file order, one batch per reader batch (built, or built when taken). */
  batches(): AsyncGenerator<ObservationBatch>;
  /** Counts of the interactions file (final once `batches()` has finished). */
  readonly stats: ReadStats;
  /** The spool of sample prompts (see prompt-samples.ts), when asked for; complete once `batches()` has finished. */
  readonly samplesFile: string | null;
  /** Share of the interactions file read so far (bytes), null when unknown; for progress bars. */
  fraction(): number | null;
  /** Releases resources (a worker) if iteration stopped early; safe to call twice. */
  close(): Promise<void>;
}

export interface SourceOptions {
  path: string;
  quarantine: QuarantineSink;
  samplePrompts?: PromptSampleOptions;
  /** Called for each valid record as it is read, in file order (in-process only). */
  onRecord?: (i: Interaction) => void;
  /** The reader's plausibility window for interaction times (ReadOptions.maxTimeSkewDays). */
  maxTimeSkewDays?: number;
  /** Who reads the file: DuckDB, handing on the engine's fields only (RecordReader.engineBatches), or Node. */
  reader?: ReaderKind;
  /**
   * Text workers beside the observe worker (text-pool.ts; default: the cores beyond two, see defaultTextWorkers).
   * Read by the worker-thread source only.
   */
  textWorkers?: number;
}

/**
 * `duckdb`: DuckDB reads the file and hands on the engine's columns, the Node path taking over from the first record
 * DuckDB cannot vouch for; `node`: gunzip, split and JSON.parse of every line in Node. Same records, same quarantine.
 * `auto` (the default) picks by format from the measurements in docs/benchmarks.md: DuckDB for Parquet (columnar,
 * typed: its checks are free), Node for JSON lines (where DuckDB's read, its checks and the hand-over cost as much CPU
 * as Node's parse, and more memory).
 */
export type ReaderKind = 'auto' | 'duckdb' | 'node';
export const DEFAULT_READER: ReaderKind = 'auto';
export const READER_KINDS: readonly ReaderKind[] = ['auto', 'duckdb', 'node'];

/** Whether DuckDB reads `path` for the engine. */
export function readsWithDuckDb(reader: ReaderKind | undefined, path: string): boolean {
  const kind = reader ?? DEFAULT_READER;
  return kind === 'duckdb' || (kind === 'auto' && path.endsWith('.parquet'));
}

/** Reads and observes in this thread. */
export class InProcessSource implements ObservationSource {
  private readonly reader: RecordReader<'interactions'>;
  private readonly sampler: PromptSamples | null;

  constructor(private readonly observer: Observer, private readonly options: SourceOptions) {
    this.reader = new RecordReader(options.path, 'interactions', { quarantine: options.quarantine, ...(options.maxTimeSkewDays !== undefined ? { maxTimeSkewDays: options.maxTimeSkewDays } : {}) });
    this.sampler = options.samplePrompts ? new PromptSamples(options.samplePrompts) : null;
  }

  get stats(): ReadStats {
    return this.reader.stats;
  }

  get samplesFile(): string | null {
    return this.options.samplePrompts?.file ?? null;
  }

  fraction(): number | null {
    return this.reader.fraction();
  }

  async *batches(): AsyncGenerator<Observation[]> {
    const onRecord = this.options.onRecord;
    try {
      // Whole records for onRecord: only the Node path has them.
      if (onRecord || !readsWithDuckDb(this.options.reader, this.options.path)) {
        for await (const batch of this.reader.batches()) yield observeBatch(this.observer, batch, { sampler: this.sampler, ...(onRecord ? { onRecord } : {}) });
      } else {
        for await (const batch of this.reader.engineBatches()) yield observeBatch(this.observer, batch, { sampler: this.sampler });
      }
    } finally {
      this.sampler?.close();
    }
  }

  async close(): Promise<void> {
    this.sampler?.close();
  }
}

export interface ObserveBatchOptions<R extends EngineRecord> {
  /** Offered every record, in file order. */
  sampler: PromptSamples | null;
  onRecord?: (i: R) => void;
  /** False leaves the text signals to the thread that receives the batch (default true). */
  withText?: boolean;
}

/** The per-request step over one reader batch (shared by both drivers). */
export function observeBatch<R extends EngineRecord>(observer: Observer, batch: readonly R[], options: ObserveBatchOptions<R>): Observation[] {
  const { sampler, onRecord, withText = true } = options;
  const out = new Array<Observation>(batch.length);
  for (let k = 0; k < batch.length; k++) {
    const rec = batch[k]!;
    const ts = Date.parse(rec.ts);
    out[k] = withText ? observer.observe(rec, ts) : observer.observeWithoutText(rec, ts);
    sampler?.add(rec);
    onRecord?.(rec);
  }
  return out;
}
