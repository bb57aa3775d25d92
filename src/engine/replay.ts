/**
 * Offline analysis as a replay: interactions go through the same engine as live traffic, in time order, with the
 * cross-account step run on a simulated clock. Input need not be sorted: a reorder buffer holds observations for a
 * lateness window; when the opening of the file shows it is not time-ordered, the whole file is buffered (compact
 * observations, no text) and sorted before replay. Reading and the per-request step run in a worker thread on large
 * inputs (worker-source.ts), beside this thread's engine; results are the same either way. Repeated interaction ids are
 * dropped (duplicates.ts), and a stretch of event time with no interactions costs a bounded number of steps.
 */
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { availableParallelism } from 'node:os';
import type { Interaction } from '../dataset/types.js';
import { openDataset, Quarantine, readAll, type ReadStats } from '../dataset/index.js';
import { DistillguardError } from '../errors.js';
import { IpIntel } from '../enrich/ip.js';
import type { DuplicateOptions, DuplicateStats } from './duplicates.js';
import { Engine, type EngineOptions } from './engine.js';
import type { Observation } from './observation.js';
import { StepSchedule, TimeOrder } from './time-order.js';
import { InProcessSource, type ObservationSource, type ReaderKind, type SourceOptions } from './observation-source.js';
import type { PromptSampleOptions } from './prompt-samples.js';
import { WorkerSource } from './worker-source.js';

export interface ReplayOptions extends EngineOptions {
  datasetDir: string;
  quarantine: Quarantine;
  /** Simulated time between cross-account steps (default one hour). */
  cadenceMs?: number;
  /** How late (in ms of event time) an interaction may arrive and still be replayed in order (default one hour). */
  latenessMs?: number;
  /** Awaited after each batch read (lets sinks apply backpressure). */
  afterBatch?: () => Promise<void>;
  /** Called with the number of interactions read so far. */
  /** After each batch: interactions read, the replay clock, and the share of the input file read (null: unknown). */
  onProgress?: (read: number, simulatedNow: number, fraction: number | null) => void;
  /** Called for each observation as it is applied, in replay order (forensics sink). */
  onObservation?: (o: Observation) => void;
  /** Called for each valid record as it is read, in file order (in-process observation only). */
  onRecord?: (i: Interaction) => void;
  /** Keep the first prompts of each account, spooled to a file (returned as `samplesFile`; see prompt-samples.ts). */
  samplePrompts?: PromptSampleOptions;
  /**
   * Observe in a worker thread (read, parse, validate, per-request signals) while this thread applies observations
   * and runs the cross-account step. Default: when the interactions file is large enough to repay the worker's
   * start-up and the machine has a second core. Never with `onRecord` (records stay in the thread that reads them).
   */
  parallel?: boolean;
  intel?: IpIntel;
  /** The reader's plausibility window for interaction times, in days (see ReadOptions.maxTimeSkewDays). */
  maxTimeSkewDays?: number;
  /** How repeated interaction ids are recognised (duplicates.ts). */
  duplicates?: DuplicateOptions;
  /** Who reads the interactions file (observation-source.ts, ReaderKind; default by format). */
  reader?: ReaderKind;
  /** Text workers beside the observe worker (SourceOptions.textWorkers); used only with the observe worker. */
  textWorkers?: number;
}

export interface ReplayResult {
  engine: Engine;
  accountsRead: ReadStats;
  interactionsRead: ReadStats;
  ticks: number;
  lateApplied: number;
  sortedInput: boolean;
  firstTs: number;
  lastTs: number;
  /** The spool of sample prompts, when `samplePrompts` was given (read it with readPromptSamples). */
  samplesFile: string | null;
  duplicates: DuplicateStats;
  /** Steps not run because they fell in an empty stretch of event time (see time-order.ts). */
  skippedTicks: number;
}

/** Smallest interactions file (bytes) observed in a worker by default: below it, starting one costs more than it saves. */
const PARALLEL_MIN_BYTES = 4 << 20;

function useWorker(options: ReplayOptions, path: string): boolean {
  // Records themselves never leave the worker: a caller that wants them gets the in-process source.
  if (options.onRecord) return false;
  if (options.parallel !== undefined) return options.parallel;
  return availableParallelism() >= 2 && statSync(path).size >= PARALLEL_MIN_BYTES;
}

