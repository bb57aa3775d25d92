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
import type { Account, Interaction } from '../dataset/types.js';
import { openDataset, Quarantine, readAll, type ReadStats } from '../dataset/index.js';
import { DistillguardError } from '../errors.js';
import { IpIntel } from '../enrich/ip.js';
import { DuplicateFilter, type DuplicateOptions, type DuplicateStats } from './duplicates.js';
import { Engine, type EngineOptions } from './engine.js';
import { MinHeap } from './heap.js';
import type { Observation } from './observation.js';
import { InProcessSource, type ObservationSource, type SourceOptions } from './observation-source.js';
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
  onProgress?: (read: number, simulatedNow: number) => void;
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
  accounts: Account[];
  /** The spool of sample prompts, when `samplePrompts` was given (read it with readPromptSamples). */
  samplesFile: string | null;
  duplicates: DuplicateStats;
  /** Steps not run because they fell in an empty stretch of event time (see SETTLE_MS). */
  skippedTicks: number;
}

/** Records looked at before deciding whether the input is time-ordered. */
const PROBE = 50_000;
/** Smallest interactions file (bytes) observed in a worker by default: below it, starting one costs more than it saves. */
const PARALLEL_MIN_BYTES = 4 << 20;
/**
 * How long steps keep running through a stretch with no interactions before the clock jumps to the next interaction:
 * longer than any horizon of the engine (links are forgotten after 14 idle days), so the state has settled and the
 * skipped steps would change nothing but the time. Replays without such gaps take every step.
 */
const SETTLE_MS = 15 * 24 * 3_600_000;

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

async function run(options: ReplayOptions, accountsPath: string, engine: Engine, source: ObservationSource): Promise<ReplayResult> {
  const { records: accounts, stats: accountsRead } = await readAll(accountsPath, 'accounts', { quarantine: options.quarantine });
  if (accounts.length === 0) {
    throw new DistillguardError('DATASET_EMPTY', `${accountsPath}: no valid account records (${accountsRead.quarantined} quarantined${whyQuarantined(options.quarantine)})`);
  }
  for (const a of accounts) engine.registerAccount(a);

  const cadence = options.cadenceMs ?? 3_600_000;
  let lateness = options.latenessMs ?? 3_600_000;
  let nextTick = Number.NaN;
  let ticks = 0;
  let skippedTicks = 0;
  const duplicates = new DuplicateFilter(options.duplicates);
  let lateApplied = 0;
  let appliedUpTo = Number.NEGATIVE_INFINITY;
  let firstTs = Number.POSITIVE_INFINITY;
  let lastTs = Number.NEGATIVE_INFINITY;
  const heap = new MinHeap<Observation>();
  let maxSeen = Number.NEGATIVE_INFINITY;

  const process = (o: Observation): void => {
    if (duplicates.repeated(o.id, o.ts, appliedUpTo)) return;
    if (Number.isNaN(nextTick)) nextTick = Math.floor(o.ts / cadence) * cadence + cadence;
    while (o.ts >= nextTick) {
      if (nextTick - appliedUpTo > SETTLE_MS) {
        // An empty stretch: jump to the last step due before this interaction.
        const last = Math.floor(o.ts / cadence) * cadence;
        if (last > nextTick) {
          skippedTicks += (last - nextTick) / cadence;
          nextTick = last;
        }
      }
      engine.tick(nextTick);
      ticks++;
      nextTick += cadence;
    }
    if (o.ts < appliedUpTo) lateApplied++;
    else appliedUpTo = o.ts;
    engine.apply(o);
    options.onObservation?.(o);
  };

  let read = 0;
  let probing = true;
  let disorder = 0;
  let prevTs = Number.NEGATIVE_INFINITY;
  for await (const batch of source.batches()) {
    for (const o of batch) {
      const ts = o.ts;
      if (ts < firstTs) firstTs = ts;
      if (ts > lastTs) lastTs = ts;
      if (probing && ts < prevTs - lateness) disorder++;
      prevTs = ts;
      heap.push(ts, o);
      if (ts > maxSeen) maxSeen = ts;
      read++;
      if (probing && read >= PROBE) {
        probing = false;
        if (disorder > PROBE * 0.001) lateness = Number.POSITIVE_INFINITY;
      }
    }
    if (!probing) while (heap.size > 0 && heap.peekKey() <= maxSeen - lateness) process(heap.pop()!);
    options.onProgress?.(read, appliedUpTo);
    if (options.afterBatch) await options.afterBatch();
  }
  if (probing && disorder > read * 0.001) lateness = Number.POSITIVE_INFINITY;
  while (heap.size > 0) process(heap.pop()!);
  if (source.stats.accepted === 0) {
    throw new DistillguardError('DATASET_EMPTY', `${source.stats.file}: no valid interactions (${source.stats.quarantined} quarantined${whyQuarantined(options.quarantine)})`);
  }
  // A last step at the end of the data, so the final hour counts.
  if (!Number.isNaN(nextTick)) {
    engine.tick(nextTick);
    ticks++;
  }
  return {
    engine,
    accountsRead,
    interactionsRead: source.stats,
    ticks,
    lateApplied,
    sortedInput: lateness !== Number.POSITIVE_INFINITY,
    firstTs,
    lastTs,
    accounts,
    samplesFile: source.samplesFile,
    duplicates: duplicates.stats,
    skippedTicks,
  };
}

/** The quarantine's reasons for an error message, e.g. `: corrupt_file 1; see quarantine.jsonl`. */
function whyQuarantined(quarantine: Quarantine): string {
  const reasons = Object.entries(quarantine.reasons()).map(([r, n]) => `${r} ${n}`);
  return reasons.length > 0 ? `: ${reasons.slice(0, 4).join(', ')}; see ${basename(quarantine.path)} in the output directory` : '';
}
