/**
 * Worker-thread side of WorkerSource: reads the interactions file (DuckDB or Node; validation), runs the per-request
 * step on each record, and posts packed batches of observations, at most a few batches ahead of the thread applying
 * them (credits). Network facts are always left to the applying thread, and so are the text signals of a batch
 * whenever that thread has caught up and would otherwise wait (see observation-batch.ts): the two threads share the
 * per-request work in whatever proportion keeps both busy. Rejected lines and sample prompts travel with the
 * batches; any failure is posted as data so the parent can rethrow it with its code. With cores to spare, the text
 * signals go to a pool of text workers (text-pool.ts) instead, and batches are posted in read order as they complete.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { RecordReader, type QuarantineSink } from '../dataset/index.js';
import { errorToData } from '../errors.js';
import { ObservationEncoder, type PackedObservations } from './observation-batch.js';
import type { Observation } from './observation.js';
import { observeBatch, readsWithDuckDb } from './observation-source.js';
import { DEFERRED_NETWORK, Observer, setTextSignals } from './observe.js';
import { PromptSamples } from './prompt-samples.js';
import { TextPool, unpackTextSignals } from './text-pool.js';
import type { FromObserveWorker, ObserveWorkerData, RejectedLine, ToObserveWorker } from './worker-source.js';

const port = parentPort!;
const data = workerData as ObserveWorkerData;

let credits = data.ahead;
let onCredit: (() => void) | null = null;
const listener = (m: ToObserveWorker): void => {
  if (m.type !== 'credit') return;
  credits++;
  onCredit?.();
  onCredit = null;
};
port.on('message', listener);

const rejected: RejectedLine[] = [];
const quarantine: QuarantineSink = {
  add: async (...line: RejectedLine) => {
    rejected.push(line);
  },
};

const post = (m: FromObserveWorker, transfer: ArrayBuffer[] = []): void => port.postMessage(m, transfer);

let sampler: PromptSamples | null = null;
const pool = data.textWorkers > 0 ? new TextPool({ size: data.textWorkers }) : null;
/** Batches whose text signals are being computed by the pool, in read order. */
const inPool: { observations: Observation[]; signals: Promise<Float64Array>; ready: boolean; rejected: RejectedLine[]; fraction: number | null }[] = [];
try {
  sampler = data.samplePrompts ? new PromptSamples(data.samplePrompts) : null;
  const observer = new Observer(DEFERRED_NETWORK);
  const reader = new RecordReader(data.path, 'interactions', { quarantine, ...(data.maxTimeSkewDays !== null ? { maxTimeSkewDays: data.maxTimeSkewDays } : {}) });
  const encoder = new ObservationEncoder();
  const send = async (observations: Observation[], texts: PackedObservations['texts'], lines: RejectedLine[], fraction: number | null): Promise<void> => {
    const packed = encoder.encode(observations, texts);
    if (credits === 0) await new Promise<void>((resolve) => (onCredit = resolve));
    credits--;
    post({ type: 'batch', packed, rejected: lines, fraction }, [packed.numbers.buffer as ArrayBuffer]);
  };
  /** Posts the oldest pooled batch once its signals are back. */
  const sendPooled = async (): Promise<void> => {
    const head = inPool.shift()!;
    const signals = await head.signals;
    for (let k = 0; k < head.observations.length; k++) setTextSignals(head.observations[k]!, unpackTextSignals(signals, k));
    await send(head.observations, null, head.rejected, head.fraction);
  };
  for await (const batch of readsWithDuckDb(data.reader, data.path) ? reader.engineBatches() : reader.batches()) {
    // Batches sent and not yet taken: at most one means the applying thread is on the last one sent, or waiting.
    // With a pool the text workers' cores are for the text signals, and the applying thread keeps to the engine.
    const share = !pool && data.ahead - credits <= 1;
    const texts = share || pool ? { prompts: batch.map((r) => r.prompt), systems: batch.map((r) => r.system) } : null;
    const observations = observeBatch(observer, batch, { sampler, withText: !texts });
    if (share || !pool) {
      await send(observations, share ? texts : null, rejected.splice(0), reader.fraction());
      continue;
    }
    const entry = { observations, signals: pool.compute(texts!.prompts, texts!.systems), ready: false, rejected: rejected.splice(0), fraction: reader.fraction() };
    // Awaited in turn by sendPooled; a failure before then must not count as unhandled.
    entry.signals.then(() => (entry.ready = true), () => (entry.ready = true));
    inPool.push(entry);
    // Batches whose signals are back go out at once; two batches per text worker keep each busy while the previous
    // answer travels back.
    while (inPool.length > 0 && (inPool[0]!.ready || inPool.length >= 2 * pool.size)) await sendPooled();
  }
  while (inPool.length > 0) await sendPooled();
  sampler?.close();
  post({ type: 'end', stats: reader.stats, rejected: rejected.splice(0) });
} catch (e) {
  post({ type: 'error', error: errorToData(e), rejected: rejected.splice(0) });
} finally {
  sampler?.close();
  await pool?.close();
  // Nothing more to receive: let the thread end once its messages are out.
  port.off('message', listener);
}