export async function replay(options: ReplayOptions): Promise<ReplayResult> {
  const files = openDataset(options.datasetDir);
  const cadence = options.cadenceMs ?? 3_600_000;
  if (!(cadence > 0)) throw new DistillguardError('USAGE', `the step cadence must be positive, got ${cadence} ms`);
  if ((options.latenessMs ?? 0) < 0) throw new DistillguardError('USAGE', `the lateness window must not be negative, got ${options.latenessMs} ms`);
  const sourceOptions: SourceOptions = {
    path: files.interactions,
    quarantine: options.quarantine,
    ...(options.maxTimeSkewDays !== undefined ? { maxTimeSkewDays: options.maxTimeSkewDays } : {}),
    ...(options.samplePrompts ? { samplePrompts: options.samplePrompts } : {}),
    ...(options.onRecord ? { onRecord: options.onRecord } : {}),
    ...(options.reader ? { reader: options.reader } : {}),
    ...(options.textWorkers !== undefined ? { textWorkers: options.textWorkers } : {}),
  };
  // The worker starts first, so that it reads while this thread loads the IP tables and the accounts file.
  let intel: IpIntel | null = null;
  const worker = useWorker(options, files.interactions) ? new WorkerSource(sourceOptions, () => intel!) : null;
  try {
    intel = options.intel ?? IpIntel.shared();
    const engine = new Engine(intel, options);
    const source = worker ?? new InProcessSource(engine.observer, sourceOptions);
    return await run(options, files.accounts, engine, source);
  } finally {
    await worker?.close();
  }
}

/**
 * Reads the accounts file and registers every record with the engine, which keeps what it needs of each
 * (Engine.account): the parsed records are not kept for the length of the replay.
 */
async function registerAccounts(options: ReplayOptions, accountsPath: string, engine: Engine): Promise<ReadStats> {
  const { records: accounts, stats } = await readAll(accountsPath, 'accounts', { quarantine: options.quarantine });
  if (accounts.length === 0) {
    throw new DistillguardError('DATASET_EMPTY', `${accountsPath}: no valid account records (${stats.quarantined} quarantined${whyQuarantined(options.quarantine)})`);
  }
  for (const a of accounts) engine.registerAccount(a);
  return stats;
}

async function run(options: ReplayOptions, accountsPath: string, engine: Engine, source: ObservationSource): Promise<ReplayResult> {
  const accountsRead = await registerAccounts(options, accountsPath, engine);

  const steps = new StepSchedule(options.cadenceMs ?? 3_600_000);
  const tick = (at: number): void => {
    engine.tick(at);
  };
  const order = new TimeOrder(options.latenessMs ?? 3_600_000, options.duplicates, (o, appliedBefore) => {
    steps.advance(o.ts, appliedBefore, tick);
    engine.apply(o);
    options.onObservation?.(o);
  });
  for await (const batch of source.batches()) {
    order.add(batch);
    options.onProgress?.(order.read, order.appliedUpTo, source.fraction());
    if (options.afterBatch) await options.afterBatch();
  }
  await order.finish();
  if (source.stats.accepted === 0) {
    throw new DistillguardError('DATASET_EMPTY', `${source.stats.file}: no valid interactions (${source.stats.quarantined} quarantined${whyQuarantined(options.quarantine)})`);
  }
  steps.finish(tick);
  return {
    engine,
    accountsRead,
    interactionsRead: source.stats,
    ticks: steps.taken,
    lateApplied: order.lateApplied,
    sortedInput: order.sortedInput,
    firstTs: order.firstTs,
    lastTs: order.lastTs,
    samplesFile: source.samplesFile,
    duplicates: order.duplicateStats,
    skippedTicks: steps.skipped,
  };
}

/** The quarantine's reasons for an error message, e.g. `: corrupt_file 1; see quarantine.jsonl`. */
function whyQuarantined(quarantine: Quarantine): string {
  const reasons = Object.entries(quarantine.reasons()).map(([r, n]) => `${r} ${n}`);
  return reasons.length > 0 ? `: ${reasons.slice(0, 4).join(', ')}; see ${basename(quarantine.path)} in the output directory` : '';
}
