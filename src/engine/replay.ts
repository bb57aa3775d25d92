/**
 * Offline analysis as a replay: interactions go through the same engine as live traffic, in time order, with the
 * cross-account step run on a simulated clock. Input need not be sorted: a reorder buffer holds observations for a
 * lateness window; when the opening of the file shows it is not time-ordered, the whole file is buffered (compact
 * observations, no text) and sorted before replay.
 */
import type { Account, Interaction } from '../dataset/types.js';
import { openDataset, Quarantine, readAll, RecordReader, type ReadStats } from '../dataset/index.js';
import { DistillguardError } from '../errors.js';
import { IpIntel } from '../enrich/ip.js';
import { Engine, type EngineOptions } from './engine.js';
import { MinHeap } from './heap.js';
import type { Observation } from './observation.js';

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
  /** Called for each valid record as it is read, in file order (e.g. to keep sample prompts). */
  onRecord?: (i: Interaction) => void;
  intel?: IpIntel;
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
}

/** Records looked at before deciding whether the input is time-ordered. */
const PROBE = 50_000;

export async function replay(options: ReplayOptions): Promise<ReplayResult> {
  const files = openDataset(options.datasetDir);
  const intel = options.intel ?? IpIntel.shared();
  const engine = new Engine(intel, options);
  const { records: accounts, stats: accountsRead } = await readAll(files.accounts, 'accounts', { quarantine: options.quarantine });
  if (accounts.length === 0) {
    throw new DistillguardError('DATASET_EMPTY', `${files.accounts}: no valid account records (${accountsRead.quarantined} quarantined)`);
  }
  for (const a of accounts) engine.registerAccount(a);

  const cadence = options.cadenceMs ?? 3_600_000;
  let lateness = options.latenessMs ?? 3_600_000;
  let nextTick = Number.NaN;
  let ticks = 0;
  let lateApplied = 0;
  let appliedUpTo = Number.NEGATIVE_INFINITY;
  let firstTs = Number.POSITIVE_INFINITY;
  let lastTs = Number.NEGATIVE_INFINITY;
  const heap = new MinHeap<Observation>();
  let maxSeen = Number.NEGATIVE_INFINITY;

  const process = (o: Observation): void => {
    if (Number.isNaN(nextTick)) nextTick = Math.floor(o.ts / cadence) * cadence + cadence;
    while (o.ts >= nextTick) {
      engine.tick(nextTick);
      ticks++;
      nextTick += cadence;
    }
    if (o.ts < appliedUpTo) lateApplied++;
    else appliedUpTo = o.ts;
    engine.apply(o);
    options.onObservation?.(o);
  };

  const reader = new RecordReader(files.interactions, 'interactions', { quarantine: options.quarantine });
  let read = 0;
  let probing = true;
  let disorder = 0;
  let prevTs = Number.NEGATIVE_INFINITY;
  for await (const batch of reader.batches()) {
    for (const rec of batch) {
      const ts = Date.parse(rec.ts);
      const o = engine.observe(rec, ts);
      options.onRecord?.(rec);
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
  if (reader.stats.accepted === 0) {
    throw new DistillguardError('DATASET_EMPTY', `${files.interactions}: no valid interactions (${reader.stats.quarantined} quarantined)`);
  }
  // A last step at the end of the data, so the final hour counts.
  if (!Number.isNaN(nextTick)) {
    engine.tick(nextTick);
    ticks++;
  }
  return {
    engine,
    accountsRead,
    interactionsRead: reader.stats,
    ticks,
    lateApplied,
    sortedInput: lateness !== Number.POSITIVE_INFINITY,
    firstTs,
    lastTs,
    accounts,
  };
}
