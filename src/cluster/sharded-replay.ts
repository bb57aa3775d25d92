/**
 * `analyze --shards N`: the replay of replay.ts, with the engine split into N account shards and N artefact shards
 * (worker threads) and a campaign coordinator (this thread), exchanging the messages they exchange over NATS. This
 * thread is the router: it reads and observes the interactions, orders them (the same reorder buffer as replay.ts),
 * numbers them (seq: the one replay order every shard sorts by), and sends each time step's observations to their
 * accounts' shards.
 */
import { availableParallelism } from 'node:os';
import { statSync } from 'node:fs';
import { openDataset, readAll } from '../dataset/index.js';
import { DistillguardError } from '../errors.js';
import { IpIntel } from '../enrich/ip.js';
import { DuplicateFilter } from '../engine/duplicates.js';
import { MinHeap } from '../engine/heap.js';
import type { Observation } from '../engine/observation.js';
import { InProcessSource, type ObservationSource, type SourceOptions } from '../engine/observation-source.js';
import type { ReplayOptions, ReplayResult } from '../engine/replay.js';
import { WorkerSource } from '../engine/worker-source.js';
import { LocalCluster } from './local-cluster.js';
import { StepRouter } from './router.js';

export interface ShardedReplayOptions extends ReplayOptions {
  /** Account shards and artefact shards (N of each). */
  shards: number;
}

/** Steps the router may run ahead of the coordinator (bounds the observations held in flight). */
const WINDOW = 2;
const PROBE = 50_000;

export async function replaySharded(options: ShardedReplayOptions): Promise<ReplayResult & { messages: number; bytes: number }> {
  const n = options.shards;
  if (!Number.isInteger(n) || n < 1) throw new DistillguardError('USAGE', '--shards must be an integer >= 1');
  const files = openDataset(options.datasetDir);
  const sourceOptions: SourceOptions = {
    path: files.interactions,
    quarantine: options.quarantine,
    ...(options.samplePrompts ? { samplePrompts: options.samplePrompts } : {}),
  };
  let intel: IpIntel | null = null;
  const parallel = options.parallel ?? (availableParallelism() >= 2 && statSync(files.interactions).size >= 4 << 20);
  const worker = parallel ? new WorkerSource(sourceOptions, () => intel!) : null;
  intel = options.intel ?? IpIntel.shared();
  const ip = intel;
  const cluster = new LocalCluster({ accountShards: n, artefactShards: n }, ip, options);
  try {
    const engine = cluster.campaign.coordinator.engine;
    const source: ObservationSource = worker ?? new InProcessSource(engine.observer, sourceOptions);
    const { records: accounts, stats: accountsRead } = await readAll(files.accounts, 'accounts', { quarantine: options.quarantine });
    if (accounts.length === 0) throw new DistillguardError('DATASET_EMPTY', `${files.accounts}: no valid account records (${accountsRead.quarantined} quarantined)`);
    const router = new StepRouter(n, options.cadenceMs ?? 3_600_000, (m) => cluster.send(m));
    for (const account of accounts) router.register(account, account.signup_ip ? ip.lookup(account.signup_ip).prefix : null);

    let lateness = options.latenessMs ?? 3_600_000;
    let lateApplied = 0;
    let appliedUpTo = Number.NEGATIVE_INFINITY;
    let firstTs = Number.POSITIVE_INFINITY;
    let lastTs = Number.NEGATIVE_INFINITY;
    const duplicates = new DuplicateFilter(options.duplicates);
    const process = (o: Observation): void => {
      if (duplicates.repeated(o.id, o.ts, appliedUpTo)) return;
      const before = appliedUpTo;
      if (o.ts < appliedUpTo) lateApplied++;
      else appliedUpTo = o.ts;
      router.push(o, before);
      options.onObservation?.(o);
    };
    const keepUp = async (): Promise<void> => {
      const sent = router.sent;
      if (sent.length > WINDOW) await cluster.finished(sent[sent.length - 1 - WINDOW]!);
    };

    const heap = new MinHeap<Observation>();
    let maxSeen = Number.NEGATIVE_INFINITY;
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
      await keepUp();
    }
    if (probing && disorder > read * 0.001) lateness = Number.POSITIVE_INFINITY;
    while (heap.size > 0) {
      process(heap.pop()!);
      if (heap.size % 20_000 === 0) await keepUp();
    }
    if (source.stats.accepted === 0) throw new DistillguardError('DATASET_EMPTY', `${source.stats.file}: no valid interactions (${source.stats.quarantined} quarantined)`);
    // A last step at the end of the data, so the final hour counts.
    const last = router.finish();
    if (last !== null) await cluster.finished(last);
    return {
      engine,
      accountsRead,
      interactionsRead: source.stats,
      ticks: router.sent.length,
      skippedTicks: router.skipped,
      duplicates: duplicates.stats,
      lateApplied,
      sortedInput: lateness !== Number.POSITIVE_INFINITY,
      firstTs,
      lastTs,
      accounts,
      samplesFile: source.samplesFile,
      messages: cluster.messages,
      bytes: cluster.bytes,
    };
  } finally {
    await worker?.close();
    await cluster.close();
  }
}
