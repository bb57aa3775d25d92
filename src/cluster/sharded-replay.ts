/**
 * `analyze --shards N`: the replay of replay.ts, with the engine split into N account shards and N artefact shards
 * (worker threads) and a campaign coordinator (this thread), exchanging the messages they exchange over NATS. This
 * thread is the router: it reads and observes the interactions, orders them (the same reorder buffer as replay.ts),
 * numbers them (seq: the one replay order every shard sorts by), and sends each time step's observations to their
 * accounts' shards.
 */
import { ThreadCapabilities } from '../engine/thread-capability.js';
import { availableParallelism } from 'node:os';
import { statSync } from 'node:fs';
import { openDataset, readAll } from '../dataset/index.js';
import { DistillguardError } from '../errors.js';
import { IpIntel } from '../enrich/ip.js';
import { InProcessSource, type ObservationSource, type SourceOptions } from '../engine/observation-source.js';
import type { ReplayOptions, ReplayResult } from '../engine/replay.js';
import { TimeOrder } from '../engine/time-order.js';
import { WorkerSource } from '../engine/worker-source.js';
import { LocalCluster } from './local-cluster.js';
import { StepRouter } from './router.js';

export interface ShardedReplayOptions extends ReplayOptions {
  /** Account shards and artefact shards (N of each). */
  shards: number;
}

/** Steps the router may run ahead of the coordinator (bounds the observations held in flight). */
const WINDOW = 2;

export async function replaySharded(options: ShardedReplayOptions): Promise<ReplayResult & { messages: number; bytes: number }> {
  const n = options.shards;
  if (!Number.isInteger(n) || n < 1) throw new DistillguardError('USAGE', '--shards must be an integer >= 1');
  const files = openDataset(options.datasetDir);
  const sourceOptions: SourceOptions = {
    path: files.interactions,
    quarantine: options.quarantine,
    ...(options.maxTimeSkewDays !== undefined ? { maxTimeSkewDays: options.maxTimeSkewDays } : {}),
    ...(options.samplePrompts ? { samplePrompts: options.samplePrompts } : {}),
    ...(options.reader ? { reader: options.reader } : {}),
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
    const router = new StepRouter(n, options.cadenceMs ?? 3_600_000, (m) => cluster.send(m));
    // The records go to the shards and are not kept here (a helper: nothing holds them across the replay's awaits).
    const accountsRead = await (async () => {
      const { records: accounts, stats } = await readAll(files.accounts, 'accounts', { quarantine: options.quarantine });
      if (accounts.length === 0) throw new DistillguardError('DATASET_EMPTY', `${files.accounts}: no valid account records (${stats.quarantined} quarantined)`);
      for (const account of accounts) router.register(account, account.signup_ip ? ip.lookup(account.signup_ip).prefix : null);
      return stats;
    })();

    // The account shards resolve threads too; resolving here as well gives forensics (onObservation) the same tags.
    const threads = new ThreadCapabilities();
    const order = new TimeOrder(options.latenessMs ?? 3_600_000, options.duplicates, (o, appliedBefore) => {
      threads.resolve(o);
      router.push(o, appliedBefore);
      options.onObservation?.(o);
    });
    const keepUp = async (): Promise<void> => {
      const sent = router.sent;
      if (sent.length > WINDOW) await cluster.finished(sent[sent.length - 1 - WINDOW]!);
    };
    for await (const batch of source.batches()) {
      order.add(batch);
      options.onProgress?.(order.read, order.appliedUpTo, source.fraction());
      if (options.afterBatch) await options.afterBatch();
      await keepUp();
    }
    await order.finish(keepUp);
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
      duplicates: order.duplicateStats,
      lateApplied: order.lateApplied,
      sortedInput: order.sortedInput,
      firstTs: order.firstTs,
      lastTs: order.lastTs,
      samplesFile: source.samplesFile,
      messages: cluster.messages,
      bytes: cluster.bytes,
    };
  } finally {
    await worker?.close();
    await cluster.close();
  }
}
